"""Scorers declared in a suite file: checks on the output (equals, contains, regex, JSON path, JSON schema,
length, numeric range), a Python `module:function`, text similarity, and an LLM judge (evals/judge.py).

    scorers:
      - {name: asks_whatsapp, type: contains, field: features_requested, value: whatsapp}
      - {name: brand_like_gold, type: similarity, field: brand_name, gold: brand_name, method: fuzz}
      - {name: copy_quality, type: judge, rubric: judge_copy, model: openai:gpt-4.1-mini}

`field` is a dotted path into the output (`seo.title`); without one, checks read all the output's text.
`gold` names a gold label to compare with instead of a fixed `value`. Checks give 1/0; similarity and
judge scores lie in [0, 1].
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..errors import ConfigError
from .datasets import Case

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
            _jsonpath(self.path)
        return self

    @property
    def scored_kind(self) -> str:
        if self.kind:
            return self.kind
        return "binary" if self.type in CHECKS else "continuous"


def _jsonpath(expr: str):
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


def _expected(spec: ScorerSpec, case: Case) -> Any:
    return case.gold.get(spec.gold) if spec.gold else spec.value


def _check(spec: ScorerSpec) -> Callable[[Case, Any], float | None]:
    kind = spec.type
    compiled = re.compile(spec.pattern) if spec.pattern else None
    path = _jsonpath(spec.path) if spec.path else None
    validator = None
    if kind == "json_schema":
        import jsonschema
        try:
            validator = jsonschema.Draft202012Validator(spec.schema_)
            jsonschema.Draft202012Validator.check_schema(spec.schema_)
        except jsonschema.SchemaError as exc:
            raise ConfigError(f"scorer {spec.name!r}: invalid JSON schema: {exc.message}") from None

    def fn(case: Case, output: Any) -> float | None:
        if spec.gold and case.gold.get(spec.gold) is None:
            return None  # no label for this case: not applicable
        value = pick(output, spec.field)
        if kind == "equals":
            want = _expected(spec, case)
            if isinstance(want, str) and isinstance(value, str):
                return float(value.strip().casefold() == want.strip().casefold())
            return float(value == want)
        if kind in ("contains", "not_contains"):
            want = _expected(spec, case)
            if isinstance(value, list) and not isinstance(want, list):
                found = any(str(want).casefold() == str(v).casefold() for v in value) or \
                    str(want).casefold() in text_of(value).casefold()
            else:
                found = all(str(w).casefold() in text_of(value).casefold()
                            for w in (want if isinstance(want, list) else [want]))
            return float(found if kind == "contains" else not found)
        if kind == "regex":
            return float(bool(compiled.search(text_of(value))))
        if kind == "json_path":
            matches = [m.value for m in path.find(output)]
            if spec.value is None and spec.gold is None:
                return float(bool(matches))
            return float(_expected(spec, case) in matches)
        if kind == "json_schema":
            return float(validator.is_valid(value))
        if kind == "length":
            n = len(value) if isinstance(value, (str, list, dict)) else len(text_of(value))
            return float((spec.min is None or n >= spec.min) and (spec.max is None or n <= spec.max))
        try:  # range
            x = float(value)
        except (TypeError, ValueError):
            return 0.0
        return float((spec.min is None or x >= spec.min) and (spec.max is None or x <= spec.max))
    return fn


def _python(spec: ScorerSpec) -> Callable[[Case, Any], float | None]:
    module, _, attr = (spec.function or "").partition(":")
    try:
        fn = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError, ValueError) as exc:
        raise ConfigError(f"scorer {spec.name!r}: cannot load {spec.function!r} (module:function): {exc}") from None
    if not callable(fn):
        raise ConfigError(f"scorer {spec.name!r}: {spec.function!r} is not callable")
    return lambda case, output: fn(case, output)


class Similarity:
    """Lexical (rapidfuzz token-set ratio) or TF-IDF cosine (scikit-learn, character n-grams fitted on the
    suite's references) between the output's field and the gold label or a fixed text."""

    def __init__(self, spec: ScorerSpec, corpus: list[str]):
        self.spec = spec
        self.vectorizer = None
        if spec.method == "tfidf":
            from sklearn.feature_extraction.text import TfidfVectorizer
            docs = [d for d in corpus if d.strip()] or ["-"]
            self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), lowercase=True).fit(docs)

    def __call__(self, case: Case, output: Any) -> float | None:
        ref = _expected(self.spec, case)
        if ref is None:
            return None
        a, b = text_of(pick(output, self.spec.field)), text_of(ref)
        if not a.strip() or not b.strip():
            return float(a.strip() == b.strip())
        if self.vectorizer is None:
            from rapidfuzz import fuzz
            return fuzz.token_set_ratio(a, b, processor=str.casefold) / 100
        from sklearn.metrics.pairwise import cosine_similarity
        m = self.vectorizer.transform([a, b])
        return float(cosine_similarity(m[0], m[1])[0, 0])


def build(spec: ScorerSpec, corpus: list[str], judge_context=None) -> Callable[[Case, Any], float | None]:
    """The scoring function of (case, output dict) for one declared scorer."""
    if spec.type in CHECKS:
        return _check(spec)
    if spec.type == "python":
        return _python(spec)
    if spec.type == "similarity":
        return Similarity(spec, corpus)
    from .judge import JudgeScorer
    return JudgeScorer(spec, judge_context)


def references(spec: ScorerSpec, cases: list[Case]) -> list[str]:
    """The texts a TF-IDF similarity is fitted on: the gold labels (or fixed text) of every case."""
    out = [text_of(c.gold.get(spec.gold)) for c in cases] if spec.gold else [text_of(spec.value)]
    return out + [c.text for c in cases]


def describe(spec: ScorerSpec) -> str:
    return spec.description or f"{spec.type} " + json.dumps(
        {k: v for k, v in spec.model_dump(by_alias=True, exclude={"name", "type", "description"}).items()
         if v not in (None, "higher", "fuzz")}, ensure_ascii=False, default=str)
