"""A declared scorer's spec (`ScorerSpec`, as a suite file writes it) and how a scorer reads an output
(`pick` a dotted field, `text_of` a value): shared by the checks (declared.py) and the judge (judge.py)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

CHECKS = ("equals", "contains", "not_contains", "regex", "json_path", "json_schema", "length", "range")
TYPES = (*CHECKS, "python", "similarity", "judge")


class ScorerSpec(BaseModel):
    """One declared scorer; which keys apply depends on `type` (checked when the suite loads)."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    type: Literal[TYPES]  # type: ignore[valid-type]
    description: str = ""
    field: str | None = None
    gold: str | None = None
    value: Any = None
    pattern: str | None = None
    path: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    min: float | None = None
    max: float | None = None
    function: str | None = None
    method: Literal["fuzz", "tfidf"] = "fuzz"
    rubric: str | None = None
    version: int | None = None
    model: str | None = None
    direction: Literal["higher", "lower"] = "higher"
    kind: Literal["binary", "continuous"] | None = None

    @model_validator(mode="after")
    def _needs(self) -> ScorerSpec:
        need = {"equals": ("value|gold",), "contains": ("value|gold",), "not_contains": ("value|gold",),
                "regex": ("pattern",), "json_path": ("path",), "json_schema": ("schema",),
                "length": ("min|max",), "range": ("min|max",), "python": ("function",),
                "similarity": ("gold|value",), "judge": ("rubric",)}[self.type]
        for alternatives in need:
            keys = alternatives.split("|")
            if all(getattr(self, "schema_" if k == "schema" else k) is None for k in keys):
                raise ValueError(f"a {self.type} scorer needs {' or '.join(keys)}")
        if self.pattern is not None:
            try:
                re.compile(self.pattern)
            except re.error as exc:
                raise ValueError(f"pattern {self.pattern!r}: {exc}") from None
        if self.path is not None:
            jsonpath(self.path)
        return self

    @property
    def scored_kind(self) -> str:
        if self.kind:
            return self.kind
        return "binary" if self.type in CHECKS else "continuous"


def jsonpath(expr: str):
    from jsonpath_ng.exceptions import JsonPathParserError
    from jsonpath_ng.ext import parse
    try:
        return parse(expr)
    except (JsonPathParserError, Exception) as exc:  # the parser raises plain Exceptions for some input
        raise ValueError(f"JSON path {expr!r}: {exc}") from None


def pick(data: Any, dotted: str | None) -> Any:
    """`a.b.0.c` into nested dicts and lists; None when any step is missing."""
    if dotted is None:
        return data
    for part in dotted.split("."):
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


def text_of(value: Any) -> str:
    """Every string in a value, one per line (the whole output when no field is named)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(text_of(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return "\n".join(text_of(v) for v in value)
    return "" if value is None else str(value)
