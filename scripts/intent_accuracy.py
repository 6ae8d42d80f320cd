#!/usr/bin/env python
"""Per-field accuracy of the offline intent parser on a labelled JSONL file.

Usage:
    .venv/bin/python scripts/intent_accuracy.py datasets/briefs.jsonl --split dev [--errors] [--field brand_name]

Each line: {"id", "split", "text", "gold": {business_type, brand_name, language, color_preference,
products?, features?, tone?}}. Reports business_type / brand_name (case-insensitive) / language
accuracy, colour F1 (micro and mean per case; two empty lists count as a perfect match), plus
features F1, products F1 and tone accuracy as secondary metrics, and the mean parse time.

The page-level set (datasets/pages.jsonl: brand, business_type, niche, language, offerings,
not_offerings, expect) is read too: its offerings are the gold products, and it adds niche accuracy,
refusals (rows with expect == "refuse" must be refused by the brief check, the others must not) and the
share of parsed products that are a not-offering of the row (an audience, feature, place… as a card).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.providers.offline_rules import parse_brief


def _from_pages(r: dict) -> dict:
    """A pages.jsonl row in the intent set's shape (gold fields under "gold")."""
    if "gold" in r:
        return r
    gold = {"business_type": r.get("business_type"), "language": r.get("language"),
            "products": r.get("offerings") or [], "niche": r.get("niche")}
    if r.get("brand"):
        gold["brand_name"] = r["brand"]
    return {**r, "gold": gold}


def _not_offering_hit(product: str, row: dict) -> bool:
    """The pages set's rule: a card fails when it contains a not-offering and none of the offerings."""
    p = _norm(product)
    offers = [_norm(o) for o in row.get("offerings") or []]
    return any(_norm(n) in p for n in row.get("not_offerings") or []) and not any(o in p or p in o for o in offers)


def _norm(s: str | None) -> str:
    return " ".join(str(s or "").lower().split())


def _f1(pred: list[str], gold: list[str]) -> tuple[float, int, int, int]:
    p, g = {_norm(x) for x in pred}, {_norm(x) for x in gold}
    tp = len(p & g)
    if not p and not g:
        return 1.0, 0, 0, 0
    prec = tp / len(p) if p else 0.0
    rec = tp / len(g) if g else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f1, tp, len(p), len(g)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path)
    ap.add_argument("--split", default="dev", help="split to score (default dev; 'all' for every row)")
    ap.add_argument("--errors", action="store_true", help="print every mismatch")
    ap.add_argument("--field", action="append", help="with --errors: only these fields")
    ap.add_argument("--json", action="store_true", help="print the metrics as JSON")
    ap.add_argument("--batch", help="only the rows of this batch ('first' = the rows without one)")
    args = ap.parse_args(argv)

    rows = [_from_pages(json.loads(line)) for line in args.path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    if args.split != "all":
        rows = [r for r in rows if r.get("split") == args.split]
    if args.batch:
        rows = [r for r in rows if (r.get("batch") or "first") == args.batch]
    if not rows:
        print(f"no rows for split {args.split!r} in {args.path}", file=sys.stderr)
        return 1

    refusals = {"right": 0, "n": 0, "false_refusals": 0, "missed": 0}
    kept = []
    for r in rows:
        expect = r.get("expect")
        try:
            make_brief(r["text"], require_contact=False)
            refused = False
        except InputError as exc:
            refused, why = True, str(exc)
        if expect is not None:
            refusals["n"] += 1
            refusals["right"] += refused == (expect == "refuse")
            refusals["false_refusals"] += refused and expect != "refuse"
            refusals["missed"] += expect == "refuse" and not refused
            if args.errors and refused != (expect == "refuse") and (not args.field or "refuse" in args.field):
                print(f"[{r.get('id')}] refuse: got {refused} want {expect == 'refuse'}"
                      f"{' (' + why + ')' if refused else ''}\n    {r['text']}")
        if expect != "refuse":
            kept.append(r)
    rows = kept
    not_offering = [0, 0]  # (products that are not-offerings, products on rows that list not-offerings)

    exact = {"business_type": 0, "brand_name": 0, "language": 0, "tone": 0, "niche": 0}
    counts = {k: 0 for k in exact}
    f1_sum = {"color": 0.0, "features": 0.0, "products": 0.0}
    micro = {k: [0, 0, 0] for k in f1_sum}
    n_f = {k: 0 for k in f1_sum}
    elapsed = 0.0
    show = set(args.field or [])
    for r in rows:
        gold = r["gold"]
        t0 = time.perf_counter()
        got = parse_brief(r["text"])
        elapsed += time.perf_counter() - t0
        for field in exact:
            if field not in gold:
                continue
            counts[field] += 1
            want, have = gold[field], getattr(got, field)
            ok = _norm(want) == _norm(have)
            exact[field] += ok
            if args.errors and not ok and (not show or field in show):
                print(f"[{r.get('id')}] {field}: got {have!r} want {want!r}\n    {r['text']}")
        for key, gfield, pfield in (("color", "color_preference", "color_preference"),
                                    ("features", "features", "features_requested"),
                                    ("products", "products", "products")):
            if gfield not in gold:
                continue
            f1, tp, np_, ng = _f1(getattr(got, pfield), gold[gfield])
            f1_sum[key] += f1
            n_f[key] += 1
            micro[key][0] += tp
            micro[key][1] += np_
            micro[key][2] += ng
            if args.errors and f1 < 1 and (not show or gfield in show or key in show):
                print(f"[{r.get('id')}] {gfield}: got {getattr(got, pfield)!r} want {gold[gfield]!r}\n    {r['text']}")
        if "not_offerings" in r:
            hits = [p for p in got.products if _not_offering_hit(p, r)]
            not_offering[0] += len(hits)
            not_offering[1] += len(got.products)
            if args.errors and hits and (not show or "not_offerings" in show):
                print(f"[{r.get('id')}] not_offerings as products: {hits}\n    {r['text']}")

    metrics: dict[str, float | int] = {"n": len(rows)}
    if refusals["n"]:
        metrics["refusal_acc"] = round(refusals["right"] / refusals["n"], 4)
        metrics["false_refusals"] = refusals["false_refusals"]
        metrics["missed_refusals"] = refusals["missed"]
    if not_offering[1]:
        metrics["not_offering_products"] = round(not_offering[0] / not_offering[1], 4)
    for field in exact:
        if counts[field]:
            metrics[f"{field}_acc"] = round(exact[field] / counts[field], 4)
    for key in f1_sum:
        if n_f[key]:
            tp, np_, ng = micro[key]
            prec = tp / np_ if np_ else 1.0
            rec = tp / ng if ng else 1.0
            metrics[f"{key}_f1_mean"] = round(f1_sum[key] / n_f[key], 4)
            metrics[f"{key}_f1_micro"] = round(2 * prec * rec / (prec + rec) if prec + rec else 0.0, 4)
    metrics["ms_per_brief"] = round(1000 * elapsed / len(rows), 3)
    if args.json:
        print(json.dumps(metrics, indent=2))
    else:
        print(f"{args.path} split={args.split} n={len(rows)}")
        for k, v in metrics.items():
            if k != "n":
                print(f"  {k:22s} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
