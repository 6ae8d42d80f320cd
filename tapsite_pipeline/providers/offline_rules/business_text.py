"""Does a text read as a description of a business? A learned second opinion for the brief check (sense.py).

The rules of sense.py refuse keyboard mashing, small talk, questions and the genres they name; writing of other kinds
(a recipe, a wedding invitation, a customer's complaint about a shop, a news item about market prices, a neighbour's
donation appeal) can still name goods, prices and places. This model was trained on such writing
(datasets/not_business.jsonl) against the business briefs of every labelled set (evals/business_text_training.py,
scikit-learn) and is scored here from its exported weights (linear_text.py): words and word pairs, TF-IDF, logistic
regression. Off when models/business_text.json is absent.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.linear_text import plain, probability, word_features
from tapsite_pipeline.resources import data_dir

MODEL_NAME = "business_text.json"
MODEL_ENV = "TAPSITE_BUSINESS_TEXT_MODEL"   # another model file (experiments); "off" turns the model off


def features(text: str) -> list[str]:
    """The model's features of one text (the same function trains and scores)."""
    return word_features(plain(text))


@lru_cache(maxsize=4)
def _load(name: str | None) -> dict | None:
    """The model named by TAPSITE_BUSINESS_TEXT_MODEL (a file, or "off"), else the shipped one; read once."""
    if name == "off":
        return None
    path = Path(name) if name else data_dir("models") / MODEL_NAME
    if not path.exists():
        return None
    try:
        model = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        model, why = None, str(exc)
    else:
        missing = sorted({"idf", "coef", "intercept", "threshold"} - set(model)) if isinstance(model, dict) else ["all"]
        why = f"no {', '.join(missing)}" if missing else ""
    if why:
        raise ConfigError(f"{path}: not a business-text model ({why}); retrain it with "
                          "`python scripts/train_business_text.py`")
    return model


def model() -> dict | None:
    """The model's weights, or None when it is off."""
    return _load(os.environ.get(MODEL_ENV))


def not_business_probability(text: str, weights: dict | None = None) -> float | None:
    """How likely the text is writing of another kind than a business description (None: no model)."""
    m = weights or model()
    if m is None:
        return None
    return probability(features(text), m["idf"], m["coef"], m["intercept"])


def reads_as_other_writing(text: str) -> bool:
    """The model is sure the text is not a business description (its threshold was set on dev rows)."""
    m = model()
    p = not_business_probability(text, m) if m else None
    return p is not None and p >= m["threshold"]   # type: ignore[index]
