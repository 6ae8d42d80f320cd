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
from typing import Any

from ..errors import ConfigError
from .datasets import Case
from .scorer_spec import CHECKS, ScorerSpec, jsonpath, pick, text_of


def _expected(spec: ScorerSpec, case: Case) -> Any:
    return case.gold.get(spec.gold) if spec.gold else spec.value


def _check(spec: ScorerSpec) -> Callable[[Case, Any], float | None]:
    kind = spec.type
    compiled = re.compile(spec.pattern) if spec.pattern else None
    path = jsonpath(spec.path) if spec.path else None
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
