"""Benchmark: how often the promotion gate fails a candidate that is no different (A/A), and how often it
catches one that is 5 points worse, with a stochastic simulated model whose accuracy follows the prompt.

    .venv/bin/python benchmarks/gate_bench.py [--pairs 200] [--cases 300] [--noise 0.02] [--delay 0.02]

The simulated model (tests/peers/sim_model.py) runs in its own process behind the OpenAI protocol and
is called through the official SDK, the providers Router (no cache) and the eval runner, 16 cases in
flight. Every run draws a new sample of the model (`…-s<seed>` in the model name), so two runs of one
prompt differ on the borderline cases, as two runs of a real model do.

* A/A: the production-like prompt (intent@v1 plus one line of business-type guidance) against itself,
  PAIRS independent pairs. A false fail is any verdict but `passed` (failed or inconclusive).
* Power: the same prompt against intent@v1 without that line, whose business-type accuracy is 5
  points lower; PAIRS independent pairs. Caught = the gate failed.

Each pair is judged by the shipped intent suite's gates (evals/intent.yaml: seven quality and usage
gates, Holm across them, power 80 %) through the same code `tapsite eval compare` uses.
Budgets: A/A false fails ≤ 5 %, worse candidate caught ≥ 80 %.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from eval_bench import make_dataset

REPO = Path(__file__).resolve().parent.parent

GUIDANCE = "  - Decide by what the owner sells: what the owner sells decides business_type.\n"
MODEL = "openai:gpt-4.1-mini"


def prompts_with_guidance(root: Path) -> None:
    """A prompts folder where intent@v2 is intent@v1 plus one line the simulated model answers better for."""
    from tapsite_pipeline.resources import data_dir
    shutil.copytree(data_dir("prompts"), root)
    v1 = (root / "intent" / "v1.yaml").read_text(encoding="utf-8")
    (root / "intent" / "v2.yaml").write_text(
        v1.replace("version: 1", "version: 2").replace("change_note: First version", "change_note: Guidance")
        .replace("  Never invent facts.", GUIDANCE + "  Never invent facts."), encoding="utf-8")


def unlimited(path: Path) -> Path:
    """The shipped providers config without per-minute budgets (a local simulated model has none)."""
    import yaml

    from tapsite_pipeline.providers.config import load_providers_config
    cfg = load_providers_config()
    providers = {k: v.model_copy(update={"rpm": 1_000_000, "tpm": 1_000_000_000}) for k, v in cfg.providers.items()}
    path.write_text(yaml.safe_dump(cfg.model_copy(update={"providers": providers}).model_dump(mode="json")))
    return path


def wilson(k: int, n: int) -> tuple[float, float]:
    """95 % Wilson interval of a proportion."""
    if n == 0:
        return (0.0, 1.0)
    z, p = 1.96, k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, mid - half), min(1.0, mid + half)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--noise", type=float, default=0.02, help="spread of the simulated model's run-to-run noise")
    ap.add_argument("--delay", type=float, default=0.02, help="the simulated model's answer time (s)")
    ap.add_argument("--json", help="also write every pair's verdict here")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tapsite-gatebench-"))
    data = tmp / "briefs.jsonl"
    make_dataset(args.cases, data, seed=4)  # 15 of its 300 briefs are ones the guidance line decides: 5.0 points
    prompts_with_guidance(tmp / "prompts")
    server = subprocess.Popen([sys.executable, str(REPO / "tests" / "peers" / "sim_model.py"), str(data),
                               "--noise", str(args.noise), "--delay", str(args.delay)], stdout=subprocess.PIPE,
                              text=True)
    url = server.stdout.readline().strip()
    (tmp / "prices.yaml").write_text(f"'{MODEL}*': {{input_per_1k: 0.0004, output_per_1k: 0.0016}}\n")
    os.environ.update(OPENAI_BASE_URL=url, OPENAI_API_KEY="sk-bench-0000", TAPSITE_PROMPTS_DIR=str(tmp / "prompts"),
                      TAPSITE_PRICES=str(tmp / "prices.yaml"), TAPSITE_HOME=str(tmp / "home"),
                      TAPSITE_PROVIDERS_CONFIG=str(unlimited(tmp / "providers.yaml")))
    try:
        return run(args, data, tmp)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def run(args, data: Path, tmp: Path) -> int:
    import logging

    from tapsite_pipeline.evals.compare import judge
    from tapsite_pipeline.evals.datasets import load_dataset
    from tapsite_pipeline.evals.runner import execute, provider_lookup
    from tapsite_pipeline.evals.scorers import SCORERS
    from tapsite_pipeline.evals.suites import load_suite
    from tapsite_pipeline.settings import Settings

    logging.getLogger("tapsite.providers").setLevel(logging.ERROR)
    suite = load_suite("intent")
    dataset = load_dataset(data)
    settings = Settings.load(tmp / "home").ensure()
    providers = provider_lookup(home=settings.home, use_cache=False)
    kinds = {n: (SCORERS[n].direction, SCORERS[n].kind) for n in suite.scorer_names}
    gates = {k: g.model_dump() for k, g in suite.gates.items()}

    def scores(version: int, seed: int) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for r in execute(suite, dataset, settings, {"intent": version}, model=f"{MODEL}-s{seed}",
                         provider_for=providers):
            assert r.outcome.error is None, r.outcome.error
            for m, v in r.scores.items():
                out.setdefault(m, {})[r.case.id] = v
        return out

    results: dict[str, list[dict]] = {"aa": [], "worse": []}
    t0 = time.perf_counter()
    for label, (va, vb), base in (("aa", (2, 2), 0), ("worse", (2, 1), 100_000)):
        for k in range(args.pairs):
            a, b = scores(va, base + 2 * k), scores(vb, base + 2 * k + 1)
            judged, _, _ = judge(a, b, kinds, gates, suite.gate)
            verdict = "failed" if judged.failed else "inconclusive" if judged.reasons else "passed"
            bt = next(m for m in judged.metrics if m.metric == "business_type_acc")
            results[label].append({"verdict": verdict, "failed": [g["metric"] for g in judged.failed],
                                   "reasons": judged.reasons, "business_type": [bt.a, bt.b]})
            if (k + 1) % 10 == 0:
                print(f"  {label}: {k + 1}/{args.pairs} pairs, {time.perf_counter() - t0:.0f} s", flush=True)
    aa, worse = results["aa"], results["worse"]
    false_fail = sum(r["verdict"] != "passed" for r in aa)
    caught = sum(r["verdict"] == "failed" for r in worse)
    bt_aa = sum(r["business_type"][0] for r in aa) / len(aa)
    bt_drop = sum(r["business_type"][0] - r["business_type"][1] for r in worse) / len(worse)
    print(f"simulated model: noise {args.noise}, {args.cases} cases, {args.delay * 1000:.0f} ms per answer; "
          f"{time.perf_counter() - t0:.0f} s for {4 * args.pairs} runs")
    lo, hi = wilson(false_fail, len(aa))
    print(f"A/A: {len(aa)} pairs, business_type ≈ {bt_aa:.3f}; gate did not pass {false_fail} "
          f"({false_fail / len(aa):.1%}, 95 % CI {lo:.1%}–{hi:.1%}); "
          f"why: {dict(Counter(m for r in aa for m in r['failed']))} failed, "
          f"{sum(bool(r['reasons']) and not r['failed'] for r in aa)} inconclusive")
    lo, hi = wilson(caught, len(worse))
    print(f"worse by {bt_drop:.3f} on business_type: {len(worse)} pairs, caught {caught} "
          f"({caught / len(worse):.1%}, 95 % CI {lo:.1%}–{hi:.1%}); failed on "
          f"{dict(Counter(m for r in worse for m in r['failed']))}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    ok = false_fail / len(aa) <= 0.05 and caught / len(worse) >= 0.80
    print("PASS (A/A false fails ≤ 5 %, caught ≥ 80 %)" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
