"""What a price keeps with it when the line it is said on gives it more than the words just before it
(price_subject.py): the count of a quotation ("Nasi kotak — 150 kotak × Rp 38.000" is Rp 38.000 a box for 150
boxes, never a price of "150 kotak"), the size on a package label ("Netto 200 g · Rp 18.000": the price of 200 g,
never of "netto"), and the clause a bare price closes ("we deliver all over town, 20k flat": the delivery's price).
Read by the fact reader (facts.py) for each price, after amounts.extra_said.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from ...models import Fact
from .amounts import extra_said as _extra_said
from .price_subject import price_subject

# A count, maybe with what it counts, then a times sign or an "@" right before the price: "150 kotak × Rp 38.000",
# "150 × Rp 15.000", "40 pcs @ 12rb", "2 x 50rb" (the "x" set apart by spaces: "4x pertemuan" is a count of sessions)
_TIMES = regrouped(r"(?:^|(?<=[\s—–:(-]))(\d{1,5})(?:\s+([a-z]{2,12}))?\s*(?:×|\s@|@|(?<=\s)x(?=\s))\s*\Z")
# The word a package label puts before its weight or volume: "Netto 200 g", "Berat bersih 1 kg", "Isi 500 ml"
_SIZE_LABEL = regrouped(r"(?:netto|neto|nett|net(?:\s+(?:wt\.?|weight))?|berat(?:\s+bersih)?|isi(?:\s+bersih)?|"
                        r"volume|weight)\s+(?=\d)")
# A size said alone before its price on a label or a list, set apart by a comma or a dot: "500 g · Rp 40.000",
# "Netto 200 g · Rp 18.000", "1 kg, 75rb" (what the price is for, never a bare price beside another)
_SIZE_BEFORE = regrouped(r"(?:^|[.;!?\n,]|\s-)\s*(?:netto|neto|nett|net|berat|isi|size|ukuran)?\s*"
                         r"(\d+(?:[.,]\d+)?\s*(?:g|gr|gram|kg|ml|l|ltr|liter|lt|oz|ons|cl))\s*[,-]?\s*\Z")
# The next item of a list set apart by slashes, read as the unit of the price before it: "Samsung from 450k / iPhone
# 11 from 1.1jt" (the iPhone has its own price; the price reader keeps its span, so it is no card of its own)
_NEXT_ITEM = regrouped(r"\s+/\s+[a-z][\w-]*\Z")
_ITS_PRICE = regrouped(r"(?:\s+[a-z0-9][\w-]*){0,3}?\s+(?:(?:from|mulai|start(?:ing)?\s+(?:from|at))\s+)?"
                       r"(?:rp\.?\s*|idr\s*)?\d[\d.,]*\s*(?:k|rb|ribu|jt|juta)\b")
# A number that names the model or the package priced, said after its word: "iPhone 11 from 1.1jt", "Paket 2 250rb",
# "Tipe 36 mulai 350jt" (never a count: "kopi susu 2 30rb" is two cups)
_NUMBERED = regrouped(r"(?:^|(?<=[\s,;:/(-]))([a-z][\w-]*)\s+(\d{1,3})\s+(?:(?:from|mulai|start(?:ing)?\s+(?:from|at))\s+)?\Z")
_NUMBERING_WORDS = frozenset("paket pkt package tipe type model seri series level lvl menu combo kelas class no nomor".split())
_CAMEL = regrouped(r"[a-z][A-Z]")
# The price of a delivery, said after it in the same sentence with no item of its own: "we deliver all over Denpasar
# & Sanur, 20k flat", "bisa antar se-Kota Malang, 10rb aja"
_DELIVERY_CLAUSE = regrouped(r"\b(?:deliver(?:y|ies|ed|s)?|shipping|antar|kirim|pengiriman|ongkir|ongkos\s+kirim)\b"
                             r"[^.;!?\n]{0,60},\s*\Z")
_DELIVERY_WORD = {"id": "ongkir", "en": "delivery"}
# The thing a bare price is for, said as what it has in the clause before: "our family room has a kitchenette, IDR
# 550,000/night", "kamar keluarga kami ada dapur kecil, 550rb/malam" (the room, never the kitchenette)
_HAS_BEFORE = regrouped(r"(?:\b(?:our|the|my)\s+([a-z][a-z' -]{2,30}?)\s+(?:has|have|comes\s+with|includes?)\b|"
                        r"(?:^|[.;!?\n:-]\s*)([a-z][a-z' -]{2,30}?)\s+(?:kami|kita)\s+(?:ada|punya|dilengkapi|pakai))"
                        r"[^.,;!?\n\d]{0,50},\s*\Z")


# A note that is only the count and the price of a quotation line ("150 kotak x Rp 38.000", "150 x"): the price
# says both already
_COUNT_NOTE = regrouped(r"(?i)\d{1,5}(?:\s+[a-z]{2,12})?\s*(?:x|@)(?:\s*(?:rp\.?\s*|idr\s*)?\d[\d.,]*\s*(?:k|rb|ribu|jt|juta)?)?")
_COUNTED_PRICE = regrouped(r"(?:/[\w-]+ \(|× )(\d{1,5})")


def counts_said(facts: list[Fact]) -> list[Fact]:
    """The notes left of a quotation's lines once each price keeps its count: a note of only a count and a price
    that a price fact holds both of is the same thing said twice (read last by notes_once.said_once)."""
    counted = {m.group(1) for f in facts if f.kind == "price" and (m := _COUNTED_PRICE.search(f.value))}
    if not counted:
        return facts
    prices = " ".join(f.value for f in facts if f.kind == "price")
    return [f for f in facts if not (f.kind == "note" and _COUNT_NOTE.fullmatch(f.value.strip())
                                     and all(n in prices for n in f.value.replace("x", " ").split() if n[:1].isdigit()))]


def extra_said(text: str, lower: str, at: int, raw: str, subject: str) -> tuple[str, str]:
    """A price's words and what it is for (amounts.extra_said), with the count of a quotation, the size of a
    package and the delivery a bare price closes kept with it."""
    raw, subject = _extra_said(text, lower, at, raw, subject)
    if text.startswith(raw, at) and (slash := _NEXT_ITEM.search(raw.lower())) and _ITS_PRICE.match(lower, at + len(raw)):
        raw = raw[:slash.start()]
    window = max(0, at - 24)
    if (times := _TIMES.search(lower, window, at)) and raw[:1] not in "+":
        count, unit = times.group(1), times.group(2)
        unit_said = text[times.start(2):times.end(2)] if unit else ""
        item = price_subject(lower, times.start())
        if unit_said:
            return f"{raw.rstrip(' ,.;')}/{unit_said} ({count} {unit_said})", item
        return f"{raw.rstrip(' ,.;')} × {count}", item
    if (num := _NUMBERED.search(lower, window, at)) and subject in ("", num.group(1)) and (
            num.group(1) in _NUMBERING_WORDS or _CAMEL.search(text, num.start(1), num.end(1))):
        return raw, text[num.start(1):num.end(2)]  # ("paket 2", never a bare price beside "paket 1")
    if subject and (label := _SIZE_LABEL.match(subject)) and label.end() < len(subject):
        return raw, subject[label.end():]  # "netto 200 g" → "200 g": the size is what the price is for
    if not subject and (size := _SIZE_BEFORE.search(lower, max(0, at - 30), at)):
        return raw, text[size.start(1):size.end(1)]
    if not subject and (has := _HAS_BEFORE.search(lower, max(0, at - 90), at)):
        start, end = has.span(1) if has.group(1) else has.span(2)
        if len(text[start:end].split()) <= 4:
            return raw, text[start:end].strip()
    if not subject and (said := _DELIVERY_CLAUSE.search(lower, max(0, at - 90), at)):
        return raw, _DELIVERY_WORD["en" if said.group(0).startswith(("deliver", "shipping")) else "id"]
    return raw, subject
