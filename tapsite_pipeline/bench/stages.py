"""`tapsite bench`: the six stages in-process over varied briefs; median and p95 per stage and per site."""

from __future__ import annotations

import statistics
import tempfile
import time

from tapsite_pipeline.bench.synth import varied_briefs
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import STAGES, Runtime, generate_site


def _p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def run_bench(n: int, home: str | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="tapsite-bench-") as tmp:
        rt = Runtime.local(home or tmp)
        briefs = [make_brief(t) for t in varied_briefs(n)]
        generate_site(make_brief("Warung Pemanasan jual nasi goreng dan es teh di Bogor"), rt)  # warm-up
        per_stage: dict[str, list[float]] = {s: [] for s in STAGES}
        totals = []
        t0 = time.perf_counter()
        for b in briefs:
            r = generate_site(b, rt)
            for s in STAGES:
                per_stage[s].append(r.timings_ms[s])
            totals.append(sum(r.timings_ms.values()))
        wall = time.perf_counter() - t0
    rows = {s: {"median_ms": round(statistics.median(v), 3), "p95_ms": round(_p95(v), 3)}
            for s, v in per_stage.items()}
    rows["per_site"] = {"median_ms": round(statistics.median(totals), 3), "p95_ms": round(_p95(totals), 3)}
    return {"sites": n, "wall_s": round(wall, 3), "sites_per_s": round(n / wall, 1), "stages": rows}
