#!/usr/bin/env python
"""Which hero drawing each dev page brief gets, and whether it shows the owner's trade.

For every dev page brief of datasets/pages.jsonl (expect == page) it runs the offline parser and the
illustration choice the image stage makes (tapsite_pipeline/illustrations.py), then prints

- per drawing: how many briefs get it and their gold niche labels;
- the briefs whose drawing is `generic` (a shopfront: no trade at all);
- the briefs whose drawing belongs to a niche family other than the gold label's (families from the fidelity
  lexicon; a drawing stands for its own niche and the niches it `refines`);
- with --show DRAWING (repeatable): every brief that gets that drawing, to read whether it fits;
- with --rows: one line per brief (id, gold niche, drawing), to diff the choice before and after a change.

    PYTHONPATH=$PWD .venv/bin/python scripts/hero_fit.py [--batch fresh-12] [--show farm_produce] [--quiet] [--rows]

Dev rows only: the test split is for the lead's held-out figures (datasets/CARD.md).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from tapsite_pipeline import illustrations
from tapsite_pipeline.evals.fidelity.lexicon import load_lexicon
from tapsite_pipeline.providers.offline_rules import parse_brief

REPO = Path(__file__).resolve().parents[1]
# Drawings that stand for no trade: a shopfront, and the checklist for a service with no closer drawing.
FALLBACKS = ("generic", "services")


def dev_pages(path: Path, batch: str | None = None) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("split") != "dev" or r.get("expect") != "page":
            continue  # never a test row
        if batch and (r.get("batch") or "first") != batch:
            continue
        rows.append(r)
    return rows


def hero_of(text: str) -> illustrations.Illustration:
    """The drawing the image stage picks for this brief (stages/images.py: niche, type, products + brand,
    industry)."""
    intent = parse_brief(text)
    words = " ".join([*intent.products, intent.brand_name])
    return illustrations.choose(getattr(intent, "niche", None), intent.business_type, words,
                                industry=intent.industry)


def drawn_niches(ill: illustrations.Illustration, niches: set[str]) -> set[str]:
    """The gold niches a drawing stands for: its own key (when that is a niche) and those it refines."""
    return ({ill.key} & niches) | set(ill.refines)


def judge(gold: str, ill: illustrations.Illustration) -> str:
    """'generic', 'fallback', 'other-family', 'unjudged' (gold 'other' or a drawing of no niche) or 'fits'."""
    lex = load_lexicon()
    if ill.key == "generic":
        return "generic"
    if ill.key in FALLBACKS:
        return "fallback"
    stands = drawn_niches(ill, set(lex.niches))
    if gold == "other" or not stands:
        return "unjudged"
    return "fits" if any(lex.compatible(gold, n) for n in stands) else "other-family"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", type=Path, default=REPO / "datasets" / "pages.jsonl")
    ap.add_argument("--batch", help="only the rows of this batch ('first' = the rows without one)")
    ap.add_argument("--show", action="append", default=[], help="list every brief that gets this drawing")
    ap.add_argument("--quiet", action="store_true", help="only the totals")
    ap.add_argument("--rows", action="store_true", help="one line per brief (id, gold, drawing): to diff two runs")
    args = ap.parse_args(argv)
    rows = dev_pages(args.file, args.batch)
    by_drawing: dict[str, Counter[str]] = defaultdict(Counter)
    verdicts: Counter[str] = Counter()
    listed: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        ill = hero_of(r["text"])
        gold = str(r.get("niche") or "other")
        by_drawing[ill.key][gold] += 1
        verdict = judge(gold, ill)
        verdicts[verdict] += 1
        line = f"  {r['id']} gold={gold} drawing={ill.key}: {' '.join(r['text'].split())[:150]}"
        if args.rows:
            print(f"{r['id']} {gold} {ill.key}")
        if verdict in ("generic", "fallback", "other-family"):
            listed[verdict].append(line)
        if ill.key in args.show:
            listed[f"drawing {ill.key}"].append(line)
    if not args.quiet:
        print("per drawing: briefs (gold niches)")
        for key, golds in sorted(by_drawing.items(), key=lambda kv: -sum(kv[1].values())):
            labels = ", ".join(f"{g} {n}" for g, n in golds.most_common())
            print(f"  {key:16} {sum(golds.values()):4}  ({labels})")
        for title, lines in listed.items():
            print(f"\n{title} ({len(lines)}):")
            print("\n".join(lines))
    print(f"\ndev page briefs: {len(rows)}; " + ", ".join(f"{k} {verdicts[k]}" for k in
          ("fits", "unjudged", "fallback", "generic", "other-family")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
