"""Paired statistics for run-vs-run comparison: bootstrap CIs, permutation and McNemar tests, Holm's
step-down adjustment, the ratio of two runs' means, and the minimum detectable effect.

Everything is seeded, so comparing the same two runs twice prints the same numbers. The resampling
loops are numpy rather than scipy.stats.bootstrap / permutation_test: those give the same numbers
but take 1–6 s per metric at 3,000 cases, and a comparison has a dozen metrics.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from statistics import NormalDist

import numpy as np

ALPHA = 0.05
N_BOOT = 2000
N_PERM = 4000
_BLOCK = 2_000_000  # resampled values per block: bounds memory at ~16 MB


@dataclass(frozen=True)
class MetricComparison:
    metric: str
    direction: str
    n: int
    a: float
    b: float
    diff: float
    ci_low: float
    ci_high: float
    p_value: float
    test: str
    verdict: str  # better | worse | no detectable change
    p_adjusted: float | None = None    # Holm-adjusted across the gated metrics (gated metrics only)
    mde: float | None = None           # minimum detectable effect at the suite's power (quality gates)
    ratio: float | None = None         # mean(B) / mean(A) (usage gates)
    ratio_ci: tuple[float, float] | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def _resample_means(x: np.ndarray, n_boot: int, seed: int) -> np.ndarray:
    n = len(x)
    rng = np.random.default_rng(seed)
    means = np.empty(n_boot)
    step = max(1, _BLOCK // n)
    for i in range(0, n_boot, step):
        k = min(step, n_boot - i)
        means[i:i + k] = x[rng.integers(0, n, size=(k, n))].mean(axis=1)
    return means


def bootstrap_ci(diff: np.ndarray, n_boot: int = N_BOOT, seed: int = 0, alpha: float = ALPHA) -> tuple[float, float]:
    """Percentile CI of mean(diff), resampling cases (pairs stay together)."""
    if len(diff) == 0:
        return (math.nan, math.nan)
    if np.all(diff == diff[0]):
        return (float(diff[0]), float(diff[0]))
    lo, hi = np.quantile(_resample_means(diff, n_boot, seed), [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)


def bootstrap_cis(columns: dict[str, np.ndarray], n_boot: int = N_BOOT, seed: int = 0,
                  alpha: float = ALPHA) -> dict[str, tuple[float, float]]:
    """`bootstrap_ci` of many metrics over the same cases, to the digit: the resampled case indices
    depend only on (number of cases, n_boot, seed), so each block of them is drawn once and applied to
    every metric of that length (an eval run has a dozen metrics; drawing is most of the cost)."""
    out: dict[str, tuple[float, float]] = {}
    by_len: dict[int, list[str]] = {}
    for name, x in columns.items():
        if len(x) == 0 or np.all(x == x[0]):
            out[name] = bootstrap_ci(x, n_boot, seed, alpha)
        else:
            by_len.setdefault(len(x), []).append(name)
    for n, names in by_len.items():
        rng = np.random.default_rng(seed)
        means = {name: np.empty(n_boot) for name in names}
        step = max(1, _BLOCK // n)
        for i in range(0, n_boot, step):
            k = min(step, n_boot - i)
            idx = rng.integers(0, n, size=(k, n))
            for name in names:
                means[name][i:i + k] = columns[name][idx].mean(axis=1)
        for name in names:
            lo, hi = np.quantile(means[name], [alpha / 2, 1 - alpha / 2])
            out[name] = (float(lo), float(hi))
    return out


def permutation_p(diff: np.ndarray, n_perm: int = N_PERM, seed: int = 1) -> float:
    """Two-sided paired permutation test (random sign flips of each case's difference)."""
    d = diff[diff != 0]
    if len(d) == 0:
        return 1.0
    obs = abs(d.mean())
    rng = np.random.default_rng(seed)
    hits = 0
    step = max(1, _BLOCK // len(d))
    for i in range(0, n_perm, step):
        k = min(step, n_perm - i)
        signs = rng.integers(0, 2, size=(k, len(d)), dtype=np.int8) * 2 - 1
        hits += int((np.abs((signs * d).mean(axis=1)) >= obs - 1e-12).sum())
    return (hits + 1) / (n_perm + 1)


def mcnemar_p(a: np.ndarray, b: np.ndarray) -> tuple[float, int, int]:
    """Exact McNemar test on paired pass/fail: a binomial test on the discordant pairs only."""
    lost = int(((a == 1) & (b == 0)).sum())
    gained = int(((a == 0) & (b == 1)).sum())
    n = lost + gained
    if n == 0:
        return 1.0, lost, gained
    from scipy import stats  # here, not at the top: an eval run's intervals need only numpy (scipy.stats takes ~1 s)
    return float(stats.binomtest(min(lost, gained), n, 0.5).pvalue), lost, gained


def holm(pvalues: dict[str, float]) -> dict[str, float]:
    """Holm's step-down adjusted p-values: family-wise error ≤ alpha when each is compared with alpha.
    (scipy.stats has only Benjamini–Hochberg, which bounds the false discovery rate instead.)"""
    order = sorted(pvalues, key=lambda k: pvalues[k])
    m, running, out = len(order), 0.0, {}
    for i, k in enumerate(order):
        running = max(running, min(1.0, (m - i) * pvalues[k]))
        out[k] = running
    return out


def ratio_test(a: np.ndarray, b: np.ndarray, max_ratio: float, n_boot: int = N_BOOT, seed: int = 2,
               alpha: float = ALPHA, statistic: str = "mean", block: int = 1) -> tuple[float, tuple[float, float], float]:
    """statistic(b)/statistic(a) with a paired percentile-bootstrap CI, and the one-sided bootstrap p-value of
    "the ratio is above max_ratio" (small p: B is confidently more than max_ratio × A).

    `block` > 1 resamples runs of consecutive cases together (a moving-block bootstrap): wall-clock noise
    such as a busy machine moves neighbouring cases together, and resampling single cases would hide it.
    """
    stat = np.median if statistic == "median" else np.mean
    sa = float(stat(a))
    if sa <= 0:
        ratio = 1.0 if float(stat(b)) <= 0 else math.inf
        return ratio, (ratio, ratio), (0.0 if ratio > max_ratio else 1.0)
    n = len(a)
    block = max(1, min(block, n))
    starts_n = n - block + 1
    k_blocks = -(-n // block)
    rng = np.random.default_rng(seed)
    ratios = np.empty(n_boot)
    step = max(1, _BLOCK // (k_blocks * block))
    for i in range(0, n_boot, step):
        k = min(step, n_boot - i)
        starts = rng.integers(0, starts_n, size=(k, k_blocks))
        idx = (starts[:, :, None] + np.arange(block)).reshape(k, -1)[:, :n]
        den = stat(a[idx], axis=1)
        ratios[i:i + k] = np.where(den > 0, stat(b[idx], axis=1) / np.where(den > 0, den, 1), math.inf)
    lo, hi = np.quantile(ratios, [alpha / 2, 1 - alpha / 2])
    p = (int((ratios <= max_ratio).sum()) + 1) / (n_boot + 1)
    return float(stat(b)) / sa, (float(lo), float(hi)), p


def planning_sd(diff: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    """The spread of per-case differences a power statement can rely on: the observed root mean square
    difference, but never below "3 of n cases change by the metric's range" (the 95 % upper bound when
    none changed), so a handful of identical cases does not claim to see everything."""
    n = len(diff)
    both = np.concatenate([a, b])
    span = float(both.max() - both.min()) if len(both) else 1.0
    floor = 3.0 / n * max(span, 1.0) ** 2
    return math.sqrt(max(float(np.mean(diff ** 2)), floor))


def _z(q: float) -> float:
    return NormalDist().inv_cdf(q)


def mde(diff: np.ndarray, a: np.ndarray, b: np.ndarray, alpha: float, power: float) -> float:
    """Minimum detectable effect of a two-sided test at level alpha with the given power (normal approx.)."""
    n = len(diff)
    if n == 0:
        return math.inf
    z = _z(1 - alpha / 2) + _z(power)
    return float(z * planning_sd(diff, a, b) / math.sqrt(n))


def cases_needed(diff: np.ndarray, a: np.ndarray, b: np.ndarray, alpha: float, power: float, effect: float) -> int:
    """Roughly how many cases would bring the minimum detectable effect down to `effect`."""
    z = _z(1 - alpha / 2) + _z(power)
    return int(math.ceil((z * planning_sd(diff, a, b) / effect) ** 2))


def is_binary(x: np.ndarray) -> bool:
    return bool(np.all((x == 0) | (x == 1)))


def verdict_of(mean: float, lo: float, hi: float, p: float, direction: str, alpha: float = ALPHA) -> str:
    """better / worse only when the CI excludes 0 and p < alpha (direction-aware)."""
    if not math.isnan(mean) and p < alpha and (lo > 0 or hi < 0):
        return "better" if (mean > 0) == (direction == "higher") else "worse"
    return "no detectable change"


def compare_metric(metric: str, a: np.ndarray, b: np.ndarray, direction: str = "higher",
                   kind: str = "continuous", alpha: float = ALPHA, seed: int = 0) -> MetricComparison:
    """Paired comparison of one metric; a difference is called only when the CI excludes 0 and p < alpha."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    diff = b - a
    lo, hi = bootstrap_ci(diff, seed=seed, alpha=alpha)
    if kind == "binary" and is_binary(a) and is_binary(b):
        p, _, _ = mcnemar_p(a, b)
        test = "mcnemar"
    else:
        p, test = permutation_p(diff, seed=seed + 1), "permutation"
    mean = float(diff.mean()) if len(diff) else math.nan
    return MetricComparison(metric, direction, len(diff), float(a.mean()) if len(a) else math.nan,
                            float(b.mean()) if len(b) else math.nan, mean, lo, hi, p, test,
                            verdict_of(mean, lo, hi, p, direction, alpha))
