"""What one class teaches, on the poster that sells it: its topics are no cards.

A class poster opens on the class ("KELAS INTENSIF UTBK 2027", "Workshop Membatik Tulis", "Kelas Makeup Diri
Sendiri") and asks its reader to sign up by a date or within a quota ("batas daftar 31 Januari", "Kuota 8 org",
"Registration closes …"). The one class is sold; what it covers is said after a learning cue ("belajar base tahan
lama, alis, makeup wisuda", "Materi: plating, food styling", "You'll learn: …") or as a line of topics joined by
"+" ("TPS + literasi + penalaran matematika"): none of them is a class of its own. A school's advert that lists its
classes ("les piano, gitar, vokal") has no sign-up deadline and keeps its cards."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .included_lists import unpriced_list

_CLASS_HEAD = regrouped(r"^[^\w]*(?:kelas|workshop|kursus|pelatihan|training|bootcamp|class|course|masterclass)\b")
_SIGN_UP = regrouped(r"\b(?:batas\s+(?:akhir\s+)?(?:daftar|pendaftaran)|daftar\s+(?:sebelum|sblm|sblum|paling\s+lambat|"
                     r"max|maks)|pendaftaran\s+(?:ditutup|tutup|sampai|s/d)|registration\s+(?:closes|deadline|ends)|"
                     r"register\s+by|kuota|quota|seats?\s+(?:left|terbatas)|slot\s+terbatas|tempat\s+terbatas)\b")
_OPEN = r"(?:^|(?<=[.!?;:\n]))[^\w\n]*"
_TOPICS = regrouped(r"\b(?:belajar|materi|topik|yang\s+dipelajari|yg\s+dipelajari|you'?ll\s+learn|learn|meliputi|"
                    r"mencakup|covering)\b\s*:?\s*(?P<list>[^.!?;\n]+)")
_PLUS_LINE = regrouped(_OPEN + r"(?P<list>[^\W\d][^.!?;:\n+\d]{1,40}(?:\+[^.!?;:\n+\d]{2,40}){1,5})(?=[.!?;\n]|$)")


def topic_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of one class's topics on the poster that sells it (the module's doc)."""
    if not _CLASS_HEAD.match(lower) or not _SIGN_UP.search(lower):
        return []
    spans = [m.span("list") for m in _TOPICS.finditer(lower)
             if unpriced_list(m.group("list"))]
    return spans + [m.span("list") for m in _PLUS_LINE.finditer(lower)]
