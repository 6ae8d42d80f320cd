"""Browser scorer benchmark: N real sites (every catalog template, repeated), each judged with screenshots at
two viewports + axe + Lighthouse (mobile); prints the amortised wall time per site.

    .venv/bin/python benchmarks/browser_bench.py [--sites 22] [--workers 2] [--no-overlap] [--json]

Target (issue 5): <= 6 s per site on 2 cores over >= 20 sites.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time

from tapsite_pipeline.design.catalog import load_catalog
from tapsite_pipeline.quality.browser.scorer import ScoreOptions, score_sites
from tapsite_pipeline.quality.browser.template_sites import build_template_sites
from tapsite_pipeline.settings import Settings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=22)
    ap.add_argument("--workers", type=int, default=2, help="Lighthouse workers")
    ap.add_argument("--no-overlap", action="store_true", help="run Lighthouse after the screenshots")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    with tempfile.TemporaryDirectory(prefix="tapsite-browser-bench-") as home:
        n_templates = len(load_catalog().templates)
        targets = build_template_sites(home, copies=math.ceil(args.sites / n_templates))[: args.sites]
        load_before = os.getloadavg()[0]
        t0 = time.perf_counter()
        res = score_sites(targets, Settings.load(home), ScoreOptions(lh_workers=args.workers,
                                                                     overlap=not args.no_overlap))
        wall = time.perf_counter() - t0
    ok = [r for r in res.rows if r.status == "ok"]
    report = {
        "sites": len(res.rows), "failed": len(res.rows) - len(ok), "wall_s": round(wall, 2),
        "s_per_site": round(wall / len(res.rows), 2), "lh_workers": args.workers, "overlap": not args.no_overlap,
        "cpus": os.cpu_count(), "loadavg_at_start": round(load_before, 2),
        "median_lighthouse_ms": round(statistics.median(r.lh_ms for r in ok if r.lh_ms), 0) if ok else None,
        "median_scores": {k: v for k, v in res.run["medians"].items() if k.startswith("lh_")},
        "sites_100x4": sum(all(getattr(r, c) == 1 for c in ("lh_performance", "lh_accessibility",
                                                            "lh_best_practices", "lh_seo")) for r in ok),
    }
    if args.json:
        print(json.dumps(report))
    else:
        for k, v in report.items():
            print(f"{k:>22}: {v}")
        print(f"{'target':>22}: <= 6 s/site -> {'PASS' if report['s_per_site'] <= 6 else 'FAIL'}")
    return 0 if report["s_per_site"] <= 6 and not report["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
