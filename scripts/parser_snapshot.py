#!/usr/bin/env python
"""Snapshot of the offline intent parser: the full parsed Intent for every brief we hold, to prove that a
speed change leaves every output byte-identical; and the per-brief parse time.

    .venv/bin/python scripts/parser_snapshot.py write SNAPSHOT.jsonl
    .venv/bin/python scripts/parser_snapshot.py check SNAPSHOT.jsonl [--show N]  # exit 1 and list the briefs that differ, with what changed
    .venv/bin/python scripts/parser_snapshot.py time [--repeat 5]         # median CPU ms per brief
    .venv/bin/python scripts/parser_snapshot.py count N                   # parse N bench briefs (see below)

`count` is for a figure other jobs on the host cannot move: run it under valgrind for N and for 0 briefs and
subtract ("Collected" instructions; the interpreter's start and the imports cancel out):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python scripts/parser_snapshot.py count 300

The inputs: the `text` of every row of datasets/*.jsonl (plus the refine conversations' turns and
datasets/sample_briefs.txt), the synthetic briefs of benchmarks/eval_bench.py, the same texts with a
brand/language hint (the other path through the parser), and seeded random noise like
scripts/fuzz_briefs.py makes. Each line holds the brief's key, `parse_brief` as JSON, `brand_and_place` and
the brief check's verdict (`business_check`: why a text describes no business, or null).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tapsite_pipeline.providers.offline_rules import brand_and_place, parse_brief
from tapsite_pipeline.providers.offline_rules.sense import business_check
from tapsite_pipeline.resources import data_dir

REPO = Path(__file__).resolve().parent.parent
NOISE = ("Toko Kue Ani jual nastar kastengel di Bandung warna pink Warung Budi bakso soto servis motor Kopi Senja "
         "laundry kiloan salon les privat batik catering bengkel WA 081234567890 shop bakery coffee sell cakes in "
         "Jakarta dan sama untuk buat nama usaha saya namanya brand kami THE BEST & Co. İstanbul ñandú 日本 🎂 "
         "— … ™ Rp 25.000 25rb 10k jam 8-17 sejak 2010 @kopi_senja ani@mail.com").split()


def test_keys() -> set[str]:
    """Keys of test-split rows: their parses are compared but never printed (nobody tunes on them)."""
    out = set()
    for path in sorted(data_dir("datasets").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip() and (row := json.loads(line)).get("split") == "test":
                out.add(f"{path.name}:{row.get('id', n)}")
    return out


def _is_test(key: str, tests: set[str]) -> bool:
    return any(key == t or key.startswith(t + ":") for t in tests)


def dataset_texts() -> Iterator[tuple[str, str]]:
    for path in sorted(data_dir("datasets").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            key = f"{path.name}:{row.get('id', n)}"
            if isinstance(row.get("text"), str):
                yield key, row["text"]
            for i, turn in enumerate(row.get("script") or []):
                if isinstance(turn, str):
                    yield f"{key}:script{i}", turn
    samples = data_dir("datasets") / "sample_briefs.txt"
    for n, line in enumerate(samples.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            yield f"sample_briefs.txt:{n}", line


def bench_texts() -> Iterator[tuple[str, str]]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from eval_bench import make_dataset  # the bench's own generator, so the snapshot covers what it times

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        make_dataset(3000, path)
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            yield f"bench:{row['id']}", row["text"]


def noise_texts(n: int = 3000, seed: int = 15) -> Iterator[tuple[str, str]]:
    rnd = random.Random(seed)
    for i in range(n):
        parts = []
        for _ in range(rnd.randint(1, 30)):
            parts.append(rnd.choice(NOISE) if rnd.random() < 0.85 else
                         "".join(chr(rnd.randint(0x20, 0x2FFF)) for _ in range(rnd.randint(1, 3))))
            parts.append(rnd.choice([" ", " ", "", "\n", ", ", ". "]))
        text = "".join(parts)
        yield f"noise:{i}", text.upper() if i % 7 == 0 else text.lower() if i % 5 == 0 else text


def all_cases() -> Iterator[tuple[str, str, dict]]:
    for key, text in [*dataset_texts(), *bench_texts(), *noise_texts()]:
        yield key, text, {}
    for key, text in dataset_texts():
        yield f"{key}:hinted", text, {"brand_name": "Usaha Contoh", "language": "en"}


def snapshot_lines() -> Iterator[str]:
    for key, text, hints in all_cases():
        intent = parse_brief(text, hints or None)
        yield json.dumps({"key": key, "intent": intent.model_dump(mode="json"),
                          "brand_and_place": list(brand_and_place(text)), "business_check": business_check(text)},
                         ensure_ascii=False, sort_keys=True)


def per_brief_ms(texts: list[str], repeat: int) -> float:
    best = [float("inf")] * len(texts)
    # CPU time of this process (other jobs on the machine do not count), best of N per brief, then the median
    for _ in range(repeat):
        for i, text in enumerate(texts):
            t = time.process_time()
            parse_brief(text)
            best[i] = min(best[i], time.process_time() - t)
    return statistics.median(best) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["write", "check", "time", "count"])
    ap.add_argument("path", nargs="?")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--show", type=int, default=10, help="check: how many differing briefs to print, with what changed")
    ap.add_argument("--show-test", action="store_true",
                    help="check: print test rows' values too (by default only their keys and changed fields)")
    args = ap.parse_args(argv)
    if args.mode == "count":  # the first N bench briefs after 30 to load the rules (N: `path`, default 300)
        bench = [t for _, t in bench_texts()]
        for text in bench[:30 + int(args.path or 300)]:
            parse_brief(text)
        return 0
    if args.mode == "time":
        pages = [t for k, t in dataset_texts() if k.startswith("pages.jsonl:") and ":script" not in k]
        bench = [t for _, t in bench_texts()]
        for text in pages[:20]:
            parse_brief(text)  # warm the imports and caches
        for name, texts in (("datasets/pages.jsonl", pages), ("eval_bench synthetic", bench)):
            print(f"{name}: {len(texts)} briefs, median {per_brief_ms(texts, args.repeat):.3f} ms per brief "
                  f"(CPU time, best of {args.repeat})")
        t, c = time.perf_counter(), time.process_time()
        for text in bench:
            parse_brief(text)
        print(f"eval_bench synthetic, one pass: {time.perf_counter() - t:.2f} s wall, {time.process_time() - c:.2f} s CPU "
              f"for {len(bench)} briefs")
        return 0
    if not args.path:
        print("error: write and check need a snapshot path", file=sys.stderr)
        return 2
    path = Path(args.path)
    if args.mode == "write":
        lines = list(snapshot_lines())
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} parsed briefs to {path}")
        return 0
    if not path.is_file():
        print(f"error: no snapshot at {path}", file=sys.stderr)
        return 2
    want = {json.loads(line)["key"]: line for line in path.read_text(encoding="utf-8").splitlines() if line}
    got = {json.loads(line)["key"]: line for line in snapshot_lines()}
    # briefs are matched by key: rows added to a dataset since the snapshot are counted, not compared
    added, gone = [k for k in got if k not in want], [k for k in want if k not in got]
    differ = [k for k in got if k in want and got[k] != want[k]]
    if added or gone:
        print(f"{len(added)} briefs new since the snapshot (not compared), {len(gone)} gone")
    tests = set() if args.show_test else test_keys()
    for key in differ[:args.show]:
        before, after = json.loads(want[key]), json.loads(got[key])
        changed = {f: (before.get(f), after.get(f)) for f in after if before.get(f) != after.get(f)}
        for sub in ("intent",):
            if isinstance(after.get(sub), dict) and isinstance(before.get(sub), dict):
                changed.pop(sub, None)
                changed |= {f"{sub}.{f}": (before[sub].get(f), v) for f, v in after[sub].items()
                            if before[sub].get(f) != v}
        if _is_test(key, tests):  # a held-out row: which fields moved, never what they hold
            print("differs:", key, "(test row, values hidden):", ", ".join(changed))
            continue
        print("differs:", key)
        for f, (b, a) in changed.items():
            print(f"    {f}: {json.dumps(b, ensure_ascii=False)[:200]} -> {json.dumps(a, ensure_ascii=False)[:200]}")
    same = sum(1 for k in got if k in want) - len(differ)
    print(f"{'IDENTICAL' if not differ else 'DIFFERENT'}: {same}/{same + len(differ)} briefs byte-identical")
    return 1 if differ else 0

if __name__ == "__main__":
    sys.exit(main())
