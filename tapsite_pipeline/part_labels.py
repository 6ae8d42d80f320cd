"""How an owner numbers the parts of what they paste: a carousel's "Slide 3:", a WhatsApp Status series' "Status 2 ·
08.10" or "Status 07.40", a thread's "2/4", a laid-out brief's "Bagian 1 –". The marks lay the text out; they are never
an offering, a name or a fact.

A line's mark is dropped when the text is a series of them: two lines or more open with the same kind of mark (the
same word, or fractions of one count, "1/3 … 2/3 …"), so a single "Step 1 daftar online" or "1/2 kg gula" stays as
written. `part_label` tells whether words are only such a mark ("Slide 4", "Status 2"), wherever they stand.
"""

from __future__ import annotations

import re

_WORDS = (r"bagian|part|section|step|langkah|tahap|slide|halaman|page|bab|chapter|status|story|utas|thread|post|"
          r"tweet|twit")
_COUNT = r"(?:\d{1,2}(?:\s*/\s*\d{1,2})?|[ivx]{1,4})"
_CLOCK = r"\d{1,2}[.:]\d{2}"
_SEP = r"[\s·•|,:;=\-–—]"
# a mark opening a line: bullets or emoji, then "Slide 3", "Status 2/3 · 09:20", "Status 07.40", or a bare "2/4"
_LEAD = re.compile(rf"(?i)^[^\w\n]*(?:(?P<word>{_WORDS})\b\.?\s*(?:{_CLOCK}|{_COUNT}(?:{_SEP}*{_CLOCK})?)"
                   rf"|(?P<n>\d{{1,2}})\s*/\s*(?P<of>\d{{1,2}})(?:\s*(?:utas|thread))?)(?:{_SEP}+|$)")
# the same words as a whole phrase: "Slide 4", "Bagian 1", "Status 2", "no. 3", "item 2"
_ONLY = re.compile(rf"(?i)(?:{_WORDS}|poin|point|no|nomor|nomer|item)\.?\s*{_COUNT}|\d{{1,2}}\s*/\s*\d{{1,2}}\s*(?:utas|thread)")


def _kind(m: re.Match[str]) -> str:
    if m.group("word"):
        return m.group("word").lower()
    return f"/{m.group('of')}" if 1 <= int(m.group("n")) <= int(m.group("of")) else ""


def unlabelled_lines(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines without the part marks that open them, when two lines or more open with marks of one kind, and
    the indices of the lines that lost one (each a part of its own: no paragraph wrapped onto the line before)."""
    marks = [_LEAD.match(x) for x in lines]
    kinds: dict[str, int] = {}
    for m in marks:
        if m and (k := _kind(m)):
            kinds[k] = kinds.get(k, 0) + 1
    series = {k for k, n in kinds.items() if n >= 2}
    if not series:
        return lines, set()
    out, parts = [], set()
    for i, (x, m) in enumerate(zip(lines, marks, strict=True)):
        if m and _kind(m) in series:
            parts.add(i)
            x = x[m.end():].lstrip()
        out.append(x)
    return out, parts


def part_label(words: str) -> bool:
    """Whether the words are only a part's mark ("Slide 4", "Status 2", "Bagian 1", "1/3 utas")."""
    return _ONLY.fullmatch(words.strip(" -*•·>–—\t")) is not None
