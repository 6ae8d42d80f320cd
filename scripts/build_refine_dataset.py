"""Write datasets/refine.jsonl from the hand-written cases in scripts/refine_cases.py.

Each case: the site's brief, the owner's request, the expected change, and the whole conversation as the
owner types it (brief, a contact if the brief has none, a confirmation, the request, "done"). The split is
fixed by a hash of the case id (half dev, half test) before any rule was tuned; the test half is never
looked at while tuning.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from refine_cases import CASES, SITES

CONFIRM = {("id", "chatty"): "oke lanjut", ("id", "formal"): "Ya, benar.",
           ("en", "chatty"): "yep", ("en", "formal"): "Yes, that is correct."}
DONE = {("id", "chatty"): "udah, makasih", ("id", "formal"): "Sudah cukup, terima kasih.",
        ("en", "chatty"): "all good, thx", ("en", "formal"): "That is all, thank you."}
CONTACT = {"id": "WA 081200001111", "en": "WhatsApp 081200002222"}
NO_CONTACT = {"kumis", "daisy", "rina", "island"}


def split_of(case_id: str) -> str:
    return "test" if int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % 2 else "dev"


def build() -> list[dict]:
    rows = []
    for n, (site, register, request, expect) in enumerate(CASES, 1):
        lang, brief = SITES[site]
        script = [brief] + ([CONTACT[lang]] if site in NO_CONTACT else []) + [CONFIRM[lang, register], request,
                                                                              DONE[lang, register]]
        cid = f"refine-{n:03d}"
        rows.append({"id": cid, "split": split_of(cid), "text": brief, "request": request, "site": site,
                     "language": lang, "register": register, "script": script,
                     "gold": {"expect": expect, "turns": len(script)}})
    return rows


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "datasets" / "refine.jsonl"
    rows = build()
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{out}: {len(rows)} cases ({sum(r['split'] == 'test' for r in rows)} test)")
