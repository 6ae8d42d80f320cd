"""Eval runs, cases, scores and comparisons in DuckDB (tables from the `eval_tables` migration)."""

from __future__ import annotations

import json
from typing import Any

from .. import store
from ..errors import InputError
from ..settings import Settings
from .provenance import Provenance
from .run_result import EvalRun


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)


def case_rows(run: EvalRun) -> dict[str, list]:
    cols: dict[str, list] = {k: [] for k in CASE_COLUMNS}
    for r in run.records:
        o = r.outcome
        p = o.provenance or Provenance()
        out = o.output
        if out is not None and "intent" in o.extra:  # content runs keep the intent they wrote from
            out = {**out, "_intent": o.extra["intent"]}
        # An answer from another model than the one asked is recorded with why the asked one failed.
        error = o.error or (p.fallback_reason if p.fallback else None)
        for k, v in (("run_id", run.run_id), ("case_id", r.case.id), ("rep", r.rep), ("input", r.case.text),
                     ("gold", _dumps(r.case.gold)), ("output", _dumps(out) if out is not None else None),
                     ("error", error), ("tokens_in", o.tokens_in), ("tokens_out", o.tokens_out),
                     ("cost_usd", o.cost_usd), ("latency_ms", round(o.latency_ms, 4)),
                     ("scores", _dumps(r.scores)), ("requested_model", p.requested_model),
                     ("answered_by", p.answered_by), ("fallback", p.fallback), ("cache_hit", p.cache_hit),
                     ("prompt_hash", p.prompt_hash), ("billed_usd", p.billed_usd),
                     ("judgements", _dumps(o.extra["judgements"]) if o.extra.get("judgements") else None)):
            cols[k].append(v)
    return cols


CASE_COLUMNS = ("run_id", "case_id", "rep", "input", "gold", "output", "error", "tokens_in", "tokens_out",
                "cost_usd", "latency_ms", "scores", "requested_model", "answered_by", "fallback", "cache_hit",
                "prompt_hash", "billed_usd", "judgements")


# eval_cases' column types where they are not VARCHAR; JSON columns are written as text and cast
_CASE_TYPES = {"rep": "INTEGER", "tokens_in": "INTEGER", "tokens_out": "INTEGER", "cost_usd": "DOUBLE",
               "latency_ms": "DOUBLE", "fallback": "BOOLEAN", "cache_hit": "BOOLEAN", "billed_usd": "DOUBLE"}
_CASE_JSON = ("gold", "output", "scores", "judgements")


def save_run(settings: Settings, run: EvalRun, duration_s: float) -> None:
    """One eval_runs row, every case in eval_cases, every (case, metric) in eval_scores: one statement each, in
    one transaction. The cases' columns go to DuckDB as list parameters, unnested side by side (no DataFrame
    library to load: pyarrow would load pandas, ≈ 0.6 CPU-s); the scores are read back from the cases' own
    `scores` JSON, so the two tables cannot disagree."""
    cases = case_rows(run)
    cols = [k for k in CASE_COLUMNS if k != "run_id"]
    unnested = ", ".join(f"unnest(?::{_CASE_TYPES.get(k, 'VARCHAR')}[])" + ("::JSON" if k in _CASE_JSON else "")
                         for k in cols)
    s = run.suite
    summary = run.summary
    with store.connect(settings.db_path) as con:
        con.execute("BEGIN")
        con.execute(
            "INSERT INTO eval_runs (run_id, suite, stage, dataset, dataset_hash, split, model, prompts, matcher,"
            " repeats, n_cases, metrics, scorers, gates, duration_s, created_at, answered, fell_back, errored,"
            " cache_hits, allow_fallback, prompt_hashes, prompt_blind, gate_policy, metric_cis) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [run.run_id, s.name, s.stage, str(run.dataset.path), run.dataset.hash, run.split, run.model,
             _dumps(run.prompts), run.matcher, max(r.rep for r in run.records) + 1, len(run.dataset.cases),
             _dumps(run.metrics), _dumps({x.name: [x.direction, x.kind] for x in run.scorers}),
             _dumps({k: g.model_dump() for k, g in s.gates.items()}), round(duration_s, 3), run.started,
             summary["answered"], summary["fell_back"], summary["errored"], summary["cache_hits"],
             run.allow_fallback, _dumps(run.prompt_hashes), _dumps(run.prompt_blind), _dumps(s.gate.model_dump()),
             _dumps(run.intervals)])
        con.execute(f"INSERT INTO eval_cases (run_id, {', '.join(cols)}) SELECT ?, {unnested}",
                    [run.run_id, *(cases[k] for k in cols)])
        con.execute("INSERT INTO eval_scores SELECT run_id, case_id, rep, s.key, s.value::DOUBLE"
                    " FROM eval_cases, json_each(scores) AS s WHERE run_id = ?", [run.run_id])
        con.execute("COMMIT")


def set_mlflow_run(settings: Settings, run_id: str, mlflow_run_id: str | None) -> None:
    with store.connect(settings.db_path) as con:
        con.execute("UPDATE eval_runs SET mlflow_run_id = ? WHERE run_id = ?", [mlflow_run_id, run_id])


def find_run(con, ref: str) -> dict:
    """An eval run by id, unique id prefix, or `latest[:SUITE]`."""
    cols = ["run_id", "suite", "stage", "dataset", "dataset_hash", "split", "model", "prompts", "matcher",
            "repeats", "n_cases", "metrics", "scorers", "gates", "mlflow_run_id", "created_at", "answered",
            "fell_back", "errored", "cache_hits", "allow_fallback", "prompt_hashes", "prompt_blind", "gate_policy"]
    sel = f"SELECT {', '.join(cols)} FROM eval_runs"
    if ref.startswith("latest"):
        suite = ref.partition(":")[2]
        rows = con.execute(sel + (" WHERE suite = ?" if suite else "") + " ORDER BY created_at DESC LIMIT 1",
                           [suite] if suite else []).fetchall()
    else:
        rows = con.execute(sel + " WHERE run_id LIKE ? ORDER BY created_at DESC", [ref + "%"]).fetchall()
    if not rows:
        raise InputError(f"no eval run {ref!r}; list them with `tapsite eval runs`")
    if len(rows) > 1 and not ref.startswith("latest"):
        raise InputError(f"{ref!r} matches {len(rows)} runs; give more of the id")
    row = dict(zip(cols, rows[0], strict=True))
    for k in ("prompts", "metrics", "scorers", "gates", "prompt_hashes", "gate_policy"):
        row[k] = json.loads(row[k]) if row[k] else {}
    row["prompt_blind"] = json.loads(row["prompt_blind"]) if row["prompt_blind"] else []
    return row


def case_scores(con, run_id: str) -> dict[str, dict[str, float]]:
    """{metric: {case_id: mean over repeats}}."""
    out: dict[str, dict[str, float]] = {}
    for case_id, metric, value in con.execute(
            "SELECT case_id, metric, avg(value) FROM eval_scores WHERE run_id = ? GROUP BY case_id, metric",
            [run_id]).fetchall():
        out.setdefault(metric, {})[case_id] = value
    return out


def case_details(con, run_id: str, case_ids: list[str]) -> dict[str, dict]:
    if not case_ids:
        return {}
    rows = con.execute("SELECT case_id, input, output, error FROM eval_cases WHERE run_id = ? AND rep = 0"
                       " AND list_contains(?, case_id)", [run_id, case_ids]).fetchall()
    return {c: {"input": i, "output": json.loads(o) if o else None, "error": e} for c, i, o, e in rows}


def list_runs(con, limit: int = 20) -> list[dict]:
    rows = con.execute("SELECT run_id, suite, model, prompts, n_cases, metrics, created_at FROM eval_runs"
                       " ORDER BY created_at DESC LIMIT ?", [limit]).fetchall()
    return [{"run_id": r[0], "suite": r[1], "model": r[2], "prompts": json.loads(r[3]), "n_cases": r[4],
             "metrics": json.loads(r[5]), "created_at": str(r[6])} for r in rows]


def save_comparison(con, comp) -> None:
    a, b, bind, report = comp.run_a, comp.run_b, comp.binding(), comp.as_dict()
    con.execute("INSERT INTO eval_comparisons (comparison_id, run_a, run_b, suite, passed, prompts_a, prompts_b,"
                " report, verdict, reasons, prompt_hashes_a, prompt_hashes_b, dataset_hash, split, n_cases, model_a,"
                " model_b) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [comp.comparison_id, a["run_id"], b["run_id"], b["suite"], comp.passed, _dumps(a["prompts"]),
                 _dumps(b["prompts"]), _dumps(report), comp.verdict, _dumps(comp.reasons),
                 _dumps(bind["prompt_hashes_a"]), _dumps(bind["prompt_hashes_b"]), bind["dataset_hash"],
                 bind["split"], bind["n_cases"], bind["model_a"], bind["model_b"]])


def comparisons_for(con, suite: str) -> list[dict]:
    """Every comparison on `suite`, newest first, with what it binds."""
    cols = ["comparison_id", "passed", "verdict", "prompt_hashes_a", "prompt_hashes_b", "dataset_hash", "split",
            "n_cases", "model_a", "model_b", "prompts_a", "prompts_b"]
    rows = con.execute(f"SELECT {', '.join(cols)} FROM eval_comparisons WHERE suite = ? ORDER BY created_at DESC",
                       [suite]).fetchall()
    out = []
    for r in rows:
        d = dict(zip(cols, r, strict=True))
        for k in ("prompt_hashes_a", "prompt_hashes_b", "prompts_a", "prompts_b"):
            d[k] = json.loads(d[k]) if d[k] else {}
        out.append(d)
    return out


def save_calibration(settings: Settings, report: dict, labels: str, labels_hash: str) -> str:
    import uuid
    cid = f"cal-{uuid.uuid4().hex[:10]}"
    keep = {k: v for k, v in report.items() if k not in ("answers", "disagreements", "errors")}
    with store.connect(settings.db_path) as con:
        con.execute("INSERT INTO judge_calibrations (calibration_id, rubric, rubric_hash, model, labels, labels_hash,"
                    " n, agreement, answers) VALUES (?,?,?,?,?,?,?,?,?)",
                    [cid, report["rubric"], report["rubric_hash"], report["model"], labels, labels_hash,
                     report["n"], _dumps(keep), _dumps(report["answers"])])
    return cid


def log_promotion(settings: Settings, name: str, from_v: int | None, to_v: int, forced: bool,
                  comparison_id: str | None, reason: str) -> None:
    with store.connect(settings.db_path) as con:
        con.execute("INSERT INTO prompt_promotions (name, from_version, to_version, forced, comparison_id, reason)"
                    " VALUES (?,?,?,?,?,?)", [name, from_v, to_v, forced, comparison_id, reason])
