"""Paired statistics for run-vs-run comparison: bootstrap CI of the mean difference, permutation and McNemar tests.

Everything is seeded, so comparing the same two runs twice prints the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np

ALPHA = 0.05
N_BOOT = 2000
N_PERM = 4000


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

    def as_dict(self) -> dict:
        return asdict(self)


def bootstrap_ci(diff: np.ndarray, n_boot: int = N_BOOT, seed: int = 0, alpha: float = ALPHA) -> tuple[float, float]:
    """Percentile CI of mean(diff), resampling cases (pairs stay together)."""
    n = len(diff)
    if n == 0:
        return (math.nan, math.nan)
    if np.all(diff == diff[0]):
        return (float(diff[0]), float(diff[0]))
    rng = np.random.default_rng(seed)
    means = np.empty(n_boot)
    step = max(1, 2_000_000 // n)  # bound memory at ~16 MB per block
    for i in range(0, n_boot, step):
        k = min(step, n_boot - i)
        means[i:i + k] = diff[rng.integers(0, n, size=(k, n))].mean(axis=1)
    lo, hi = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)


def permutation_p(diff: np.ndarray, n_perm: int = N_PERM, seed: int = 1) -> float:
    """Two-sided paired permutation test (random sign flips of each case's difference)."""
    d = diff[diff != 0]
    if len(d) == 0:
        return 1.0
    obs = abs(d.mean())
    rng = np.random.default_rng(seed)
    hits = 0
    step = max(1, 2_000_000 // len(d))
    for i in range(0, n_perm, step):
        k = min(step, n_perm - i)
        signs = rng.integers(0, 2, size=(k, len(d)), dtype=np.int8) * 2 - 1
        hits += int((np.abs((signs * d).mean(axis=1)) >= obs - 1e-12).sum())
    return (hits + 1) / (n_perm + 1)


def _binom_cdf_half(k: int, n: int) -> float:
    """P(X <= k) for X ~ Binomial(n, 1/2), in log space so n in the thousands is fine."""
    if k < 0:
        return 0.0
    logs = [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) - n * math.log(2)
            for i in range(0, k + 1)]
    m = max(logs)
    return min(1.0, math.exp(m) * sum(math.exp(x - m) for x in logs))


def mcnemar_p(a: np.ndarray, b: np.ndarray) -> tuple[float, int, int]:
    """Exact McNemar test on paired pass/fail: only the discordant pairs carry information."""
    lost = int(((a == 1) & (b == 0)).sum())
    gained = int(((a == 0) & (b == 1)).sum())
    n = lost + gained
    if n == 0:
        return 1.0, lost, gained
    return min(1.0, 2 * _binom_cdf_half(min(lost, gained), n)), lost, gained


def is_binary(x: np.ndarray) -> bool:
    return bool(np.all((x == 0) | (x == 1)))


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
    verdict = "no detectable change"
    if len(diff) and p < alpha and (lo > 0 or hi < 0):
        improved = (mean > 0) == (direction == "higher")
        verdict = "better" if improved else "worse"
    return MetricComparison(metric, direction, len(diff), float(a.mean()) if len(a) else math.nan,
                            float(b.mean()) if len(b) else math.nan, mean, lo, hi, p, test, verdict)
