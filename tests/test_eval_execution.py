"""Forked workers give the serial run's records: same cases, same order, same outputs and scores."""

from tapsite_pipeline.evals.datasets import load_dataset
from tapsite_pipeline.evals.runner import execute
from tapsite_pipeline.evals.suites import load_suite
from tapsite_pipeline.resources import data_dir
from tapsite_pipeline.settings import Settings


def _records(tmp_path, workers: int):
    suite = load_suite("intent")
    ds = load_dataset(str(data_dir("datasets") / "briefs.jsonl"), "dev")
    return execute(suite, ds, Settings.load(tmp_path).ensure(), {"intent": 1}, model="offline:rules",
                   workers=workers)


def test_two_forked_workers_match_the_serial_run_case_for_case(tmp_path):
    serial, forked = _records(tmp_path, 1), _records(tmp_path, 2)
    assert len(serial) == len(forked) > 100
    assert [r.case.id for r in forked] == [r.case.id for r in serial]
    for a, b in zip(serial, forked, strict=True):
        assert b.outcome.output == a.outcome.output, a.case.id
        assert {k: v for k, v in b.scores.items() if k != "latency_ms"} == \
            {k: v for k, v in a.scores.items() if k != "latency_ms"}, a.case.id
    assert any(r.scores["business_type_acc"] == 0 for r in forked)  # a real parse, not a copy of the labels
