"""School levels said as a range: one level fact, every level between the ends taught (read by facts.py; the
page names each level in it, copy/factcopy.py)."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast

from .style_words import style_conjuncts

# School levels said as a range are one fact, everything between the ends taught: "SD-SMA", "TK s/d SD", "SD
# sampai SMA", "kelas 1 sampai 6", "kelas 7 s/d 9", "grades 7 to 12", "kelas X-XII" (never "SD" and "SMA" alone,
# which drops SMP). The school ladder is in order (SCHOOL_LADDER); a range of grades counts up.
SCHOOL_LADDER = ("paud", "tk", "sd", "smp", "sma")
_SCHOOL = r"(?:paud|tk|sd|smp|sma|smk)"
RANGE_SEP = r"(?:\s*(?:-|–|—|s/d|s\.d\.?)\s*|\s+(?:sampai(?:\s+dengan)?|sampe|hingga|to|until|through|thru)\s+)"
_GRADE_NUM = r"(?:\d{1,2}|(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\b)"
_LEVEL_RANGE = fast(rf"\b(?:({_SCHOOL}){RANGE_SEP}({_SCHOOL})\b|"
                    rf"(?:kelas|grades?)\s+({_GRADE_NUM}){RANGE_SEP}(?:(?:kelas|grade)\s+)?({_GRADE_NUM})(?![\d]|[.,]\d)"
                    r"(?!\s*(?:jam|hari|x|kali|pertemuan|sesi|bulan|minggu|menit|orang|org|murid|siswa|anak|peserta|"
                    r"students?|kids|people|hours?|days?|weeks?|months?)\b))", re.I)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12}


def _grade(raw: str) -> int:
    return int(raw) if raw.isdigit() else _ROMAN.get(raw.lower(), 0)


def _school_rank(code: str) -> int:
    code = code.lower()
    return SCHOOL_LADDER.index("sma" if code == "smk" else code)


def level_ranges(text: str, lower: str) -> list[tuple[re.Match, str]]:
    """Each range of school levels or grades the owner wrote, in their words with the schools in capitals
    ("sd sampai sma" → "SD sampai SMA"); a range that counts down ("SMA-SD", "kelas 6-1") is none."""
    out = []
    for m in _LEVEL_RANGE.finditer(lower):
        if m.group(1):
            if _school_rank(m.group(1)) >= _school_rank(m.group(2)) or _casual_range(text, m):
                continue
            value = re.sub(rf"(?i)\b{_SCHOOL}\b", lambda w: w.group(0).upper(), text[m.start():m.end()])
        else:
            if not 0 < _grade(m.group(3)) < _grade(m.group(4)) <= 13:
                continue
            value = text[m.start():m.end()]
        out.append((m, value))
    return out


def _casual_range(text: str, m: re.Match) -> bool:
    """"jam 6 pagi smp jam 5": a lower-case school word may be chat shorthand; a range of two in lower case needs
    a word of schooling near it."""
    if not text[m.start():m.end()].islower():
        return False
    around = text.lower()[max(0, m.start() - 30):m.end() + 30]
    return not re.search(r"\b(?:kelas|siswa|murid|anak|les|bimbel|sekolah|untuk|utk|jenjang|tingkat|pelajar|"
                         r"buku|seragam|students?|tutoring|school)\b", around)


# A card of teaching with the first of a list of school levels glued to it: "bimbingan belajar SD, SMP, SMA", "les
# privat bahasa Inggris SD, SMP dan SMA", "kelas matematika SD-SMP". The levels say whom it teaches (a level fact),
# not a kind of lesson; one level alone stays ("matematika SD", "fisika SMA"), and goods sold by level
# ("seragam SD, seragam SMP") are kinds of goods.
_TEACHING = frozenset("""
les bimbel bimbingan belajar kursus kelas privat private tutoring tutor tutors lessons lesson class classes course
courses mengaji ngaji guru
""".split())
_GLUED_LEVEL = fast(rf"\s+{_SCHOOL}(?:{RANGE_SEP}{_SCHOOL})?$")
_ONLY_RANGE = fast(rf"{_SCHOOL}{RANGE_SEP}{_SCHOOL}")
_LEVEL_LINK = rf"(?:{RANGE_SEP}|\s*(?:,|&|/|\bdan\b|\band\b|\bserta\b|\bsama\b|\bsm\b)\s*)"


def unglued_levels(items: list[str], lower: str) -> list[str]:
    """The cards of teaching without the list of school levels said after them (see _TEACHING), and without a card
    that is only a range of levels ("SD-SMA", "TK–SMP": whom the business teaches or serves, a level fact)."""
    out: list[str] = []
    for item in items:
        if _ONLY_RANGE.fullmatch(item):
            continue
        glued = _GLUED_LEVEL.search(item)
        base = item[:glued.start()] if glued else ""
        # a lone head keeps its levels: "les SD-SMP" says more than "les"
        if " " in base and any(w in _TEACHING for w in base.split()) and re.search(
                rf"(?<![\w-]){re.escape(base)}\s+{_SCHOOL}(?:{_LEVEL_LINK}{_SCHOOL}\b)+", lower):
            item = base
        if item not in out:
            out.append(item)
    return style_conjuncts(out, lower)  # "les piano klasik dan pop": the style qualifies the lesson
