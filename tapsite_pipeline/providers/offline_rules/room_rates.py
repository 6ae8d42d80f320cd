"""Rooms said with their rate: "our family room has a kitchenette, IDR 550,000/night", "Standard double is IDR
325,000 with breakfast", "kamar deluxe 350rb/malam". A guesthouse answering a question or listing its rates names
each kind of room it lets there, often nowhere else: each kind is an offering."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .offer_words import MASK

_STAY = r"(?:rooms?|double|twin|single|suites?|dorms?|bungalows?|cottages?|cabins?|villas?|glamping\s+tents?)"
# up to three words ending on a kind of stay (or "kamar" and its kind), then within
# the sentence and before any other amount, its rate
_ROOM_RATE = regrouped(rf"(?<![a-z])"
                       rf"((?:[a-z]+\s+){{0,2}}?{_STAY}|kamar\s+[a-z]+(?:\s+[a-z]+)?)\b"
                       r"(?:(?!rp|idr|\d[\d.,]*\s*(?:k|rb|ribu|jt|juta)\b)[^.!?;\n]){0,40}?(?:rp\.?|idr)\s*\d|"
                       rf"(?:^|(?<=[.!?;:,\n]))\s*(kamar\s+[a-z]+(?:\s+[a-z]+)?)\s+\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)\b")
_LEAD = frozenset("our the a an each every yes ya and dan or atau with per all semua".split())
# a stay word alone names no kind; nor do these ("the rooms", "per room", "extra bed")
_NO_KIND = frozenset("room rooms kamar per extra price rate rates harga tarif".split())


# what makes "double" or "single" a room: the brief speaks of a stay ("single origin IDR 85k" is coffee)
_STAY_CUE = regrouped(r"\b(?:nights?|malam|rooms?|kamar|guest\s*house|guests|homestay|hostel|hotel|inn|lodge|stay|"
                      r"menginap|penginapan|check-?in|breakfast|sarapan)\b")


def room_rates(lower: str, text: str) -> list[str]:
    """Each kind of room the brief names before its own rate, in its order, in a brief about a stay."""
    out: list[str] = []
    if not _STAY_CUE.search(lower):
        return out
    for m in _ROOM_RATE.finditer(lower):
        group = 1 if m.group(1) else 2
        words = m.group(group).split()
        while words and words[0] in _LEAD:
            words = words[1:]
        if not words or MASK in text[m.start(group):m.end(group)] or all(w in _NO_KIND for w in words) \
                or any(w in _NO_KIND - {"room", "rooms", "kamar"} for w in words):
            continue
        item = " ".join(words)
        if item not in out:
            out.append(item)
    return out
