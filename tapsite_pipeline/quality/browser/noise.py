"""Lighthouse scores as measurements with noise: repeat a run that falls below the site's previous median,
keep the median and show the spread, and flag a page only when the drop repeats.

Why: Lantern's simulated performance score multiplies the main-thread time it observes, so a busy machine
(other builds, our own screenshots and second worker, a neighbour on the host) costs a static page 5–20
points in one run and none in the next; a real regression (a heavier hero, a blocking script) costs the same
points every run. Accessibility, best practices and SEO are computed from the DOM and do not move with load.

A load that lasts the whole run makes every repeat drop too, so a run only counts towards a verdict when
the CPU was about as available as when the baseline was measured: Lighthouse times a small benchmark at the
start of every audit (its "benchmark index"), and a run whose index is under BUSY_RATIO of the baseline's
is a busy run — repeated and shown. A busy run is evidence only of a drop larger than the load can
explain: Lantern's simulated times grow with the main-thread time it observes, so a CPU at a fraction r of
the baseline's speed can cost a noisy category up to about (1 − r) of its score on top of the usual
tolerance (a static page under 2–6 spinning processes per core, r 0.2–0.5, lost 5–21 points). A blocking
script that costs 40 points on a host whose index merely wandered to 0.7 of the baseline's still counts;
the same page losing 20 points at r = 0.4 does not. Deterministic categories do not move with load: their
drops count on any run.

Without a previous median, a page is held to the policy's floor (the templates' tests: 100). There a run's
performance under the floor is CPU noise only when every point it lost is a CPU-timed audit's (total blocking
time: Lantern stretches the main-thread time it observes) while the audits a load cannot move are all at 100
(the bytes sent, image sizes, render-blocking resources, layout shift), and the shortfall is within the
tolerance plus the run's load margin. The load is measured against the phone the CPU throttling means: the
slowdown is calibrated to the host (lighthouse.py), so a run whose benchmark index fell below multiplier ×
target simulated a slower phone. A page that got heavier loses points in a load-free audit (or in first or
largest paint) on every run, and is never noise.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from tapsite_pipeline import store
from tapsite_pipeline.settings import Settings

CATEGORY_COLUMNS = {"performance": "lh_performance", "accessibility": "lh_accessibility",
                    "best-practices": "lh_best_practices", "seo": "lh_seo"}
# How far under its previous median a score may fall before it counts as a drop. Performance: the
# run-to-run spread Lighthouse documents for simulated throttling; the others are deterministic.
TOLERANCE = {"performance": 0.05}
HISTORY_RUNS = 5
BUSY_RATIO = 0.75   # quiet runs here measured 750–1650; under 2–6 spinning processes per core, 265–860
# The performance audits a busy CPU moves (their points are the only ones load may cost) and the ones it cannot:
# read from the bytes, the images, the document and the layout, never from main-thread timings.
CPU_TIMED_AUDITS = frozenset({"total-blocking-time"})
LOAD_FREE_AUDITS = ("total-byte-weight", "uses-responsive-images", "uses-optimized-images", "modern-image-formats",
                    "unsized-images", "render-blocking-resources", "cumulative-layout-shift")


@dataclass
class RepeatPolicy:
    attempts: int = 3               # runs at most per page
    floor: float | None = 0.9       # without a previous median, repeat below this (never flags)
    keep: str = "median"            # "median" (the measurement) or "best" (can the page reach it at all)
    tolerance: dict[str, float] = field(default_factory=lambda: dict(TOLERANCE))

    def thresholds(self, baseline: dict[str, float] | None) -> dict[str, float]:
        if baseline:
            return {c: v - self.tolerance.get(c, 0.0) for c, v in baseline.items()
                    if v is not None and c in CATEGORY_COLUMNS}
        return {c: self.floor for c in CATEGORY_COLUMNS} if self.floor is not None else {}

    def drops(self, categories: dict[str, float | None], baseline: dict[str, float] | None,
              load_margin: float = 0.0) -> set[str]:
        """Categories of one run under their threshold (by more than rounding). `load_margin`: how much
        more a noisy category may fall on a busy CPU before the fall counts (see the module doc)."""
        return {c for c, t in self.thresholds(baseline).items()
                if categories.get(c) is not None
                and categories[c] < t - (load_margin if c in self.tolerance else 0.0) - 1e-9}

    @staticmethod
    def busy(run, baseline_benchmark: float | None) -> bool:
        """Was the CPU clearly less available than when the baseline was measured? (`run.benchmark`)"""
        return bool(baseline_benchmark and run.benchmark is not None
                    and run.benchmark < BUSY_RATIO * baseline_benchmark)

    @staticmethod
    def load_margin(run, baseline_benchmark: float | None) -> float:
        """The extra fall a busy run's noisy categories may show: 1 − (its index / the baseline's)."""
        if not RepeatPolicy.busy(run, baseline_benchmark):
            return 0.0
        return 1.0 - run.benchmark / baseline_benchmark

    def cpu_noise(self, run, target_index: float | None) -> bool:
        """Is this run's performance under the floor by CPU noise only (see the module doc)? `run`: its
        categories, weighted `failed` audits, `load_free` audit scores, `benchmark` and `cpu_multiplier`;
        `target_index`: the benchmark index the CPU slowdown is calibrated to (None: no calibration, no margin)."""
        perf = run.categories.get("performance")
        if self.floor is None or perf is None or perf >= self.floor:
            return False
        lost = {a["id"] for a in run.failed if a.get("category") == "performance"}
        if not lost or not lost <= CPU_TIMED_AUDITS:
            return False   # nothing named, or a paint, layout or byte metric lost points: the page, not the CPU
        if any(a not in run.load_free or (run.load_free[a] is not None and run.load_free[a] < 1)
               for a in LOAD_FREE_AUDITS):
            return False   # heavier, larger images, a blocking resource, a shift (or not measured)
        phone = run.cpu_multiplier * target_index if target_index and run.cpu_multiplier else None
        margin = self.load_margin(run, phone)
        return perf >= self.floor - self.tolerance.get("performance", 0.0) - margin - 1e-9

    def _tally(self, runs: list, baseline, baseline_benchmark) -> dict[str, tuple[int, int]]:
        """Per category that fell in any run: (runs that are evidence of the fall — a free CPU, or a fall
        beyond what the run's load explains; free-CPU runs without the fall, which refute it)."""
        free = [not self.busy(r, baseline_benchmark) for r in runs]
        fell = [self.drops(r.categories, baseline) for r in runs]
        evidence = [self.drops(r.categories, baseline, self.load_margin(r, baseline_benchmark)) for r in runs]
        return {c: (sum(c in e for e in evidence), sum(f and c not in d for f, d in zip(free, fell, strict=True)))
                for c in set().union(*fell)}

    def again(self, runs: list, baseline: dict[str, float] | None, baseline_benchmark: float | None = None) -> bool:
        """Another run is needed while some category that dropped is neither confirmed (two runs that are
        evidence of the drop) nor refuted (two free-CPU runs without it)."""
        if len(runs) >= self.attempts:
            return False
        if self.keep == "best":
            # the question is whether the page reaches the mark at all: stop once a run does; until then two
            # runs under it on a shared CPU answer nothing, so try up to the attempts
            return bool(self.drops(runs[-1].categories, baseline))
        return any(n < 2 and ok < 2 for n, ok in self._tally(runs, baseline, baseline_benchmark).values())

    def flagged(self, runs: list, baseline: dict[str, float] | None,
                baseline_benchmark: float | None = None) -> list[str]:
        """Categories whose drop below the previous median repeated (no baseline: nothing to regress from)."""
        if not baseline:
            return []
        return sorted(c for c, (n, _) in self._tally(runs, baseline, baseline_benchmark).items() if n >= 2)


def combine(values: list[float | None], keep: str) -> float | None:
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    return max(vals) if keep == "best" else float(statistics.median(vals))


def spread(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return round(max(vals) - min(vals), 4) if len(vals) > 1 else (0.0 if vals else None)


def previous_medians(settings: Settings, site_ids: list[str]) -> dict[str, dict[str, float]]:
    """site_id → {category: median over its last HISTORY_RUNS successful Lighthouse scores, and "benchmark":
    the median CPU benchmark index they were measured at}."""
    if not site_ids or not settings.db_path.exists():
        return {}
    cols = ", ".join([*CATEGORY_COLUMNS.values(), "lh_benchmark"])
    with store.connect(settings.db_path, read_only=True) as con:
        have = {n for (n,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "site_metrics" not in have:
            return {}
        rows = con.execute(
            f"SELECT site_id, {cols} FROM (SELECT *, row_number() OVER (PARTITION BY site_id ORDER BY created_at "
            f"DESC) AS n FROM site_metrics WHERE status = 'ok' AND lh_performance IS NOT NULL AND site_id IN "
            f"({', '.join('?' * len(site_ids))})) WHERE n <= {HISTORY_RUNS}", site_ids).fetchall()
    history: dict[str, list[tuple]] = {}
    for sid, *scores in rows:
        history.setdefault(sid, []).append(scores)
    keys = [*CATEGORY_COLUMNS, "benchmark"]
    return {sid: {c: float(statistics.median(v[i] for v in runs if v[i] is not None))
                  for i, c in enumerate(keys) if any(v[i] is not None for v in runs)}
            for sid, runs in history.items()}
