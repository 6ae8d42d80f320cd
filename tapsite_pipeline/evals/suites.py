"""Eval suites as data (evals/*.yaml): dataset + split, stage, prompt versions, model, scorers, gates."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import ConfigError
from tapsite_pipeline.resources import data_dir
from .scorers import SCORERS

SUITES_DIR = data_dir("evals")


class Gate(BaseModel):
    """A metric that fails `eval compare` when it gets worse (significantly) by more than max_regression."""

    model_config = ConfigDict(extra="forbid")
    max_regression: float = Field(default=0.0, ge=0)


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    description: str = ""
    stage: Literal["intent", "template", "content", "refine"]
    dataset: str
    split: str | None = None
    template_labels: str | None = None
    prompts: dict[str, int | str] = Field(default_factory=dict)
    model: str | None = None
    matcher: Literal["default", "weighted", "learned"] = "default"
    intent_source: Literal["parsed", "gold"] = "parsed"
    repeats: int = Field(default=1, ge=1, le=50)
    scorers: list[str] = Field(min_length=1)
    gates: dict[str, Gate] = Field(default_factory=dict)
    baseline: str = "production"
    path: str = ""

    @field_validator("scorers")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        unknown = [s for s in v if s not in SCORERS]
        if unknown:
            raise ValueError(f"unknown scorer(s) {unknown}; known: {', '.join(sorted(SCORERS))}")
        return v


def load_suite(name_or_path: str) -> Suite:
    """`intent` → evals/intent.yaml; anything with a slash or .yaml is a path."""
    p = Path(name_or_path)
    if p.suffix not in (".yaml", ".yml") and "/" not in name_or_path:
        p = SUITES_DIR / f"{name_or_path}.yaml"
    if not p.exists():
        known = ", ".join(sorted(x.stem for x in SUITES_DIR.glob("*.yaml")))
        raise ConfigError(f"no suite {name_or_path!r} (looked for {p}); known suites: {known}")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
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
    bad = [g for g in suite.gates if g not in suite.scorers]
    if bad:
        raise ConfigError(f"{p}: field 'gates': {bad} are not among this suite's scorers")
    return suite


def all_suites() -> list[Suite]:
    return [load_suite(str(p)) for p in sorted(SUITES_DIR.glob("*.yaml"))]


def suite_for_prompt(name: str) -> Suite | None:
    """The suite that evaluates a prompt (the one listing it under `prompts`), for the promotion gate."""
    return next((s for s in all_suites() if name in s.prompts), None)
