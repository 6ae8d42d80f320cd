"""`tapsite eval run|compare|runs` end to end: real DuckDB, real MLflow SQLite store, the real CLI."""

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eval_scripted import ScriptedProvider, replay_file, synthetic_cases, write_jsonl
from tapsite_pipeline.cli.main import cli

pytestmark = pytest.mark.integration

FIXTURE = Path(__file__).parent / "fixtures" / "briefs_small.jsonl"


@pytest.fixture(scope="module")
def mlhome(tmp_path_factory):
    """One home per module: MLflow builds its SQLite schema once (~5 s), not per test."""
    return tmp_path_factory.mktemp("evalhome")


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("MLFLOW_DISABLE_TELEMETRY", "true")
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    monkeypatch.delenv("TAPSITE_PROMPTS_DIR", raising=False)


def tapsite(*args, code=0):
    r = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=True)
    assert r.exit_code == code, (r.output, r.exception)
    return r


def test_eval_run_on_any_dataset_prints_scores_and_records_duckdb_and_mlflow(mlhome):
    r = tapsite("eval", "run", "intent", "--dataset", FIXTURE, "--home", mlhome)
    for metric in ("business_type_acc", "brand_name_acc", "language_acc", "colors_f1", "products_f1"):
        assert metric in r.output
    report = json.loads(tapsite("eval", "run", "intent", "--dataset", FIXTURE, "--home", mlhome, "--json").stdout)
    assert report["cases"] == 8 and report["prompts"] == {"intent": 1} and report["model"] == "offline:rules"
    con = duckdb.connect(str(mlhome / "tapsite.duckdb"), read_only=True)
    n, = con.execute("SELECT count(*) FROM eval_cases WHERE run_id = ?", [report["run_id"]]).fetchone()
    out, = con.execute("SELECT output FROM eval_cases WHERE run_id = ? AND case_id = 's-02'",
                       [report["run_id"]]).fetchone()
    con.close()
    assert n == 8 and json.loads(out)["language"] == "id"

    from mlflow import MlflowClient
    c = MlflowClient(tracking_uri=f"sqlite:///{mlhome / 'mlflow.db'}")
    run = c.get_run(report["mlflow_run_id"])
    assert run.data.params["prompt.intent"] == "v1" and run.data.params["dataset_hash"] == report["dataset_hash"]
    assert run.data.metrics["business_type_acc"] == report["metrics"]["business_type_acc"]
    assert {a.path for a in c.list_artifacts(run.info.run_id)} >= {"eval_cases.json", "summary.json"}
    assert run.info.artifact_uri.startswith((mlhome / "mlartifacts").as_uri())
    assert json.loads(run.data.tags["mlflow.linkedPrompts"]) == [{"name": "intent", "version": "1"}]
    table = json.loads(Path(c.download_artifacts(run.info.run_id, "eval_cases.json")).read_text())
    row = dict(zip(table["columns"], table["data"][0], strict=True))
    assert json.loads(row["gold"])["business_type"] and row["answered_by"] == "offline:rules"
    assert run.data.metrics["cases_answered"] == 8 and run.data.params["prompt_hash.intent"]


def test_same_suite_same_provider_same_numbers(mlhome):
    runs = [json.loads(tapsite("eval", "run", "intent", "--dataset", FIXTURE, "--home", mlhome, "--no-mlflow",
                               "--json").stdout) for _ in range(2)]
    strip = [{k: v for k, v in r["metrics"].items() if k != "latency_ms"} for r in runs]
    assert strip[0] == strip[1]
    assert runs[0]["mlflow_run_id"] is None


def test_compare_flags_a_planted_regression_and_exits_nonzero(mlhome, tmp_path):
    rows = synthetic_cases(160)
    data = write_jsonl(tmp_path / "d.jsonl", rows)
    gold = {r["text"]: r["gold"] for r in rows}
    good = replay_file(tmp_path / "good.jsonl", rows, ScriptedProvider(gold, 0.02, seed=1))
    bad = replay_file(tmp_path / "bad.jsonl", rows, ScriptedProvider(gold, 0.30, seed=2))
    a = json.loads(tapsite("eval", "run", "intent", "--dataset", data, "--model", f"replay:{good}",
                           "--home", mlhome, "--no-mlflow", "--json").stdout)
    b = json.loads(tapsite("eval", "run", "intent", "--dataset", data, "--model", f"replay:{bad}",
                           "--home", mlhome, "--no-mlflow", "--json").stdout)
    r = tapsite("eval", "compare", a["run_id"], b["run_id"], "--home", mlhome, code=1)
    assert "GATE FAILED: business_type_acc" in r.output and "flipped on business_type_acc" in r.output
    line = next(x for x in r.output.splitlines() if x.startswith("business_type_acc"))
    assert line.rstrip().endswith("worse")
    rep = json.loads(tapsite("eval", "compare", a["run_id"], b["run_id"], "--home", mlhome, "--json", code=1).stdout)
    m = {x["metric"]: x for x in rep["metrics"]}["business_type_acc"]
    assert m["ci_high"] < 0 and m["test"] == "mcnemar" and rep["passed"] is False
    assert rep["flipped"]["business_type_acc"]["n_worse"] > 0 and rep["shared_cases"] == 160
    ok = tapsite("eval", "compare", a["run_id"], a["run_id"], "--home", mlhome, code=1)
    assert "both references" in str(ok.exception)


def test_template_suite_runs_both_matchers(mlhome, tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps({"id": f"s-0{i}", "template_id": t}) + "\n" for i, t in
                              [(2, "kopi-senja"), (3, "jasa-andal"), (4, "butik-anggun"), (6, "tekno-ringkas"),
                               (8, "pesta-meriah")]))
    suite = tmp_path / "tpl.yaml"
    suite.write_text(f"name: tpl\nstage: template\ndataset: {FIXTURE}\nsplit: test\ntemplate_labels: {labels}\n"
                     "intent_source: gold\nscorers: [template_top1, template_top3]\n")
    w = json.loads(tapsite("eval", "run", suite, "--matcher", "weighted", "--home", mlhome, "--no-mlflow",
                           "--json").stdout)
    assert w["matcher"] == "weighted" and 0 <= w["metrics"]["template_top1"] <= w["metrics"]["template_top3"] <= 1
