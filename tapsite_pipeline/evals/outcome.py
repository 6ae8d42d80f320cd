"""What a stage call produced for one case (`Outcome`) and what scores it (`Scorer`): the types every scorer
module shares, kept below them so the registries (scorers.py, refine_scorers.py) import them one way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from .datasets import Case
from .provenance import Provenance

Direction = Literal["higher", "lower"]
Kind = Literal["binary", "continuous"]


@dataclass
class Outcome:
    """What one stage call produced for one case (and what it cost)."""

    output: dict[str, Any] | None
    error: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)
    provenance: Provenance | None = None  # who answered, fallback / cache flags, prompt hash, billed cost


@dataclass(frozen=True)
class Scorer:
    name: str
    fn: Callable[[Case, Outcome], float | None]
    direction: Direction = "higher"
    kind: Kind = "binary"
    stages: tuple[str, ...] = ("intent",)
    description: str = ""

    def __call__(self, case: Case, out: Outcome) -> float | None:
        return self.fn(case, out)
