"""Versioned prompt files in prompts/: load, validate, render, and check outputs against their rules."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.models import OUTPUT_SCHEMAS
from tapsite_pipeline.resources import data_dir

PROMPTS_DIR = data_dir("prompts")
MODEL_NAME = re.compile(r"^[a-z][a-z0-9_-]*:[A-Za-z0-9._:/@-]+$")
RULE_KEYS = {"min_length", "max_length", "max_items", "min_items", "enum"}

_env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
# libyaml's parser when PyYAML has it: the same data, read several times faster than the pure-Python one
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Prompt(BaseModel):
    """One prompt version: the model it targets, its templates and the rules its output must meet."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    version: int = Field(ge=1)
    stage: str
    model: str
    temperature: float = Field(ge=0, le=2)
    max_tokens: int = Field(gt=0, le=32000)
    output_schema: str
    change_note: str = Field(min_length=1, max_length=200)
    validation: dict[str, dict[str, Any]] = Field(default_factory=dict)
    system: str = Field(min_length=1)
    user: str = Field(min_length=1)
    path: str = ""
    content_hash: str = ""

    @field_validator("model")
    @classmethod
    def _model(cls, v: str) -> str:
        if not MODEL_NAME.match(v):
            raise ValueError(f"must look like provider:model, got {v!r}")
        return v

    @field_validator("output_schema")
    @classmethod
    def _schema(cls, v: str) -> str:
        if v not in OUTPUT_SCHEMAS:
            raise ValueError(f"unknown schema {v!r}; known: {sorted(OUTPUT_SCHEMAS)}")
        return v

    @field_validator("validation")
    @classmethod
    def _rules(cls, v: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        for fld, rules in v.items():
            unknown = set(rules) - RULE_KEYS
            if unknown:
                raise ValueError(f"{fld}: unknown rule(s) {sorted(unknown)}; allowed {sorted(RULE_KEYS)}")
        return v

    @property
    def ref(self) -> str:
        return f"{self.name}@v{self.version}"

    @property
    def schema(self) -> type[BaseModel]:
        return OUTPUT_SCHEMAS[self.output_schema]

    def render(self, inputs: dict[str, Any]) -> tuple[str, str]:
        """Render system and user templates; user text is data here, never template source."""
        try:
            system = _static(self.system)
            return (_compiled(self.system).render(**inputs) if system is None else system,
                    _compiled(self.user).render(**inputs))
        except TemplateError as exc:
            raise ConfigError(f"{self.path}: cannot render: {exc}") from exc

    def check(self, output: BaseModel) -> list[str]:
        """Validation rules of this prompt version, applied to a schema-valid output."""
        errors: list[str] = []
        for fld, rules in self.validation.items():
            # the field as the output holds it (a dump of the whole output, nested models and all, is not needed)
            model = type(output)
            value = getattr(output, fld) if fld in model.model_fields or fld in model.model_computed_fields else None
            size = len(value) if isinstance(value, (str, list)) else None
            if "enum" in rules and value not in rules["enum"]:
                errors.append(f"{fld}={value!r} not in {rules['enum']}")
            if size is not None:
                lo = rules.get("min_length", rules.get("min_items"))
                hi = rules.get("max_length", rules.get("max_items"))
                if lo is not None and size < lo:
                    errors.append(f"{fld} has {size} < {lo}")
                if hi is not None and size > hi:
                    errors.append(f"{fld} has {size} > {hi}")
        return errors


@lru_cache(maxsize=256)
def _compiled(source: str):
    return _env.from_string(source)


@lru_cache(maxsize=256)
def _static(source: str) -> str | None:
    """A template without any Jinja syntax renders the same whatever the inputs: rendered once (system prompts
    usually are such), or None."""
    if any(mark in source for mark in ("{{", "{%", "{#")) or _env.line_statement_prefix or _env.line_comment_prefix:
        return None
    return _compiled(source).render()


def load_prompt_file(path: Path) -> Prompt:
    """Read and validate one prompt file; errors name the file and the field."""
    try:
        raw = path.read_bytes()
        data = yaml.load(raw, Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read prompt file ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a prompt file must be a YAML mapping")
    try:
        prompt = Prompt(**data, path=str(path), content_hash=hashlib.sha256(raw).hexdigest()[:16])
        _compiled(prompt.system), _compiled(prompt.user)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "(file)"
        raise ConfigError(f"{path}: field '{field}': {first['msg']}") from exc
    except TemplateError as exc:
        raise ConfigError(f"{path}: template syntax error: {exc}") from exc
    if path.parent.name != prompt.name:
        raise ConfigError(f"{path}: field 'name' is {prompt.name!r} but the folder is {path.parent.name!r}")
    return prompt


@lru_cache(maxsize=8)
def load_prompts(root: Path = PROMPTS_DIR) -> dict[str, dict[int, Prompt]]:
    """Every prompt version under root: {name: {version: Prompt}}."""
    found: dict[str, dict[int, Prompt]] = {}
    for path in sorted(root.glob("*/*.yaml")):
        p = load_prompt_file(path)
        if p.version in found.setdefault(p.name, {}):
            raise ConfigError(f"{path}: version {p.version} of {p.name} is defined twice")
        found[p.name][p.version] = p
    return found


def get_prompt(name: str, version: int | None = None, root: Path = PROMPTS_DIR) -> Prompt:
    """A prompt version; without a version, the newest file."""
    versions = load_prompts(root).get(name)
    if not versions:
        raise ConfigError(f"no prompt named {name!r} under {root}")
    if version is None:
        return versions[max(versions)]
    if version not in versions:
        raise ConfigError(f"prompt {name!r} has no version {version} (have {sorted(versions)})")
    return versions[version]
