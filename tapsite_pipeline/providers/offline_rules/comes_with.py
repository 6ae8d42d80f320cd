"""What a product is made of, and what an offering comes with where the owner says so without a colon:

- a package label's ingredients: "Komposisi: tempe, tepung sagu, bawang putih", "Bahan: gula aren, santan",
  "Ingredients: oats, honey" — what the goods are made of, never goods of their own;
- an inclusion cue opening a sentence right after a priced one, its list after it: "Harga 350rb/org. Include jeep,
  guide, tiket masuk.", "Includes race tee, medal, water station." (included_lists.py reads the cue with a colon);
- the brackets right after a fee word and its amount: "Biaya Rp 275.000 (kain mori, canting, malam & makan siang)",
  "HTM 50rb (snack, sertifikat)": what the fee pays for, which the class or the event it is the fee of holds.

The spans are masked out of the offerings (offerings.py) and still reach the page as a fact or note (set_aside.py).
A list that holds an amount of its own is a price list, never masked here; an inclusion cue needs two items or more
("Harga sdh termasuk antar dlm kota" is a note the facts reader keeps)."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .included_lists import unpriced_list
from .package_contents import AMOUNT

# A sentence's opening (pasted lines reach the parser as sentences), then what may stand before its first word.
_OPEN = r"(?:^|[.!?;]\s|\n)[^\w\n]*"
_INGREDIENTS = regrouped(_OPEN + r"(?:komposisi|bahan(?:-bahan|\s+baku)?|ingredients?|kandungan)\s*:[ \t]*"
                         r"(?P<list>[^.!?;\n]+)")
_INCLUDE_LEAD = regrouped(_OPEN + r"(?:(?:harga|biaya|price)\s+)?(?:(?:sudah|sdh|udah|udh|already)\s+)?"
                          r"(?:include[sd]?|including|incl\.?|termasuk|trmsk)\s+(?P<list>[^.!?;:\n]+)")
_FEE_BRACKETS = regrouped(r"\b(?:biaya|harga|htm|fee|price|investasi|tarif|tiket|ticket)\s*:?\s*" + AMOUNT +
                          r"(?:\s*/\s*[a-z]+)?\s*\((?P<list>[^()\n]{3,120})\)")
_AMOUNT = regrouped(AMOUNT)
_SENTENCE_END = regrouped(r"[.!?;]\s|\n")


def _after_price(lower: str, at: int) -> bool:
    """Does the sentence before the cue say a price ("Harga 350rb/org. Include jeep, guide")? Then the cue says what
    the price pays for; opening a brief or after a sentence with no price, "Termasuk cuci AC, isi freon" may list the
    services themselves."""
    window = lower[max(0, at - 200):at]  # (a stop inside an amount, "IDR 120.000", ends no sentence)
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return bool(_AMOUNT.search(window[ends[-1] if ends else 0:] + " "))


def comes_with_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of what a product is made of and of what an offering comes with (the module's doc)."""
    spans: list[tuple[int, int]] = []
    if ":" in lower:
        spans += [m.span("list") for m in _INGREDIENTS.finditer(lower) if not _AMOUNT.search(m.group("list"))]
    if "incl" in lower or "termasuk" in lower or "trmsk" in lower:
        spans += [m.span("list") for m in _INCLUDE_LEAD.finditer(lower)
                  if unpriced_list(m.group("list")) and _after_price(lower, m.start())]
    if "(" in lower:
        spans += [m.span("list") for m in _FEE_BRACKETS.finditer(lower)
                  if unpriced_list(m.group("list"))]
    return spans
