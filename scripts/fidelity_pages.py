"""Generate the page-level gold set's pages (datasets/pages.jsonl, one split) with the real pipeline and
score each one twice: with its gold labels, and from the brief alone (what the site scorer and Dagster
do for pages without labels). Prints both tables, how often the two agree, and mean card P/R.

    .venv/bin/python scripts/fidelity_pages.py --split dev [--home DIR] [--problems]

Tune on dev only; the test split is for reporting (datasets/CARD.md).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.evals.fidelity import CHECKS, score_site_dir
from tapsite_pipeline.evals.fidelity.table import format_table
from tapsite_pipeline.pipeline import Runtime, generate_site

REPO = Path(__file__).resolve().parents[1]
GOLD_KEYS = ("brand", "niche", "language", "offerings", "not_offerings", "facts", "contact")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--file", default=str(REPO / "datasets" / "pages.jsonl"))
    ap.add_argument("--home")
    ap.add_argument("--problems", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(ln) for ln in Path(args.file).read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows = [r for r in rows if r["split"] == args.split and r["expect"] == "page"]
    gold_rows, plain_rows, refused = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        rt = Runtime.local(args.home or tmp)
        for r in rows:
            try:
                res = generate_site(make_brief(r["text"]), rt)
            except TapsiteError as exc:  # a page the pipeline refuses cannot be scored
                refused.append(f"{r['id']}: {exc}")
                continue
            live = Path(res.deployment.index_path).parent
            name = f"{r['id']} {res.deployment.subdomain[:22]}"
            gold_rows.append((name, score_site_dir(live, r["text"], {k: r[k] for k in GOLD_KEYS})))
            plain_rows.append((name, score_site_dir(live, r["text"])))
    print(f"{args.split}: {len(rows)} page briefs, {len(refused)} refused by the pipeline")
    print("\nwith gold labels\n" + format_table(gold_rows))
    print("\nfrom the brief alone\n" + format_table(plain_rows))
    n = len(gold_rows)
    agree = {c: sum(g[c].passed == p[c].passed for (_, g), (_, p) in zip(gold_rows, plain_rows)) for c in CHECKS}
    agree["all"] = sum(g.passed_all == p.passed_all for (_, g), (_, p) in zip(gold_rows, plain_rows))
    print("\nsame pass/fail with and without gold: " + ", ".join(f"{k} {v}/{n}" for k, v in agree.items()))
    if n:
        prec = statistics.mean(g["cards"].metrics["precision"] for _, g in gold_rows)
        rec = statistics.mean(g["cards"].metrics["recall"] for _, g in gold_rows)
        print(f"with gold: mean card precision {prec:.3f}, mean card recall {rec:.3f}")
    for line in refused:
        print("refused", line)
    if args.problems:
        for tag, rs in (("gold", gold_rows), ("brief", plain_rows)):
            for name, res in rs:
                for p in res.problems:
                    print(f"[{tag}] {name}: {p}")


if __name__ == "__main__":
    main()
