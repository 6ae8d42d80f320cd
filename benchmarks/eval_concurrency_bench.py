"""Benchmark: an eval run against a slow OpenAI-compatible server runs its cases concurrently from the first case.

    .venv/bin/python benchmarks/eval_concurrency_bench.py [--cases 60] [--delay 0.2] [--runs 3]

Starts the simulated model (tests/peers/sim_model.py) in its own process answering after DELAY
seconds, then times `tapsite eval run intent --dataset FILE --model openai:gpt-4.1-mini --no-cache
--no-mlflow --json` as a fresh process: the wall time of the cases (the run's `cases_s`), of the whole
run inside the process (cases, scoring, DuckDB) and of the process. With the shipped config (openai:
8 requests in flight) 60 cases are 8 rounds of DELAY. Budget: the run ≤ 2.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eval_bench import make_dataset

REPO = Path(__file__).resolve().parent.parent

TAPSITE = [sys.executable, "-m", "tapsite_pipeline.cli"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=60)
    ap.add_argument("--delay", type=float, default=0.2)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="tapsite-concbench-") as tmp:
        home = Path(tmp)
        data = home / "briefs.jsonl"
        make_dataset(args.cases, data)
        server = subprocess.Popen([sys.executable, str(REPO / "tests" / "peers" / "sim_model.py"), str(data),
                                   "--delay", str(args.delay)], stdout=subprocess.PIPE, text=True)
        try:
            url = server.stdout.readline().strip()
            env = {**os.environ, "TAPSITE_HOME": str(home), "OPENAI_BASE_URL": url,
                   "OPENAI_API_KEY": "sk-bench-0000", "MLFLOW_DISABLE_TELEMETRY": "true"}
            cases, runs, walls = [], [], []
            for _ in range(args.runs):
                t = time.perf_counter()
                done = subprocess.run([*TAPSITE, "eval", "run", "intent", "--dataset", str(data), "--model",
                                       "openai:gpt-4.1-mini", "--no-cache", "--no-mlflow", "--json"], env=env,
                                      capture_output=True, text=True, cwd=REPO)
                walls.append(time.perf_counter() - t)
                if done.returncode != 0:
                    print(done.stderr, file=sys.stderr)
                    return 1
                report = json.loads(done.stdout)
                assert report["answered"] == args.cases, report
                cases.append(report["timings"]["cases_s"])
                runs.append(report["duration_s"])
        finally:
            server.terminate()
            server.wait()
    serial = args.cases * args.delay
    print(f"{args.cases} cases against a server answering in {args.delay * 1000:.0f} ms "
          f"(serially that is {serial:.1f} s), {os.cpu_count()} cores")
    print(f"  cases (s):        {', '.join(f'{x:.2f}' for x in cases)}   median {statistics.median(cases):.2f}")
    print(f"  run in process:   {', '.join(f'{x:.2f}' for x in runs)}   median {statistics.median(runs):.2f}")
    print(f"  process wall (s): {', '.join(f'{x:.2f}' for x in walls)}   median {statistics.median(walls):.2f}")
    ok = statistics.median(runs) <= 2.5
    print("PASS (run ≤ 2.5 s)" if ok else "OVER BUDGET (run > 2.5 s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
