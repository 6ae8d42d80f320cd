"""Name candidates read from the shape around a capitalised run (called by brand.py; the word lists are
brand_cues.py's):

- a run right before a lower-case business head: "Kopi Pagi cafe in Bandung" → "Kopi Pagi";
- a run signed with "by", "oleh", "bersama", "bareng": "Dog walking in Canggu by Happy Paws Bali" → "Happy Paws
  Bali" (the place before "by" is where, not who);
- one word after a service or course phrase, which names nothing alone: "jasa sedot WC Amanah" → "Sedot WC
  Amanah", "Kursus Bahasa Inggris Smart" stays whole;
- a person after a list of services: "Terapi bekam dan pijat refleksi Bu Hajah Siti" → "Bu Hajah Siti" (each
  service is an offering; "Pijat tradisional Mbok Darmi", one trade and a person, stays one name).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .brand_cues import LANGUAGES, NOT_SIGNING, SIGN_WORDS, business_head, service_acronym
from .brand_guards import is_generic
from .brand_words import _HARD, HONORIFICS, STOP
from .name_reader import take_name
from .places import PLACES

Run = tuple[int, int, bool]
# A place is "in/di/at …" or a known town; a language or cuisine word is how the business is described.
_PLACE_PREP = regrouped(r"(?i)\b(?:in|di|at|near|dekat|around|sekitar|daerah|area|kota)\s+$")
_DESCRIBING = frozenset("""
balinese javanese sundanese indonesian chinese japanese korean thai vietnamese western italian french american
mexican indian arabic turkish european asian malay padang sunda jawa
""".split())
# Titles that make a single word after "by"/"with" a person's name ("by Chef Budi", "bersama Kak Nadia").
_TITLES = frozenset(HONORIFICS | {"kakak", "miss", "mister", "mr", "ms", "mrs", "coach", "teacher", "chef", "ustadzah",
                                  "dr", "drg", "drh"})
# "bekam dan pijat refleksi", "lulur & spa": the last of a list of services (a comma alone separates clauses as
# often as items, so it does not count)
_LIST_JOIN = regrouped(r"(?:&|\+|\b(?:dan|and|serta|plus))\s*$", re.I)
_LIST_INSIDE = regrouped(r"\s(?:&|\+|dan|and|serta|plus)\s", re.I)


_NAME_SPLIT = re.compile(r"[\s&]+")


def _words(name: str) -> list[str]:
    return [w for w in _NAME_SPLIT.split(name.lower()) if w]


def is_place(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a place: a known town, or capitalised words right after "in", "di", "at"?"""
    name = text[s:e].lower()
    return name in PLACES or all(w in PLACES for w in _words(name)) or bool(_PLACE_PREP.search(text[max(0, s - 12):s]))


def before_head(text: str, runs: list[Run]) -> list[tuple[str, int, int, bool]]:
    """Runs directly before a lower-case business head ("Roti Hangat bakery", "Sunny Days laundry"): the owner
    puts the name first and the kind of business after it. Two or more words name the business even when each
    is an ordinary word; one word only when it does not open the sentence ("Cozy cafe" describes)."""
    out = []
    for s, e, initial in runs:
        words = _words(text[s:e])
        if not business_head(text[e:e + 20]) or (len(words) < 2 and (initial or is_generic(text[s:e]))):
            continue
        if words[0] in _HARD or words[-1] in STOP or is_place(text, s, e) or all(w in _DESCRIBING for w in words):
            continue
        out.append((text[s:e], s, e, len(words) >= 2))
    return out


def name_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of the capitalised words (up to three) ending right before ``at``, or None."""
    m = re.search(r"((?:[A-Z][\w'&-]*\s+){0,2}[A-Z][\w'&-]*)\s+$", text[max(0, at - 60):at])
    if not m:
        return None
    off = max(0, at - 60)
    return off + m.start(1), off + m.end(1)


_BY_NAME = regrouped(r"(?<![\w-])(by|oleh|bersama|bareng)\s+(?=[A-Z])")


def signed(text: str, cased: bool) -> list[tuple[str, int, int]]:
    """Names of two or more words after "by", "oleh", "bersama", "bareng": the business signing the brief. Not
    after a verb naming an organiser or sponsor ("Organised by …", "didukung oleh …"), not a person with a title
    ("by Kak Vina": brand.py reads those with the words before them), and not when a capitalised name stands
    right before "by" ("Glam by Sarah Tan" is one name) unless that is a place ("in Canggu by …")."""
    out = []
    # the marker in lower case: a capitalised "Oleh" is a word of a name ("Toko Oleh Oleh Ceu Mar")
    for m in _BY_NAME.finditer(text):
        marker = m.group(1).lower()
        found = take_name(text, m.end(), cased, require_cap=True)
        if not found or marker not in SIGN_WORDS:
            continue
        name, s, e = found
        words = _words(name)
        if len(words) < 2 or words[0] in _TITLES or words[0] in _HARD or is_place(text, s, e):
            continue
        prev = (re.findall(r"[\w'-]+", text[max(0, m.start() - 30):m.start()]) or [""])[-1].lower()
        if prev in NOT_SIGNING or (marker == "oleh" and (prev.startswith("di") or prev.startswith("oleh"))):
            continue  # "Organised by Kolektif Bawah Tanah", "diselenggarakan oleh …", "oleh oleh Khas Bali"
        before = name_before(text, m.start())
        if marker == "by" and before and not is_place(text, *before):
            continue  # "Glam by Sarah Tan", "Frame by Frame Co.": one name, read as written
        out.append((name, s, e))
    return out


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_SIGNED_PERSON = regrouped(r"(?<![\w-])(?:by|oleh)\s+([A-Z][a-z]+\.?)\s+([A-Z][a-z'-]{1,20})\b")


def signed_person(text: str) -> tuple[str, int, int] | None:
    """A person with a title signing trade words written in lower case: "Sulam alis & lash extension by Kak
    Dinda" goes by "Kak Dinda" (with capitalised words before, "Glam by Kak Sarah" is one name, read elsewhere)."""
    for m in _SIGNED_PERSON.finditer(text):
        if m.group(1).lower().rstrip(".") not in _TITLES or m.group(2).lower() in STOP:
            continue
        prev = (re.findall(r"[\w'-]+", text[max(0, m.start() - 30):m.start()]) or [""])[-1]
        if (prev[:1].isupper() and not _ACRONYM.fullmatch(prev)) or prev.lower() in NOT_SIGNING:
            # "Glam by Kak Sarah": one name; "organised by Pak Budi": who organised it ("fisika SMA oleh Pak Anto":
            # the level taught, in capitals, is no word of a name)
            continue
        return text[m.start(1):m.end(2)], m.start(1), m.end(2)
    return None


_SERVICE_BEFORE = regrouped(r"(?<![\w-])([a-z]+)\s+([A-Z]{2,5})\s+$")
_COURSE_BEFORE = regrouped(r"(?i)(?<![\w-])(?:(?:kursus|les|kelas|course|class|bahasa|bhs)\s+)+([a-z]+)\s+$")


def with_lead(text: str, s: int, e: int) -> str | None:
    """The one-word name at ``text[s:e]`` with the service or course phrase before it ("sedot WC Amanah",
    "Kursus Bahasa Inggris Smart"): one word names nothing by itself. None when no such phrase is right before."""
    before = text[max(0, s - 40):s]
    m = _SERVICE_BEFORE.search(before)
    if m and service_acronym(m.group(1), m.group(2)):
        return text[max(0, s - 40) + m.start(1):e]
    m = _COURSE_BEFORE.search(before)
    if m and m.group(1).lower() in LANGUAGES:
        return text[max(0, s - 40) + m.start():e]
    return None


# One item of an enumeration: short items with commas (or a last "dan", "&") between them.
_ITEM_BEFORE = regrouped(r"(?:^|([,;]))\s*([^,:;.!?()]{1,30}?)\s*,\s*(?:(?:dan|and|&|atau|or|serta)\s+)?$")
_ITEM_AFTER = regrouped(r"\s*(?:,|/|(?:dan|and|&|atau|or|serta)\s|[.!?)]|$)")
_ITEM_NEXT = regrouped(r"\s*,\s*(?:(?:dan|and|&|atau|or|serta)\s+)?([^,:;.!?()]{1,30}?)\s*(?:,|(?:dan|and|&|atau|or)\s)")


def listed_item(text: str, s: int, e: int) -> bool:
    """Is the capitalised run at ``text[s:e]`` an item inside a list of three or more ("tas branded ori, LV, Coach,
    Kate Spade, bisa COD", "les untuk SMAN 1, SMAN 3 dan SMA Kristen")? Such a run names what is sold or who is
    served — makers, models, schools — not the business; so is the last of a list in brackets. The last item after a
    plain comma is not read as one:
    "… crypto deposits, BetKing" signs the brief."""
    opened = text.rfind("(", max(0, s - 60), s)
    if opened >= 0 and ")" not in text[opened:s] and "," in text[opened:s] and text[e:].lstrip(" .")[:1] == ")":
        return True  # the last of a list in brackets: "premium 249rb (musik, galeri foto, RSVP)"
    m = _ITEM_BEFORE.search(text, max(0, s - 40), s)
    short_before = bool(m and len(m.group(2).split()) <= 3)
    if short_before and m.group(1) and (re.search(r"(?:dan|and|&|atau|or|serta)\s+$", text[m.end(2):s])
                                         or re.match(r"\s*(?:,|(?:dan|and|&|atau|or|serta)\s)", text[e:])):
        # the third of three or more, after "dan" or before more words: "SMAN 1, SMAN 3 dan SMA Kristen",
        # "LV, Coach, Kate Spade, bisa COD"
        return True
    nxt = _ITEM_NEXT.match(text, e)  # a short item after, and one before or a third after: "LV, Coach, Kate Spade"
    if not nxt or len(nxt.group(1).split()) > 3 or not (short_before or _ITEM_NEXT.match(text, nxt.end(1))):
        return False
    # the first of them, with no comma before, only among names like it ("ready Casio, Seiko, Alexandre
    # Christie"): "toko bahan kue Sumber Manis, jual tepung, mentega" names the shop, then lists its goods
    after = nxt.group(1)
    # (a run of capitals amid lower-case items is set apart from them: "dari kebun kami, Hidro Farm Lembang, selada,
    # pakcoy" names the farm, then lists what it grows)
    return bool(re.search(r",\s*$", text[max(0, s - 4):s])) and not (
        after[:1].islower() and len(text[s:e].split()) >= 2) or (
        after[:1].isupper() and after.split()[0].lower() not in PLACES and not is_place(text, nxt.start(1), nxt.end(1)))


def after_list(text: str, s: int, e: int | None = None) -> bool:
    """Are the lower-case business words at ``text[s:e]`` the last of a list of services ("bekam dan pijat
    refleksi …", "urut tradisional & bekam …")? A capital past the first letter means the owner wrote them as
    a name ("Pijat Refleksi Bu Siti")."""
    if e is None:
        return bool(_LIST_JOIN.search(text[max(0, s - 12):s]))
    words = text[s + 1:e]
    return words == words.lower() and bool(_LIST_JOIN.search(text[max(0, s - 12):s]) or _LIST_INSIDE.search(words))

