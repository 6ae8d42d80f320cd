"""The lines a business profile pasted from a map app carries besides the owner's words: its star rating with the
number of reviews ("4,7 ★ (212)") and today's opening status ("Buka · Tutup pukul 21.00", "Open · Closes 9 PM").

Neither is a note in the owner's words: the rating is shown as a rating ("4,7 ★ dari 212 ulasan", "4.7 ★ from 212
reviews"), the status as the hours it tells ("Buka sampai pukul 21.00", "Open until 9 PM"); a status that tells no
closing time ("Tutup · Buka Sen 08.00", "Buka 24 jam" is read by the hours reader) is left out, never a scrap.
"""

from __future__ import annotations

import re

from ...models import Fact

Span = tuple[int, int]

# A rating out of five with its count of reviews in brackets, marked by its star, or standing first on its line (or
# its sentence, once the brief's lines are cleaned into sentences) before the profile's middle dot or comma:
# "4,9 ★ (64)", "4.6 ⭐ (1.204)", "4,3 (88) · Aula", "4,3 (88), Aula".
_RATING = re.compile(r"(?<![\w.,])([1-5][.,]\d)\s*(?:([★⭐☆])\s*)?\((\d[\d.,]*)\)(?=[ \t]*(?:[·•⋅,]|\.?\s|\.?$))")
_LINE_START = re.compile(r"(?:^|[\n.!?])[ \t]*$")
# Today's status: open, then when it closes ("Buka · Tutup pukul 20.30", "Open ⋅ Closes 8:30 PM"), or closed, then
# when it opens ("Tutup · Buka pukul 08.00", "Closed · Opens 9 AM Mon"); the dot may be cleaned into a comma or away.
_STATUS = re.compile(
    r"(?i)\b(?:(buka|open)(?:\s*[·•⋅,]\s*|\s+(?=closes))(tutup|closes)|(?:tutup|closed)(?:\s*[·•⋅,]\s*|\s+(?=opens))"
    r"(?:buka|opens))[ \t]+(?:(?:pukul|jam|at)[ \t]+)?(\d{1,2}(?:[.:]\d\d)?(?:[ \t]*(?:[ap]m\b|[ap]\.m\.))?)([ \t]+[A-Za-z]{3}\b\.?)?"
    r"([ \t]*\([^)\n]{1,30}\))?")


def profile_lines(text: str, lang: str) -> tuple[list[Fact], list[Span]]:
    """The rating and status lines of a pasted map profile in ``text``: the facts they tell, and their spans (which
    the notes reader leaves alone)."""
    facts: list[Fact] = []
    spans: list[Span] = []
    for m in _RATING.finditer(text):
        count = m.group(3)
        if not m.group(2) and not _LINE_START.search(text, 0, m.start()):
            continue  # "umur 4,5 (tahun)": a rating without its star stands first on its line
        spans.append((m.start(), m.end()))
        value = f"{m.group(1)} ★ dari {count} ulasan" if lang == "id" else f"{m.group(1).replace(',', '.')} ★ from {count} reviews"
        facts.append(Fact(kind="note", value=value))
    for m in _STATUS.finditer(text):
        if not _LINE_START.search(text, 0, m.start()):
            continue  # "Minggu tutup, buka pukul 10.00 hari lain": the owner's own words, the profile's line opens so
        spans.append((m.start(), m.end()))
        if m.group(1) is None or m.group(4):
            continue  # closed now, or a closing on another day: no hours told
        where = m.group(5) or ""
        open_word = m.group(1)[:1].upper() + m.group(1)[1:].lower()
        until = "sampai pukul" if m.group(1).lower() == "buka" else "until"
        facts.append(Fact(kind="hours", value=f"{open_word} {until} {m.group(3)}{where}".strip()))
    return facts, spans
