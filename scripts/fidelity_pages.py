"""Generate the page-level gold set's pages (datasets/pages.jsonl, one split) with the real pipeline and
score each one twice: with its gold labels, and from the brief alone (what the site scorer and Dagster
do for pages without labels). Prints both tables, how often the two agree, and mean card P/R.

    .venv/bin/python scripts/fidelity_pages.py --split dev [--home DIR] [--problems]
    .venv/bin/python scripts/fidelity_pages.py --brief-only --file datasets/briefs_dev2.jsonl [--check facts] [--problems]

--brief-only takes any JSONL whose records have `text` (e.g. the intent sets datasets/briefs*.jsonl), keeps
only its dev rows, and scores each page from the brief alone (no page gold needed).

Tune on dev only; the test split is for reporting (datasets/CARD.md). The same generation and gold scoring run
inside the eval harness as `tapsite eval run pages [--split test]` (evals/pages.yaml, tapsite_pipeline/evals/pages.py).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.evals.fidelity import CHECKS
from tapsite_pipeline.evals.fidelity.gold import page_gold
from tapsite_pipeline.evals.fidelity.table import format_table
from tapsite_pipeline.evals.pages import generate_page, page_rows, score_generated
from tapsite_pipeline.pipeline import Runtime

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--file", default=str(REPO / "datasets" / "pages.jsonl"))
    ap.add_argument("--home")
    ap.add_argument("--problems", action="store_true")
    ap.add_argument("--batch", help="only the rows of this batch ('first' = the rows without a batch, e.g. 'fresh-2')")
    ap.add_argument("--brief-only", action="store_true",
                    help="score from the brief alone: any JSONL with `text`, dev rows only, no page gold")
    ap.add_argument("--check", choices=CHECKS, help="with --problems, only this check's problems")
    args = ap.parse_args()
    if args.brief_only:
        brief_only(args)
        return
    rows = page_rows(args.file, args.split)
    if args.batch:
        rows = [r for r in rows if (r.get("batch") or "first") == args.batch]
    gold_rows, plain_rows, refused = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        rt = Runtime.local(args.home or tmp)
        for r in rows:
            try:
                res, live = generate_page(rt, r["text"])
            except TapsiteError as exc:  # a page the pipeline refuses cannot be scored
                refused.append(f"{r['id']}: {exc}")
                continue
            name = f"{r['id']} {res.deployment.subdomain[:22]}"
            gold_rows.append((name, score_generated(live, r["text"], page_gold(r))))
            plain_rows.append((name, score_generated(live, r["text"], None)))
    print(f"{args.split}{' batch ' + args.batch if args.batch else ''}: {len(rows)} page briefs, {len(refused)} refused by the pipeline")
    print("\nwith gold labels\n" + format_table(gold_rows))
    print("\nfrom the brief alone\n" + format_table(plain_rows))
    n = len(gold_rows)
    agree = {c: sum(g[c].passed == p[c].passed for (_, g), (_, p) in zip(gold_rows, plain_rows, strict=True)) for c in CHECKS}
    agree["all"] = sum(g.passed_all == p.passed_all for (_, g), (_, p) in zip(gold_rows, plain_rows, strict=True))
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


def brief_only(args: argparse.Namespace) -> None:
    """Pages for the dev rows of any brief set, scored from the brief alone (the held-out rows are never read)."""
    rows = [r for r in page_rows(args.file, "dev") if r.get("text")]
    plain_rows, refused = [], []
    with tempfile.TemporaryDirectory() as tmp:
        rt = Runtime.local(args.home or tmp)
        for r in rows:
            try:
                res, live = generate_page(rt, r["text"])
            except TapsiteError as exc:
                refused.append(f"{r['id']}: {exc}")
                continue
            plain_rows.append((f"{r['id']} {res.deployment.subdomain[:22]}", score_generated(live, r["text"], None)))
    print(f"dev rows of {Path(args.file).name}: {len(rows)} briefs, {len(refused)} refused by the pipeline")
    print("\nfrom the brief alone\n" + format_table(plain_rows))
    for line in refused:
        print("refused", line)
    if args.problems:
        for name, res in plain_rows:
            for c in res.checks:
                if args.check in (None, c.name):
                    for p in c.problems:
                        print(f"[brief] {name}: {c.name}: {p}")


if __name__ == "__main__":
    main()
