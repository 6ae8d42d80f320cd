"""What the MLflow UI shows: eval runs named `suite · prompt@version · model · date` with their cases as an
MLflow dataset, experiments that open on runs, and a comparison of two runs logged as its own run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from eval_scripted import ScriptedProvider, replay_file, synthetic_cases, write_jsonl
from tapsite_pipeline.cli.main import cli

pytestmark = pytest.mark.integration

FIXTURE = Path(__file__).parent / "fixtures" / "briefs_small.jsonl"
NAME = re.compile(r"^intent · intent@v1 · (\S+) · \d{4}-\d\d-\d\d \d\d:\d\d$")


def tapsite(*args, code=0):
    r = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=True)
    assert r.exit_code == code, (r.output, r.exception)
    return r


def test_runs_named_with_datasets_and_a_comparison_run(tmp_path, monkeypatch):
    monkeypatch.setenv("MLFLOW_DISABLE_TELEMETRY", "true")
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    home = tmp_path / "home"
    rows = synthetic_cases(60)
    data = write_jsonl(tmp_path / "shops.jsonl", rows)
    gold = {r["text"]: r["gold"] for r in rows}
    good = replay_file(tmp_path / "good.jsonl", rows, ScriptedProvider(gold, 0.02, seed=1))
    bad = replay_file(tmp_path / "bad.jsonl", rows, ScriptedProvider(gold, 0.40, seed=2))
    a = json.loads(tapsite("eval", "run", "intent", "--dataset", data, "--model", f"replay:{good}",
                           "--home", home, "--json").stdout)
    b = json.loads(tapsite("eval", "run", "intent", "--dataset", data, "--model", f"replay:{bad}",
                           "--home", home, "--json").stdout)
    tapsite("eval", "compare", a["run_id"], b["run_id"], "--home", home, code=1)

    from mlflow import MlflowClient
    c = MlflowClient(tracking_uri=f"sqlite:///{home / 'mlflow.db'}")
    run = c.get_run(a["mlflow_run_id"])
    assert NAME.match(run.info.run_name), run.info.run_name
    assert NAME.match(run.info.run_name).group(1) == f"replay:{good}"
    (inp,) = run.inputs.dataset_inputs
    assert inp.dataset.name == "shops:all" and inp.dataset.source_type == "local"   # no --split: every case
    assert json.loads(inp.dataset.profile)["num_rows"] == 60 and inp.tags[0].value == "eval"
    exp = c.get_experiment(run.info.experiment_id)
    assert exp.tags["mlflow.experimentKind"] == "custom_model_development"   # opens on the runs table

    (cmp,) = c.search_runs([run.info.experiment_id], "tags.`tapsite.kind` = 'comparison'")
    assert cmp.info.run_name.startswith("compare intent · intent@v1 · replay:")
    assert cmp.data.tags["verdict.business_type_acc"] == "worse" and cmp.data.tags["tapsite.verdict"] == "failed"
    assert cmp.data.metrics["diff.business_type_acc"] < 0
    assert [d.dataset.name for d in c.get_run(cmp.info.run_id).inputs.dataset_inputs] == ["shops:all"]
    assert cmp.data.params["run_a"] == a["run_id"] and cmp.data.params["mlflow_run_b"] == b["mlflow_run_id"]
    assert "| business_type_acc |" in cmp.data.tags["mlflow.note.content"]
    assert cmp.data.tags["mlflow.note.content"].startswith("**failed**")
