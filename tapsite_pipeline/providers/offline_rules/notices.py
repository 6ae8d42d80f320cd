"""Notices inside a business brief that are not its offer: the business looking for workers ("we are hiring: 2
baristas", "LOKER: dibutuhkan 1 admin", "lagi butuh 10 pemetik kopi") and announcements to its customers ("tutup
sementara selama libur Lebaran", "we have moved to Jl. …", "follow IG kami").

A notice is never a card, an order-form line or a thing the about text says the business offers: the offerings
reader does not read it. A hiring notice is still a fact a visitor may want (who is wanted, where to send a CV):
the page keeps it as one note, in the owner's words. A business whose trade is finding workers for others (a
recruitment agency, a job board) posts no notice of its own this way: its hiring words are its offer.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from ...models import Fact
from .note_clauses import _SENTENCE

Span = tuple[int, int]

# Who a notice asks for: a worker's role, in either language ("2 baristas", "tukang las", "admin sosmed").
_ROLE = (r"(?:karyawan|karyawati|pegawai|staf|staff|kru|crew|tukang|pekerja|tenaga\s+(?:kerja|bantu|harian)|pemetik|"
         r"pelayan|pramusaji|kasir|koki|juru\s+masak|barista|baristas|kurir|driver|drivers|sopir|supir|admin|helper|"
         r"helpers|asisten|penjahit|waiters?|waitress(?:es)?|cooks?|chefs?|cashiers?|workers?|employees?|assistants?|"
         r"cleaners?|content\s+creators?|desainer|designers?|fotografer|photographers?|videografer|videographers?|"
         r"pengajar|tutors?|instruktur|instructors?|teachers?|terapis|therapists?|stylists?|kapster|capster|spg|spb|"
         r"operator|operators|teknisi|technicians?|mekanik|mechanics?|satpam|security|office\s+boy|part[\s-]?timers?|"
         r"magang|interns?|internship|pegawai\s+harian|buruh|kuli|pemandu|guides?)\b")
# A count of people before the role ("2", "10 org", "beberapa"), and words that describe the role before it
# ("part-time", "berpengalaman" comes after and is not needed).
_COUNT = r"(?:(?:\d+|beberapa|some|a|an|new|several)\s+(?:org\s+|orang\s+)?)?(?:(?:part[\s-]?time|full[\s-]?time|experienced|freelance|tetap|harian)\s+)?"
_WORDS = r"(?:[^\W\d_][\w'-]*\s+){0,2}?"   # up to two words of what the worker does ("setup crew", "admin sosmed")
# The words that open a hiring notice: strong ones alone, the weak ones ("dicari", "butuh", "looking for") only
# before a worker's role.
_HIRING = regrouped(
    r"\b(?:(?:we\s+are|we're|are|is|now|currently|sedang|lagi)\s+hiring|job\s+(?:openings?|vacanc(?:y|ies))|"
    r"vacanc(?:y|ies)|join\s+our\s+team|lowongan(?:\s+kerja)?|loker|open\s+recruitment|oprec|"
    r"(?:we\s+are|we're|currently|now)\s+(?:looking\s+for|seeking|recruiting)\s+" + _COUNT + _WORDS + _ROLE + "|"
    r"(?:dicari|dibutuhkan|mencari|membutuhkan|merekrut|butuh|cari|nyari)\s*:?\s*" + _COUNT + _WORDS + _ROLE +
    r")|(?:^|(?<=[.!?:;\n]\s)|(?<=[.!?:;\n]))\s*hiring\b", re.I | re.M)
# A business whose offer is finding workers for others: its hiring words are what it sells.
_RECRUITING_TRADE = regrouped(
    r"\b(?:penyalur(?:an)?|penempatan\s+tenaga|agen(?:si)?\s+(?:tenaga\s+kerja|rekrutmen|recruitment|penyalur)|"
    r"(?:recruitment|recruiting|staffing|hiring)\s+(?:agency|agencies|services?|firm|solutions?|platform|app)|"
    r"jasa\s+(?:rekrutmen|rekrut|recruitment|outsourcing|penyaluran|headhunt\w*)|headhunt\w*|outsourcing|"
    r"job\s+(?:portal|board|fair|site)|bursa\s+kerja|(?:portal|info|aplikasi|app|platform|situs|website)\s+"
    r"(?:loker|lowongan|pencari\s+kerja)|(?:help|helps|bantu|membantu)\s+(?:\w+\s+){0,2}?(?:hire|hiring|rekrut|"
    r"merekrut|cari\s+karyawan|mencari\s+karyawan|find\s+staff|find\s+workers))\b", re.I)
# A writer who applies for a job ("bermaksud melamar posisi …", "I am applying for"): a notice they name is
# someone else's.
_APPLYING = regrouped(r"\b(?:melamar|lamaran\s+saya|apply(?:ing)?\s+for|my\s+application)\b", re.I)
# Announcements to customers: a closing for a holiday, a move, a request to follow an account.
_ANNOUNCE = regrouped(
    r"\b(?:tutup\s+sementara|libur\s+(?:lebaran|idul\s+fitri|natal|tahun\s+baru|imlek|nyepi)|"
    r"closed\s+(?:for\s+(?:the\s+)?(?:holidays?|eid|lebaran|christmas|new\s+year)|temporarily)|temporarily\s+closed|"
    r"pindah\s+(?:alamat|lokasi|tempat)|(?:we|kami)\s+(?:have\s+|'ve\s+|sudah\s+|udah\s+)?(?:moved|pindah)\s+(?:to|ke)|"
    r"follow\s+(?:ig|instagram|us|kami|akun)|ikuti\s+(?:ig|instagram|kami|akun))\b", re.I)
NOTE_CHARS = 120


def _sentences(text: str) -> list[Span]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]


def _asked(text: str, end: int) -> bool:
    """A sentence that ends with "?" ("Butuh tukang las?"): a hook for what is sold, no notice."""
    return text[end:end + 1] == "?"


# A stem one of the notices above holds: most briefs have none, and are not searched further.
_STEMS = ("hiring", "lowong", "loker", "cari", "nyari", "job opening", "butuh", "looking", "seeking", "recruit",
          "rekrut", "vacanc", "join our", "oprec", "tutup", "libur", "closed", "pindah", "moved", "follow", "ikuti")


def notice_spans(text: str, lower: str | None = None) -> tuple[list[Span], list[Span]]:
    """(hiring notices, announcements): each from its opening words to the end of its sentence. `lower`, the text
    lower-cased with the same offsets, spares lower-casing it again."""
    lower = text.lower() if lower is None else lower
    if not any(stem in lower for stem in _STEMS):
        return [], []
    hiring: list[Span] = []
    told: list[Span] = []
    has_hiring = _HIRING.search(text) is not None
    has_told = _ANNOUNCE.search(text) is not None
    if not (has_hiring or has_told):
        return [], []
    if has_hiring and (_RECRUITING_TRADE.search(text) or _APPLYING.search(text)):
        has_hiring = False
    for s, e in _sentences(text):
        if _asked(text, e):
            continue
        m = _HIRING.search(text, s, e) if has_hiring else None
        if m:
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            if len(text[s:start].split()) <= 3:  # "Lagi butuh …", "Also, we are hiring …": said from the sentence's start
                start = s + len(text[s:start]) - len(text[s:start].lstrip())
            hiring.append((start, e))
            continue
        a = _ANNOUNCE.search(text, s, e) if has_told else None
        if a:
            told.append((a.start(), e))
    return hiring, told


# what joins the notice to the sentence before it, no word of the notice: "Also,", "Oh ya,", "P.S."
_LEAD = re.compile(r"^(?:(?:also|and|plus|btw|oh\s+ya|oh\s+iya|ps|p\.s|nb|dan|juga)\b\.?)?[\s,;:\-]+|[\s,;:\-]+$", re.I)


def hiring_notes(text: str, spans: list[Span]) -> list[Fact]:
    """Each hiring notice as one note in the owner's words ("we are hiring: 2 baristas for shift work, send your
    CV to …"), cut at a word near NOTE_CHARS."""
    out = []
    for s, e in spans:
        value = _LEAD.sub("", " ".join(text[s:e].split()))
        if len(value) > NOTE_CHARS:
            value = value[:NOTE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:")
        if len(value.split()) >= 2:
            out.append(Fact(kind="note", value=value))
    return out
