"""Fuzz the whole offline pipeline with N random briefs (words, markup, emoji, scripts, controls, bidi and
invisible characters, lone surrogates): count crashes, one-line refusals, HTML parse errors and unsafe
characters in the pages.

    .venv/bin/python scripts/fuzz_briefs.py --briefs 10000 [--seed 15] [--json]

Exit 1 if any brief crashed or any page failed to parse or carried an unsafe character. The same
check runs in the test suite at a smaller size (tests/test_text_hygiene.py, with hypothesis).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter

import html5lib

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.safe_text import unsafe_characters

BAD = ["\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200b", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad",
       "\x1b", "\x00", "\x07", "\x7f", "\x85", "\u2028", "\ue000", "\U000f0000", "\ufdd0", "\uffff", "\ud800",
       "\udfff", "\u0301", "\u034f", "\u180e", "\u3164", "\U000e0001"]
WORDS = ("Toko Kue Ani jual nastar kastengel di Bandung warna pink Warung Budi bakso soto servis motor Kopi Senja "
         "laundry kiloan salon les privat batik catering bengkel WA 081234567890 shop bakery coffee sell cakes in "
         "Jakarta <script>alert(1)</script> {{7*7}} {% raw %} &amp; \" ' </title> ñandú 日本 🎂 👩\u200d💻 مرحبا "
         "שלום — … ™ © ﷽ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢").split()


def random_text(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(1, 40)):
        roll = rnd.random()
        if roll < 0.6:
            parts.append(rnd.choice(WORDS))
        elif roll < 0.8:
            parts.append(rnd.choice(BAD))
        else:   # any code point at all, surrogates and unassigned included
            parts.append("".join(chr(rnd.randint(0, 0x10FFFF)) for _ in range(rnd.randint(1, 4))))
        parts.append(rnd.choice([" ", " ", "", "\n", ", ", ". "]))
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)
    rt = Runtime.local(tempfile.mkdtemp(prefix="tapsite-fuzz-"))
    counts: Counter = Counter()
    examples: dict[str, list[str]] = {"crash": [], "parse_error": [], "unsafe": []}
    t0 = time.perf_counter()
    for _ in range(args.briefs):
        text = random_text(rnd)
        brand = rnd.choice([None, None, random_text(rnd)[:30]])
        try:
            b = make_brief(text, brand_name=brand)
            r = generate_site(b, rt)
        except InputError:
            counts["refused"] += 1
            continue
        except Exception:   # a crash: what this script exists to find
            counts["crash"] += 1
            examples["crash"].append(f"{text!r}: {traceback.format_exc().splitlines()[-1]}")
            continue
        counts["built"] += 1
        html = open(r.deployment.index_path, encoding="utf-8").read()
        parser = html5lib.HTMLParser(strict=False)
        parser.parse(html)
        if parser.errors:
            counts["parse_error"] += 1
            examples["parse_error"].append(f"{text!r}: {parser.errors[0]}")
        bad = unsafe_characters(html)
        if bad:
            counts["unsafe"] += 1
            examples["unsafe"].append(f"{text!r}: {bad[:5]}")
    report = {"briefs": args.briefs, "seed": args.seed, "built": counts["built"], "refused": counts["refused"],
              "crashes": counts["crash"], "html_parse_errors": counts["parse_error"],
              "pages_with_unsafe_characters": counts["unsafe"], "seconds": round(time.perf_counter() - t0, 1),
              "examples": {k: v[:5] for k, v in examples.items() if v}}
    print(json.dumps(report, ensure_ascii=True, indent=None if args.json else 1))
    return 1 if counts["crash"] or counts["parse_error"] or counts["unsafe"] else 0


if __name__ == "__main__":
    sys.exit(main())
