"""Price ties: a gold price fact whose text names what the price is for ("nasi kotak Rp 38.000", "200 g Rp 18.000",
"family room IDR 550,000/night") is on the page only when the amount is shown with that item or size: in the same
list item or sentence piece, or on the same card. "Harga: Rp 18.000. Harga: Rp 40.000." holds both numbers and
tells a visitor nothing of which pack costs what; "Prices: IDR 550,000/night" leaves them to guess which room.

Only judged when the brief prices two things or more (one price shown bare can only be that one thing's), the page
shows the amount somewhere (an amount missing is the facts check's "missing") and the gold text names an item or a
size before the amount (words after it say how it is counted or on what terms: "per 24 jam", "min 6 org"). An amount shown anywhere with one of
those words passes: the writer's label may be shorter or longer than the owner's item ("scooter" for "Scooter
rental")."""

from __future__ import annotations

import re

from . import values
from .card_prices import _ITEM_END, _PRICE_WORDS, _SENTENCE_END
from .page import Page
from .text import clip, content_words, token_in

# A size, a weight or a length of time said with the price: "200 g", "1 kg", "500ml", "3x3 m", "90 min"
_SIZE = re.compile(r"(?i)(?<![\w.,])(\d+(?:[.,]\d+)?(?:\s*x\s*\d+(?:[.,]\d+)?)?)\s*"
                   r"(g|gr|gram|kg|kilo|ml|l|ltr|liter|litre|cm|m|oz|ons|min|mins|menit)\b")
# what a price is counted by, never an item: "/night", "per pax", "a day"
_UNIT_AFTER = re.compile(r"(?i)(?:/|\bper\s+|\ba\s+)[a-z]+")


def _ties(label: str) -> tuple[list[str], list[str]]:
    """(item words, sizes) the gold text says before its amount: the item comes first ("nasi kotak Rp 38.000");
    words after the amount say how it is counted or on what terms ("per 24 jam", "min 6 org", "(non AC)")."""
    found = values.prices(label)
    if not found:
        return [], []
    rest = label[:label.find(found[0][0])] if label.find(found[0][0]) >= 0 else ""
    sizes = [f"{m.group(1)} {m.group(2).lower()}" for m in _SIZE.finditer(rest)]
    rest = _UNIT_AFTER.sub(" ", _SIZE.sub(" ", rest))
    words = [w for w in content_words(rest) if len(w) >= 3 and w not in _PRICE_WORDS and not any(c.isdigit() for c in w)]
    return words, sizes


def _pieces(page: Page) -> list[str]:
    """The page's list items and sentence pieces, and each card whole (its title names what its price is for)."""
    out = [f"{c.title}\n{c.body}" for c in page.cards]
    for b in page.blocks:
        for sentence in _SENTENCE_END.split(b.text):
            out += [p for p in _ITEM_END.split(sentence) if p and p.strip()]
    return out


def _said_with(piece: str, words: list[str], sizes: list[str]) -> bool:
    pool = content_words(piece)
    if any(token_in(w, pool) for w in words):
        return True
    initials = "".join(w[:1] for w in piece.lower().split())  # "BST" for "Basic Safety Training"
    if any(2 <= len(w) <= 5 and w in initials for w in words if w.isalpha()):
        return True
    shown = {(m.group(1), m.group(2).lower()[:1]) for m in _SIZE.finditer(piece)}
    return any((s.split()[0], s.split()[1][:1]) in shown for s in sizes)


def untied_prices(page: Page, gold: dict) -> list[str]:
    """Gold price facts whose amount the page shows only apart from the item or size the gold text names."""
    pieces = _pieces(page)
    priced = [(p, {v for _, v in values.prices(p)}) for p in pieces]
    facts = [f for f in gold.get("facts") or [] if isinstance(f, dict) and f.get("kind") == "price" and f.get("text")]
    if len(facts) < 2:
        return []  # one price in the brief: shown bare, it can only be that one thing's
    out = []
    for f in facts:
        label = str(f["text"])
        amounts = {v for _, v in values.prices(label)}
        words, sizes = _ties(label)
        if not amounts or not (words or sizes):
            continue
        holding = [p for p, vs in priced if vs & amounts]
        if holding and not any(_said_with(p, words, sizes) for p in holding):
            out.append(f'price "{clip(label, 50)}" shown without its item or size ("{clip(holding[0].strip(), 50)}")')
    return out
