"""Train the not-a-business text model (providers/offline_rules/business_text.py) and measure it.

Dev rows train; test rows judge. Writing that describes no business: datasets/not_business.jsonl and the page set's
`expect: refuse` rows. Business descriptions: every other row of the labelled brief sets (pages, briefs, briefs_dev2,
policy — a prohibited business is still a business). The threshold is set on out-of-fold dev probabilities, each fold
holding out whole writers' batches and whole genres: above the highest a business brief reached that the brief check
would otherwise have let through, never on test rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tapsite_pipeline.brief import prepared_text
from tapsite_pipeline.resources import data_dir

NOT_BUSINESS_SET = "not_business.jsonl"
BRIEF_SETS = ("pages.jsonl", "briefs.jsonl", "briefs_dev2.jsonl", "policy_briefs.jsonl")
FOLDS = 5
MARGIN = 0.02   # the threshold sits this far above the highest out-of-fold score of a dev business brief


@dataclass
class Row:
    text: str
    other: bool          # writing of another kind, not a business description
    split: str
    source: str
    group: str           # the writer's batch, or the genre of other writing: folds never split one


def labelled_rows(folder: Path | None = None) -> list[Row]:
    """Every row's text as the brief check reads it (brief.prepared_text), labelled."""
    folder = folder or data_dir("datasets")
    rows = []
    for name in (NOT_BUSINESS_SET, *BRIEF_SETS):
        path = folder / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if isinstance(r.get("text"), str):
                other = name == NOT_BUSINESS_SET or r.get("expect") == "refuse"
                group = r.get("genre") or r.get("batch") or r.get("category") or "first"
                rows.append(Row(prepared_text(r["text"]), other, r.get("split", "test"), name, f"{name}:{group}"))
    return rows


def _asked(text: str) -> tuple[bool, bool]:
    """(refused by the brief check's rules already, the model is asked): the model is asked only about a text the
    rules let through that does not name the writer's own trade or offer something with its terms."""
    from tapsite_pipeline.providers.offline_rules import sense
    if sense.rules_verdict(text) is not None:
        return True, False
    return False, not sense.own_business(text)


def train(rows: list[Row]) -> dict:
    """Fit on the dev rows; returns the model as plain weights (what models/business_text.json holds)."""
    from sklearn.model_selection import GroupKFold, cross_val_predict

    from tapsite_pipeline.linear_text import exported, tfidf_logistic
    from tapsite_pipeline.providers.offline_rules.business_text import features

    dev = [r for r in rows if r.split == "dev"]
    texts, y = [r.text for r in dev], [int(r.other) for r in dev]

    def pipeline():
        return tfidf_logistic(features, 10.0)

    # out of group: each fold holds out whole writers' batches and whole genres, as a new writer or genre would be
    oof = cross_val_predict(pipeline(), texts, y, groups=[r.group for r in dev], cv=GroupKFold(FOLDS),
                            method="predict_proba")[:, 1]
    verdicts = [_asked(t) for t in texts]
    asked = [a for _, a in verdicts]
    business = [p for p, label, a in zip(oof, y, asked, strict=True) if a and not label]
    threshold = float(min(0.99, max(0.5, max(business, default=0.0) + MARGIN)))
    weights = exported(pipeline().fit(texts, y))
    other = [(p, a, ruled) for p, label, (ruled, a) in zip(oof, y, verdicts, strict=True) if label]
    return {
        "version": datetime.now(UTC).strftime("business-text-%Y%m%d-%H%M%S"),
        "threshold": round(threshold, 6),
        **weights,
        "trained_on": {"rows": len(dev), "other_writing": sum(y), "business": len(y) - sum(y)},
        "oof_dev": {"other_writing_refused": round(sum(1 for p, a, ruled in other if ruled or (a and p >= threshold))
                                                   / max(1, len(other)), 4),
                    "business_refused": sum(1 for p in business if p >= threshold)},
    }


def evaluate(rows: list[Row]) -> dict:
    """With the shipped model and the rules together (sense.business_check), on test rows: how much writing of other
    kinds is refused, and how many business briefs are, per file (test and all rows)."""
    from tapsite_pipeline.providers.offline_rules.sense import business_check

    refused = {id(r): business_check(r.text) is not None for r in rows}   # each text checked once
    out: dict = {"false_refusals": {}}
    for source in sorted({r.source for r in rows}):
        test_other = [r for r in rows if r.source == source and r.other and r.split == "test"]
        if test_other:
            out[f"refused_{source}_test"] = {"texts": len(test_other), "refused": sum(refused[id(r)] for r in test_other)}
        good = [r for r in rows if r.source == source and not r.other]
        if good:
            test_good = [r for r in good if r.split == "test"]
            out["false_refusals"][source] = {
                "briefs": len(good), "refused": sum(refused[id(r)] for r in good), "test_briefs": len(test_good),
                "test_refused": sum(refused[id(r)] for r in test_good)}
    return out
