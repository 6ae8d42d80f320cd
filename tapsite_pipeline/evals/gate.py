"""The gate over a comparison's gated metrics: family-wise error control (Holm), usage gated on the
ratio B/A with a tolerance, and a power statement (the minimum detectable effect) per quality gate.

A comparison fails when a gated metric is worse beyond its tolerance after Holm's adjustment across
every gated metric; it is inconclusive when it could not have seen the loss each quality gate names
(`detect`) at the suite's power, or has fewer cases than `min_cases`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .stats import MetricComparison, cases_needed, holm, mde, ratio_test, verdict_of
from .suites import USAGE_METRICS, Gate, GatePolicy

DEFAULT_MAX_RATIO = 1.10  # usage gates recorded before ratios existed


@dataclass
class GateResult:
    metrics: list[MetricComparison]
    failed: list[dict]
    reasons: list[str]


def _gate(raw: dict) -> Gate:
    return Gate(**{k: v for k, v in raw.items() if k in Gate.model_fields})


def apply_gates(metrics: list[MetricComparison], paired: dict[str, tuple[np.ndarray, np.ndarray]],
                gates: dict[str, dict], policy: GatePolicy, n_shared: int) -> GateResult:
    by_name = {m.metric: m for m in metrics}
    gated = [g for g in gates if g in by_name]
    family: dict[str, float] = {}
    ratios: dict[str, tuple[float, tuple[float, float]]] = {}
    for name in gated:
        g = _gate(gates[name])
        if name in USAGE_METRICS:
            a, b = paired[name]
            # Latency is wall time: compare medians (a slow outlier is not the model) over blocks of
            # neighbouring cases (a busy machine slows them together). Cost and tokens: means per case.
            timed = name == "latency_ms"
            r, ci, p = ratio_test(a, b, g.max_ratio or DEFAULT_MAX_RATIO, alpha=policy.alpha,
                                  statistic="median" if timed else "mean", block=max(1, len(a) // 20) if timed else 1)
            ratios[name] = (r, ci)
            family[name] = p
        else:
            family[name] = by_name[name].p_value
    adjusted = holm(family)
    # The power statement is at Holm's first step (alpha / m), the level the strongest effect must reach.
    level = policy.alpha / max(len(family), 1)
    failed, reasons, out = [], [], []
    if n_shared < policy.min_cases:
        reasons.append(f"only {n_shared} shared cases; this suite's gate needs at least {policy.min_cases}")
    unscored = sorted(g for g in gates if g not in by_name)
    if unscored:  # a gate nothing was measured for cannot vouch for anything
        reasons.append(f"gated metric(s) {', '.join(unscored)} scored no case in both runs")
    for m in metrics:
        if m.metric not in family:
            out.append(m)
            continue
        g = _gate(gates[m.metric])
        p_adj = adjusted[m.metric]
        if m.metric in ratios:
            r, ci = ratios[m.metric]
            limit = g.max_ratio or DEFAULT_MAX_RATIO
            m = replace(m, p_adjusted=p_adj, ratio=r, ratio_ci=ci)
            # a handful of cases on a shared machine cannot show a usage ratio (the bootstrap of four latencies is
            # sure of whatever the machine did): an underpowered comparison is inconclusive, not failed, on usage
            if p_adj < policy.alpha and n_shared >= policy.min_cases:
                failed.append({"metric": m.metric, "diff": m.diff, "ratio": r, "max_ratio": limit,
                               "p_adjusted": p_adj})
            out.append(m)
            continue
        a, b = paired[m.metric]
        diff = b - a
        effect = mde(diff, a, b, level, policy.power)
        m = replace(m, p_adjusted=p_adj, mde=effect,
                    verdict=verdict_of(m.diff, m.ci_low, m.ci_high, p_adj, m.direction, policy.alpha))
        loss = -m.diff if m.direction == "higher" else m.diff
        if m.verdict == "worse" and loss > g.max_regression:
            failed.append({"metric": m.metric, "diff": m.diff, "max_regression": g.max_regression,
                           "p_adjusted": p_adj})
        elif effect > g.detect:
            need = cases_needed(diff, a, b, level, policy.power, g.detect)
            reasons.append(f"{m.metric}: minimum detectable effect {effect:.3f} at {policy.power:.0%} power is"
                           f" above the {g.detect:.3f} this gate must detect (about {need} cases would do)")
        out.append(m)
    return GateResult(out, failed, reasons)
