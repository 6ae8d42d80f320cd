"""Compare two eval runs case by case: per-metric difference, bootstrap CI, p-value, verdict, gates, flipped cases.

Two runs are compared only on one suite and the same data; the record binds what was compared (both
runs' prompt content hashes, the dataset hash, split and size, the models), which is what
`prompts promote` checks.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import numpy as np

from .. import store
from ..errors import InputError
from ..settings import Settings
from .gate import apply_gates
from .records import case_details, case_scores, find_run, save_comparison
from .scorers import SCORERS
from .stats import MetricComparison, compare_metric
from .suites import USAGE_METRICS, GatePolicy

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
    reasons: list[str] = field(default_factory=list)  # why the gate cannot pass although no metric failed
    policy: GatePolicy = field(default_factory=GatePolicy)

    @property
    def verdict(self) -> str:
        """failed (a gated metric is worse), inconclusive (nothing failed, but the comparison cannot show
        the candidate is no worse), or passed. Only `passed` lets a prompt be promoted."""
        if self.failed_gates:
            return "failed"
        return "inconclusive" if self.reasons else "passed"

    @property
    def passed(self) -> bool:
        return self.verdict == "passed"

    def binding(self) -> dict:
        """What a promotion must match: content, data, size and models of the two runs."""
        a, b = self.run_a, self.run_b
        return {"prompt_hashes_a": a.get("prompt_hashes") or {}, "prompt_hashes_b": b.get("prompt_hashes") or {},
                "dataset_hash": b["dataset_hash"], "split": b["split"], "n_cases": self.shared,
                "model_a": a["model"], "model_b": b["model"]}

    def as_dict(self) -> dict:
        keep = ("run_id", "suite", "model", "prompts", "prompt_hashes", "dataset", "dataset_hash", "split",
                "matcher", "mlflow_run_id", "answered", "fell_back", "errored", "prompt_blind")
        return {"comparison_id": self.comparison_id, "passed": self.passed, "verdict": self.verdict,
                "reasons": self.reasons, "binding": self.binding(), "policy": self.policy.model_dump(),
                "run_a": {k: self.run_a.get(k) for k in keep}, "run_b": {k: self.run_b.get(k) for k in keep},
                "shared_cases": self.shared, "only_in_a": self.only_a, "only_in_b": self.only_b,
                "metrics": [m.as_dict() for m in self.metrics], "failed_gates": self.failed_gates,
                "flipped": self.flips, "warnings": self.warnings}


def paired(a: dict[str, dict[str, float]], b: dict[str, dict[str, float]],
           metrics) -> dict[str, tuple[list[str], np.ndarray, np.ndarray]]:
    """Per metric: the case ids both runs scored, and the two runs' values on them, in id order."""
    out = {}
    for metric in [m for m in metrics if m in a and m in b]:
        ids = sorted(set(a[metric]) & set(b[metric]))
        if ids:
            out[metric] = (ids, np.array([a[metric][i] for i in ids]), np.array([b[metric][i] for i in ids]))
    return out


def compare_scores(a: dict[str, dict[str, float]], b: dict[str, dict[str, float]],
                   kinds: dict[str, tuple[str, str]], seed: int = 0) -> tuple[list[MetricComparison], dict]:
    """Pure part: per-metric paired comparison over the cases both runs scored; also the flipped cases."""
    out, flips = [], {}
    for metric, (ids, va, vb) in paired(a, b, kinds).items():
        direction, kind = kinds[metric]
        out.append(compare_metric(metric, va, vb, direction, kind, seed=seed))
        if kind == "binary":
            lost = [i for i, x, y in zip(ids, va, vb, strict=True) if x == 1 and y == 0]
            gained = [i for i, x, y in zip(ids, va, vb, strict=True) if x == 0 and y == 1]
            if lost or gained:
                flips[metric] = {"worse": lost, "better": gained}
    return out, flips


def judge(sa: dict[str, dict[str, float]], sb: dict[str, dict[str, float]], kinds: dict[str, tuple[str, str]],
          gates: dict[str, dict], policy: GatePolicy):
    """Pure part of the gate: metric comparisons, then Holm, ratios and power over the gated ones.
    Returns (GateResult, flips, shared case ids)."""
    metrics, flips = compare_scores(sa, sb, kinds)
    ids_a = set().union(*sa.values()) if sa else set()
    ids_b = set().union(*sb.values()) if sb else set()
    shared = ids_a & ids_b
    pairs = {m: (va, vb) for m, (_, va, vb) in paired(sa, sb, kinds).items()}
    return apply_gates(metrics, pairs, gates, policy, len(shared)), flips, (ids_a, ids_b)


def check_comparable(ra: dict, rb: dict) -> None:
    """Two runs are compared only on the same suite and the same cases (dataset file and split)."""
    if ra["run_id"] == rb["run_id"]:
        raise InputError(f"both references point at run {ra['run_id']}; compare two different runs")
    if ra["suite"] != rb["suite"]:
        raise InputError(f"run {ra['run_id']} is suite {ra['suite']!r} and run {rb['run_id']} is suite "
                         f"{rb['suite']!r}; compare two runs of one suite")
    if (ra["dataset_hash"], ra["split"]) != (rb["dataset_hash"], rb["split"]):
        raise InputError(f"runs {ra['run_id']} and {rb['run_id']} are on different data "
                         f"({ra['dataset_hash']} {ra['split'] or 'all'} vs {rb['dataset_hash']} "
                         f"{rb['split'] or 'all'}); compare runs of one dataset and split")


def unmeasured(ra: dict, rb: dict, gates: dict) -> list[str]:
    """Why a comparison cannot vouch for B, whatever its metrics say."""
    out = []
    for r in (ra, rb):
        if r.get("fell_back") and not r.get("allow_fallback"):
            out.append(f"run {r['run_id']}: {r['fell_back']} answer(s) came from a fallback, not {r['model']}")
    ha, hb = ra.get("prompt_hashes") or {}, rb.get("prompt_hashes") or {}
    changed = sorted(n for n in set(ha) | set(hb) if ha.get(n) != hb.get(n))
    blind = sorted(set(ra.get("prompt_blind") or []) | set(rb.get("prompt_blind") or []))
    if changed and blind:
        out.append(f"{', '.join(blind)} does not read the prompt, so this comparison of "
                   f"{', '.join(changed)} versions measures nothing about them; run it with a model that "
                   f"reads prompts (--model provider:model)")
    if not [g for g in gates if g not in USAGE_METRICS]:
        out.append("no quality metric is gated; cost, tokens and latency alone never pass a comparison")
    return out


def compare_runs(settings: Settings, ref_a: str, ref_b: str, record: bool = True) -> Comparison:
    with store.connect(settings.db_path) as con:
        ra, rb = find_run(con, ref_a), find_run(con, ref_b)
        check_comparable(ra, rb)
        sa, sb = case_scores(con, ra["run_id"]), case_scores(con, rb["run_id"])
        kinds = {m: tuple(v) for m, v in {**ra["scorers"], **rb["scorers"]}.items()}
        kinds = {m: kinds.get(m) or (SCORERS[m].direction, SCORERS[m].kind) for m in kinds}
        gates = rb["gates"] or ra["gates"]
        policy = GatePolicy(**(rb.get("gate_policy") or {}))
        judged, flips, (ids_a, ids_b) = judge(sa, sb, kinds, gates, policy)
        shared = ids_a & ids_b
        if not shared:
            raise InputError(f"runs {ra['run_id']} and {rb['run_id']} share no cases; compare runs of one dataset")
        detail_ids = sorted({i for f in flips.values() for side in f.values() for i in side[:MAX_FLIPS]})
        da, db = case_details(con, ra["run_id"], detail_ids), case_details(con, rb["run_id"], detail_ids)
        shown = {m: {**{f"n_{side}": len(ids) for side, ids in f.items()},
                     **{side: [{"case_id": i, "input": da.get(i, {}).get("input"),
                                "a": _brief(da.get(i)), "b": _brief(db.get(i))} for i in ids[:MAX_FLIPS]]
                        for side, ids in f.items()}} for m, f in flips.items()}
        comp = Comparison(f"cmp-{uuid.uuid4().hex[:10]}", ra, rb, len(shared), len(ids_a - shared),
                          len(ids_b - shared), judged.metrics, judged.failed, shown, [],
                          unmeasured(ra, rb, gates) + judged.reasons, policy)
        if record:
            save_comparison(con, comp)
    return comp


def _brief(detail: dict | None):
    if not detail:
        return None
    if detail.get("error"):
        return {"error": detail["error"]}
    out = detail.get("output") or {}
    return {k: v for k, v in out.items() if not k.startswith("_")}
