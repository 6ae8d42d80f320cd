"""`tapsite eval run` in a fresh process logs its MLflow run from a forked MLflow process: the command itself
never imports MLflow, the run holds what it always held, and it is marked FINISHED only once the DuckDB rows are
written — a failed DuckDB write leaves it FAILED, a parent that dies after handing it over leaves it KILLED."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "briefs_small.jsonl"

# The CLI's own entry point in a fresh interpreter; `sabotage` makes the DuckDB write fail, or the parent end
# right after it hands the run to MLflow's process.
SCRIPT = """
import json, os, sys
sabotage = sys.argv[1]
import tapsite_pipeline.evals.records as records
if sabotage == "raise":
    def save_run(*a, **k):
        raise RuntimeError("disk full")
    records.save_run = save_run
elif sabotage == "die":   # the parent ends the moment the run is handed over, its DuckDB rows not written
    import threading
    import tapsite_pipeline.evals.tracking_process as tp
    def save_run(*a, **k):
        threading.Event().wait()
    records.save_run = save_run
    handed = tp.MlflowProcess.submit
    def submit(self, record):
        handed(self, record)
        os._exit(3)
    tp.MlflowProcess.submit = submit
from tapsite_pipeline.cli.main import main
sys.argv = ["tapsite", *sys.argv[2:]]
import atexit   # (a finished run ends its process without the interpreter's teardown, after the exit hooks)
atexit.register(lambda: print(json.dumps({"parent_imported_mlflow": "mlflow" in sys.modules}), file=sys.stderr))
main()
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """One home per module: MLflow builds its SQLite schema once (~5 s), not per test."""
    return tmp_path_factory.mktemp("mlflowproc")


def _eval(home: Path, sabotage: str = "none") -> subprocess.CompletedProcess:
    env = {"MLFLOW_DISABLE_TELEMETRY": "true", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO),
           "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-c", SCRIPT, sabotage, "eval", "run", "intent", "--dataset",
                           str(FIXTURE), "--home", str(home), "--json"], env=env, capture_output=True, text=True,
                          cwd=REPO, timeout=600)


def _mlflow_runs(home: Path) -> dict[str, str]:
    """eval run id → MLflow status, for every eval run MLflow holds."""
    con = sqlite3.connect(str(home / "mlflow.db"))
    try:
        rows = con.execute("SELECT t.value, r.status FROM runs r JOIN tags t ON t.run_uuid = r.run_uuid"
                           " WHERE t.key = 'tapsite.eval_run_id'").fetchall()
    finally:
        con.close()
    return dict(rows)


def _duckdb_runs(home: Path) -> set[str]:
    con = duckdb.connect(str(home / "tapsite.duckdb"), read_only=True)
    try:
        return {r for (r,) in con.execute("SELECT run_id FROM eval_runs").fetchall()}
    finally:
        con.close()


def test_the_run_is_logged_from_mlflow_process_complete_and_matching_duckdb(home):
    done = _eval(home)
    assert done.returncode == 0, done.stderr
    assert '"parent_imported_mlflow": false' in done.stderr   # MLflow was imported in its own process only
    report = json.loads(done.stdout)
    con = sqlite3.connect(str(home / "mlflow.db"))
    rid = report["mlflow_run_id"]
    status, uri = con.execute("SELECT status, artifact_uri FROM runs WHERE run_uuid = ?", [rid]).fetchone()
    metrics = dict(con.execute("SELECT key, value FROM latest_metrics WHERE run_uuid = ?", [rid]).fetchall())
    params = dict(con.execute("SELECT key, value FROM params WHERE run_uuid = ?", [rid]).fetchall())
    n_inputs, = con.execute("SELECT count(*) FROM inputs WHERE destination_id = ?", [rid]).fetchone()
    linked = con.execute("SELECT value FROM tags WHERE run_uuid = ? AND key = 'mlflow.linkedPrompts'",
                         [rid]).fetchone()
    con.close()
    assert status == "FINISHED" and n_inputs == 1 and json.loads(linked[0]) == [{"name": "intent", "version": "1"}]
    assert metrics["business_type_acc"] == report["metrics"]["business_type_acc"]
    assert metrics["business_type_acc_ci_low"] == report["intervals"]["business_type_acc"][0]
    assert params["n_cases"] == "8" and params["prompt.intent"] == "v1"
    table = json.loads((Path(uri.removeprefix("file://")) / "eval_cases.json").read_text())
    assert len(table["data"]) == 8
    # DuckDB: each case's scores, and the per-metric rows read from them, agree to the digit
    db = duckdb.connect(str(home / "tapsite.duckdb"), read_only=True)
    cases = db.execute("SELECT case_id, rep, scores::VARCHAR FROM eval_cases WHERE run_id = ?",
                       [report["run_id"]]).fetchall()
    scores = db.execute("SELECT case_id, rep, metric, value FROM eval_scores WHERE run_id = ?",
                        [report["run_id"]]).fetchall()
    mid, = db.execute("SELECT mlflow_run_id FROM eval_runs WHERE run_id = ?", [report["run_id"]]).fetchone()
    db.close()
    assert mid == rid and len(cases) == 8
    assert sorted(scores) == sorted((c, rep, m, v) for c, rep, s in cases for m, v in json.loads(s).items())


def test_a_failed_duckdb_write_leaves_the_mlflow_run_failed(home):
    before = _mlflow_runs(home)
    done = _eval(home, "raise")
    assert done.returncode != 0 and "disk full" in done.stderr
    new = {k: v for k, v in _mlflow_runs(home).items() if k not in before}
    assert list(new.values()) == ["FAILED"]
    assert not set(new) & _duckdb_runs(home)


def test_a_parent_gone_after_handing_the_run_over_leaves_it_killed(home):
    before = _mlflow_runs(home)
    done = _eval(home, "die")
    assert done.returncode == 3
    deadline = time.monotonic() + 120   # the MLflow process notices its parent is gone and ends the run
    new: dict[str, str] = {}
    while time.monotonic() < deadline:
        new = {k: v for k, v in _mlflow_runs(home).items() if k not in before}
        if new and "RUNNING" not in new.values():
            break
        time.sleep(0.5)
    assert list(new.values()) == ["KILLED"]
    assert not set(new) & _duckdb_runs(home)
