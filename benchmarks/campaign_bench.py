"""Benchmark: a varied N-row campaign CSV through Dagster in one process; wall seconds, sites/s, peak RSS.

    .venv/bin/python benchmarks/campaign_bench.py --sites 1000 [--home DIR] [--json]

`cpu_s` (user + system time of this process) is printed too: on a machine shared with other work
the wall time mostly measures the other work, and CPU seconds / cores is the floor of the wall time.

Target (issue 3): 1,000 sites in ≤ 60 s wall with peak RSS ≤ 1 GB on 2 cores, every site deployed,
every check passing. A fresh temporary home is used unless --home is given (a reused home resumes,
so a second run measures the skip path, not generation).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from tapsite_pipeline.bench.memory import peak_rss_mb


def write_csv(path: Path, n: int, seed: int = 7) -> None:
    from tapsite_pipeline.bench.synth import varied_briefs
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "brief", "whatsapp", "email"])
        for i, text in enumerate(varied_briefs(n, seed=seed)):
            w.writerow([f"biz-{i:05d}", text, f"08123{i:06d}" if i % 3 == 0 else "",
                        f"owner{i}@example.com" if i % 5 == 0 else ""])


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--home", default=None, help="project home (default: a fresh temporary folder)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="tapsite-campaign-bench-") as tmp:
        home = Path(args.home or Path(tmp) / "home")
        csv_path = Path(tmp) / f"bench-{args.sites}.csv"
        write_csv(csv_path, args.sites)
        t0, cpu0 = time.perf_counter(), cpu_seconds()
        from tapsite_pipeline.orchestration.run import run_campaign
        import_s = time.perf_counter() - t0
        summary = run_campaign(csv_path, name=f"bench-{args.sites}", home=home)
        wall, cpu = time.perf_counter() - t0, cpu_seconds() - cpu0
    report = {
        "sites": args.sites, "deployed": summary["deployed"], "failed": len(summary["failed"]),
        "wall_s": round(wall, 2), "run_s": summary["seconds"], "import_s": round(import_s, 2),
        "sites_per_s": round(summary["deployed"] / wall, 1) if wall else 0.0,
        "cpu_s": round(cpu, 1), "peak_rss_mb": round(peak_rss_mb(), 1),
        "checks_passed": all(summary["checks"].values()), "checks": summary["checks"],
        "run_succeeded": summary["run_succeeded"], "stage_seconds": summary.get("stage_seconds", {}),
    }
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{report['sites']} sites: {report['deployed']} deployed, {report['failed']} failed; "
              f"{report['wall_s']:.1f} s wall ({report['run_s']:.1f} s in the Dagster run), "
              f"{report['sites_per_s']:.1f} sites/s, {report['cpu_s']:.1f} s CPU, peak RSS {report['peak_rss_mb']:.0f} MB, "
              f"checks {'all passing' if report['checks_passed'] else report['checks']}")
        print("per asset (s): " + ", ".join(f"{k} {v:.1f}" for k, v in report["stage_seconds"].items()))
    ok = report["run_succeeded"] and report["deployed"] == args.sites and report["checks_passed"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
