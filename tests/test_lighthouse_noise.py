"""The repeat-and-median rule on its own: when a page is audited again, what is kept, what is flagged."""

from __future__ import annotations

from tapsite_pipeline.quality.browser.lighthouse import LighthouseResult, combine_runs
from tapsite_pipeline.quality.browser.noise import LOAD_FREE_AUDITS, RepeatPolicy

BASE = {"performance": 1.0, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}


def _run(perf: float, a11y: float = 1.0, tbt: float = 0.0, bench: float = 1000.0) -> LighthouseResult:
    return LighthouseResult(ok=True, categories={**BASE, "performance": perf, "accessibility": a11y},
                            metrics={"tbt_ms": tbt}, benchmark=bench)


def _audit(policy: RepeatPolicy, perfs: list[float], baseline=BASE, benches=None) -> LighthouseResult:
    """Feed runs one by one, as the worker pool does, until the policy stops asking for another."""
    runs = []
    for i, p in enumerate(perfs):
        runs.append(_run(p, tbt=(1 - p) * 4000, bench=(benches or [1000.0] * len(perfs))[i]))
        if not policy.again(runs, baseline, (baseline or {}).get("benchmark")):
            break
    return combine_runs(runs, policy, baseline)


def test_a_single_slow_run_is_repeated_and_not_flagged():
    got = _audit(RepeatPolicy(), [0.79, 1.0, 1.0, 0.5])
    assert got.runs == 3 and got.categories["performance"] == 1.0     # median of 0.79, 1.0, 1.0
    assert got.spread["performance"] == 0.21 and got.flagged == []
    assert got.metrics["tbt_ms"] == 0.0


def test_a_drop_that_repeats_is_flagged_after_two_runs():
    got = _audit(RepeatPolicy(), [0.62, 0.6, 1.0])
    assert got.runs == 2 and got.flagged == ["performance"] and got.categories["performance"] == 0.61


def test_within_tolerance_is_one_run_and_deterministic_categories_have_none():
    assert _audit(RepeatPolicy(), [0.96, 0.5]).runs == 1                # 4 points under: within 5
    policy = RepeatPolicy()
    runs = [_run(1.0, a11y=0.98), _run(1.0, a11y=0.98)]
    assert policy.again(runs[:1], BASE)                                  # a11y has no noise allowance
    assert combine_runs(runs, policy, BASE).flagged == ["accessibility"]


def test_without_history_the_floor_repeats_but_never_flags():
    got = _audit(RepeatPolicy(floor=0.9), [0.7, 0.72, 0.75], baseline=None)
    assert got.runs == 2 and got.flagged == [] and got.categories["performance"] == 0.71
    best = _audit(RepeatPolicy(floor=1.0, keep="best"), [0.97, 1.0, 0.9], baseline=None)
    assert best.runs == 2 and best.categories["performance"] == 1.0    # reached the mark: stop, keep it
    # under the mark twice is no answer to "can it reach it": the runs go on to the attempts
    late = _audit(RepeatPolicy(attempts=5, floor=1.0, keep="best"), [0.99, 0.98, 0.99, 1.0, 0.9], baseline=None)
    assert late.runs == 4 and late.categories["performance"] == 1.0
    never = _audit(RepeatPolicy(attempts=5, floor=1.0, keep="best"), [0.9, 0.91, 0.9, 0.92, 0.9, 1.0], baseline=None)
    assert never.runs == 5 and never.categories["performance"] == 0.92


def test_drops_on_a_busy_cpu_are_repeated_but_are_not_evidence():
    base = {**BASE, "benchmark": 1000.0}
    busy = _audit(RepeatPolicy(), [0.8, 0.82, 0.79], base, benches=[400.0, 450.0, 380.0])
    assert busy.runs == 3 and busy.flagged == [] and busy.busy_runs == 3 and busy.categories["performance"] == 0.8
    mixed = _audit(RepeatPolicy(attempts=5), [0.8, 0.62, 0.6, 1.0], base, benches=[400.0, 900.0, 950.0, 1000.0])
    assert mixed.runs == 3 and mixed.flagged == ["performance"]           # two drops on a free CPU


def test_a_fall_larger_than_the_load_explains_counts_on_a_busy_cpu():
    base = {**BASE, "benchmark": 2000.0}
    # the host's index wandered to 0.7 of the baseline's (1400): up to 30 more points may be load, 43 are not
    slow = _audit(RepeatPolicy(attempts=5), [0.57, 0.55, 0.6], base, benches=[1400.0, 1450.0, 1380.0])
    assert slow.runs == 2 and slow.flagged == ["performance"] and slow.busy_runs == 2
    # the same host with 20 points lost at 0.7: explained by the load, repeated to the end, never flagged
    loaded = _audit(RepeatPolicy(attempts=4), [0.8, 0.78, 0.81, 0.79], base, benches=[1400.0] * 4)
    assert loaded.runs == 4 and loaded.flagged == []
    # a deterministic category moves with the DOM, not the load: its drop counts on any run
    a11y = combine_runs([_run(1.0, a11y=0.9, bench=500.0), _run(1.0, a11y=0.9, bench=600.0)], RepeatPolicy(), base)
    assert a11y.flagged == ["accessibility"]


# The floor the templates are held to (100, best of the runs), and a run as the worker reports it: the weighted
# audits that lost points and the scores of the audits a busy CPU cannot move.
AT_100 = RepeatPolicy(attempts=5, floor=1.0, keep="best")
CLEAN = dict.fromkeys(LOAD_FREE_AUDITS, 1.0) | {"unsized-images": None}   # None: not applicable
TARGET = 440.0


def _at(perf: float, lost=("total-blocking-time",), load_free=None, bench: float = 1760.0,
        mult: float = 4.0) -> LighthouseResult:
    return LighthouseResult(ok=True, categories={**BASE, "performance": perf},
                            failed=[{"id": a, "score": 0.9, "category": "performance"} for a in lost],
                            load_free=CLEAN if load_free is None else load_free, benchmark=bench, cpu_multiplier=mult)


def test_a_tbt_only_shortfall_with_every_load_free_audit_at_100_is_cpu_noise():
    assert AT_100.cpu_noise(_at(0.99), TARGET)                       # within the documented run-to-run spread
    assert combine_runs([_at(0.98), _at(0.99)], AT_100, None, TARGET).cpu_noise == ["performance"]
    assert not AT_100.cpu_noise(_at(1.0, lost=()), TARGET)            # at the floor: nothing to explain


def test_a_page_that_got_heavier_is_never_cpu_noise():
    heavier = {**CLEAN, "total-byte-weight": 0.5}
    assert not AT_100.cpu_noise(_at(0.99, load_free=heavier), TARGET)
    assert not AT_100.cpu_noise(_at(0.99, load_free={**CLEAN, "uses-responsive-images": 0.5}), TARGET)
    assert not AT_100.cpu_noise(_at(0.99, load_free={**CLEAN, "render-blocking-resources": 0}), TARGET)
    # a paint that moved is the page's bytes or its layout, not the CPU's time
    assert not AT_100.cpu_noise(_at(0.97, lost=("total-blocking-time", "largest-contentful-paint")), TARGET)
    assert not AT_100.cpu_noise(_at(0.97, lost=("cumulative-layout-shift",)), TARGET)
    # a run that did not measure the load-free audits proves nothing
    assert not AT_100.cpu_noise(_at(0.99, load_free={}), TARGET)
    runs = [_at(0.98, load_free=heavier), _at(0.99, load_free=heavier)]
    assert combine_runs(runs, AT_100, None, TARGET).cpu_noise == []


def test_a_larger_tbt_loss_counts_as_noise_only_as_far_as_the_load_explains():
    # the CPU ran at the speed the throttling means (1760 / 4 = the target): only the 5-point tolerance
    assert not AT_100.cpu_noise(_at(0.8), TARGET)
    # the benchmark fell to 0.4 of the index the slowdown was set for: up to 60 more points are the load's
    assert AT_100.cpu_noise(_at(0.8, bench=704.0), TARGET)
    assert not AT_100.cpu_noise(_at(0.3, bench=704.0), TARGET)
    # a host slower than the phone meant (the slowdown clamped at 1x) simulates a slower phone still
    assert AT_100.cpu_noise(_at(0.8, bench=220.0, mult=1.0), TARGET)
    # no calibration target: no load margin, the tolerance alone
    assert not AT_100.cpu_noise(_at(0.8, bench=220.0, mult=1.0), None)


def test_with_a_previous_median_the_flags_judge_and_there_is_no_floor_verdict():
    assert combine_runs([_at(0.98), _at(0.99)], AT_100, BASE, TARGET).cpu_noise == []
