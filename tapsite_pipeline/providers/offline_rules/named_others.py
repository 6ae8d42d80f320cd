"""Names a brief says that are not the business's, read after the brand rules chose a name:

* a person the owner introduces ("Saya Ibu Rosmini, 60 tahun, …", "Tiang Pak Ketut Arsa, petani …" (Balinese
  "tiang" = I), "sa Markus, nelayan …" (Papuan "sa"), "I'm Lotte from Utrecht …", "Lotte here (Belgian, …)") and
  a customer who signs a testimonial ('"pelayanannya ramah" - Bu Tini, Kuta'): people, not the business;
* a headline in capitals that announces an offer or an event ("OPEN PO PARCEL NATAL 2027", "STATUS WA: PENDAFTARAN
  DIBUKA", "KELAS MERANGKAI BUNGA batch Mei"): what happens, not who;
* a name the owner takes back at once ("namanya Salon Melati? eh bukan, Salon Mawar Indah"): the corrected one is.

When the chosen name stands in such a span, the brief is read again with those spans left out, and the new name is
taken when it is one the rules are sure of (not a guess from the brief's shape), written in capitals, of two words or
more; else the first reading stays (a freelancer who goes by their own name keeps it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped

from .lexicon import KEYWORDS
from .name_reader import take_name
from .notice_words import NOTICE_WORDS

Found = tuple[str, tuple[int, int], int]
Span = tuple[int, int]

# The weakest priority of a name the rules are sure of (brand.GUESSED and weaker are guesses from the brief's shape).
_SURE_BELOW = 9
# The pronouns an owner opens a self-introduction with, the regional ones too: Balinese "tiang/titiang", Papuan "sa",
# Manado "kita", Minang "ambo", Ambonese "beta", Javanese "kulo", Betawi "aye".
_REGIONAL_I = frozenset("kita tiang titiang sa ambo beta kulo aye ane".split())
_I = "|".join(sorted(_REGIONAL_I, key=len, reverse=True)) + r"|saya|sy|aku|gue|gw|i'm|i\s+am|my\s+name\s+is|nama\s+saya|namaku"
_HONOR = (r"(?:ibu|bu|bapak|pak|om|tante|kak|kakak|mbak|mba|mas|bang|abang|uda|uni|mama|bapa|nek|oma|opa|ustadz|"
          r"ustadzah|haji|hj\.?|bli|mbok|ni|made|wayan)\s+")
_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}"
# "Saya Pak Darto, 58 tahun", "Perkenalkan, saya Ibu Rosmini, …", "I'm Lotte from Utrecht": where a clause begins, the
# pronoun, a title, the name, then the person described (a comma, a bracket, where they come from).
_SELF = regrouped(r"(?:^|(?<=[.!?,:]))\s*(?:(?i:perkenalkan)\s*,?\s*)?(?i:(" + _I + r"))\s*,?\s+(?:(?i:" + _HONOR + r"))?"
                  + _NAME + r"(?=\s*[,(]|\s+(?i:from|dari|asal)\s)")
# "Lotte here (Belgian, nine years in Sanur)": a first name signing in, then the person described in brackets.
_HERE = regrouped(r"(?:^|(?<=[.!?,:]))\s*[A-Z][\w'-]+\s+here\s*\([^()]{0,80}\)")
# "Hi, Jake from Wellington here.": a person signing in with where they are from, opening the brief (the sentence whole)
_SIGN_IN = regrouped(r"\W*(?:(?i:hi|hello|hey|halo|hai|hallo)\b\W*)?[A-Z][\w'-]+\s+(?i:from|dari)\s+[A-Z][\w'-]+"
                     r"(?:\s+[A-Z][\w'-]+){0,2}\s+(?i:here)\b[^.!?\n]{0,40}[.!?\n]?")
# '"ramah dan cepat" - Bu Tini, Kuta': a quoted praise signed by the customer (and where they live).
_TESTIMONY = regrouped(r"[\"“]([^\"”]{2,240})[\"”]\s*[-–—]\s*(?:(?i:" + _HONOR + r"))?" + _NAME
                       + r"(?:\s*,\s*" + _NAME + r")?")
# A headline opening the brief in capitals: its words up to the first mark a name would not hold.
_HEADLINE = regrouped(r"\W*((?:[A-Z0-9][A-Z0-9'&/-]*[:!]?\s+){1,9}[A-Z0-9][A-Z0-9'&/-]*)(?![\w'])")
# The words of an offer or an event announced: a pre-order, a season, a class, a registration, a sale.
_EVENT_WORDS = frozenset("""
open po pre-order preorder order pesan pemesanan hampers hamper parcel parsel lebaran idul fitri adha ramadan ramadhan
natal christmas imlek tahun baru new year kelas class classes kursus workshop pendaftaran registration daftar dibuka
batch gelombang promo diskon discount sale status wa update terbatas limited spesial special edisi edition ready stok
stock lowongan hiring dicari
""".split())
# What only the announcement holds; the other words may be its goods or its numbers ("HAMPERS LEBARAN 1448 H").
_ANNOUNCING = _EVENT_WORDS - frozenset("kelas class classes kursus workshop order status wa ready stock stok".split())
# "Salon Melati? eh bukan, Salon Mawar Indah": the owner takes the name back and writes it again.
_TAKEN_BACK = regrouped(r"\s*[?!.,]*\s*(?:(?:(?i:eh)\s*,?\s*(?i:bukan|salah(?:\s+ketik|\s+tulis)?|maksudnya)|"
                        r"(?i:ralat|koreksi|maksudnya|oops|i\s+mean|correction))\b[\s,:!.-]*)+(?=[A-Z])")


@lru_cache(maxsize=4)
def _found(text: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[Span, ...], tuple[tuple[int, int, int], ...]]:
    """The people of a brief, scanned once for the offerings and the brand: (start, end, pronoun) of each
    self-introduction, the span of each "X here (…)", and (start, end of the quote, end) of each signed testimony."""
    selves = tuple((m.start(), m.end(), m.group(1).lower()) for m in _SELF.finditer(text))
    here = tuple((m.start(), m.end()) for m in _HERE.finditer(text)) + sign_in(text)
    quotes = tuple((m.start(), m.end(1), m.end()) for m in _TESTIMONY.finditer(text)) \
        if '"' in text or "“" in text else ()
    return selves, here, quotes


def self_introductions(text: str) -> tuple[Span, ...]:
    """The span of each person the owner introduces themselves as ("Kita Om Noldy", "Saya Ibu Rosmini")."""
    return tuple((a, b) for a, b, _ in _found(text)[0])


def testimonies(text: str) -> tuple[Span, ...]:
    """The span of each quoted praise a customer signs, quote and signature: the customer's words, not the owner's."""
    return tuple((a, b) for a, _, b in _found(text)[2])


def sign_in(text: str) -> tuple[Span, ...]:
    """The span of a person signing in at the brief's start ("Hi, Jake from Wellington here."), or none: the
    business is named after it, and the brand rules read the brief as opening there."""
    m = _SIGN_IN.match(text)
    return ((m.start(), m.end()),) if m else ()


def others_named(text: str) -> list[Span]:
    """The spans of the people a brief introduces and quotes, and of a headline announcing an offer or event."""
    selves, here, quotes = _found(text)
    spans = [(a, b) for a, b, _ in selves] + list(here) + [(a, b) for a, _, b in quotes]
    if (head := headline(text)) is not None:
        spans.append(head)
    return spans


def people(text: str) -> list[Span]:
    """The spans of the people who sign in with the description in brackets after "X here", and of the customers who
    sign a testimonial (from the dash on): no offering is read there either. (A person introduced with a pronoun
    stays, what follows the name is the owner's self-description, read by self_description.py; a regional pronoun
    with the name, "Tiang Pak Ketut", "sa Markus", is no offering.)"""
    selves, here, quotes = _found(text)
    return list(here) + [(a, b) for a, b, i in selves if i in _REGIONAL_I] + [(q + 1, b) for _, q, b in quotes]


def headline(text: str) -> Span | None:
    """The span of a headline in capitals opening the brief that announces an offer or an event: each word one of an
    announcement's, of the goods or trade, a number or a letter, and one of them only an announcement's."""
    m = _HEADLINE.match(text)
    if not m:
        return None
    words = [w.strip(":!").lower() for w in m.group(1).split()]
    if not any(w in _ANNOUNCING or w in NOTICE_WORDS for w in words):
        return None
    # the goods' own phrases are read whole ("KUE KERING", "PUTRI SALJU")
    paired = {i for i in range(len(words) - 1) if f"{words[i]} {words[i + 1]}" in KEYWORDS}
    paired |= {i + 1 for i in paired}
    if all(i in paired or w in _EVENT_WORDS or w in NOTICE_WORDS or w in KEYWORDS or w.isdigit() or len(w) == 1
           for i, w in enumerate(words)):
        return m.start(1), m.end(1)
    return None


def not_others(found: Found | None, text: str, cased: bool, skip: list[Span],
               reread: Callable[[list[Span]], Found | None]) -> Found | None:
    """The chosen name, or the one read without the people and headlines when it stood in one of them, or the name
    the owner wrote instead of it."""
    if not found:
        return found
    name, (s, e), prio = found
    if cased and (back := _TAKEN_BACK.match(text, e)) is not None:
        again = take_name(text, back.end(), cased, require_cap=True)
        if again and len(again[0].split()) >= 2:
            return again[0], (again[1], again[2]), prio
    spans = others_named(text)
    if not any(a < e and s < b for a, b in spans):
        return found
    other = reread([*skip, *spans])
    if other and other[2] < _SURE_BELOW and _capitalised(text[other[1][0]:other[1][1]]):
        return other
    return found


def _capitalised(said: str) -> bool:
    """Two words or more, the first and all but one of the others in capitals as the owner wrote them: a name, not a
    trade said in lower case ("guru les privat matematika")."""
    words = said.split()
    return len(words) >= 2 and words[0][:1].isupper() and sum(not w[:1].isupper() for w in words) <= 1
