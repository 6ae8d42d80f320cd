"""Text classifiers trained offline with scikit-learn (TfidfVectorizer with sublinear tf, then logistic regression)
and scored here in pure Python from their exported weights, so scoring needs neither scikit-learn nor pickle.

Used by the content policy's prohibited-business model (policy/classifier.py) and the brief check's
not-a-business model (providers/offline_rules/business_text.py).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

_WORDS = re.compile(r"[a-z0-9]+")


def plain(text: str) -> str:
    """Lower case, no accents, only letters and digits, one space between words."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(_WORDS.findall(t))


def word_features(normalised: str) -> list[str]:
    """Words and word pairs of a normalised text (lower case, one space between words)."""
    words = normalised.split()
    return [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in pairwise(words)]


def char_features(normalised: str) -> list[str]:
    """Character 3-, 4- and 5-grams of each word, padded with a space on both sides."""
    out = []
    for w in normalised.split():
        padded = f" {w} "
        for n in (3, 4, 5):
            out += [f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    return out


def probability(feats: Iterable[str], idf: dict[str, float], coef: dict[str, float], intercept: float) -> float:
    """The logistic model's probability for a text's features, weighted as TfidfVectorizer(sublinear_tf=True) with
    its L2 norm weights them (features the vectorizer never saw are dropped, as it drops them)."""
    counts = Counter(f for f in feats if f in idf)
    weights = {f: (1 + math.log(c)) * idf[f] for f, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    z = intercept + sum(v / norm * coef.get(f, 0.0) for f, v in weights.items())
    return 1 / (1 + math.exp(-z)) if z > -700 else 0.0


def tfidf_logistic(analyzer, c: float):   # noqa: ANN001, ANN201 (scikit-learn is imported only to train)
    """The pipeline both trainers fit: TF-IDF (sublinear tf, features seen at least twice) then a balanced logistic
    regression; what `probability` scores once `exported`."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    return make_pipeline(TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=2),
                         LogisticRegression(C=c, class_weight="balanced", max_iter=5000))


def exported(fitted) -> dict:   # noqa: ANN001
    """A fitted `tfidf_logistic` pipeline as the plain weights `probability` reads (JSON-ready)."""
    vec, lr = fitted.steps[0][1], fitted.steps[1][1]
    names = vec.get_feature_names_out()
    return {"intercept": float(lr.intercept_[0]),
            "idf": {n: round(float(v), 5) for n, v in zip(names, vec.idf_, strict=True)},
            "coef": {n: round(float(c), 5) for n, c in zip(names, lr.coef_[0], strict=True) if abs(c) >= 1e-4}}
