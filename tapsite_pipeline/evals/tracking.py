"""One MLflow run per eval: named `suite · prompt@version · model · date`, params (prompt versions, model,
dataset hash), metrics, the cases as an MLflow dataset, the per-case table, linked prompts; and one run per
comparison of two eval runs, with a verdict per metric."""

from __future__ import annotations

import json
import tempfile
import threading
import time
import warnings
from datetime import datetime
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


RUNS_VIEW = {"mlflow.experimentKind": "custom_model_development"}   # the UI opens on runs, not on traces


def run_name(suite: str, prompts: dict[str, int] | list[str], model: str, when: datetime) -> str:
    """`suite · prompt@version · model · date`: what a run is, readable in the runs table."""
    pv = "+".join(f"{n}@v{v}" for n, v in sorted(prompts.items())) if isinstance(prompts, dict) else "+".join(prompts)
    return " · ".join(p for p in (suite, pv, model, f"{when.astimezone():%Y-%m-%d %H:%M}") if p)


def runs_view(client, experiment_id: str) -> None:
    """Mark the experiment as classic runs: MLflow 3 otherwise opens an eval experiment on empty traces."""
    for key, value in RUNS_VIEW.items():
        client.set_experiment_tag(experiment_id, key, value)


def log_dataset(client, run_id: str, df, name: str, source: str, digest: str, context: str = "eval") -> None:
    """The cases a run used, as an MLflow dataset (the runs table's Dataset column shows it)."""
    import mlflow.data
    from mlflow.entities import DatasetInput, InputTag
    with warnings.catch_warnings():   # a local path matches two equivalent source kinds; MLflow says so
        warnings.filterwarnings("ignore", message="The specified dataset source can be interpreted")
        dataset = mlflow.data.from_pandas(df, source=source, name=name, digest=digest[:36])
    client.log_inputs(run_id, datasets=[DatasetInput(dataset._to_mlflow_entity(),
                                                     tags=[InputTag("mlflow.data.context", context)])])


def cases_frame(run: "EvalRun"):
    import pandas as pd
    return pd.DataFrame([{"case_id": c.id, "text": c.text, "split": c.split,
                          "gold": json.dumps(c.gold, ensure_ascii=False)} for c in run.dataset.cases])


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
    runs_view(client, exp)
    s = run.suite
    tags = {"tapsite.eval_run_id": run.run_id, "tapsite.suite": s.name, "tapsite.stage": s.stage,
            "mlflow.loggedArtifacts": json.dumps([{"path": TABLE, "type": "table"}])}
    suite = f"{s.name}:{run.matcher}" if run.matcher else s.name   # template runs differ by their ranker
    mr = client.create_run(exp, run_name=run_name(suite, run.prompts, run.model, run.started), tags=tags,
                           start_time=int(run.started.timestamp() * 1000))
    rid = mr.info.run_id
    splits = {c.split for c in run.dataset.cases}
    split = next(iter(splits)) if len(splits) == 1 and None not in splits else "all"
    log_dataset(client, rid, cases_frame(run), f"{run.dataset.path.stem}:{split}", str(run.dataset.path),
                run.dataset.hash)
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


def log_comparison(settings: Settings, comp) -> str:
    """A comparison of two eval runs as its own MLflow run: per metric A, B, B − A, CI, p as metrics and the
    verdict as a tag; the markdown table as the run's description; the whole comparison as JSON."""
    from mlflow.entities import Metric, Param, RunTag

    from tapsite_pipeline.prompting.registry import experiment_id, mlflow_client

    client = mlflow_client(settings)
    exp = experiment_id(client, settings)
    runs_view(client, exp)
    a, b = comp.run_a, comp.run_b
    prompts = [f"{n}@v{a['prompts'].get(n)}→v{v}" if a["prompts"].get(n) != v else f"{n}@v{v}"
               for n, v in sorted(b["prompts"].items())]
    models = b["model"] if a["model"] == b["model"] else f"{a['model']}→{b['model']}"
    ranker = (f":{a.get('matcher')}→{b.get('matcher')}" if a.get("matcher") != b.get("matcher")
              else f":{b['matcher']}" if b.get("matcher") else "")
    name = run_name(f"compare {b['suite']}{ranker}", prompts, models, datetime.now().astimezone())
    verdicts = {m.metric: m.verdict for m in comp.metrics}
    note = ["| metric | A | B | B − A | 95% CI | verdict |", "|---|---|---|---|---|---|"] + [
        f"| {m.metric} | {m.a:.4g} | {m.b:.4g} | {m.diff:+.4f} | [{m.ci_low:+.4f}, {m.ci_high:+.4f}] | {m.verdict} |"
        for m in comp.metrics]
    gate = "gates passed" if comp.passed else "GATE FAILED: " + ", ".join(g["metric"] for g in comp.failed_gates)
    tags = {"tapsite.comparison_id": comp.comparison_id, "tapsite.run_a": a["run_id"], "tapsite.run_b": b["run_id"],
            "tapsite.kind": "comparison", "mlflow.note.content": f"{gate}\n\n" + "\n".join(note),
            **{f"verdict.{k}": v for k, v in verdicts.items()}}
    rid = client.create_run(exp, run_name=name, tags=tags).info.run_id
    if b.get("mlflow_run_id"):   # the cases compared are B's dataset: show it in the Dataset column too
        try:
            client.log_inputs(rid, datasets=list(client.get_run(b["mlflow_run_id"]).inputs.dataset_inputs))
        except Exception:  # B's run deleted from MLflow: the comparison stands without it
            pass
    now = int(time.time() * 1000)
    metrics = [Metric(f"{k}.{m.metric}", float(getattr(m, k)), now, 0) for m in comp.metrics
               for k in ("diff", "a", "b", "ci_low", "ci_high", "p_value")]
    params = {"run_a": a["run_id"], "run_b": b["run_id"], "suite": b["suite"], "passed": comp.passed,
              "shared_cases": comp.shared, "mlflow_run_a": a.get("mlflow_run_id") or "",
              "mlflow_run_b": b.get("mlflow_run_id") or ""}
    client.log_batch(rid, metrics=metrics, params=[Param(k, str(v)) for k, v in params.items()],
                     tags=[RunTag("tapsite.passed", str(comp.passed).lower())])
    with tempfile.TemporaryDirectory(prefix="tapsite-compare-") as tmp:
        path = Path(tmp) / "comparison.json"
        path.write_text(json.dumps(comp.as_dict(), ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        client.log_artifact(rid, str(path))
    client.set_terminated(rid, "FINISHED")   # the run finished either way; `tapsite.passed` says how
    return rid
