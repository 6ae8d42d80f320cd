"""One MLflow run per eval: named `suite · prompt@version · model · date`, params (prompt versions, model,
dataset hash), metrics, the cases as an MLflow dataset, the per-case table, linked prompts; one run per
comparison of two eval runs, named the same way, with a verdict per metric."""

from __future__ import annotations

import contextlib
import gc
import json
import sys
import tempfile
import threading
import time
import warnings
from datetime import datetime
from pathlib import Path

from ..settings import Settings
from .datasets import Dataset
from .run_result import EvalRun

TABLE = "eval_cases.json"


def _import_mlflow() -> None:
    """MLflow's modules, the SQLite stores included, without the cyclic collector: an import makes objects that
    live as long as the process (≈ 2,000 modules here), and the collections it would trigger meanwhile
    cost ≈ 15 % of the import. They are frozen afterwards, so later collections skip them too."""
    if "mlflow.store.tracking.sqlalchemy_store" in sys.modules:
        return  # imported by an earlier run of this process: nothing to freeze
    collecting = gc.isenabled()
    gc.disable()
    try:
        import mlflow.data.pandas_dataset  # noqa: F401
        import mlflow.store.model_registry.sqlalchemy_store  # noqa: F401
        import mlflow.store.tracking.sqlalchemy_store  # noqa: F401
    finally:
        if collecting:
            gc.freeze()
            gc.enable()


class MlflowSession:
    """MLflow made ready in a background thread while the cases run: the import (most of MLflow's cost), the
    client on the SQLite stores (SQLAlchemy and MLflow's table models), the eval experiment and the registry's
    versions of the prompts under test, the cases as an MLflow dataset (its schema read from them). Only reads and
    idempotent experiment tags happen here: the run itself is created once the cases are done (`submit`), and
    marked FINISHED only once its DuckDB rows are written too (`finish`). Start it after any fork, so no import
    lock is copied into a worker. `MlflowProcess` (tracking_process.py) does the same in a process of its own."""

    def __init__(self, settings: Settings, prompts: dict[str, int], dataset: Dataset, split: str | None,
                 background: bool = True):
        self.settings = settings
        self._ready: tuple | None = None
        self._error: BaseException | None = None
        self._logging: threading.Thread | None = None
        self._logged: str | BaseException | None = None
        self._thread = threading.Thread(target=self._load, args=(settings, prompts, dataset, split), daemon=True,
                                        name="mlflow-import")
        if background:
            self._thread.start()
        else:
            self._load(settings, prompts, dataset, split)

    def _load(self, settings: Settings, prompts: dict[str, int], dataset: Dataset, split: str | None) -> None:
        try:
            client, exp = mlflow_ready(settings)
            self._ready = (client, exp, *run_inputs(client, settings, prompts, dataset, split))
        except BaseException as exc:  # raised where the run is logged, as if the work had been done there
            self._error = exc

    def wait(self) -> None:
        """Until the thread is done (its imports too); any error is raised by `join`."""
        if self._thread.ident is not None:
            self._thread.join()

    def join(self) -> tuple:
        """(client, experiment id, {prompt: registry version} or None when the registry lacks one, the cases
        as an MLflow dataset input)."""
        if self._thread.ident is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._ready is not None
        return self._ready

    def submit(self, record: dict) -> None:
        """Log the run (`run_record`) in a thread, beside whatever the caller does meanwhile (the DuckDB rows)."""
        def log() -> None:
            try:
                self._logged = write_run(self.settings, self.join(), record)
            except BaseException as exc:
                self._logged = exc
        self._logging = threading.Thread(target=log, daemon=True, name="mlflow-log")
        self._logging.start()

    def finish(self, status: str = "FINISHED") -> str:
        """The submitted run marked `status` (FINISHED, or FAILED when its DuckDB rows are not there); its id.
        Raises what logging it raised."""
        assert self._logging is not None, "submit first"
        self._logging.join()
        if isinstance(self._logged, BaseException):
            raise self._logged
        assert self._logged is not None
        self.join()[0].set_terminated(self._logged, status)
        return self._logged


def mlflow_ready(settings: Settings) -> tuple:
    """MLflow imported, its client on the project's store, the eval experiment: (client, experiment id)."""
    _import_mlflow()
    from tapsite_pipeline.prompting.registry import experiment_id, mlflow_client
    client = mlflow_client(settings)
    exp = experiment_id(client, settings)
    runs_view(client, exp)
    return client, exp


def run_inputs(client, settings: Settings, prompts: dict[str, int], dataset: Dataset, split: str | None) -> tuple:
    """({prompt: registry version}, or None when the registry lacks one; the cases as an MLflow dataset input)."""
    from tapsite_pipeline.prompting.registry import mlflow_version
    try:
        versions = {n: client.get_prompt_version(n, mlflow_version(settings, n, v)) for n, v in prompts.items()}
    except Exception:  # a prompt version the registry has not seen: write_run registers it
        versions = None
    return versions, cases_input(dataset, split)


def _table(run: EvalRun) -> dict:
    """The shape mlflow.log_table writes, so the UI's artifact/evaluation views render it (without pandas)."""
    metrics = [s.name for s in run.scorers]
    columns = ["case_id", "rep", "input", "gold", "output", "error", "answered_by", "fallback", "cache_hit",
               "judgements", *metrics]
    data = []
    for r in run.records:
        o, p = r.outcome, r.outcome.provenance
        data.append([r.case.id, r.rep, r.case.text, json.dumps(r.case.gold, ensure_ascii=False),
                     json.dumps(o.output, ensure_ascii=False), o.error or (p.fallback_reason if p and p.fallback else None),
                     p.answered_by if p else None, bool(p and p.fallback), bool(p and p.cache_hit),
                     json.dumps(o.extra.get("judgements"), ensure_ascii=False) if o.extra.get("judgements") else None,
                     *[r.scores.get(m) for m in metrics]])
    return {"columns": columns, "data": data}


RUNS_VIEW = {"mlflow.experimentKind": "custom_model_development"}   # MLflow 3.0–3.16 open such an experiment on runs


def run_name(suite: str, prompts: dict[str, int] | list[str], model: str, when: datetime) -> str:
    """`suite · prompt@version · model · date`: what a run is, readable in the runs table."""
    pv = "+".join(f"{n}@v{v}" for n, v in sorted(prompts.items())) if isinstance(prompts, dict) else "+".join(prompts)
    return " · ".join(p for p in (suite, pv, model, f"{when.astimezone():%Y-%m-%d %H:%M}") if p)


def runs_view(client, experiment_id: str) -> None:
    """Mark the experiment as classic runs rather than GenAI traces (see docs/evaluation.md for 3.17's toggle)."""
    for key, value in RUNS_VIEW.items():
        client.set_experiment_tag(experiment_id, key, value)


def dataset_input(df, name: str, source: str, digest: str, context: str = "eval"):
    """A table of cases as the MLflow dataset input a run logs (its schema and profile read from the frame).

    MLflow infers a column's type from every value in it (≈ 0.03 CPU-s for 3,000 cases × 4 columns). A frame
    whose every value is a str has the schema of its first row, so that is what MLflow reads it from."""
    import mlflow.data
    from mlflow.entities import DatasetInput, InputTag
    with warnings.catch_warnings():   # a local path matches two equivalent source kinds; MLflow says so
        warnings.filterwarnings("ignore", message="The specified dataset source can be interpreted")
        dataset = mlflow.data.from_pandas(df, source=source, name=name, digest=digest[:36])
        if len(df) > 1 and all_text(df):
            dataset.__dict__["schema"] = mlflow.data.from_pandas(df.iloc[:1], source=source, name=name,
                                                                 digest=digest[:36]).schema
    return DatasetInput(dataset._to_mlflow_entity(), tags=[InputTag("mlflow.data.context", context)])


def all_text(df) -> bool:
    """Every value of every column a str (object columns only: a typed column is read by its dtype)."""
    return all(df[c].dtype == object and all(type(v) is str for v in df[c].tolist()) for c in df.columns)


def log_dataset(client, run_id: str, df, name: str, source: str, digest: str, context: str = "eval") -> None:
    """The cases a run used, as an MLflow dataset (the runs table's Dataset column shows it)."""
    client.log_inputs(run_id, datasets=[dataset_input(df, name, source, digest, context)])


def cases_input(dataset: Dataset, split: str | None):
    """The cases of an eval run as its MLflow dataset input: known before any case runs."""
    import pandas as pd
    df = pd.DataFrame([{"case_id": c.id, "text": c.text, "split": c.split,
                        "gold": json.dumps(c.gold, ensure_ascii=False)} for c in dataset.cases])
    return dataset_input(df, f"{dataset.path.stem}:{split or 'all'}", str(dataset.path), dataset.hash)


def run_record(run: EvalRun) -> dict:
    """What an eval's MLflow run holds, as plain data: built where the records are, logged where MLflow is
    (it may be another process). The table and summary artifacts are their files' text."""
    s = run.suite
    tags = {"tapsite.eval_run_id": run.run_id, "tapsite.suite": s.name, "tapsite.stage": s.stage,
            "mlflow.loggedArtifacts": json.dumps([{"path": TABLE, "type": "table"}])}
    suite = f"{s.name}:{run.matcher}" if run.matcher else s.name   # template runs differ by their ranker
    params = {"suite": s.name, "stage": s.stage, "model": run.model, "dataset": run.dataset.path.name,
              "dataset_hash": run.dataset.hash, "split": run.split or "all", "n_cases": len(run.dataset.cases),
              "repeats": max(r.rep for r in run.records) + 1, "matcher": run.matcher or "",
              "allow_fallback": run.allow_fallback, "prompt_blind": ",".join(run.prompt_blind) or "-",
              **{f"prompt.{n}": f"v{v}" for n, v in run.prompts.items()},
              **{f"prompt_hash.{n}": h for n, h in run.prompt_hashes.items()}}
    counts = {f"cases_{k}": v for k, v in run.summary.items()}
    cis = {f"{m}_ci_{end}": v for m, (lo, hi) in run.intervals.items() for end, v in (("low", lo), ("high", hi))}
    return {"eval_run_id": run.run_id, "name": run_name(suite, run.prompts, run.model, run.started), "tags": tags,
            "start_time": int(run.started.timestamp() * 1000), "logged_at": int(time.time() * 1000),
            "params": {k: str(v) for k, v in params.items()},
            "metrics": {k: float(v) for k, v in {**run.metrics, **cis, **counts}.items()},
            "prompts": dict(run.prompts), "table": json.dumps(_table(run), ensure_ascii=False),
            "summary": json.dumps({"run_id": run.run_id, "params": params, "metrics": run.metrics},
                                  ensure_ascii=False, indent=2),
            "trace": trace_record(run)}


def write_run(settings: Settings, ready: tuple, record: dict) -> str:
    """The MLflow run of one eval (`run_record`), all but its end: the caller marks it FINISHED once the DuckDB
    rows are written too. A run that fails half-logged is marked FAILED."""
    client, exp, versions, cases = ready
    from mlflow.entities import Metric, Param, RunTag

    from tapsite_pipeline.prompting.registry import link_to_run, sync

    if versions is None:  # a prompt version the registry has not seen: register it (idempotent)
        sync(settings, client=client)
    mr = client.create_run(exp, run_name=record["name"], tags=record["tags"], start_time=record["start_time"])
    rid = mr.info.run_id
    try:
        client.log_inputs(rid, datasets=[cases])
        client.log_batch(rid, metrics=[Metric(k, v, record["logged_at"], 0) for k, v in record["metrics"].items()],
                         params=[Param(k, v) for k, v in record["params"].items()],
                         tags=[RunTag("tapsite.eval_run_id", record["eval_run_id"])])
        with tempfile.TemporaryDirectory(prefix="tapsite-eval-") as tmp:
            for name, text in ((TABLE, record["table"]), ("summary.json", record["summary"])):
                path = Path(tmp) / name
                path.write_text(text, encoding="utf-8")
                client.log_artifact(rid, str(path))
        link_to_run(client, rid, settings, record["prompts"], versions)
        log_trace(client, exp, rid, record["trace"])
    except BaseException:
        with contextlib.suppress(Exception):
            client.set_terminated(rid, "FAILED")
        raise
    return rid


def log_run(settings: Settings, run: EvalRun, session: MlflowSession | None = None) -> str:
    """Log and finish an eval's MLflow run here and now (the runner overlaps it with the DuckDB rows instead)."""
    # the session first: importing MLflow here while its thread still imports it would meet half-made modules
    session = session or MlflowSession(settings, run.prompts, run.dataset, run.split, background=False)
    session.submit(run_record(run))
    return session.finish("FINISHED")


def trace_record(run: EvalRun) -> dict | None:
    """The trace of an eval run's model calls as plain data (None when no case called a model)."""
    calls = [({"case_id": r.case.id, "rep": r.rep, "brief": r.case.text}, c)
             for r in run.records if r.outcome.provenance for c in r.outcome.provenance.calls]
    if not calls:
        return None
    return {"name": f"eval {run.suite.name} {run.run_id}", "tags": {"tapsite.eval_run_id": run.run_id},
            "inputs": {"suite": run.suite.name, "model": run.model, "prompts": run.prompts},
            "outputs": run.summary, "calls": calls}


def log_trace(client, experiment: str, mlflow_run_id: str, trace: dict | None) -> str | None:
    """One MLflow trace per eval run, one span per model call (the offline rules are not model calls)."""
    if not trace:
        return None
    calls = trace["calls"]
    start = min(c["started_ns"] for _, c in calls if c["started_ns"]) or time.time_ns()
    end = max(c["started_ns"] + int(c["latency_ms"] * 1e6) for _, c in calls)
    root = client.start_trace(name=trace["name"], span_type="CHAIN", inputs=trace["inputs"],
                              experiment_id=experiment, start_time_ns=start, run_id=mlflow_run_id,
                              tags=trace["tags"])
    for case, c in calls:
        t0 = c["started_ns"] or start
        span = client.start_span(name=f"{c['prompt']} {case['case_id']}", trace_id=root.trace_id,
                                 parent_id=root.span_id, span_type="LLM", inputs=case,
                                 attributes={k: v for k, v in c.items() if k not in ("started_ns", "error")
                                             and v is not None}, start_time_ns=t0)
        client.end_span(trace_id=root.trace_id, span_id=span.span_id,
                        outputs={"error": c["error"]} if c["error"] else {"answered_by": c["model"]},
                        status="OK" if c["success"] else "ERROR", end_time_ns=t0 + int(c["latency_ms"] * 1e6))
    client.end_trace(trace_id=root.trace_id, outputs=trace["outputs"], end_time_ns=max(end, start))
    return root.trace_id


def _comparison_run(client, settings: Settings, report: dict) -> str:
    """The MLflow run that stands for one comparison: verdict and binding as params, per-metric figures."""
    from mlflow.entities import Metric, Param

    from tapsite_pipeline.prompting.registry import experiment_id

    a, b = report["run_a"], report["run_b"]
    exp = experiment_id(client, settings)
    runs_view(client, exp)
    verdicts = {f"verdict.{m['metric']}": m["verdict"] for m in report["metrics"]}
    mr = client.create_run(exp, run_name=comparison_name(a, b), tags={
        "tapsite.comparison_id": report["comparison_id"], "tapsite.suite": b["suite"],
        "tapsite.verdict": report["verdict"], "tapsite.kind": "comparison",
        "mlflow.note.content": verdict_table(report), **verdicts})
    rid = mr.info.run_id
    if b.get("mlflow_run_id"):   # the cases compared are B's: show its dataset in the Dataset column too
        try:
            client.log_inputs(rid, datasets=list(client.get_run(b["mlflow_run_id"]).inputs.dataset_inputs))
        except Exception:  # B's run deleted from MLflow: the comparison stands without it
            pass
    bind = report.get("binding") or {}
    params = {"suite": b["suite"], "run_a": a["run_id"], "run_b": b["run_id"], "verdict": report["verdict"],
              "dataset_hash": bind.get("dataset_hash"), "split": bind.get("split") or "all",
              "n_cases": bind.get("n_cases"), "model_a": bind.get("model_a"), "model_b": bind.get("model_b"),
              "mlflow_run_a": a.get("mlflow_run_id") or "-", "mlflow_run_b": b.get("mlflow_run_id") or "-",
              **{f"prompt_hash_a.{k}": v for k, v in (bind.get("prompt_hashes_a") or {}).items()},
              **{f"prompt_hash_b.{k}": v for k, v in (bind.get("prompt_hashes_b") or {}).items()}}
    now = int(time.time() * 1000)
    metrics = {}
    for m in report["metrics"]:
        for key, value in (("diff", m["diff"]), ("p_holm", m.get("p_adjusted")), ("mde", m.get("mde")),
                           ("ratio", m.get("ratio"))):
            if value is not None and value == value:  # NaN is not a metric
                metrics[f"{key}.{m['metric']}"] = float(value)
    client.log_batch(rid, metrics=[Metric(k, v, now, 0) for k, v in metrics.items()],
                     params=[Param(k, str(v)[:500]) for k, v in params.items()])
    with tempfile.TemporaryDirectory(prefix="tapsite-cmp-") as tmp:
        path = Path(tmp) / "comparison.json"
        path.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        client.log_artifact(rid, str(path))
    client.set_terminated(rid, "FINISHED" if report["passed"] else "FAILED")
    return rid


def comparison_name(a: dict, b: dict) -> str:
    """`compare suite[:ranker] · intent@v1→v2 · model[→model] · date`: what changed between the two runs."""
    ranker = (f":{a.get('matcher')}→{b.get('matcher')}" if a.get("matcher") != b.get("matcher")
              else f":{b['matcher']}" if b.get("matcher") else "")
    pa, pb = a.get("prompts") or {}, b.get("prompts") or {}
    prompts = [f"{n}@v{pa.get(n)}→v{v}" if pa.get(n) not in (None, v) else f"{n}@v{v}" for n, v in sorted(pb.items())]
    models = b.get("model") if a.get("model") == b.get("model") else f"{a.get('model')}→{b.get('model')}"
    return run_name(f"compare {b['suite']}{ranker}", prompts, models or "", datetime.now().astimezone())


def verdict_table(report: dict) -> str:
    """The comparison as markdown, shown as the run's description in the MLflow UI."""
    rows = ["| metric | A | B | B − A | 95% CI | verdict |", "|---|---|---|---|---|---|"]
    rows += [f"| {m['metric']} | {m['a']:.4g} | {m['b']:.4g} | {m['diff']:+.4f} | [{m['ci_low']:+.4f}, "
             f"{m['ci_high']:+.4f}] | {m['verdict']} |" for m in report["metrics"]]
    return f"**{report['verdict']}**" + (" — " + "; ".join(report.get("reasons") or []) if report.get("reasons")
                                         else "") + "\n\n" + "\n".join(rows)


def log_comparison(settings: Settings, report: dict) -> str:
    """Log a comparison as its own MLflow run and remember its id beside the comparison in DuckDB."""
    from tapsite_pipeline import store
    from tapsite_pipeline.prompting.registry import mlflow_client

    rid = _comparison_run(mlflow_client(settings), settings, report)
    with store.connect(settings.db_path) as con:
        con.execute("UPDATE eval_comparisons SET mlflow_run_id = ? WHERE comparison_id = ?",
                    [rid, report["comparison_id"]])
    return rid


def log_view(settings: Settings, data: dict, path: Path) -> str | None:
    """Attach a view page to its run's MLflow run, or to its comparison's (logged now if it was not)."""
    from tapsite_pipeline import store
    from tapsite_pipeline.prompting.registry import mlflow_client

    client = mlflow_client(settings)
    if data["kind"] == "run":
        rid = data["runs"][0].get("mlflow_run_id")
        if not rid:
            return None
    else:
        with store.connect(settings.db_path) as con:
            row = con.execute("SELECT mlflow_run_id FROM eval_comparisons WHERE comparison_id = ?",
                              [data["id"]]).fetchone()
        rid = row[0] if row and row[0] else log_comparison(settings, data["summary"])
    client.log_artifact(rid, str(path), artifact_path="view")
    return rid
