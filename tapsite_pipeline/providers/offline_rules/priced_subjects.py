"""What the owner priced, as the offerings of a brief that names none otherwise.

"PantauAman: CCTV installed in one day, 4-camera package Rp 3,2 jt": the only thing sold is said as the subject of
its price, and a page without it shows the package only in a price line, with no card. When the offering readers
find nothing, the subjects of the prices (and priced packages) become the offerings, in the owner's order, without
the words of the business's name or town that lead them ("Depok Baru member bulanan" of a gym in Depok Baru).
"""

from __future__ import annotations

import re

from ...models import Intent
from .brand_words import STOP

_WORD = re.compile(r"[\w'&+/-]+")
# what a thing sold is named with: plain letters and digits ("4-camera package", "kelas gaya dada")
_NAME_WORD = re.compile(r"[a-z][a-z'&+/-]*|\d+(?:-[a-z]+)?")
# a subject that says nothing of what is sold: a price's own words, a time unit, a filler
_EMPTY = frozenset("""harga hrg price prices rate rates tarif biaya cost mulai from start starting only cuma hanya
about around sekitar kira per each pcs total all semua lainnya others other""".split())
# words of a clause, not of a name: a subject holding one is a scrap of a sentence ("naik jadi", "kalau kamu")
_CLAUSE = frozenset(STOP) | frozenset("""naik turun jadi menjadi kalau kalo namanya disuruh sebelumnya were the up to
a an of warung toko usaha semangkok seporsi sepiring segelas sebungkus sebuah satu kamu anda""".split())


def _subject(subject: str, lead_words: frozenset[str]) -> str:
    words = _WORD.findall(subject.lower())
    while words and words[0] in lead_words:
        words = words[1:]
    if not words or all(w in _EMPTY or w.isdigit() for w in words) or len(" ".join(words)) < 3:
        return ""
    if any(w in _CLAUSE or not _NAME_WORD.fullmatch(w) for w in words):
        return ""
    return " ".join(words)


def when_none(intent: Intent) -> Intent:
    """The intent with its priced subjects as offerings when it names no offering (else the intent as it is)."""
    if intent.products:
        return intent
    lead = frozenset(_WORD.findall(f"{intent.brand_name} {intent.location or ''}".lower()))
    subjects = [_subject(f.subject, lead) for f in intent.facts if f.kind in ("price", "package") and f.subject]
    found = list(dict.fromkeys(s for s in subjects if s))
    return intent.model_copy(update={"products": found[:10]}) if found else intent
