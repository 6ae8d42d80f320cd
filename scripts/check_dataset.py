#!/usr/bin/env python3
"""Validate the hand-labelled brief dataset (datasets/briefs.jsonl) and print its counts.

Usage:
    python scripts/check_dataset.py [datasets/briefs.jsonl]

Exits with status 1 if any problem is found (schema, enum values, lengths,
duplicate ids/texts, minimum counts, split balance). Warnings are printed but
do not fail the check.

This script is deliberately standalone: it does not import tapsite_pipeline, so the
dataset stays independent of the parser it is used to evaluate.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

BUSINESS_TYPES = [
    "food_and_beverage", "retail", "services", "creative",
    "education", "events", "technology", "other",
]
LANGUAGES = ["id", "en"]
SPLITS = ["dev", "test"]
TONES = ["friendly", "professional", "playful", "elegant", "bold", "calm"]
FEATURES = [
    "catalog", "menu", "pricing", "contact_form", "order_form", "whatsapp",
    "booking", "registration", "schedule", "gallery", "portfolio",
    "testimonials", "map", "social_links", "tickets", "signup", "download",
    "delivery",
]
COLORS = [
    "red", "blue", "light blue", "navy", "green", "turquoise", "dark green",
    "yellow", "gold", "silver", "black", "white", "gray", "brown",
    "dark brown", "light brown", "cream", "purple", "pink", "rose gold",
    "orange", "maroon", "salmon", "mint", "peach", "beige",
]

TOP_KEYS = {"id", "split", "text", "gold"}
GOLD_KEYS = {
    "business_type", "brand_name", "products", "color_preference",
    "language", "features", "tone",
}

MIN_TOTAL = 320
MIN_ID_SHARE = 0.62
MIN_PER_TYPE = 25
MAX_PRODUCTS = 10
MAX_COLORS = 3
BRAND_MIN, BRAND_MAX = 2, 50
ID_RE = re.compile(r"^id-\d{3,}$")


def norm_text(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def check_str_list(name, value, allowed=None, lower=False, max_len=None):
    errs = []
    if not isinstance(value, list):
        return [f"{name} must be a list"]
    for v in value:
        if not isinstance(v, str) or not v.strip():
            errs.append(f"{name} has a non-string/empty item {v!r}")
            continue
        if v != v.strip():
            errs.append(f"{name} item has surrounding whitespace {v!r}")
        if lower and v != v.lower():
            errs.append(f"{name} item not lower case {v!r}")
        if allowed is not None and v not in allowed:
            errs.append(f"{name} item not allowed {v!r}")
    if len(set(value)) != len(value):
        errs.append(f"{name} has duplicates {value}")
    if max_len is not None and len(value) > max_len:
        errs.append(f"{name} has {len(value)} items (max {max_len})")
    return errs


def validate_row(row) -> list[str]:
    errs = []
    if not isinstance(row, dict):
        return ["row is not an object"]
    if set(row) != TOP_KEYS:
        errs.append(f"top-level keys {sorted(row)} != {sorted(TOP_KEYS)}")
    rid = row.get("id")
    if not isinstance(rid, str) or not ID_RE.match(rid):
        errs.append(f"bad id {rid!r}")
    if row.get("split") not in SPLITS:
        errs.append(f"bad split {row.get('split')!r}")
    text = row.get("text")
    if not isinstance(text, str) or len(text.strip()) < 10:
        errs.append("text missing or shorter than 10 chars")
    gold = row.get("gold")
    if not isinstance(gold, dict):
        return errs + ["gold is not an object"]
    if set(gold) != GOLD_KEYS:
        errs.append(f"gold keys {sorted(gold)} != {sorted(GOLD_KEYS)}")
    if gold.get("business_type") not in BUSINESS_TYPES:
        errs.append(f"bad business_type {gold.get('business_type')!r}")
    brand = gold.get("brand_name")
    if not isinstance(brand, str) or not (BRAND_MIN <= len(brand) <= BRAND_MAX):
        errs.append(f"brand_name must be a string of {BRAND_MIN}-{BRAND_MAX} chars: {brand!r}")
    elif brand != brand.strip():
        errs.append(f"brand_name has surrounding whitespace {brand!r}")
    if gold.get("language") not in LANGUAGES:
        errs.append(f"bad language {gold.get('language')!r}")
    if gold.get("tone") not in TONES:
        errs.append(f"bad tone {gold.get('tone')!r}")
    errs += check_str_list("products", gold.get("products"), lower=True, max_len=MAX_PRODUCTS)
    errs += check_str_list("color_preference", gold.get("color_preference"), allowed=COLORS,
                           max_len=MAX_COLORS)
    errs += check_str_list("features", gold.get("features"), allowed=FEATURES)
    return errs


def table(counter: Counter, keys, total=None) -> str:
    total = total if total is not None else sum(counter.values())
    width = max(len(str(k)) for k in keys) if keys else 0
    lines = []
    for k in keys:
        n = counter.get(k, 0)
        pct = 100.0 * n / total if total else 0.0
        lines.append(f"  {str(k):<{width}}  {n:4d}  ({pct:5.1f}%)")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path("datasets/briefs.jsonl")
    if not path.exists():
        print(f"ERROR: {path} not found")
        return 1

    problems: list[str] = []
    warnings: list[str] = []
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problems.append(f"line {lineno}: empty line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {lineno}: invalid JSON ({exc})")
            continue
        for e in validate_row(row):
            problems.append(f"line {lineno} ({row.get('id') if isinstance(row, dict) else '?'}): {e}")
        if isinstance(row, dict) and isinstance(row.get("gold"), dict):
            rows.append(row)

    # duplicates
    ids = Counter(r.get("id") for r in rows)
    for rid, n in ids.items():
        if n > 1:
            problems.append(f"duplicate id {rid!r} x{n}")
    texts = Counter(norm_text(r["text"]) for r in rows if isinstance(r.get("text"), str))
    for t, n in texts.items():
        if n > 1:
            problems.append(f"duplicate text x{n}: {t[:70]!r}")

    # soft checks
    for r in rows:
        g = r["gold"]
        b, t = g.get("brand_name"), r.get("text")
        if isinstance(b, str) and isinstance(t, str) and b.lower() not in t.lower():
            warnings.append(f"{r['id']}: brand_name {b!r} not found verbatim in text")

    n = len(rows)
    by_type = Counter(r["gold"].get("business_type") for r in rows)
    by_lang = Counter(r["gold"].get("language") for r in rows)
    by_split = Counter(r.get("split") for r in rows)
    by_tone = Counter(r["gold"].get("tone") for r in rows)
    by_feat = Counter(f for r in rows for f in r["gold"].get("features") or [])
    by_color = Counter(c for r in rows for c in r["gold"].get("color_preference") or [])
    with_color = sum(1 for r in rows if r["gold"].get("color_preference"))
    with_feat = sum(1 for r in rows if r["gold"].get("features"))
    with_prod = sum(1 for r in rows if r["gold"].get("products"))
    strata = Counter((r["gold"].get("business_type"), r["gold"].get("language"), r.get("split"))
                     for r in rows)
    words = [len(r["text"].split()) for r in rows if isinstance(r.get("text"), str)]

    # count requirements
    if n < MIN_TOTAL:
        problems.append(f"only {n} cases (need >= {MIN_TOTAL})")
    id_share = by_lang.get("id", 0) / n if n else 0.0
    if id_share < MIN_ID_SHARE:
        problems.append(f"Indonesian share {id_share:.1%} < {MIN_ID_SHARE:.0%}")
    for bt in BUSINESS_TYPES:
        if by_type.get(bt, 0) < MIN_PER_TYPE:
            problems.append(f"business_type {bt} has {by_type.get(bt, 0)} cases (need >= {MIN_PER_TYPE})")
    for bt in BUSINESS_TYPES:
        for lang in LANGUAGES:
            d, t = strata.get((bt, lang, "dev"), 0), strata.get((bt, lang, "test"), 0)
            if abs(d - t) > 1:
                problems.append(f"split imbalance in stratum {bt}/{lang}: dev={d} test={t}")

    # report
    print(f"file: {path}")
    print(f"cases: {n}")
    print("\nby business_type:")
    print(table(by_type, BUSINESS_TYPES, n))
    print("\nby language:")
    print(table(by_lang, LANGUAGES, n))
    print("\nby split:")
    print(table(by_split, SPLITS, n))
    print("\nbusiness_type x language x split (dev/test):")
    print(f"  {'':<18} {'id dev/test':>12} {'en dev/test':>12} {'total':>6}")
    for bt in BUSINESS_TYPES:
        cells = [f"{strata.get((bt, lang, 'dev'), 0)}/{strata.get((bt, lang, 'test'), 0)}" for lang in LANGUAGES]
        print(f"  {bt:<18} {cells[0]:>12} {cells[1]:>12} {by_type.get(bt, 0):6d}")
    print("\nby tone:")
    print(table(by_tone, TONES, n))
    print(f"\ncases with colour preference: {with_color} ({100.0 * with_color / max(n, 1):.1f}%)")
    print(f"cases with >=1 feature:      {with_feat} ({100.0 * with_feat / max(n, 1):.1f}%)")
    print(f"cases with >=1 product:      {with_prod} ({100.0 * with_prod / max(n, 1):.1f}%)")
    if words:
        print(f"text length (words): min {min(words)}, median {sorted(words)[len(words) // 2]}, max {max(words)}")
    print("\nfeature counts:")
    print(table(by_feat, sorted(FEATURES, key=lambda f: -by_feat.get(f, 0)), n))
    print("\ncolour counts:")
    print(table(by_color, sorted(COLORS, key=lambda c: -by_color.get(c, 0)), n))

    if warnings:
        print(f"\n{len(warnings)} warning(s):")
        for w in warnings:
            print("  WARN", w)
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  ERROR", p)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
