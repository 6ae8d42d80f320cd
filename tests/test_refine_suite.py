"""The refine suite in CI: every held-out conversation through the real pipeline, scored, gated."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.datasets import load_dataset
from tapsite_pipeline.evals.runner import run_suite
from tapsite_pipeline.evals.suites import load_suite
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.integration


def test_dataset_has_both_languages_registers_and_a_held_out_split():
    cases = load_dataset("datasets/refine.jsonl").cases
    assert len(cases) >= 150 and {c.split for c in cases} == {"dev", "test"}
    assert {c.meta["language"] for c in cases} == {"id", "en"}
    assert {c.meta["register"] for c in cases} == {"chatty", "formal"}
    assert all(c.meta["request"] in c.meta["script"] and c.gold["turns"] == len(c.meta["script"]) for c in cases)
    assert sum(c.split == "test" for c in cases) >= 75


def test_held_out_requests_are_applied_with_nothing_else_changed(tmp_path):
    suite = load_suite("refine")
    assert suite.split == "test"
    run = run_suite(suite, Settings.load(tmp_path).ensure(), track=False, workers=2)
    m = run.metrics
    assert not [r.outcome.error for r in run.records if r.outcome.error]
    assert m["schema_valid"] == 1.0 and m["refine_turns"] == 1.0, m
    assert m["refine_clean"] >= 0.90 and m["refine_nothing_else"] >= 0.95, m
    assert m["refine_minimal_stages"] >= 0.95, m
