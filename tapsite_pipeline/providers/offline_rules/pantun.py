"""A pantun opening the brief: four short lines rhyming a-b-a-b, the first two (the sampiran) a picture of
something else, the last two (the isi) the message.

"Jalan-jalan ke Pasar Baru, / beli sepatu warna biru. / Kalau lapar cari yang baru, / mampir ke Warung Bu Ratu."
The sampiran's places and goods are there for the rhyme: they name neither the business nor what it sells, so the
brand reader skips them (intent.py); the name, when the pantun gives one, is in its isi.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

# A line of the opening: up to a line break or a sentence's or clause's end.
_LINE = regrouped(r"[^\n,.;!?]+[\n,.;!?]*")
_LETTERS = regrouped(r"[a-z]+")
_VOWELS = frozenset("aeiou")


def _end_sound(line: str) -> str:
    """The last word's last two letters ("senja" → "ja"), or "" when the line ends in no word."""
    words = _LETTERS.findall(line.lower())
    return words[-1][-2:] if words else ""


def _rhyme(a: str, b: str) -> bool:
    """Two line ends rhyme: the same last two letters, or the same last vowel sound ("epe" with "hepi" is a
    near rhyme a spoken pantun allows; both end open on a vowel, and one of their last two letters is shared)."""
    if not a or not b:
        return False
    if a == b:
        return True
    return a[-1] in _VOWELS and b[-1] in _VOWELS and a[0] == b[0]


def sampiran_span(text: str) -> tuple[int, int] | None:
    """The span of a pantun's first two lines when the brief opens with one, else None.

    A pantun is four lines of three to eight words each, none with a digit, whose first and third lines rhyme on
    their last two letters and whose second and fourth rhyme at least loosely (_rhyme)."""
    lines: list[re.Match[str]] = []
    for m in _LINE.finditer(text):
        if not m.group(0).strip(" \n,.;!?"):
            continue
        lines.append(m)
        if len(lines) == 4:
            break
    if len(lines) < 4 or text[:lines[0].start()].strip():
        return None
    for m in lines:
        n = len(m.group(0).split())
        if not 3 <= n <= 8 or any(c.isdigit() for c in m.group(0)):
            return None
    ends = [_end_sound(m.group(0)) for m in lines]
    if not (ends[0] and ends[0] == ends[2] and _rhyme(ends[1], ends[3])):
        return None
    return lines[0].start(), lines[1].end()
