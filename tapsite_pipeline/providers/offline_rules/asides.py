"""Phrases the list readers bring from what the owner says beside the goods, not of them: the makes of resold goods
named in brackets after them, and how many a class or a room takes.

- "semen (Tiga Roda & Holcim), seng, triplek": the capitalised names in the brackets after the goods are the makes the
  shop stocks of them, not goods of their own; the goods word before the brackets is the card. (Kinds the lexicons
  know, "beans (Arabica & Robusta)", or written in lower case, "bibit buah (alpukat, durian)", stay cards.)
- "kuota 10 peserta per angkatan", "kapasitas 200 orang": a capacity word said with a count is a fact of the
  notes. Alone in a list of goods ("pulsa, kuota, token listrik") the word is the goods.
- "mural & lukis dinding | kafe • sekolah • kamar anak": a piece of a list of premises is where the work is done,
  as the other pieces are, not a card.
- "nenek saya dulu jualan gorengan keliling, sekarang kami buka warung soto": what was sold in the past is the
  story's, not a card (the notes and the about text still tell it). Only goods said right after the past and the
  offer verb go; the owner's story is otherwise read as ever.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.written_case import is_cased

from .heads import heads, norm
from .lexicon import KEYWORDS
from .not_cards import _PREMISES_FIRST, _PREMISES_LAST
from .roles import PLACE, known_word

# A word of the past and an offer verb, then the goods (at most two words between): "dulu jualan", "dulunya
# berdagang", "pernah jual", "used to sell".
_PAST_SELLING = regrouped(r"\b(?:dulu(?:nya)?|dahulu(?:nya)?|pernah|tadinya|used\s+to)\s+(?:\w+\s+)?(?:jualan|jual|menjual|"
                          r"dagang|berdagang|sell|selling)\b")
_SOLD_THEN = regrouped(_PAST_SELLING.pattern + r"\s+(?:[\w-]+\s+){0,2}\Z")
# A list of where the work is done: its pieces are joined by bullets, commas, slashes or "&"/"dan", and the
# segment it stands in ends at a bar, a line, a stop, a colon or a bracket.
_PREMISES = _PREMISES_FIRST | _PREMISES_LAST
_SEGMENT_ENDS = "|\n.:;!?()"
_PIECE_JOIN = regrouped(r"\s*(?:[•·,/&+]|\bdan\b|\band\b|\batau\b|\bor\b)\s*")
_CAPACITY = frozenset("kuota kapasitas quota capacity".split())
_COUNT_AFTER = regrouped(r"\s*(?::\s*)?(?:(?:max|maks|maksimal|maximum|hanya|cuma|up\s+to|sampai|s/d)\.?\s*)?\d")
# a bracket of names after a goods word: "(Tonasa & Conch)", "(Semen Gresik, Holcim)"
_BRACKET = regrouped(r"[\w'-]+\s*\(([^()]{1,80})\)")
_JOIN = regrouped(r"\s*(?:,|&|/|\+|\bdan\b|\band\b|\bserta\b|\bsama\b|\bor\b|\batau\b)\s*", re.I)


def _capacity_said(item: str, lower: str) -> bool:
    if item not in _CAPACITY:
        return False
    at = lower.find(item)
    while at >= 0:
        if not (at and lower[at - 1].isalnum()) and _COUNT_AFTER.match(lower, at + len(item)):
            return True
        at = lower.find(item, at + 1)
    return False


def _known(piece: str) -> bool:
    """A word the lexicons know names a kind of goods ("Arabica", "Makeup"), not a make."""
    return piece in KEYWORDS or norm(piece) in heads() or any(known_word(w) for w in piece.split())


def _makes_in_brackets(text: str) -> set[str]:
    """The lower-cased names each bracket after a word holds, where every piece is written capitalised and is no
    word the lexicons know."""
    out: set[str] = set()
    for m in _BRACKET.finditer(text):
        pieces = [p.strip() for p in _JOIN.split(m.group(1)) if p.strip()]
        if pieces and all(p[:1].isupper() and not any(c.isdigit() for c in p) and len(p.split()) <= 3
                          and not _known(p.lower()) for p in pieces):
            out |= {p.lower() for p in pieces}
    return out


def _sold_then(item: str, lower: str) -> bool:
    """Every time the brief says the item, a word of the past and an offer verb stand right before it ("opung boru
    saya dulu jualan ikan asin keliling", "my dad used to sell kites"): what was sold then, not today."""
    at, seen = lower.find(item), False
    while at >= 0:
        if not _SOLD_THEN.search(lower, max(0, at - 40), at):
            return False
        seen, at = True, lower.find(item, at + 1)
    return seen


def _among_premises(item: str, lower: str) -> bool:
    """The item is one piece of a list whose other pieces, two or more, are all premises ("mural & lukis dinding |
    kafe • sekolah • kamar anak"): where the work is done, as they are."""
    at = lower.find(item)
    if at < 0:
        return False
    start = max(lower.rfind(c, 0, at) for c in _SEGMENT_ENDS) + 1
    ends = [e for c in _SEGMENT_ENDS if (e := lower.find(c, at + len(item))) >= 0]
    pieces = [p.strip() for p in _PIECE_JOIN.split(lower[start:min(ends, default=len(lower))]) if p.strip()]
    others = [p for p in pieces if p != item]
    return item in pieces and len(others) >= 2 and all(p in PLACE or p in _PREMISES for p in others)


def asides_dropped(items: list[str], lower: str, text: str) -> list[str]:
    """The items without the makes in brackets, the capacity words said with a count and the goods sold in the past
    (see the module doc)."""
    makes = _makes_in_brackets(text) if "(" in text and len(items) > 1 and is_cased(text) else set()
    then = len(items) > 1 and bool(_PAST_SELLING.search(lower))
    listed = len(items) > 1 and ("•" in lower or "·" in lower or "," in lower)
    kept = [i for i in items if i not in makes and not _capacity_said(i, lower) and not (then and _sold_then(i, lower))
            and not (listed and _among_premises(i, lower))]
    return kept or items
