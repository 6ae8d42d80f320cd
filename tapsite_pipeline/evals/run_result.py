"""What an eval run produced: one `CaseRecord` per case × repeat and the `EvalRun` around them. Kept below the
runner so its consumers (DuckDB records, MLflow tracking, comparisons) import the types, not the runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .datasets import Case, Dataset
from .outcome import Outcome, Scorer
from .suites import Suite


@dataclass
class CaseRecord:
    case: Case
    rep: int
    outcome: Outcome
    scores: dict[str, float]


@dataclass
class EvalRun:
    run_id: str
    suite: Suite
    dataset: Dataset
    model: str
    prompts: dict[str, int]
    matcher: str | None
    records: list[CaseRecord]
    metrics: dict[str, float]
    scorers: list[Scorer]
    started: datetime
    duration_s: float = 0.0
    mlflow_run_id: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    split: str | None = None
    allow_fallback: bool = False
    prompt_hashes: dict[str, str] = field(default_factory=dict)
    intervals: dict[str, list[float]] = field(default_factory=dict)   # metric → [low, high], 95 % bootstrap

    @property
    def summary(self) -> dict[str, int]:
        """Case × repeat records: answered by the model asked for, fell back to another, errored."""
        errored = sum(1 for r in self.records if r.outcome.error)
        fell = sum(1 for r in self.records if not r.outcome.error and r.outcome.provenance
                   and r.outcome.provenance.fallback)
        hits = sum(1 for r in self.records if r.outcome.provenance and r.outcome.provenance.cache_hit)
        return {"answered": len(self.records) - errored - fell, "fell_back": fell, "errored": errored,
                "cache_hits": hits}

    @property
    def prompt_blind(self) -> list[str]:
        """Models that answered some case without reading the prompt (the offline rules, recorded answers)."""
        return sorted({m for r in self.records if r.outcome.provenance for m in r.outcome.provenance.prompt_blind})

    def fallback_problem(self) -> str | None:
        """One line when answers came from another model than the one named (None when all is as named)."""
        fell = [r for r in self.records if not r.outcome.error and r.outcome.provenance
                and r.outcome.provenance.fallback]
        if not fell:
            return None
        p = fell[0].outcome.provenance
        return (f"{len(fell)} of {len(self.records)} answers came from {p.answered_by}, not {p.requested_model}"
                f" ({p.fallback_reason}); the run does not measure {self.model}")
