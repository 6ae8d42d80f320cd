"""Eval suites as data (evals/*.yaml): dataset + split, stage, prompt versions, model, scorers, gates."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tapsite_pipeline.resources import data_dir

from ..errors import ConfigError
from .scorer_spec import ScorerSpec
from .scorers import SCORERS, scorer_name

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it

SUITES_DIR = data_dir("evals")


USAGE_METRICS = ("cost_usd", "tokens", "latency_ms")


class Gate(BaseModel):
    """A gated metric. Quality metrics fail `eval compare` when significantly worse by more than
    max_regression, and the comparison must be able to see a loss of `detect` (else it is inconclusive).
    Usage metrics (cost, tokens, latency) are gated on the ratio B/A instead: they fail when the ratio
    is confidently above max_ratio."""

    model_config = ConfigDict(extra="forbid")
    max_regression: float = Field(default=0.0, ge=0)
    detect: float = Field(default=0.05, gt=0, le=1)
    max_ratio: float | None = Field(default=None, ge=1)


class GatePolicy(BaseModel):
    """How sure a comparison must be: family-wise alpha over the gated metrics, the power at which the
    minimum detectable effect is stated, and the fewest shared cases a passing comparison may have."""

    model_config = ConfigDict(extra="forbid")
    alpha: float = Field(default=0.05, gt=0, lt=0.5)
    power: float = Field(default=0.8, ge=0.5, lt=1)
    min_cases: int = Field(default=50, ge=1)


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    description: str = ""
    stage: Literal["intent", "template", "content", "refine", "pages"]
    dataset: str
    split: str | None = None
    template_labels: str | None = None
    prompts: dict[str, int | str] = Field(default_factory=dict)
    model: str | None = None
    matcher: Literal["default", "weighted", "learned"] = "default"
    intent_source: Literal["parsed", "gold"] = "parsed"
    repeats: int = Field(default=1, ge=1, le=50)
    scorers: list[str | ScorerSpec] = Field(min_length=1)
    gates: dict[str, Gate] = Field(default_factory=dict)
    gate: GatePolicy = GatePolicy()
    baseline: str = "production"
    path: str = ""

    @field_validator("scorers", mode="before")
    @classmethod
    def _declared(cls, v):
        """Mappings are declared scorers; say which one is wrong and why, in one line."""
        if not isinstance(v, list):
            return v
        out = []
        for i, item in enumerate(v):
            if isinstance(item, dict):
                try:
                    item = ScorerSpec.model_validate(item)
                except ValidationError as exc:
                    first = exc.errors()[0]
                    where = ".".join(str(x) for x in first["loc"])
                    raise ValueError(f"scorer {item.get('name', i)!r}: "
                                     f"{(where + ': ') if where else ''}{first['msg']}") from None
            out.append(item)
        return out

    @field_validator("scorers")
    @classmethod
    def _known(cls, v: list) -> list:
        unknown = [s for s in v if isinstance(s, str) and s not in SCORERS]
        if unknown:
            raise ValueError(f"unknown scorer(s) {unknown}; known: {', '.join(sorted(SCORERS))}; or declare one "
                             f"as a mapping with name and type")
        names = [scorer_name(s) for s in v]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"scorer name(s) {twice} appear twice")
        return v

    @property
    def scorer_names(self) -> list[str]:
        return [scorer_name(s) for s in self.scorers]


def load_suite(name_or_path: str) -> Suite:
    """`intent` → evals/intent.yaml; anything with a slash or .yaml is a path."""
    p = Path(name_or_path)
    if p.suffix not in (".yaml", ".yml") and "/" not in name_or_path:
        p = SUITES_DIR / f"{name_or_path}.yaml"
    if not p.exists():
        known = ", ".join(sorted(x.stem for x in SUITES_DIR.glob("*.yaml")))
        raise ConfigError(f"no suite {name_or_path!r} (looked for {p}); known suites: {known}")
    try:
        data = yaml.load(p.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{p}: cannot read suite ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{p}: a suite must be a YAML mapping")
    try:
        suite = Suite(**data, path=str(p))
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(x) for x in first["loc"]) or "(file)"
        raise ConfigError(f"{p}: field '{field}': {first['msg']}") from exc
    bad = [g for g in suite.gates if g not in suite.scorer_names]
    if bad:
        raise ConfigError(f"{p}: field 'gates': {bad} are not among this suite's scorers")
    unratioed = [g for g in suite.gates if g in USAGE_METRICS and suite.gates[g].max_ratio is None]
    if unratioed:
        raise ConfigError(f"{p}: field 'gates': {unratioed} are gated on the ratio B/A; give max_ratio "
                          f"(e.g. {{max_ratio: 1.1}})")
    return suite


def all_suites() -> list[Suite]:
    return [load_suite(str(p)) for p in sorted(SUITES_DIR.glob("*.yaml"))]


def suite_for_prompt(name: str) -> Suite | None:
    """The suite that evaluates a prompt (the one listing it under `prompts`), for the promotion gate."""
    return next((s for s in all_suites() if name in s.prompts), None)
