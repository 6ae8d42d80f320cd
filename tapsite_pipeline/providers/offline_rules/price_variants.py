"""Variants told apart by a quality word: "abon tuna original Rp45.000, abon tuna pedas Rp47.000". The price's subject
drops a quality word said last ("nasi box enak 25rb" is for "nasi box"), which leaves two amounts said of one "abon
tuna": the card "Abon Tuna Pedas" would show the original's price, and the other amount no card. When two prices of a
brief read one subject with different amounts, the quality word said between each subject and its amount is kept:
it is what tells the variants apart."""

from __future__ import annotations

import re

from ...models import Fact
from .roles import QUALIFIER

_CLAUSE_START = re.compile(r"[,;:!?\n]|\.(?!\d)")


def _with_variant(f: Fact, lower: str, start: int) -> tuple[Fact, int]:
    """The fact with the quality words said between its subject and its amount, and where its amount is said."""
    pos = lower.find(f.value.lower(), start)
    if pos < 0:
        return f, start
    clause = lower[max((m.end() for m in _CLAUSE_START.finditer(lower, 0, pos)), default=0):pos]
    words, subject = clause.split(), f.subject.lower().split()
    at = next((i for i in range(len(words) - len(subject), -1, -1) if words[i:i + len(subject)] == subject), None)
    tail = words[at + len(subject):] if at is not None else []
    if tail and len(tail) <= 2 and all(w in QUALIFIER for w in tail):
        return f.model_copy(update={"subject": f"{f.subject} {' '.join(tail)}"[:60]}), pos + len(f.value)
    return f, pos + len(f.value)


def variant_subjects(facts: list[Fact], lower: str) -> list[Fact]:
    """Price facts whose subjects only a dropped quality word told apart, with it back."""
    prices = [f for f in facts if f.kind == "price" and f.subject]
    values: dict[str, set[str]] = {}
    for f in prices:
        values.setdefault(f.subject.lower(), set()).add(f.value)
    shared = {s for s, v in values.items() if len(v) >= 2}
    if not shared:
        return facts
    out, start, told = [], 0, []
    for f in facts:
        if f.kind == "price" and f.subject.lower() in shared:
            f, start = _with_variant(f, lower, start)
            told.append(f.subject.lower())
        out.append(f)
    # only when every variant is told apart: one named, the other not, would still leave the others' price unowned
    return out if len(told) == len(set(told)) else facts
