"""Template rankers for the design stage: the spec's weighted scorer, or a learned linear model read from JSON.

The learned model is exported as plain weights (models/template_matcher.json), so ranking needs no
scikit-learn import and no pickle on the hot path. The file also records which ranker is the default.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from tapsite_pipeline.design.catalog import Catalog, Template
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.models import Intent
from tapsite_pipeline.resources import data_dir

MODEL_FILE = data_dir("models") / "template_matcher.json"
MODEL_ENV = "TAPSITE_TEMPLATE_MODEL"  # another model file (tests, experiments)
Ranker = Callable[[Intent, Catalog], list[tuple[Template, dict[str, float]]]]
_WORD = re.compile(r"[a-z]{3,}")


def intent_features(intent: Intent) -> dict[str, float]:
    """Sparse features of a parsed intent: type, tone, colour family, features, words of industry and products."""
    from tapsite_pipeline.design.colors import family, resolve
    f = {f"type={intent.business_type}": 1.0, f"tone={intent.tone}": 1.0, f"lang={intent.language}": 1.0}
    named = [c for c in intent.color_preference if resolve(c)]
    f[f"color={family(named[0]) if named else 'none'}"] = 1.0
    for feat in intent.features_requested:
        f[f"feat={feat}"] = 1.0
    for w in _WORD.findall(" ".join([intent.industry, *intent.products]).lower()):
        f[f"word={w}"] = 1.0
    return f


class LinearRanker:
    """Multinomial logistic regression scored in pure Python."""

    def __init__(self, model: dict):
        self.classes: list[str] = model["classes"]
        self.vocab: dict[str, int] = model["vocab"]
        self.coef: list[list[float]] = model["coef"]
        self.intercept: list[float] = model["intercept"]

    def proba(self, intent: Intent) -> dict[str, float]:
        x = [(self.vocab[k], v) for k, v in intent_features(intent).items() if k in self.vocab]
        logits = [b + sum(row[i] * v for i, v in x) for row, b in zip(self.coef, self.intercept, strict=True)]
        m = max(logits)
        exps = [math.exp(z - m) for z in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def __call__(self, intent: Intent, catalog: Catalog) -> list[tuple[Template, dict[str, float]]]:
        p = self.proba(intent)
        from tapsite_pipeline.design.ranking import rank_templates
        weighted = rank_templates(intent, catalog)  # templates the model never saw keep the spec's order
        order = {t.id: i for i, (t, _) in enumerate(weighted)}
        spec = {t.id: b for t, b in weighted}  # the spec's breakdown stays visible next to the model's say
        ranked = sorted(catalog.templates, key=lambda t: (-p.get(t.id, -1.0), order[t.id]))
        return [(t, {**spec[t.id], "model": round(100 * p.get(t.id, 0.0), 3)}) for t in ranked]


@lru_cache(maxsize=4)
def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: unreadable ({exc}); retrain with `tapsite eval train-templates`") from exc


def model_file() -> Path:
    return Path(os.environ.get(MODEL_ENV) or MODEL_FILE)


def default_matcher(path: Path | None = None) -> str:
    """The recorded choice (`weighted` until a learned model has won a comparison)."""
    return _read(path or model_file()).get("default", "weighted")


def get_ranker(name: str | None = None, path: Path | None = None) -> Ranker:
    path = path or model_file()
    name = name or default_matcher(path)
    if name == "weighted":
        from tapsite_pipeline.design.ranking import rank_templates
        return rank_templates
    if name == "learned":
        model = _read(path).get("model")
        if not model:
            raise ConfigError(f"no learned template model in {path}; run `tapsite eval train-templates`")
        return LinearRanker(model)
    raise ConfigError(f"unknown template matcher {name!r}; use weighted or learned")


def default_ranker(path: Path | None = None) -> Ranker | None:
    """For the design stage: the learned ranker when it is the recorded default, else None (the spec's scorer)."""
    return get_ranker("learned", path) if default_matcher(path) == "learned" else None
