"""What a fidelity check returns, and the page's result across all checks."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class CheckResult:
    name: str
    passed: bool
    score: float  # 0..1
    problems: list[str] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)  # e.g. card precision / recall

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class FidelityResult:
    checks: list[CheckResult]

    @property
    def passed_all(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def score(self) -> float:
        return round(sum(c.score for c in self.checks) / len(self.checks), 4) if self.checks else 1.0

    @property
    def problems(self) -> list[str]:
        return [f"{c.name}: {p}" for c in self.checks for p in c.problems]

    def __getitem__(self, name: str) -> CheckResult:
        return next(c for c in self.checks if c.name == name)

    def to_dict(self) -> dict:
        return {"passed_all": self.passed_all, "score": self.score,
                "checks": {c.name: c.to_dict() for c in self.checks}}

    def as_scores(self) -> dict[str, float]:
        """Flat numbers for an eval case, an asset's metadata or a report column: every check's pass
        (0/1), the card precision and recall, and the page's pass-all and mean score."""
        out = {f"fidelity_{c.name}": float(c.passed) for c in self.checks}
        by = {c.name: c for c in self.checks}
        if "cards" in by:
            out["card_precision"] = by["cards"].metrics.get("precision", 1.0)
            out["card_recall"] = by["cards"].metrics.get("recall", 1.0)
        out["fidelity_all"] = float(self.passed_all)
        out["fidelity_score"] = self.score
        return out
