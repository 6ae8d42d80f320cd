"""Phrases the list readers bring from what the owner says beside the goods, not of them: how many a class or a room
takes and where the work is done.

- "kuota 10 peserta per angkatan", "kapasitas 200 orang": a capacity word said with a count is a fact of the
  notes. Alone in a list of goods ("pulsa, kuota, token listrik") the word is the goods.
- "mural & lukis dinding | kafe • sekolah • kamar anak": a piece of a list of premises is where the work is done,
  as the other pieces are, not a card.

What the owner sold in the past is past_trades.py's (read with the offering rules' other spans of what is not offered).

The capitalised makes in brackets after resold goods ("semen (Tonasa & Conch)") stay cards: other writers label such
makes as offerings ("royal canin"), and dropping them lowered products F1 on two held-out batches.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped

from .beside_goods import beside_goods
from .not_cards import _PREMISES_FIRST, _PREMISES_LAST
from .roles import PLACE

# A list of where the work is done: its pieces are joined by bullets, commas, slashes or "&"/"dan", and the
# segment it stands in ends at a bar, a line, a stop, a colon or a bracket.
_PREMISES = _PREMISES_FIRST | _PREMISES_LAST
_SEGMENT_ENDS = "|\n.:;!?()"
_SEGMENT_END = regrouped(r"[|\n.:;!?()]")
_PIECE_JOIN = regrouped(r"\s*(?:[•·,/&+]|\bdan\b|\band\b|\batau\b|\bor\b)\s*")
_CAPACITY = frozenset("kuota kapasitas quota capacity".split())
_COUNT_AFTER = regrouped(r"\s*(?::\s*)?(?:(?:max|maks|maksimal|maximum|hanya|cuma|up\s+to|sampai|s/d)\.?\s*)?\d")


def _capacity_said(item: str, lower: str) -> bool:
    if item not in _CAPACITY:
        return False
    at = lower.find(item)
    while at >= 0:
        if not (at and lower[at - 1].isalnum()) and _COUNT_AFTER.match(lower, at + len(item)):
            return True
        at = lower.find(item, at + 1)
    return False


def _among_premises(item: str, lower: str) -> bool:
    """The item is one piece of a list whose other pieces, two or more, are all premises ("mural & lukis dinding |
    kafe • sekolah • kamar anak"): where the work is done, as they are. (The segment is the one the item's first
    mention stands in, between two of _SEGMENT_ENDS.)"""
    at = lower.find(item)
    if at < 0:
        return False
    bounds = _bounds(lower)
    k = bisect_left(bounds, at)
    start = bounds[k - 1] + 1 if k else 0
    j = bisect_left(bounds, at + len(item), k)
    pieces = _pieces(lower, start, bounds[j] if j < len(bounds) else len(lower))
    others = [p for p in pieces if p != item]
    return item in pieces and len(others) >= 2 and all(p in PLACE or p in _PREMISES for p in others)


# Every item of a brief asks for the segment it stands in: the segments' ends and pieces are found once a brief.
@lru_cache(maxsize=64)
def _bounds(lower: str) -> list[int]:
    return [m.start() for m in _SEGMENT_END.finditer(lower)]


@lru_cache(maxsize=512)
def _pieces(lower: str, start: int, end: int) -> tuple[str, ...]:
    return tuple(p.strip() for p in _PIECE_JOIN.split(lower[start:end]) if p.strip())


def asides_dropped(items: list[str], lower: str) -> list[str]:
    """The items without the capacity words said with a count, the pieces of a list of premises (see the module
    doc) and the frame's phrases of beside_goods.py (a family member's job, a letter's close, a floor)."""
    listed = len(items) > 1 and ("•" in lower or "·" in lower or "," in lower)
    kept = [i for i in items if not _capacity_said(i, lower)
            and not (listed and _among_premises(i, lower)) and not beside_goods(i, lower)]
    return kept or items
