"""Providers benchmark: stage 3 against a local OpenAI-compatible server that answers after a fixed delay.

Checks: stage 3's wall time ≤ 1.2 × the slowest single call (its sections run concurrently); a
second identical run costs $0 with 100 % cache hits and zero provider calls; the offline path
stays fast. Run:  .venv/bin/python benchmarks/providers_bench.py [--delay 0.2] [--offline-sites 100]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.stages.content import write_content
from tapsite_pipeline.stages.design import decide_design
from tapsite_pipeline.stages.intent import parse_intent

MODEL = "openai:gpt-4.1-mini"
BRIEF = "Saya mau jualan kue kering nastar dan kastengel, nama tokonya Toko Ani, warna pink, pesan lewat WhatsApp 0812-3456-7890"


def stage3(home: str) -> dict:
    rt = Runtime.local(home, model=MODEL)
    brief = make_brief(BRIEF)
    intent = parse_intent(brief, rt.llm)  # also warms the SDK import and the connection
    design = decide_design(intent, rt.catalog)
    rt.llm.drain()
    t0 = time.perf_counter()
    write_content(intent, design, brief, rt.llm)
    wall = (time.perf_counter() - t0) * 1000
    logs = rt.llm.drain()
    slowest = max(g.latency_ms for g in logs)
    return {"calls": len(logs), "wall_ms": round(wall, 1), "slowest_call_ms": round(slowest, 1),
            "ratio": round(wall / slowest, 3), "provider_requests": sum(g.requests for g in logs),
            "cost_usd": round(sum(g.cost_usd for g in logs), 6),
            "cache_hits": sum(g.cache_hit for g in logs)}


def full_site(home: str) -> dict:
    rt = Runtime.local(home, model=MODEL)
    t0 = time.perf_counter()
    r = generate_site(make_brief(BRIEF), rt)
    llm = [g for g in r.logs if g.success]
    return {"wall_ms": round((time.perf_counter() - t0) * 1000, 1), "llm_calls": len(llm),
            "cache_hits": sum(g.cache_hit for g in llm),
            "cache_hit_rate": round(sum(g.cache_hit for g in llm) / max(len(llm), 1), 3),
            "provider_requests": sum(g.requests for g in r.logs), "cost_usd": round(sum(g.cost_usd for g in r.logs), 6)}


def offline(n: int) -> dict:
    from tapsite_pipeline.bench.stages import run_bench
    report = run_bench(n)
    return {"sites": n, "per_site_median_ms": report["stages"]["per_site"]["median_ms"],
            "content_median_ms": report["stages"]["content"]["median_ms"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--delay", type=float, default=0.2, help="seconds the server waits before each answer")
    ap.add_argument("--offline-sites", type=int, default=100, help="sites for the offline timing (0: skip)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    # The server runs in its own process, as a real one would: no GIL shared with the client.
    server = subprocess.Popen([sys.executable, "tests/peers/fake_servers.py",
                               "--delay", str(args.delay)], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parent.parent)
    try:
        url = server.stdout.readline().strip()
        os.environ["OPENAI_BASE_URL"], os.environ["OPENAI_API_KEY"] = url, "sk-bench-not-a-key"
        with tempfile.TemporaryDirectory(prefix="tapsite-pbench-") as tmp:
            home, home2 = str(Path(tmp) / "home"), str(Path(tmp) / "home2")
            report = {"delay_s": args.delay, "stage3_cold": stage3(home), "stage3_cached": stage3(home),
                      "site_cold": full_site(home2), "site_cached": full_site(home2)}
    finally:
        server.terminate()
        server.wait(timeout=10)
    if args.offline_sites:
        report["offline"] = offline(args.offline_sites)
    cold, cached = report["stage3_cold"], report["site_cached"]
    report["pass"] = {"stage3_wall_le_1.2x_slowest": cold["ratio"] <= 1.2,
                      "rerun_costs_zero": cached["cost_usd"] == 0 and cached["provider_requests"] == 0,
                      "rerun_all_cache_hits": cached["cache_hit_rate"] == 1.0}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"server delay {args.delay * 1000:.0f} ms per call, model {MODEL}")
        print(f"stage 3 cold:   {cold['calls']} calls, wall {cold['wall_ms']} ms, slowest call "
              f"{cold['slowest_call_ms']} ms → ratio {cold['ratio']} (target ≤ 1.2), cost ${cold['cost_usd']}")
        c3 = report["stage3_cached"]
        print(f"stage 3 cached: wall {c3['wall_ms']} ms, {c3['cache_hits']}/{c3['calls']} cache hits, "
              f"{c3['provider_requests']} provider requests, cost ${c3['cost_usd']}")
        s1 = report["site_cold"]
        print(f"site cold:      {s1['llm_calls']} LLM calls, {s1['provider_requests']} requests, wall {s1['wall_ms']} ms,"
              f" cost ${s1['cost_usd']}")
        print(f"site rerun:     {cached['cache_hits']}/{cached['llm_calls']} cache hits "
              f"({cached['cache_hit_rate']:.0%}), {cached['provider_requests']} requests, wall {cached['wall_ms']} ms,"
              f" cost ${cached['cost_usd']}")
        if "offline" in report:
            o = report["offline"]
            print(f"offline:        {o['sites']} sites, median {o['per_site_median_ms']} ms per site "
                  f"(stage 3 {o['content_median_ms']} ms)")
        print("pass:", report["pass"])
    return 0 if all(report["pass"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
