"""A name set off by its capitals alone: "BENGKEL LAS KARYA BAJA Melayani Pembuatan Pagar, …", "DAPUR NENEK jual
rendang …". A brief of capitals and Title Case reads as uncased (its capitals say nothing word by word), but the
owner wrote the opening run in capitals and went on in another case: where the case changes, the name ends.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .brand_words import STOP

# The opening run: two to six words in capitals (letters, digits, "&", "'", "."), then a word with a lower-case
# letter on the same line.
_GREETING = frozenset("halo hallo hai hi hello hey assalamualaikum selamat pagi siang sore malam permisi punten salam "
                      "semua dear yth kepada".split())
_OPENING = regrouped(r"[ \t]*((?:[A-Z0-9][A-Z0-9&'.]*[ \t]+){1,5}[A-Z0-9][A-Z0-9&'.]*)(?=[ \t]+[A-Za-z]*[a-z])")


def caps_opening(text: str) -> tuple[str, int, int] | None:
    """The opening run of capitals the brief goes on from in another case, or None."""
    m = _OPENING.match(text)
    if not m or text.isupper():
        return None
    name = m.group(1).rstrip(".")
    words = name.lower().split()
    if not any(c.isalpha() for c in name) or any(w in STOP or w in _GREETING for w in words):
        return None  # "HALO KAK Saya mau …", "KAMI JUAL Kue …": a greeting or a sentence in capitals, no name
    return name, m.start(1), m.start(1) + len(name)
