"""Train the offline policy classifier and measure it: dev rows train, test rows and every legitimate brief judge.

Training data: datasets/policy_briefs.jsonl (prohibited businesses, hard negatives, ordinary shops) plus
the dev split of every other labelled set (legitimate businesses). The decision threshold is chosen on
out-of-fold dev probabilities, never on test rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tapsite_pipeline.policy.classifier import PolicyClassifier, features
from tapsite_pipeline.resources import data_dir

POLICY_SET = "policy_briefs.jsonl"
# Conversations, not a set of distinct briefs: refine.jsonl repeats 24 site briefs across 195 edit requests
# (counting them would weigh those 24 sites eight times over in training and in the false-refusal rate).
NOT_BRIEF_SETS = {"refine.jsonl", "not_business.jsonl"}   # the second: writing that describes no business
MAX_FALSE_REFUSALS_DEV = 0.005   # the threshold keeps out-of-fold false refusals at or under this on dev


@dataclass
class Row:
    text: str
    prohibited: bool
    split: str
    source: str
    hard_negative: bool = False


def labelled_rows(folder: Path | None = None) -> list[Row]:
    """Every labelled brief in datasets/*.jsonl: the policy set as labelled, every other set as legitimate."""
    folder = folder or data_dir("datasets")
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.name in NOT_BRIEF_SETS:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if not isinstance(r.get("text"), str):
                continue
            if path.name == POLICY_SET:
                rows.append(Row(r["text"], r["label"] == "prohibited", r["split"], path.name, r["hard_negative"]))
            else:
                rows.append(Row(r["text"], False, r.get("split", "test"), path.name))
    return rows


def train(rows: list[Row]) -> dict:
    """Fit on the dev rows; returns the model as plain weights (what models/policy_classifier.json holds)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    from tapsite_pipeline.linear_text import exported, tfidf_logistic

    dev = [r for r in rows if r.split == "dev"]
    texts, y = [r.text for r in dev], [int(r.prohibited) for r in dev]

    def pipeline():
        return tfidf_logistic(features, 30.0)

    oof = cross_val_predict(pipeline(), texts, y, cv=StratifiedKFold(5, shuffle=True, random_state=15),
                            method="predict_proba")[:, 1]
    legit = sorted(p for p, label in zip(oof, y, strict=True) if not label)
    allowed_fp = int(MAX_FALSE_REFUSALS_DEV * len(legit))
    threshold = float(max(0.5, legit[-(allowed_fp + 1)] + 1e-6))   # just above the highest legit score kept
    weights = exported(pipeline().fit(texts, y))
    return {
        "version": datetime.now(UTC).strftime("policy-%Y%m%d-%H%M%S"),
        "threshold": round(threshold, 6),
        **weights,
        "trained_on": {"rows": len(dev), "prohibited": sum(y), "legitimate": len(y) - sum(y)},
        "oof_dev": {"recall": round(sum(1 for p, label in zip(oof, y, strict=True) if label and p >= threshold) / max(1, sum(y)), 4),
                    "false_refusals": round(sum(1 for p, label in zip(oof, y, strict=True) if not label and p >= threshold)
                                            / max(1, len(y) - sum(y)), 4)},
    }


def evaluate(clf: PolicyClassifier, rows: list[Row]) -> dict:
    """Refusal rate on held-out prohibited briefs; false refusals per labelled file (test and all rows)."""
    def refused(r: Row) -> bool:
        return clf.score(r.text).probability >= clf.threshold

    test_bad = [r for r in rows if r.prohibited and r.split == "test"]
    out = {"heldout_prohibited": len(test_bad),
           "heldout_refusal_rate": round(sum(map(refused, test_bad)) / max(1, len(test_bad)), 4),
           "missed": [r.text for r in test_bad if not refused(r)], "false_refusals": {}}
    for source in sorted({r.source for r in rows}):
        good = [r for r in rows if r.source == source and not r.prohibited]
        test_good = [r for r in good if r.split == "test"]
        wrong = [r.text for r in good if refused(r)]
        out["false_refusals"][source] = {
            "briefs": len(good), "refused": len(wrong), "rate": round(len(wrong) / max(1, len(good)), 4),
            "test_briefs": len(test_good), "test_rate": round(sum(map(refused, test_good)) / max(1, len(test_good)), 4),
            "examples": wrong[:5]}
    all_good = [r for r in rows if not r.prohibited]
    out["false_refusal_rate_all"] = round(sum(map(refused, all_good)) / max(1, len(all_good)), 4)
    hard = [r for r in rows if r.hard_negative and r.split == "test"]
    out["hard_negatives_test"] = {"briefs": len(hard), "refused": sum(map(refused, hard))}
    return out
