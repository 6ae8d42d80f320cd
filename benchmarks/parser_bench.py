"""Benchmark: CPU time of the offline intent parser alone, per brief, as an eval run spends it.

    .venv/bin/python benchmarks/parser_bench.py [--runs 5] [--set bench|pages|both]

Each run is a fresh process that imports the rules (timed apart), parses one brief to load what loads on first use,
then parses every brief of the set once: the 3,000 synthetic briefs of benchmarks/eval_bench.py ("bench") and the
`text` of every datasets/pages.jsonl row ("pages"). One pass per process, as an eval worker parses each case once,
so no per-text cache is warm from an earlier pass. CPU time (time.process_time) counts only this process, which makes
it steadier than wall time on a shared machine; the minimum over the runs is the least disturbed. Prints the import
and per-brief CPU of each run, and the minimum and median.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, sys, time
t0 = time.process_time()
from tapsite_pipeline.providers.offline_rules import parse_brief
imported = time.process_time() - t0
sys.path.insert(0, "scripts")
import parser_snapshot as ps
which = sys.argv[1]
texts = ([t for _, t in ps.bench_texts()] if which == "bench" else
         [t for k, t in ps.dataset_texts() if k.startswith("pages.jsonl:") and ":script" not in k])
parse_brief("Toko Roti Mawar menjual roti sobek dan donat di Solo, warna hijau")
t = time.process_time()
for text in texts:
    parse_brief(text)
print(json.dumps({"import_s": imported, "n": len(texts), "cpu_s": time.process_time() - t}))
"""


def run(which: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, which], capture_output=True, text=True, cwd=REPO,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--set", choices=["bench", "pages", "both"], default="both")
    args = ap.parse_args()
    for which in (["bench", "pages"] if args.set == "both" else [args.set]):
        results = [run(which) for _ in range(args.runs)]
        per = [r["cpu_s"] / r["n"] * 1000 for r in results]
        imports = [r["import_s"] for r in results]
        print(f"{which}: {results[0]['n']} briefs; CPU ms per brief " + ", ".join(f"{p:.3f}" for p in per)
              + f"; min {min(per):.3f}, median {statistics.median(per):.3f}; rules import CPU s min "
              f"{min(imports):.2f}, median {statistics.median(imports):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
