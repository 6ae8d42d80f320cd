"""The offline prohibited-business classifier: TF-IDF features + logistic regression, scored in pure Python
(linear_text.py).

Trained by policy/training.py (scikit-learn) on datasets/policy_briefs.jsonl plus the legitimate
briefs of the other labelled sets, and exported as plain weights (models/policy_classifier.json), so
scoring a brief needs neither scikit-learn nor pickle and takes microseconds.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.linear_text import char_features, probability, word_features
from tapsite_pipeline.policy.lexicon import contexts, hits, normalise
from tapsite_pipeline.resources import data_dir

MODEL_FILE = data_dir("models") / "policy_classifier.json"
MODEL_ENV = "TAPSITE_POLICY_MODEL"   # another model file (experiments)


def features(text: str) -> list[str]:
    """The classifier's features of one brief (the same function trains and scores)."""
    t = normalise(text)
    out = word_features(t) + char_features(t)
    found, ctx = hits(t), contexts(t)
    out += [f"lex:{cat}" for cat in found] + [f"ctx:{c}" for c in ctx]
    out += [f"lex:{cat}+ctx:{c}" for cat in found for c in ctx]
    if not ctx:   # a hit nothing explains away (no toy, no rehab, no licence, no food name)
        out += [f"bare:{cat}" for cat in found] + ["bare:any"] * min(3, sum(len(v) for v in found.values()))
    return out


@dataclass
class Score:
    probability: float
    category: str | None          # the lexicon category that best explains a high score
    terms: list[str]


class PolicyClassifier:
    def __init__(self, model: dict):
        self.idf: dict[str, float] = model["idf"]
        self.coef: dict[str, float] = model["coef"]
        self.intercept: float = model["intercept"]
        self.threshold: float = model["threshold"]
        self.version: str = model.get("version", "unknown")

    def score(self, text: str) -> Score:
        p = probability(features(text), self.idf, self.coef, self.intercept)
        found = hits(normalise(text))
        category = max(found, key=lambda c: (c != "other", sum(max(0.0, self._weight(t)) for t in found[c]),
                                             len(found[c]))) if found else None
        return Score(p, category, [t for ts in found.values() for t in ts])

    def _weight(self, term: str) -> float:
        """How much the model learned a lexicon term points to a prohibited business."""
        words = term.split()
        return self.coef.get(f"w:{words[0]}" if len(words) == 1 else f"b:{words[0]}_{words[1]}", 0.0)


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> PolicyClassifier:
    try:
        return PolicyClassifier(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"{path}: not a policy model ({exc}); retrain it with "
                          "`python scripts/train_policy.py`") from exc


def load_classifier(path: str | os.PathLike | None = None) -> PolicyClassifier:
    p = Path(path or os.environ.get(MODEL_ENV) or MODEL_FILE)
    if not p.exists():
        raise ConfigError(f"{p} is missing: train the policy model with `python scripts/train_policy.py`")
    return _load(str(p), p.stat().st_mtime)
