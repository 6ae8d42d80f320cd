"""School levels said as a range: one level fact, every level between the ends taught (read by facts.py; the
page names each level in it, copy/factcopy.py)."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast

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
