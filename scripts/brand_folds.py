#!/usr/bin/env python
"""Brand accuracy writer by writer: does a brand rule hold on the briefs of writers it was not written from?

    PYTHONPATH=$PWD .venv/bin/python scripts/brand_folds.py [--batch B ...] [--intent-sets] [--json OUT] [--quiet]

Reads only the dev rows of datasets/pages.jsonl (test rows are skipped before anything else is looked at). Each batch
(first, fresh-2 … fresh-9) was written by a different writer. For every batch it prints:

- named: the rows whose gold names a brand, and how many the parser's brand (parse_brief().brand_name) matches,
  case-insensitively, as scripts/intent_accuracy.py scores it ("intent brand");
- unnamed: the rows whose gold says the brief names no business, and how many pages would pass the brand check of
  an unnamed business (evals/fidelity/brand.py: the name says what it does or whose it is, never a stray word);
- guessed: of the unnamed rows, how many the brand reader gave a name of the brief's own (brand_and_place), the
  reading that turns a correct "no name" into a page named after a stray word when it is wrong;

then every wrong row (id, gold, got). With --intent-sets the dev rows of briefs.jsonl and briefs_dev2.jsonl are
scored too, as two more writers (named brands only). Save two runs with --json and compare them with --diff A B:
the rows that turned right or wrong, writer by writer.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace

from tapsite_pipeline.evals.fidelity.brand import check_brand
from tapsite_pipeline.evals.fidelity.brief import BriefInfo
from tapsite_pipeline.evals.fidelity.gold import page_gold
from tapsite_pipeline.providers.offline_rules import brand_and_place, parse_brief

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / "datasets" / "pages.jsonl"
INTENT_SETS = {"briefs": REPO / "datasets" / "briefs.jsonl", "briefs_dev2": REPO / "datasets" / "briefs_dev2.jsonl"}
BATCHES = ("first", "fresh-2", "fresh-3", "fresh-4", "fresh-5", "fresh-6", "fresh-7", "fresh-8", "fresh-9")


def _norm(s: str | None) -> str:
    return " ".join(str(s or "").lower().split())


def dev_rows(path: Path) -> list[dict]:
    """The dev rows of a JSONL file; a test row is dropped before any of its fields is used."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("split") == "dev":
            out.append(row)
    return out


def score_row(row: dict) -> dict:
    """One brief: its gold brand, the parser's, and whether the parser is right."""
    text = row["text"]
    got = parse_brief(text).brand_name
    gold = row["gold"].get("brand_name") if "gold" in row else row.get("brand")
    if gold:
        return {"id": row["id"], "named": True, "gold": gold, "got": got, "ok": _norm(gold) == _norm(got)}
    found = brand_and_place(text)[0]
    page = SimpleNamespace(header_brand=got or "")
    ok = check_brand(page, BriefInfo(text, page_gold(row))).passed  # type: ignore[arg-type]
    return {"id": row["id"], "named": False, "gold": None, "got": got, "found": found, "ok": ok}


def run(writers: list[str], intent_sets: bool) -> dict[str, list[dict]]:
    rows = [r for r in dev_rows(PAGES) if r.get("expect") != "refuse"]
    out: dict[str, list[dict]] = {}
    for w in writers:
        out[w] = [score_row(r) for r in rows if (r.get("batch") or "first") == w]
    if intent_sets:
        for name, path in INTENT_SETS.items():
            out[name] = [score_row(r) for r in dev_rows(path) if r["gold"].get("brand_name")]
    return out


def table(results: dict[str, list[dict]]) -> str:
    lines = [f"{'writer':12s} {'named':>9s} {'acc':>7s} {'unnamed':>9s} {'guessed':>8s}"]
    tot = [0, 0, 0, 0, 0]
    for w, rs in results.items():
        named = [r for r in rs if r["named"]]
        un = [r for r in rs if not r["named"]]
        right = sum(r["ok"] for r in named)
        uok = sum(r["ok"] for r in un)
        guessed = sum(bool(r.get("found")) for r in un)
        tot = [a + b for a, b in zip(tot, (right, len(named), uok, len(un), guessed), strict=True)]
        acc = right / len(named) if named else 0.0
        lines.append(f"{w:12s} {right:>4d}/{len(named):<4d} {acc:7.4f} {uok:>4d}/{len(un):<4d} {guessed:>8d}")
    acc = tot[0] / tot[1] if tot[1] else 0.0
    lines.append(f"{'all':12s} {tot[0]:>4d}/{tot[1]:<4d} {acc:7.4f} {tot[2]:>4d}/{tot[3]:<4d} {tot[4]:>8d}")
    return "\n".join(lines)


def wrong(results: dict[str, list[dict]]) -> str:
    lines = []
    for w, rs in results.items():
        for r in rs:
            if not r["ok"]:
                lines.append(f"{w:12s} {r['id']:10s} gold {r['gold']!r:38s} got {r['got']!r}")
            elif not r["named"] and r.get("found"):
                lines.append(f"{w:12s} {r['id']:10s} (no name; passes) got {r['got']!r} read as the brief's own")
    return "\n".join(lines)


def diff(a: dict[str, list[dict]], b: dict[str, list[dict]]) -> str:
    lines = []
    for w in a:
        before = {r["id"]: r for r in a[w]}
        for r in b.get(w, []):
            old = before.get(r["id"])
            if old is None or (old["ok"], old["got"]) == (r["ok"], r["got"]):
                continue
            turn = "FIXED" if r["ok"] and not old["ok"] else "BROKE" if old["ok"] and not r["ok"] else "moved"
            lines.append(f"{w:12s} {r['id']:10s} {turn:6s} gold {r['gold']!r}: {old['got']!r} -> {r['got']!r}")
    return "\n".join(lines) or "no brand changed"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", action="append", help=f"one of {', '.join(BATCHES)} (default: all)")
    ap.add_argument("--intent-sets", action="store_true", help="also the dev rows of briefs.jsonl, briefs_dev2.jsonl")
    ap.add_argument("--json", type=Path, help="also write every row's result here")
    ap.add_argument("--quiet", action="store_true", help="only the table")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="compare two --json files")
    ap.add_argument("--split", default="dev", choices=("dev",), help="dev only: the test rows are never read")
    args = ap.parse_args(argv)
    if args.diff:
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in args.diff)
        print(table(a) + "\n\n" + table(b) + "\n\n" + diff(a, b))
        return 0
    writers = args.batch or list(BATCHES)
    bad = [w for w in writers if w not in BATCHES]
    if bad:
        print(f"unknown batch: {', '.join(bad)}", file=sys.stderr)
        return 2
    results = run(writers, args.intent_sets)
    print(table(results))
    if not args.quiet:
        print("\n" + wrong(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
