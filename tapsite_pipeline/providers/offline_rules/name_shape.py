"""The shape of an offering's name: a card title names a thing, so it is a noun phrase.

The role lexicon (roles.py) asks what each word of a phrase is; this asks what the phrase as a whole looks
like. A phrase that opens with a preposition ("melalui email", "pada hari kerja", "incl board"), holds a
clock time ("lessons daily 7am"), says what is or is not included ("paket udh termasuk ustadz", "diluar
pajak"), ends on a word that needs more after it ("grosir dan"), or is made only of calendar words
("libur nasional", "akhir pekan") or of what a price is ("costs", "biaya") is a scrap of a sentence, never the
name of something sold.
"""

from __future__ import annotations

import re

from .roles import UNIT

_LEAD = frozenset("""
melalui lewat via pada di ke dari dengan dgn tanpa setiap tiap per sebelum sesudah setelah selama kecuali termasuk
sampai hingga smp antara
through on at in into by with without every each before after during except incl including excl excluding
until between depending to under over above below near around dekat
""".split())
_TAIL = frozenset("""
depending tergantung dan and atau or yang yg untuk utk for with dengan dgn dari from mulai di ke the an of
""".split())
_INCLUDED = re.compile(r"\b(?:termasuk|include[sd]?|incl|including|exclud\w*|excl|diluar|tergantung|depending)\b"
                       r"|\bdi\s+luar\b|\bbelum\s+(?:termasuk|trmsk)\b")
_CLOCK = re.compile(r"\b\d{1,2}\s?(?:am|pm)\b|\b\d{1,2}[.:]\d{2}\b|\bjam\s?\d")
_CALENDAR = UNIT | frozenset("""
libur liburan nasional kerja akhir pekan merah holiday holidays public national daily harian setiap tiap every
pagi siang sore malam hari
""".split())
_PRICE_WORDS = frozenset("""
cost costs biaya harga price prices pricing fee fees tarif ongkos rate rates info informasi detail details syarat
ketentuan terms
""".split())
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")  # "on-call IT support" opens with one word, not with "on"


def name_shaped(phrase: str) -> str | None:
    """The phrase as the name of an offering, or None when its shape says it cannot be one. A name of two or
    more words that trails off ("protein bars under the") loses its dangling words; a shorter one ("grosir
    dan", "switch the") is a scrap."""
    lower = phrase.lower()
    words = _WORD.findall(lower)
    if not words or words[0] in _LEAD:
        return None
    if words[-1] in _TAIL:
        spans = [m.span() for m in _WORD.finditer(lower)]
        keep = len(words)
        while keep and (words[keep - 1] in _TAIL or words[keep - 1] in _LEAD):
            keep -= 1
        if keep < 2:
            return None
        phrase, lower, words = phrase[:spans[keep - 1][1]].strip(), lower[:spans[keep - 1][1]], words[:keep]
    if _INCLUDED.search(lower) or _CLOCK.search(lower):
        return None
    if all(w in _CALENDAR for w in words) or all(w in _PRICE_WORDS for w in words):
        return None
    return phrase
