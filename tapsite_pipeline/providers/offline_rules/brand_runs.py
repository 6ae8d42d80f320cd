"""Capitalised runs read as a brand name (brand.py): where a run stands alone or opens the brief, and where it is
no name (an item of a price list, a package sold, a place served, what someone is described as)."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .brand_cues import LANGUAGES
from .brand_shapes import is_place
from .brand_words import GENERIC_WORDS
from .lexicon import KEYWORDS
from .places import PLACES
from .roles import AUDIENCE

# A capitalised item between two prices of a list: "…200k, Lensa fix 80k/hari": the one before it ends the last item,
# the one after it is its own.
_AMOUNT = r"(?:rp\.?\s*|idr\s*)?\d[\d.,]*\s*(?:k|rb|ribu|jt|juta|million)\b(?:\s*/\s*(?:\d+\s*)?[a-z]+)?"
_PRICED_BEFORE = re.compile(rf"(?i){_AMOUNT}(?:\s+[\w'&-]+){{0,4}}\s*,\s*$")  # ("400k/day self drive, ")
_PACKAGE_NAME = re.compile(r"(?i)^(?:paket|package|bundle|combo)\b|\b(?:package|bundle|combo)$")
_PRICE_NEXT = re.compile(rf"(?i)\s+(?:mulai\s+|from\s+)?{_AMOUNT}")
# After an item's amount the price list goes on: the rest of its clause, then another item said with its own amount.
# The end of a clause right after an item's price ("Cuci AC 60rb aja.", "Facial 85k!"): the item and its price are the
# whole clause, a line of the offer, not a name.
_CLAUSE_PRICED = regrouped(r"(?:\s+(?i:aja|saja|doang|only|per\s+\w+|/\s*\w+))?\s*(?:[.!;]|$)")
_NEXT_PRICED = re.compile(rf"(?i)[^,.;:!?]*,(?:\s+[\w'-]+){{1,3}}?\s+{_AMOUNT}")
_PRICED_AFTER = re.compile(rf"(?i)(?:\s+[\w'-]+){{0,3}}?\s+{_AMOUNT}(?:\s+[\w'&-]+){{0,4}}\s*(?:,|\.|$)")
_ALONE_AFTER = regrouped(r"\s*(?:[.!]|$|\s[-—]\s|[,—-]?\s*(?:wa|whatsapp|call|telp|telepon|hp|email|e-mail|ig|instagram|"
                         r"insta|hubungi|kontak|contact|pesan|order|info|dm|sms|telegram|line)\b)", re.I)
# A signature line: the name, then its mobile number ("… garansi 30 hari. Teknik Dingin Jaya 0811 2929 3030"). The
# owner signs with the name they are called by: a stronger reading than a capitalised trade opening the brief.
# A mobile number right after a name, or after a dash and the channel's word: "Teknik Dingin Jaya 0811 2929 3030",
# "Toko Pamiring Bone — WA 0813 …"
SIGNED_NUMBER = regrouped(r"\s*(?:[,:]|\s[—–-])?\s*(?:(?i:wa|whatsapp|hp|telp|tlp|tel|hub|cp)\.?\s*:?\s*)?"
                          r"\(?(?:\+?62|0)[\s-]?8\d{2}[\s.-]?\d")
_CAMEL = regrouped(r"(?<![\w@.])[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?:\.[a-z]{2,4})?(?![\w@])")
# ("melayani Kota Kupang dan Oesao", "wilayah Banjarmasin Utara dan Kayu Tangi": where it works, not who)
_SERVED_BEFORE = regrouped(r"\b(?i:melayani|serving|serves|around(?:\s+the)?|across(?:\s+the)?|wilayah|daerah|kawasan|"
                           r"jangkauan|coverage)\s+"
                           r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*(?:,\s*|&\s*|\b(?:dan|and)\s+)){0,5}$")
# An indefinite article and at most two lower-case words right before a capitalised run: the run describes
# ("a freelance Shopify developer", "seorang MC Bahasa Inggris", "a Sasak wedding organiser"); names take none.
_ARTICLE_BEFORE = regrouped(r"\b(?i:a|an|seorang|sebuah)\s+(?:[a-z][\w-]*\s+){0,2}$")
# Every word of the lexicon's trade keywords: a lower-case opening made only of these (and customers) names no one.
_TRADE_WORDS = frozenset(w for k in KEYWORDS for w in k.split())
_NAME_SPLIT = re.compile(r"\s+|&")
_COINED = re.compile(r"\.[a-z]{2,4}$|[a-z][A-Z]")
_SET_OFF = re.compile(r"\s*(?:[-:—–]|\s-\s)")
# A rental or a service said in lower case right after the words opening the brief: "Game Zone Kediri rental PS5",
# "Sinar Terang jasa sedot WC", "Berkah Jaya Motor servis motor".
_TRADE_AFTER = regrouped(r"\s+(?:rental|sewa|servis|service|jasa)\s")


def _trade_after_name(text: str, s: int, e: int) -> bool:
    """The words opening the brief name the business whose trade follows them, when they are two or more and not
    only a place ("Jakarta Selatan sewa mobil") or the trade's own words ("Kue Kering sewa loyang")."""
    words = [w for w in _NAME_SPLIT.split(text[s:e].lower()) if w]
    return bool(_TRADE_AFTER.match(text, e)) and len(words) >= 2 and not is_place(text, s, e) \
        and not all(w in _TRADE_WORDS for w in words)


# The lower-case words right before and after a capitalised run, in the same clause.
_LOWER_BEFORE = regrouped(r"(?:^|[\s(])([a-z][a-z'-]+)\s+$")
_LOWER_AFTER = regrouped(r"\s+([a-z][a-z'-]+)\b(?!\s*[-—:])")
_COORD = re.compile(r"\s*(?:&|\+|/|,|\band\b|\bdan\b|\bor\b|\batau\b)\s*")


def inside_trade_phrase(text: str, s: int, e: int, stop: frozenset[str] | set[str]) -> bool:
    """A capitalised run inside a lower-case phrase of the trade qualifies what is sold or taught, it names no one:
    a place or a kind between two of its words ("open trip Bromo sunrise", "sewa Avanza harian"), or single words
    joined as items after them ("kursus coding anak Python & Scratch", "les musik Piano dan Gitar")."""
    before = _LOWER_BEFORE.search(text, max(0, s - 30), s)
    # (the word before is the trade's or a customer's: "studio name Ink & Fern" is named, not qualified)
    if not before or before.group(1) in stop or not (before.group(1) in _TRADE_WORDS or before.group(1) in AUDIENCE):
        return False
    parts = [p for p in _COORD.split(text[s:e]) if p]
    if len(parts) >= 2 and all(len(p.split()) == 1 for p in parts) and len(parts) < len(text[s:e].split()) + 1:
        return True  # single words joined: the items of a list
    after = _LOWER_AFTER.match(text, e)
    return len(parts) == 1 and len(text[s:e].split()) == 1 and bool(after) and after.group(1) not in stop



# Levels of skill a language course names before the language ("Beginner Korean lessons", "Intermediate Japanese class")
_SKILL = frozenset("beginner beginners basic intermediate advanced conversational business everyday".split())
_TAUGHT_NEXT = regrouped(r"\s+(?:lessons?|class(?:es)?|courses?|tutoring|tuition)\b", re.I)


def subject_taught(text: str, s: int, e: int) -> bool:
    """A capitalised run of a level and a language right before a lesson word ("Beginner Korean lessons online")
    says what is taught, it names no one. A language alone before the word ("Korean class") is left to the other
    readings."""
    if text[s:e].count(" ") != 1:  # (a level and a language: two words; most runs are not, and return here)
        return False
    words = text[s:e].lower().split()
    return (words[0] in _SKILL and words[1] in LANGUAGES) and bool(_TAUGHT_NEXT.match(text, e))


def trade_heading(name: str) -> bool:
    """Is a run set off before the rest only the trade and a town ("SEWA ALAT PESTA LAMPUNG - …"), a post's heading?"""
    words = name.lower().split()
    said = sum(w in KEYWORDS for w in words) + sum(f"{a} {b}" in KEYWORDS for a, b in zip(words, words[1:], strict=False))
    return said >= 2 and all(w in _TRADE_WORDS or w in GENERIC_WORDS or w in PLACES for w in words)
