"""The statistics proof: a planted 10-point drop is caught; an unchanged provider is (almost) never flagged."""

import numpy as np

from eval_scripted import ScriptedProvider, synthetic_cases, write_jsonl
from tapsite_pipeline.evals.compare import compare_scores
from tapsite_pipeline.evals.datasets import load_dataset
from tapsite_pipeline.evals.runner import execute
from tapsite_pipeline.evals.stats import bootstrap_ci, bootstrap_cis, compare_metric, mcnemar_p, permutation_p
from tapsite_pipeline.evals.suites import Suite
from tapsite_pipeline.settings import Settings

KINDS = {"schema_valid": ("higher", "binary"), "business_type_acc": ("higher", "binary")}


def _suite():
    return Suite(name="stats", stage="intent", dataset="unused", scorers=list(KINDS))


def _scores(records):
    out = {}
    for r in records:
        for m, v in r.scores.items():
            out.setdefault(m, {})[r.case.id] = v
    return out


def _run(ds, gold, home, rate, seed):
    provider = ScriptedProvider(gold, rate, seed)
    return _scores(execute(_suite(), ds, Settings.load(home), {"intent": 1}, model="scripted:x",
                           provider_for=lambda name: provider, workers=1))


def test_ten_point_drop_on_300_cases_is_worse_with_ci_excluding_zero(tmp_path):
    rows = synthetic_cases(300)
    ds = load_dataset(write_jsonl(tmp_path / "d.jsonl", rows))
    gold = {r["text"]: r["gold"] for r in rows}
    a = _run(ds, gold, tmp_path, 0.05, seed=1)
    b = _run(ds, gold, tmp_path, 0.15, seed=2)
    metrics, flips = compare_scores(a, b, KINDS)
    m = next(x for x in metrics if x.metric == "business_type_acc")
    assert -0.16 < m.diff < -0.04, m
    assert m.verdict == "worse" and m.ci_high < 0 and m.p_value < 0.05 and m.test == "mcnemar"
    assert len(flips["business_type_acc"]["worse"]) > len(flips["business_type_acc"]["better"])
    assert next(x for x in metrics if x.metric == "schema_valid").verdict == "no detectable change"


def _direct(rows, gold, rate, seed):
    """The scores `execute` gives the scripted provider's answers, computed from the answers themselves."""
    from tapsite_pipeline.prompting.files import get_prompt
    from tapsite_pipeline.providers.base import GenerationRequest
    provider, prompt = ScriptedProvider(gold, rate, seed), get_prompt("intent")
    scores = {"schema_valid": {}, "business_type_acc": {}}
    for r in rows:
        out = provider.complete(GenerationRequest(prompt=prompt, system="", user="",
                                                  inputs={"brief": r["text"]})).output
        scores["schema_valid"][r["id"]] = 1.0
        scores["business_type_acc"][r["id"]] = float(out.business_type == r["gold"]["business_type"])
    return scores


def test_unchanged_provider_is_no_detectable_change_in_at_least_95_percent_of_seeds(tmp_path):
    rows = synthetic_cases(300)
    ds = load_dataset(write_jsonl(tmp_path / "d.jsonl", rows))
    gold = {r["text"]: r["gold"] for r in rows}
    # the eval runner scores exactly the scripted answers' correctness (checked on two seeds), so the other
    # seeds' runs are those scores without the runner's per-case cost (101 runs × 300 cases)
    for s in (0, 1):
        assert _run(ds, gold, tmp_path, 0.10, seed=s) == _direct(rows, gold, 0.10, s)
    runs = [_direct(rows, gold, 0.10, s) for s in range(101)]
    acc = {"business_type_acc": KINDS["business_type_acc"]}   # the metric under test only: half the resampling
    verdicts = [next(m for m in compare_scores(runs[s], runs[s + 1], acc)[0]
                     if m.metric == "business_type_acc").verdict for s in range(100)]
    assert verdicts.count("no detectable change") >= 95, verdicts
    assert len({tuple(r["business_type_acc"].values()) for r in runs}) == 101   # the seeds differ


def test_statistics_primitives():
    rng = np.random.default_rng(0)
    same = rng.normal(size=200)
    assert permutation_p(np.zeros(50)) == 1.0
    assert bootstrap_ci(np.zeros(10)) == (0.0, 0.0)
    lo, hi = bootstrap_ci(same + 1.0)
    assert lo > 0.7 and hi < 1.3
    assert permutation_p(same + 1.0) < 0.01
    a, b = np.array([1] * 40 + [0] * 10), np.array([0] * 40 + [1] * 10)
    p, lost, gained = mcnemar_p(a, b)
    assert (lost, gained) == (40, 10) and p < 0.001
    cost = compare_metric("cost_usd", np.ones(100), np.ones(100) * 2, direction="lower", kind="continuous")
    assert cost.verdict == "worse" and cost.test == "permutation"
    again = compare_metric("cost_usd", np.ones(100), np.ones(100) * 2, direction="lower")
    assert again == cost  # seeded: the same comparison prints the same numbers


def test_many_metrics_at_once_give_each_metrics_own_interval_to_the_digit():
    rng = np.random.default_rng(3)
    columns = {"acc": (rng.random(900) < 0.8).astype(float), "f1": rng.random(900),
               "short": rng.random(250), "constant": np.ones(900), "empty": np.array([])}
    many = bootstrap_cis(columns)
    assert set(many) == set(columns)
    for name, x in columns.items():
        one = bootstrap_ci(x)
        assert (many[name] == one) or (np.isnan(one).all() and np.isnan(many[name]).all()), name
    assert many["acc"] != many["f1"]   # each metric its own resampled means, not one shared interval
