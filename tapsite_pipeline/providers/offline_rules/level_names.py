"""Levels named one at a time: school levels and classes ("SD", "kelas 4-6"), ages ("usia 5 th ke atas"),
skill ("pemula s/d mahir"), tests ("IELTS") and language levels on the common European scale ("everyday
conversation (A2-B1)"). Ranges of school levels are levels.py's. Read by the fact reader (facts.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import fast, regrouped

from .levels import level_ranges

_LEVEL = fast(r"\b(?:paud|tk|sd|smp|sma|smk|jlpt\s*n\d(?:\s*(?:-|–|to|sampai|sampe|hingga|s/d|until)\s*(?:jlpt\s*)?n\d)?|"
              r"toefl|ielts|utbk|snbt|"
              # "kelas 4-6" is a level; "satu kelas 6 anak", "kelas 8 pertemuan" count people or meetings
              r"cpns|(?<!\bsatu\s)(?<!\bper\s)(?<!\btiap\s)(?<!\bone\s)kelas\s+\d+(?:\s*-\s*\d+)?(?!\s*(?:jam|hari|x|kali|pertemuan|sesi|bulan|"
              r"minggu|menit|orang|org|murid|siswa|anak|peserta|students?|kids|people)\b)|usia\s+\d+(?:\s*-\s*\d+)?\s*(?:th|thn|tahun)?"
              # an age with no upper end keeps it: "usia 5 th ke atas", "aged 6 and up", "ages 3 and over"
              r"(?:\s*(?:ke\s*atas|and\s+(?:up|above|over|older)|or\s+older))?|"
              r"(?:ages?|aged)\s+\d+\s*(?:(?:-|to)\s*\d+|and\s+(?:up|above|over|older)|or\s+older)|"
              # a range of skill is one level fact: "pemula s/d mahir", "beginner to advanced"
              r"(?:pemula|dasar|beginners?|basic)\s*(?:s/d|s\.d\.?|sampai|sampe|hingga|-|–|to|until)\s*"
              r"(?:mahir|lanjutan|menengah|advanced|intermediate|expert|pro)|"
              r"pemula|lanjutan|beginners?|intermediate|advanced)\b", re.I)
# A language level on the common European scale, with the name the owner gives it: "survival (A1)", "everyday
# conversation (A2-B1)", "B2". Written in capitals, named in brackets or in a brief that speaks of levels; never a
# paper size ("poster A1", "kertas A2").
_CEFR = re.compile(r"(?:((?:[A-Za-z][\w-]*\s+){1,2})\(\s*)?(?<![\w-])([ABC][12](?:\s*[-–/]\s*[ABC][12])?)(?![\w-])"
                   r"(?(1)\s*\))"
                   # what the level covers, said with it: "academic Indonesian (B2) incl. reading newspapers"
                   r"(?:\s*,?\s*(?:incl\.?|including|termasuk)\s+[^,.;()\n]{1,60}(?<=\w))?")
_CEFR_CUE = regrouped(r"(?i)\b(?:levels?|cefr|tingkat(?:an)?|jenjang)\b")
# An age said after its number: "(6–10 y.o.)", "6-10 yo", "8 years old", "(7–12 th)". Bare, the range reads as any
# figure ("6-10"); said as the owner means it, it is whom a class is for: "ages 6-10", "usia 7-12 tahun". (An
# Indonesian "th"/"thn"/"tahun" only as a bracket's whole range: "2-3 th pengalaman" is a tenure.)
_AGE_AFTER = regrouped(r"(?i)(?<![\d.,/])(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?\s*(?:y\.\s?o\.?|yo\b|y/o\b|yrs?\s+old\b|"
                       r"years?\s+old\b)|(?<=\()\s*(\d{1,2})\s*(?:-|–|s/d|sampai)\s*(\d{1,2})\s*(?:th|thn|tahun)\.?\s*(?=\))")
# what makes a range just read an age (the hours reader leaves it to the level reader)
AGE_UNIT = regrouped(r"(?i)\s*(?:y\.\s?o|yo\b|y/o\b|yrs?\s+old\b|years?\s+old\b|(?:th|thn|tahun)\.?\s*\))")
_LEVEL_LEAD = regrouped(r"(?i)^(?:and|dan|or|atau|to|sampai|hingga|from|dari)\s+")


_PAPER = regrouped(r"(?i)\b(?:kertas|paper|poster|cetak|print(?:ing)?|ukuran|size|format|banner|kanvas|canvas)\W+"
                   r"(?:\w+\W+)?$")


def _cefr(text: str) -> list[tuple[re.Match, str]]:
    found = [m for m in _CEFR.finditer(text) if not _PAPER.search(text, max(0, m.start() - 24), m.start(2))]
    if not found or not (_CEFR_CUE.search(text) or any(m.group(1) for m in found)):
        return []
    return [(m, _LEVEL_LEAD.sub("", " ".join(m.group(0).split()))) for m in found]
def _casual_abbreviation(text: str, lower: str, m: re.Match) -> bool:
    """"jam 6 pagi smp jam 5 sore": a lower-case "smp"/"sd" may be chat shorthand ("sampai"), not a school level."""
    if m.group(0) not in ("smp", "sd", "tk", "sma") or text[m.start():m.end()].isupper():
        return False
    around = lower[max(0, m.start() - 25):m.end() + 25]
    return not re.search(r"\b(?:kelas|siswa|murid|anak|les|bimbel|sekolah|untuk|utk|jenjang|tingkat|sd|smp|sma|smk)\b",
                         around.replace(m.group(0), " ", 1))


def levels_named(text: str, lower: str, has_digit: bool) -> Iterator[tuple[re.Match, str]]:
    """The levels taught, as (match, value) in the order the fact reader adds them: the ranges, then each level
    named alone, then the language levels."""
    cefr = _cefr(text) if has_digit else []
    ranges = level_ranges(text, lower)
    yield from ranges
    # "pre-intermediate (A2)" is one level, not also "intermediate"; "SD" of "SD-SMA" is the range's
    levels = [m for m in _LEVEL.finditer(lower) if not _casual_abbreviation(text, lower, m)
              and not any(c.start() <= m.start() < c.end() for c, _ in cefr)
              and not any(r.start() <= m.start() < r.end() for r, _ in ranges)]
    for m in levels:
        yield m, text[m.start():m.end()].upper() if len(m.group(0)) <= 4 else text[m.start():m.end()]
    yield from ((m, v) for m, v in _ages_after(lower) if not any(a.start() <= m.start() < a.end() for a in levels))
    yield from cefr


def _ages_after(lower: str) -> Iterator[tuple[re.Match, str]]:
    for m in _AGE_AFTER.finditer(lower):
        if m.group(3):
            yield m, f"usia {m.group(3)}-{m.group(4)} tahun"
        else:
            yield m, f"ages {m.group(1)}-{m.group(2)}" if m.group(2) else f"age {m.group(1)}"
