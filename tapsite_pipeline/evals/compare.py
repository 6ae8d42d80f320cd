"""Compare two eval runs case by case: per-metric difference, bootstrap CI, p-value, verdict, gates, flipped cases."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import numpy as np

from .. import store
from ..errors import InputError
from ..settings import Settings
from .records import case_details, case_scores, find_run, save_comparison
from .scorers import SCORERS
from .stats import MetricComparison, compare_metric

MAX_FLIPS = 20


@dataclass
class Comparison:
    comparison_id: str
    run_a: dict
    run_b: dict
    shared: int
    only_a: int
    only_b: int
    metrics: list[MetricComparison]
    failed_gates: list[dict]
    flips: dict[str, dict[str, list[dict]]]
    warnings: list[str]

    @property
    def passed(self) -> bool:
        return not self.failed_gates

    def as_dict(self) -> dict:
        keep = ("run_id", "suite", "model", "prompts", "dataset_hash", "matcher", "mlflow_run_id")
        return {"comparison_id": self.comparison_id, "passed": self.passed,
                "run_a": {k: self.run_a.get(k) for k in keep}, "run_b": {k: self.run_b.get(k) for k in keep},
                "shared_cases": self.shared, "only_in_a": self.only_a, "only_in_b": self.only_b,
                "metrics": [m.as_dict() for m in self.metrics], "failed_gates": self.failed_gates,
                "flipped": self.flips, "warnings": self.warnings}


def gate_failure(m: MetricComparison, max_regression: float) -> bool:
    """Worse with confidence, and by more than the gate allows (in the metric's own units)."""
    loss = -m.diff if m.direction == "higher" else m.diff
    return m.verdict == "worse" and loss > max_regression


def compare_scores(a: dict[str, dict[str, float]], b: dict[str, dict[str, float]],
                   kinds: dict[str, tuple[str, str]], seed: int = 0) -> tuple[list[MetricComparison], dict]:
    """Pure part: per-metric paired comparison over the cases both runs scored; also the flipped cases."""
    out, flips = [], {}
    for metric in [m for m in kinds if m in a and m in b]:
        ids = sorted(set(a[metric]) & set(b[metric]))
        if not ids:
            continue
        direction, kind = kinds[metric]
        va = np.array([a[metric][i] for i in ids])
        vb = np.array([b[metric][i] for i in ids])
        out.append(compare_metric(metric, va, vb, direction, kind, seed=seed))
        if kind == "binary":
            lost = [i for i, x, y in zip(ids, va, vb) if x == 1 and y == 0]
            gained = [i for i, x, y in zip(ids, va, vb) if x == 0 and y == 1]
            if lost or gained:
                flips[metric] = {"worse": lost, "better": gained}
    return out, flips


def compare_runs(settings: Settings, ref_a: str, ref_b: str, record: bool = True) -> Comparison:
    with store.connect(settings.db_path) as con:
        ra, rb = find_run(con, ref_a), find_run(con, ref_b)
        if ra["run_id"] == rb["run_id"]:
            raise InputError(f"both references point at run {ra['run_id']}; compare two different runs")
        sa, sb = case_scores(con, ra["run_id"]), case_scores(con, rb["run_id"])
        kinds = {m: tuple(v) for m, v in {**ra["scorers"], **rb["scorers"]}.items()}
        kinds = {m: kinds.get(m) or (SCORERS[m].direction, SCORERS[m].kind) for m in kinds}
        metrics, flips = compare_scores(sa, sb, kinds)
        ids_a = set().union(*sa.values()) if sa else set()
        ids_b = set().union(*sb.values()) if sb else set()
        shared = ids_a & ids_b
        if not shared:
            raise InputError(f"runs {ra['run_id']} and {rb['run_id']} share no cases; compare runs of one dataset")
        warnings = []
        if ra["suite"] != rb["suite"]:
            warnings.append(f"different suites: {ra['suite']} vs {rb['suite']}")
        if ra["dataset_hash"] != rb["dataset_hash"]:
            warnings.append("different dataset files: compared only the case ids both contain")
        gates = rb["gates"] or ra["gates"]
        failed = [{"metric": m.metric, "diff": m.diff, "max_regression": gates[m.metric]["max_regression"]}
                  for m in metrics if m.metric in gates and gate_failure(m, gates[m.metric]["max_regression"])]
        detail_ids = sorted({i for f in flips.values() for side in f.values() for i in side[:MAX_FLIPS]})
        da, db = case_details(con, ra["run_id"], detail_ids), case_details(con, rb["run_id"], detail_ids)
        shown = {m: {**{f"n_{side}": len(ids) for side, ids in f.items()},
                     **{side: [{"case_id": i, "input": da.get(i, {}).get("input"),
                                "a": _brief(da.get(i)), "b": _brief(db.get(i))} for i in ids[:MAX_FLIPS]]
                        for side, ids in f.items()}} for m, f in flips.items()}
        comp = Comparison(f"cmp-{uuid.uuid4().hex[:10]}", ra, rb, len(shared), len(ids_a - shared),
                          len(ids_b - shared), metrics, failed, shown, warnings)
        if record:
            save_comparison(con, comp.comparison_id, ra, rb, comp.passed, comp.as_dict())
    return comp


def _brief(detail: dict | None):
    if not detail:
        return None
    if detail.get("error"):
        return {"error": detail["error"]}
    out = detail.get("output") or {}
    return {k: v for k, v in out.items() if not k.startswith("_")}
