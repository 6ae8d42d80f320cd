"""A programme named by the kind of business that runs it and the one school level it is for: "bimbel SMP",
"bimbel SD kelas 4-6". Alone, "bimbel SD" describes the business (a tutoring centre for primary pupils); sold
apart, with an amount of its own or beside another level under the same head ("bimbel SD 250rb/bln, bimbel SMP
300rb/bln"), each is a programme the business sells, a card of its own (read by offer_reader.py; offer_collector.py
lets such a phrase of a list through)."""

from __future__ import annotations

import re
from typing import Protocol

from tapsite_pipeline.fastre import fast

from .price_list import MONEY

# the heads that name both the business and what it teaches ("bimbel": a tutoring centre, and tutoring)
_PROGRAMME_HEADS = frozenset(("bimbel",))
_GRADES = r"kelas\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
_ONE_LEVEL = fast(rf"(?:(?:paud|tk|sd|smp|sma|smk)(?:\s+{_GRADES})?|{_GRADES})")
_GRADES_AFTER = fast(rf"(?:\s+{_GRADES})?\s+")  # "bimbel SD [kelas 4-6] 250rb": the grades may stand between


class _Said(Protocol):
    lower: str
    amounts: list[tuple[int, int]]


def head_and_level(item: str) -> bool:
    """A head of _PROGRAMME_HEADS and one school level after it, nothing else ("bimbel smp", "bimbel sd kelas 4-6")."""
    head, _, rest = item.partition(" ")
    return head in _PROGRAMME_HEADS and bool(_ONE_LEVEL.fullmatch(rest))


def _priced(item: str, said: _Said) -> bool:
    """Is the phrase said right before an amount of money of its own (its grades may stand between)?"""
    if not said.amounts:
        return False
    starts = {p for p, q in said.amounts if MONEY.search(said.lower, p, q)}
    words = r"\s+".join(re.escape(w).replace("\\-", "[-–]").replace("-", "[-–]") for w in item.split())
    for m in re.finditer(rf"(?<![\w-]){words}(?![\w-])", said.lower):
        gap = _GRADES_AFTER.match(said.lower, m.end())
        if gap and gap.end() in starts:
            return True
    return False


def programme_sold(item: str, pieces: list[str], said: _Said) -> bool:
    """Is `item` (one cleaned piece of a list, of `pieces`) a programme by level sold apart: said with its own
    amount, or beside another piece that names a level under the same head?"""
    if not head_and_level(item):
        return False
    head = item.split(" ", 1)[0]
    return _priced(item, said) or sum(
        1 for p in pieces if head_and_level(" ".join(p.split())) and p.split()[0] == head) >= 2
