"""How long the business has been going, as a small grammar: a marker word and a year ("sejak 2008",
"udah dari 2012", "berdiri tahun 2010", "since 2015") is a `since` fact; a number, a unit of years and a
marker word on either side ("10 tahun pengalaman", "berpengalaman lebih dari 8 tahun", "15 years of
experience", "sudah 20 tahun melayani") is an `experience` fact.

The marker word is what separates these from every other "N tahun" of a brief: an age ("usia 1-5 tahun"),
a warranty ("garansi 1 tahun"), a contract ("sewa 2 tahun"). A value keeps the owner's number and qualifier
with the unit written out ("thn" → "tahun", "yrs" → "years") so the page reads it as a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import fast, regrouped

from .regional_cues import cue
from .story import story_since

_YEAR = r"((?:19|20)\d\d)(?![\d/-])"
# The words that say "from this year on", Indonesian (formal and chat) and English.
_SINCE_MARK = (
    rf"(?:{cue('sejak')}|semenjak|sedari|since|est\.?|established(?:\s+in)?|founded(?:\s+in)?|opened\s+in|"
    r"berdiri(?:\s+(?:sejak|dari|dr|pada))?|didirikan(?:\s+(?:sejak|pada|dari))?|"
    r"(?:dari|dr|mulai)\s+(?=tahun|thn|th\b)|"
    r"(?:udah|sudah|sdh|dah|udh)\s+(?:ada\s+|buka\s+|jalan\s+|jualan\s+)?(?:dari|dr|sejak)|"
    r"(?:ada|buka|jalan|jualan|beroperasi|berjalan|usaha|berpengalaman|melayani|hadir|aktif|berkarya)\s+(?:dari|dr|sejak)|"
    r"(?:in\s+business|running|around|serving|trading|open)\s+since)")
# "buka kedai di Bukittinggi dari 2011", "jualan dr 2015": "dari" and a year that starts no range ("dari 2011
# sampai 2015" is a period, not since)
_FROM_YEAR = r"(?:dari|dr)\s+(?=(?:19|20)\d\d(?![\d/-])(?!\s*(?:-|–|sampai|sampe|hingga|s/?d|to|ke)\s*(?:19|20)?\d))"
# "opened in 2019", "we started the farm in 2015", "moved to Lombok in 2019 and opened a bakery": a verb of starting
# and the year it happened, in one clause
_START_VERB = r"(?:(?:re-?)?opened|started|founded|began|(?:re-?)?launched|established|set\s+up|moved|dibuka|merintis|memulai)"
_STARTED_BEFORE = regrouped(rf"(?i)\b{_START_VERB}\b[^.;!?,\n]{{0,40}}$")
_STARTED_AFTER = regrouped(rf"(?i)\s*,?\s+(?:and\s+|when\s+)?(?:(?:i|we|she|he|they)\s+)?{_START_VERB}\b")
_IN_YEAR = fast(r"\bin\s+((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)", re.I)
SINCE = fast(rf"\b(?:{_SINCE_MARK}\s+|{_FROM_YEAR})(?:{cue('tahun')}\.?\s+)?{_YEAR}", re.I)

_QUAL = (r"(?:(?:lebih\s+dari|lebih|hampir|sekitar|kurang\s+lebih|over|more\s+than|almost|nearly|about|around|"
         r"sudah|udah|sdh|dah|udh|selama|for)\s+)*")
_COUNT = r"\d{1,2}\s*\+?"
_UNIT = r"(?:tahun|thn|th|taun|years?|yrs?)\b\.?"
_AFTER_MARK = (r"(?:lebih\s+)?(?:(?:ber)?pengalaman|(?:of\s+|in\s+)?(?:hands-on\s+)?experience|"
               r"(?:in|of)\s+(?:the\s+)?(?:business|trade|industry)|berdiri|berjalan|beroperasi|melayani|jualan|"
               r"berjualan|usaha|berkarya|menekuni|running|serving|trading|jalan|buka)\b")
_BEFORE_MARK = r"(?:berpengalaman|pengalaman|experience|experienced|pengalaman\s+kerja)"
# "has served Surabaya households for over 15 years", "melayani warga Depok selama 10 tahun": a serving verb, what
# or whom it serves, then "for"/"selama" and the years
_SERVED = (r"(?:served|serving|been\s+(?:running|operating|trading|in\s+business)|run|operated|melayani|berdiri|"
           r"beroperasi|berjualan|berkarya)")
# "udah sepuluh tahun", "sudah 12 thn": "already N years" said of the business with no other marker word; an age, a
# warranty or a term said just before ("anak udah 5 tahun", "garansi sudah 1 tahun") or "ago" after it is not one
# (Manado "so 40 taong" is "sudah 40 tahun")
_ALREADY = (r"(?:udah|sudah|sdh|dah|udh|so)\s+(?P<d>(?:(?:lebih\s+dari|hampir|sekitar|kurang\s+lebih)\s+)?"
            r"\d{1,2}\s*\+?\s*(?:tahun|thn|th|taun|taon|taong)\b\.?)(?!\s*(?:yang\s+lalu|yg\s+lalu|lalu|lebih\b|an\b|ke\s|usia|umur))")
EXPERIENCE = fast(
    rf"\b(?P<a>{_QUAL}{_COUNT}\s*{_UNIT})\s*(?:\+\s*)?{_AFTER_MARK}|"
    rf"\b{_BEFORE_MARK}\s*:?\s+(?P<b>{_QUAL}{_COUNT}\s*{_UNIT})|"
    rf"\b{_SERVED}\b(?:\s+(?!for\b|selama\b)[\w'-]+){{0,4}}?\s+(?:for|selama)\s+(?P<c>{_QUAL}{_COUNT}\s*{_UNIT})|\b{_ALREADY}", re.I)

_NOT_BUSINESS_AGE = regrouped(r"\b(?:umur|umurnya|usia|usianya|anak|anaknya|adik|garansi|kontrak|sewa|nikah|menikah|"
                              r"pensiun|sakit|kuliah|sekolah)\b")
_UNIT_WORD = {"thn": "tahun", "th": "tahun", "taun": "tahun", "taon": "tahun", "taong": "tahun", "yr": "years", "yrs": "years", "year": "years"}
_QUAL_DROP = regrouped(r"^(?:(?:sudah|udah|sdh|dah|udh|selama|for)\s+)+", re.I)


def _value(phrase: str) -> str:
    """"udah 10 thn" → "10 tahun", "over 15 yrs" → "over 15 years", "1 year" stays "1 year"."""
    words = _QUAL_DROP.sub("", " ".join(phrase.split())).rstrip(".").split(" ")
    unit = words[-1].lower()
    words[-1] = _UNIT_WORD.get(unit, unit)
    if words[-1] == "years" and re.fullmatch(r"1", words[-2] if len(words) > 1 else ""):
        words[-1] = "year"
    return re.sub(r"(\d)\s*\+\s*", r"\1+ ", " ".join(words)).replace("+ ", "+ ").strip()


def tenure(text: str, lower: str) -> Iterator[tuple[str, re.Match, str]]:
    """(kind, match, value) for each since-year and years-of-experience statement of the brief."""
    since = False
    for m in SINCE.finditer(lower):
        since = True
        yield "since", m, m.group(1)
    if not since and (told := story_since(lower)):  # "Dulu ibu saya …, tahun 2014 kami beli mesin pertama"
        yield "since", told[0], told[1]
    for m in (_IN_YEAR.finditer(lower) if " in " in lower else ()):
        if _STARTED_BEFORE.search(lower, max(0, m.start() - 50), m.start()) or _STARTED_AFTER.match(lower, m.end()):
            yield "since", m, m.group(1)
    for m in EXPERIENCE.finditer(lower):
        g = next(k for k in ("a", "b", "c", "d") if m.group(k))
        if g == "d" and _NOT_BUSINESS_AGE.search(lower, max(0, m.start() - 30), m.start()):
            continue
        yield "experience", m, _value(text[m.start(g):m.end(g)])
