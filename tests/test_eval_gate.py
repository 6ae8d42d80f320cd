"""The gate: Holm across gated metrics, usage on ratios, and power (the minimum detectable effect)."""

import numpy as np
import pytest
from scipy import stats

from tapsite_pipeline.evals.gate import apply_gates
from tapsite_pipeline.evals.stats import compare_metric, holm, mde, ratio_test
from tapsite_pipeline.evals.suites import GatePolicy

BT = {"business_type_acc": {"max_regression": 0.0, "detect": 0.05}}


def judge(a, b, gates=BT, policy=None, kind="binary", direction="higher"):
    a, b = np.asarray(a, float), np.asarray(b, float)
    metrics = [compare_metric(m, a, b, "lower" if m in ("cost_usd", "latency_ms") else direction,
                              "continuous" if m in ("cost_usd", "latency_ms") else kind) for m in gates]
    return apply_gates(metrics, {m: (a, b) for m in gates}, gates, policy or GatePolicy(), len(a))


def test_four_cases_going_from_all_right_to_all_wrong_cannot_pass():
    """Finding: 4 cases, business_type 1.0 → 0.0, McNemar p = 0.125 → "no detectable change" → promoted."""
    r = judge([1, 1, 1, 1], [0, 0, 0, 0])
    m = r.metrics[0]
    assert m.p_value == pytest.approx(0.125) and not r.failed
    assert any("only 4 shared cases" in x for x in r.reasons)
    assert any("minimum detectable effect" in x for x in r.reasons) and m.mde > 0.05


def test_identical_runs_on_enough_cases_see_small_losses():
    r = judge(np.ones(300), np.ones(300))
    assert not r.failed and not r.reasons and r.metrics[0].mde < 0.05


def test_holm_matches_the_step_down_definition():
    p = {"a": 0.01, "b": 0.04, "c": 0.03}
    assert holm(p) == pytest.approx({"a": 0.03, "c": 0.06, "b": 0.06})
    assert holm({"x": 0.2}) == {"x": 0.2}


def test_holm_keeps_a_borderline_single_metric_from_failing_a_seven_metric_gate():
    rng = np.random.default_rng(4)
    a = (rng.random(300) < 0.9).astype(float)
    b = a.copy()
    b[np.flatnonzero(a == 1)[:14]] = 0  # 14 lost, 3 gained: p ≈ 0.013, significant alone, not after Holm
    b[np.flatnonzero(a == 0)[:3]] = 1
    gates = {f"m{i}": {"max_regression": 0.0, "detect": 0.2} for i in range(7)}
    arrays = {f"m{i}": (a, b if i == 0 else a) for i in range(7)}
    metrics = [compare_metric(m, *arrays[m], "higher", "binary") for m in gates]
    assert metrics[0].p_value < 0.05 and metrics[0].verdict == "worse"
    r = apply_gates(metrics, arrays, gates, GatePolicy(), 300)
    assert not r.failed and r.metrics[0].p_adjusted == pytest.approx(min(1, 7 * metrics[0].p_value))


def test_usage_is_gated_on_the_ratio_with_a_tolerance():
    rng = np.random.default_rng(0)
    a = rng.lognormal(0, 0.3, 300)
    gates = {**BT, "cost_usd": {"max_ratio": 1.1}}
    ok = np.ones(300)
    for factor, fails in ((1.05, False), (1.0, False), (1.3, True)):
        metrics = [compare_metric("business_type_acc", ok, ok, "higher", "binary"),
                   compare_metric("cost_usd", a, a * factor, "lower", "continuous")]
        r = apply_gates(metrics, {"business_type_acc": (ok, ok), "cost_usd": (a, a * factor)}, gates,
                        GatePolicy(), 300)
        assert bool(r.failed) is fails, (factor, r.failed)
    ratio, (lo, hi), p = ratio_test(a, a * 1.3, 1.1)
    assert ratio == pytest.approx(1.3) and lo > 1.1 and p < 0.01


def test_minimum_detectable_effect_follows_the_normal_approximation():
    d = np.zeros(400)
    d[:40] = -1  # 10 % of cases differ
    z = stats.norm.ppf(1 - 0.05 / 2) + stats.norm.ppf(0.8)
    assert mde(d, np.ones(400), 1 + d, 0.05, 0.8) == pytest.approx(z * np.sqrt(0.1) / 20)


def test_latency_is_gated_on_medians_so_a_few_stalls_do_not_fail_it():
    """Finding: latency was flagged in 2 of 3 deterministic A/A pairs."""
    rng = np.random.default_rng(3)
    a = rng.lognormal(3, 0.2, 300)
    stalls = a * rng.lognormal(0, 0.05, 300)
    stalls[::20] *= 12  # 5 % of calls stall behind a busy machine: the mean more than doubles
    assert stalls.mean() / a.mean() > 1.5
    gates = {**BT, "latency_ms": {"max_ratio": 1.5}}
    ok = np.ones(300)
    for b, fails in ((stalls, False), (a * 2.0, True)):
        metrics = [compare_metric("business_type_acc", ok, ok, "higher", "binary"),
                   compare_metric("latency_ms", a, b, "lower", "continuous")]
        r = apply_gates(metrics, {"business_type_acc": (ok, ok), "latency_ms": (a, b)}, gates, GatePolicy(), 300)
        assert bool(r.failed) is fails


def test_a_handful_of_cases_cannot_fail_on_latency_only_be_inconclusive():
    """Two runs of one prompt on 4 cases while the machine got busy: every latency tripled. Four latencies are no
    evidence of a slower prompt; the comparison is inconclusive (it cannot pass either), not failed. On 300 cases the
    same tripling fails."""
    gates = {**BT, "latency_ms": {"max_ratio": 1.5}}
    for n, fails in ((4, False), (300, True)):
        a = np.linspace(10, 12, n)
        ok = np.ones(n)
        metrics = [compare_metric("business_type_acc", ok, ok, "higher", "binary"),
                   compare_metric("latency_ms", a, a * 3, "lower", "continuous")]
        r = apply_gates(metrics, {"business_type_acc": (ok, ok), "latency_ms": (a, a * 3)}, gates, GatePolicy(), n)
        assert bool(r.failed) is fails
        assert any(f"only {n} shared cases" in x for x in r.reasons) is (not fails)
