"""Forked workers give the serial run's records: same cases, same order, same outputs and scores; the parent's
cyclic collector skips what outlives the cases while they run, and is left as it was found."""

import dataclasses
import gc

from tapsite_pipeline.evals.datasets import load_dataset
from tapsite_pipeline.evals.execution import start
from tapsite_pipeline.evals.runner import execute, provider_lookup
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


def _few(tmp_path):
    suite = load_suite("intent")
    ds = load_dataset(str(data_dir("datasets") / "briefs.jsonl"), "dev")
    ds = dataclasses.replace(ds, cases=ds.cases[:5])
    settings = Settings.load(tmp_path).ensure()
    return suite, ds, settings


def test_a_forked_run_freezes_what_outlives_the_cases_and_leaves_the_collector_as_it_found_it(tmp_path):
    suite, ds, settings = _few(tmp_path)
    before = gc.get_freeze_count()
    wait = start(suite, ds, settings, {"intent": 1}, "offline:rules", provider_lookup(home=tmp_path), None, 1, 2)
    during = gc.get_freeze_count()
    records = wait()
    assert len(records) == 5
    assert gc.get_freeze_count() == before   # nothing stays frozen: a long-lived caller frees its runs
    if before == 0:
        assert during > 0   # while the workers ran, the parent's collections skipped what existed at the fork


def test_a_forked_run_keeps_a_freeze_the_caller_made(tmp_path):
    suite, ds, settings = _few(tmp_path)
    had = gc.get_freeze_count()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        start(suite, ds, settings, {"intent": 1}, "offline:rules", provider_lookup(home=tmp_path), None, 1, 2)()
        assert gc.get_freeze_count() >= frozen   # the caller's freeze is not undone by the run
    finally:
        if had == 0:
            gc.unfreeze()
