"""Benchmark: an N-row campaign on the production profile (PostgreSQL, Redis, Celery workers) from nothing.

    .venv/bin/python benchmarks/production_bench.py --sites 1000 [--workers 2] [--json]
    .venv/bin/python benchmarks/production_bench.py --sites 1000 --kill-worker-at 0.5

With --kill-worker-at, a busy worker is killed with SIGKILL once that fraction of the campaign's stage
results is stored; the launcher is stopped, the worker restarted and the campaign run again; the report
counts sites lost and duplicated (store and sites folder) and exits 1 unless both are 0.

Prints the wall time of `up`, of the campaign run (launch to summary) and of `down`, sites/s, each
worker's peak RSS (VmHWM, read before `down`), the seconds each stage took in its worker, and which
worker ran each step. Compare with `benchmarks/campaign_bench.py --sites N` (the embedded path).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from campaign_bench import write_csv  # noqa: E402  (the same varied briefs as the embedded benchmark)
from tapsite_pipeline.bench.memory import peak_rss_mb  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--kill-worker-at", type=float, metavar="FRACTION", default=None,
                    help="SIGKILL a busy worker when this fraction (0-1) of the campaign is stored, then resume")
    args = ap.parse_args(argv)
    if args.kill_worker_at is not None:
        if not 0 < args.kill_worker_at < 1:
            print("--kill-worker-at: a fraction between 0 and 1 (exclusive)", file=sys.stderr)
            return 2
        return kill_worker(args)
    from tapsite_pipeline.production import servers

    root = Path(tempfile.mkdtemp(prefix="tapsite-production-bench-"))
    root.chmod(0o711)   # PostgreSQL runs as its own account and must reach the home
    home = root / "home"
    try:
        csv_path = root / f"bench-{args.sites}.csv"
        write_csv(csv_path, args.sites)
        t0 = time.perf_counter()
        prof = servers.up(home, workers=args.workers)
        up_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        # a fresh process: the code location must load with the profile's executor
        proc = subprocess.run([sys.executable, "-m", "tapsite_pipeline.cli", "production", "campaign", str(csv_path),
                               "--name", f"bench-{args.sites}", "--home", str(home), "--json"],
                              capture_output=True, text=True, env=os.environ.copy())
        run_s = time.perf_counter() - t1
        if proc.returncode != 0:
            print(proc.stderr[-2000:], file=sys.stderr)
            return 1
        out = json.loads(proc.stdout)
        rss = {p.name: round(peak_rss_mb(p.pid), 1) for p in prof.procs if p.name.startswith("worker")}
        t2 = time.perf_counter()
        servers.down(home)
        down_s = time.perf_counter() - t2
    finally:
        servers.down(home)
        shutil.rmtree(root, ignore_errors=True)
    report = {"sites": args.sites, "workers": args.workers, "deployed": out["deployed"], "failed": len(out["failed"]),
              "up_s": round(up_s, 1), "campaign_s": round(run_s, 1), "run_s": out["seconds"],
              "down_s": round(down_s, 1), "sites_per_s": round(out["deployed"] / run_s, 1),
              "worker_peak_rss_mb": rss, "stage_seconds": out["stage_seconds"], "steps": out["workers"],
              "run_succeeded": out["run_succeeded"]}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{args.sites} sites on {args.workers} workers: {report['deployed']} deployed, {report['failed']} failed; "
              f"up {up_s:.1f} s, campaign {run_s:.1f} s ({report['sites_per_s']} sites/s), down {down_s:.1f} s; "
              f"worker peak RSS {rss} MB")
        print("per stage in its worker (s): " + ", ".join(f"{k} {v:.1f}" for k, v in report["stage_seconds"].items()))
        print("steps: " + ", ".join(f"{k}→{v.split('@')[0]}" for k, v in sorted(report["steps"].items())))
    return 0 if out["run_succeeded"] and out["deployed"] == args.sites else 1


def kill_worker(args: argparse.Namespace) -> int:
    from tapsite_pipeline.production import servers
    from tapsite_pipeline.production.kill_drill import audit, run_and_kill
    from tapsite_pipeline.production.profile import Profile

    root = Path(tempfile.mkdtemp(prefix="tapsite-production-bench-"))
    root.chmod(0o711)
    home = root / "home"
    try:
        csv_path = root / f"kill-{args.sites}.csv"
        write_csv(csv_path, args.sites)
        servers.up(home, workers=args.workers)
        t0 = time.perf_counter()
        drill = run_and_kill(home, csv_path, f"kill-{args.sites}", args.sites, args.kill_worker_at)
        total_s = time.perf_counter() - t0
        counts = audit(home, args.sites)
        rss = {p.name: round(peak_rss_mb(p.pid), 1) for p in Profile.at(home).procs if p.name.startswith("worker")}
    finally:
        servers.down(home)
        shutil.rmtree(root, ignore_errors=True)
    summary = drill.pop("summary")
    report = {"sites": args.sites, **drill, "total_s": round(total_s, 1), "rerun_succeeded": summary["run_succeeded"],
              **counts, "worker_peak_rss_mb": rss}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{args.sites} sites: {drill['killed']} killed after {drill['killed_after_s']} s "
              f"({drill['stored_at_kill_fraction']:.0%} stored); restarted in {drill['restart_s']} s; "
              f"re-run {drill['rerun_s']} s; launch to done {report['total_s']} s")
        print(f"deployed {counts['deployed']}/{args.sites}: lost {counts['lost']}, duplicated rows "
              f"{counts['duplicated_rows']}, duplicated deployments {counts['duplicated_deployments']}, "
              f"extra versions on disk {counts['extra_versions']}")
    ok = summary["run_succeeded"] and counts["lost"] == 0 and counts["duplicated_rows"] == 0 \
        and counts["duplicated_deployments"] == 0 and counts["extra_versions"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
