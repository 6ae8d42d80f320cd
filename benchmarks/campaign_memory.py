"""Where an embedded campaign's memory goes: Python heap (tracemalloc) and RSS at the end of each stage.

    .venv/bin/python benchmarks/campaign_memory.py --sites 2000 [--top 8] [--json] [--rss-only]

For each stage: the heap traced when its last batch is checkpointed, the heap's peak during the stage,
RSS then, and the source lines holding the most memory at that moment. tracemalloc slows the run about
twofold, so read the memory figures, not the time. DuckDB's own memory is outside the Python heap: it
shows in RSS only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from campaign_bench import write_csv  # noqa: E402  (the same varied briefs as the campaign benchmark)
from tapsite_pipeline.bench.memory import peak_rss_mb, rss_mb  # noqa: E402

MB = 1024 * 1024
FRAMES = 6    # enough to reach the project's line under pydantic and json frames; more makes snapshots very slow


def by_project_line(snap: tracemalloc.Snapshot) -> list[tuple[str, tuple[int, int]]]:
    """Live memory grouped by the innermost line of the project that allocated it (else the innermost line)."""
    sums: dict[str, list[int]] = {}
    for stat in snap.statistics("traceback"):
        frames = list(stat.traceback)   # most recent call last
        own = next((f for f in reversed(frames) if "tapsite_pipeline" in f.filename), frames[-1])
        where = f"{own.filename.split('tapsite_pipeline/')[-1].split('site-packages/')[-1]}:{own.lineno}"
        acc = sums.setdefault(where, [0, 0])
        acc[0] += stat.size
        acc[1] += stat.count
    return sorted(((k, (v[0], v[1])) for k, v in sums.items()), key=lambda kv: -kv[1][0])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=2000)
    ap.add_argument("--top", type=int, default=8)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rss-only", action="store_true", help="RSS per stage only, at full speed (no tracemalloc)")
    args = ap.parse_args(argv)
    from tapsite_pipeline.campaigns.batch import Progress, add_progress_listener, remove_progress_listener
    from tapsite_pipeline.orchestration.run import run_campaign

    stages: list[dict[str, Any]] = []

    def on_batch(p: Progress) -> None:
        if p.done < p.total:
            return
        if stages and stages[-1]["stage"] == p.stage:   # a stage reports done once more when it ends
            return
        current, peak = tracemalloc.get_traced_memory()
        top = []
        if tracemalloc.is_tracing():
            snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
            top = [{"where": where, "mb": round(size / MB, 1), "blocks": blocks}
                   for where, (size, blocks) in by_project_line(snap)[:args.top]]
        stages.append({"stage": p.stage, "heap_mb": round(current / MB, 1), "heap_peak_mb": round(peak / MB, 1),
                       "rss_mb": round(rss_mb(), 1), "peak_rss_mb": round(peak_rss_mb(), 1), "top": top})
        if tracemalloc.is_tracing():
            tracemalloc.reset_peak()

    with tempfile.TemporaryDirectory(prefix="tapsite-campaign-memory-") as tmp:
        csv_path = Path(tmp) / f"memory-{args.sites}.csv"
        write_csv(csv_path, args.sites)
        if not args.rss_only:
            tracemalloc.start(FRAMES)
        add_progress_listener(on_batch)
        try:
            summary = run_campaign(csv_path, name=f"memory-{args.sites}", home=Path(tmp) / "home")
        finally:
            remove_progress_listener(on_batch)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    report = {"sites": args.sites, "deployed": summary["deployed"], "stages": stages,
              "end_heap_mb": round(current / MB, 1), "peak_rss_mb": round(peak_rss_mb(), 1)}
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"{args.sites} sites, {summary['deployed']} deployed; peak RSS {report['peak_rss_mb']} MB")
    for s in stages:
        print(f"\n{s['stage']}: heap {s['heap_mb']} MB (peak in stage {s['heap_peak_mb']} MB), RSS {s['rss_mb']} MB "
              f"(peak so far {s['peak_rss_mb']} MB)")
        for t in s["top"]:
            print(f"    {t['mb']:7.1f} MB {t['blocks']:>9} blocks  {t['where']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
