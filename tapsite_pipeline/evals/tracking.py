"""One MLflow run per eval: params (prompt versions, model, dataset hash), metrics, the per-case table, linked prompts."""

from __future__ import annotations

import json
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..settings import Settings

if TYPE_CHECKING:
    from .runner import EvalRun

TABLE = "eval_cases.json"


def preload() -> threading.Thread:
    """Import MLflow in the background while cases run (the import is most of MLflow's cost)."""
    def _load():
        import mlflow  # noqa: F401
        from mlflow import MlflowClient  # noqa: F401
    t = threading.Thread(target=_load, daemon=True, name="mlflow-import")
    t.start()
    return t


def _table(run: "EvalRun") -> dict:
    """The shape mlflow.log_table writes, so the UI's artifact/evaluation views render it (without pandas)."""
    metrics = [s.name for s in run.scorers]
    columns = ["case_id", "rep", "input", "output", "error", *metrics]
    data = [[r.case.id, r.rep, r.case.text, json.dumps(r.outcome.output, ensure_ascii=False), r.outcome.error,
             *[r.scores.get(m) for m in metrics]] for r in run.records]
    return {"columns": columns, "data": data}


def log_run(settings: Settings, run: "EvalRun") -> str:
    from mlflow.entities import Metric, Param, RunTag

    from tapsite_pipeline.prompting.registry import experiment_id, link_to_run, mlflow_client, mlflow_version, sync

    client = mlflow_client(settings)
    try:
        for name, v in run.prompts.items():
            mlflow_version(settings, name, v)
    except Exception:  # a prompt version the registry has not seen: register it (idempotent)
        sync(settings, client=client)
    exp = experiment_id(client, settings)
    s = run.suite
    tags = {"tapsite.eval_run_id": run.run_id, "tapsite.suite": s.name, "tapsite.stage": s.stage,
            "mlflow.loggedArtifacts": json.dumps([{"path": TABLE, "type": "table"}])}
    mr = client.create_run(exp, run_name=f"{s.name} {run.run_id}", tags=tags,
                           start_time=int(run.started.timestamp() * 1000))
    rid = mr.info.run_id
    params = {"suite": s.name, "stage": s.stage, "model": run.model, "dataset": run.dataset.path.name,
              "dataset_hash": run.dataset.hash, "split": s.split or "all", "n_cases": len(run.dataset.cases),
              "repeats": max(r.rep for r in run.records) + 1, "matcher": run.matcher or "",
              **{f"prompt.{n}": f"v{v}" for n, v in run.prompts.items()}}
    now = int(time.time() * 1000)
    client.log_batch(rid, metrics=[Metric(k, float(v), now, 0) for k, v in run.metrics.items()],
                     params=[Param(k, str(v)) for k, v in params.items()],
                     tags=[RunTag("tapsite.eval_run_id", run.run_id)])
    with tempfile.TemporaryDirectory(prefix="tapsite-eval-") as tmp:
        path = Path(tmp) / TABLE
        path.write_text(json.dumps(_table(run), ensure_ascii=False), encoding="utf-8")
        summary = Path(tmp) / "summary.json"
        summary.write_text(json.dumps({"run_id": run.run_id, "params": params, "metrics": run.metrics},
                                      ensure_ascii=False, indent=2), encoding="utf-8")
        client.log_artifact(rid, str(path))
        client.log_artifact(rid, str(summary))
    link_to_run(client, rid, settings, run.prompts)
    client.set_terminated(rid, "FINISHED")
    return rid
