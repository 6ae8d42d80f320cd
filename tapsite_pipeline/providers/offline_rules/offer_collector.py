"""The collector that decides whether a phrase is an offering, and the cleaning each phrase gets first.

`clean_item` strips the leads and trails (offer_words: "aneka …", "… murah"), a certificate ("… original BPOM") and
what the goods have or come from; `Collector.push` is the single gate every candidate passes: counts, prices, colours,
places, audiences and page features never become offerings. Used by offer_reader.py and offerings.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.phrase_find import phrase_spans
from tapsite_pipeline.shorthand import SHORTHAND

from .colors import is_color
from .colour_in_name import colour_named
from .fragment_shape import fragment
from .item_bounds import OPEN_END, TRANSFER
from .level_programmes import head_and_level
from .offer_words import (
    _COUNTED,
    _INCLUDED,
    _LEAD,
    _LENGTH_LEAD,
    _TRAIL,
    _VERB_ONLY,
    AVAILABILITY,
    COUNTED_STAY,
    DELIVERY_MODES,
    MASK,
    TECH_WORDS,
    _head_ok,
    is_place,
    is_scrap,
)
from .plain_kinds import plain_of_kinds
from .price_list import MONEY
from .roles import AUDIENCE, FEATURE, PLACE, USES, access_by_period, is_offering

# A certificate or a claim of authenticity glued after the goods ("skincare original BPOM", "madu asli",
# "helm SNI", "sambal halal MUI"): a fact about the goods, not part of their name. After a word that makes
# the certificate the work itself ("sertifikasi halal", "pengurusan SNI", "label halal") it stays, and so it
# does when it tells two kinds apart ("parfum refill & parfum original").
_CERTIFIED = regrouped(
    r"(?<!\bsertifikasi)(?<!\bsertifikat)(?<!\bpengurusan)(?<!\blabel)(?<!\blogo)(?<!\bcertification)(?<!\baudit)"
    r"(?<!\bkonsultasi)(?<!\bkonsultan)(?<!\bizin)(?<!\bstiker)"
    r"\s+(?:original|ori|asli|100%\s+asli|bpom|halal|sni|iso(?:\s+\d+)?|pirt|p-irt|mui|kemenag|resmi|bergaransi|"
    r"berstandar\s+\w+|ber-?bpom|ber-?sni|terdaftar\s+bpom)$")


# Where the goods come from, said after them: "gracilaria hasil budidaya anggota", "ikan hasil tangkapan nelayan".
_PRODUCE_OF = regrouped(r"(?<=[a-z])\s+hasil\s+(?:budidaya|panen|tangkapan|olahan|kebun|ternak|karya|produksi|racikan)\b.*$")


# A "ber-" word of a property after a noun says what the thing has ("aula berkapasitas 500 orang", "kincir otomatis
# berbasis timer", "tas berbahan kanvas"): the name ends before it.
_HAS = regrouped(r"\s+ber(?:kapasitas|ukuran|bahan|basis|diameter|daya|garansi|sertifikat|standar|lisensi|izin|ijin|"
                 r"dimensi|volume|luas|panjang|lebar|tinggi|berat|muatan)\b.*?"
                 r"(?=\s*(?:$|[,&/+;]|\b(?:dan|and|serta|atau|or)\b))")


_SUPPLIES = frozenset("perlengkapan peralatan kebutuhan keperluan".split())
_THIS_OURS = frozenset("ini itu kami saya kita sy aku gw gue ku this our my".split())
# "pembuatan" (the making of) opening an item: what follows is made for the customer ("jasa pembuatan website").
MADE = regrouped(r"\s*(?:(?:dan|serta|juga|jg|jasa|layanan)\s+)*pembuatan\s+[a-z]")


# A gloss in brackets inside a noun phrase ("private houseboat (klotok) trips") is carried through the reading with
# these marks in place of its brackets (a bracket ends a clause there); the item gets its brackets back when cleaned.
GLOSS_OPEN, GLOSS_CLOSE = "\x02", "\x03"


@lru_cache(maxsize=8192)
def clean_item(item: str) -> str:
    if GLOSS_OPEN in item:
        item = item.replace(GLOSS_OPEN, "(").replace(GLOSS_CLOSE, ")")
    if "\x04" in item or "\x05" in item or "\x06" in item:  # coordination.shared_modifiers: "simultaneous and consecutive"
        item = item.replace("\x04", " and ").replace("\x05", " or ").replace("\x06", " & ")
    item = item.strip(" -:'\".,")
    if " ber" in item:
        item = _HAS.sub("", item)
    if "hasil" in item:
        item = _PRODUCE_OF.sub("", item)
    for _ in range(4):
        new = _LEAD.sub("", item)
        new = _TRAIL.sub("", new).strip(" -:'\".,")
        new = re.sub(r"(\d)\s+(?:harian|mingguan|bulanan|daily|weekly|monthly)$", r"\1", new)  # "playstation 5 harian"
        if new == item:
            break
        item = new
    return item


def spelled_out(words: list[str]) -> str:
    """The phrase with its chat shorthand spelled out ("bljr" → "belajar", "t4 les" → "tempat les"), so the role
    lexicon reads the words the owner meant: a verb or a place typed short is no more a card than typed in full."""
    return " ".join(SHORTHAND.get(w, w) for w in words)


# A service said with what it turns its object into: "konversi motor bensin menjadi motor listrik", "alih media kaset
# menjadi file digital", "convert old photos into digital albums". The result belongs to the offering's name, so the
# phrase may run longer than a plain item; a clause word before it (ITEM_STOP: "sesuai", "according") still ends it.
_RESULT = regrouped(r"^\S+\s+\S+.*\s(?:menjadi|into)\s+\S+")


# How long a session runs, said after what is done and before its amount ("pijat badan 90 menit 120rb", "creambath
# 1 jam 80rb"): a fact of the service, not part of its name; the words before it are the offering.
_LASTS_TAIL = regrouped(r"(?<=[a-z])\s+\d+(?:[.,]\d+)?\s*(?:menit|mnt|jam|min|mins|minutes?|hours?|hrs?)$")
# A word that makes the colour after it the look of the page ("warna hijau 50rb" is still a colour).
_COLOR_CUE = regrouped(r"\b(?:warna|warnanya|berwarna|nuansa|bernuansa|tema|colou?rs?|motif|aksen|accents?)\s+$")


# A word that asks ("apa", "berapa", "how", "what's"): a phrase holding one is a question, never an offering.
_ASKED = frozenset("""apa apakah apaan berapa brp bagaimana gimana gmn kapan dimana siapa what what's whats how why
where""".split())


class Collector:
    def __init__(self, lang: str, banned: set[str], tech: bool, trace: list | None = None, source: str = ""):
        self.items: list[str] = []
        self.lang, self.banned, self.tech = lang, banned, tech
        self.trace, self.source = trace, source  # every phrase tried, for the learned candidate filter
        # the occasions a trade verb of service takes as its object ("we shoot weddings"): sold, not a use
        self.occasions_sold: set[str] = set()
        # short names the owner typed in capitals ("TWS", "DTF", "VR"): in a list they name goods, no scrap of a phrase
        self.short_names: frozenset[str] = frozenset()
        # the brief and its amounts of money said right after a word: a colour word said with its own amount is sold
        self.lower = ""
        self.amounts: list[tuple[int, int]] = []

    def _own_amount(self, item: str) -> bool:
        """Is the phrase said right before an amount of money of its own ("es coklat 8rb", "hijau 9rb"), with no
        colour word cueing it ("warna hijau")?"""
        starts = {p for p, q in self.amounts if MONEY.search(self.lower, p, q)}
        lower = self.lower
        return any(to + 1 in starts and lower[to] == " " and not _COLOR_CUE.search(lower, max(0, at - 12), at)
                   for at, to in phrase_spans(item, lower))

    def push(self, raw: str, made: bool = False) -> bool:
        """Is the phrase an offering? Then it joins the items. `made`: the owner said it after "pembuatan" (the
        making of), which clean_item strips."""
        item = clean_item(raw)
        bare = _CERTIFIED.sub("", _CERTIFIED.sub("", item))  # "skincare bpom original"
        if bare != item and len(item.split()) <= 5 and not any(
                o.split()[0] == bare.split()[0] and o != bare for o in self.items) \
                and not (self.lower and plain_of_kinds(item, bare, self.lower)):
            item = bare
        if not _ASKED.isdisjoint(item.split()):  # "jual apa aja?", "how long does it take": a question, no goods (nor a
            return False         # candidate for the learned filter to add back)
        if self.trace is not None:
            self.trace.append((self.source, item))
        if item[-1:].isalpha() and (lasts_tail := _LASTS_TAIL.search(item)) and not item[0].isdigit() \
                and self.amounts and self._own_amount(item):  # "pijat badan 90 menit 120rb" ("2x seminggu 1 jam": no)
            item = item[:lasts_tail.start()]
            if self.trace is not None:
                self.trace[-1] = (self.source, item)
        words = item.split()
        if not item or len(item) < 2 or len(words) > (8 if _RESULT.search(item) else 5) or item.isdigit() \
                or MASK in item or words[-1] in OPEN_END:
            return False
        if is_scrap(item) and item not in self.short_names or item in DELIVERY_MODES or fragment(item, words):  # "5 yrs", "d mahir", "plastik disetor"
            return False
        if (counted := COUNTED_STAY.fullmatch(item)) and len(words) >= 3:
            # "3 private pool villas", "5 kamar deluxe", "2 studio rooms": how many is a fact, the kind of room is sold
            # (a bare count of rooms, "6 rooms", "4 kamar", names no kind and stays out)
            item, words = counted.group(1), words[1:]
            if self.trace is not None:
                self.trace[-1] = (self.source, item)
        if _COUNTED.search(item) or _VERB_ONLY.fullmatch(item):  # "drop-in 150k", "6 bands", "menyewakan"
            return False
        if _INCLUDED.search(item):  # "drone included": what a package comes with is a fact, not a card
            return False
        if AVAILABILITY.fullmatch(item):  # "ready stock dan PO": how the goods are had, not goods
            return False
        lasts = _LENGTH_LEAD.match(item)
        if lasts and not is_offering(item[lasts.end():]):  # "8-week course": how long the course runs, a fact
            return False
        color = [is_color(w) or is_color(w.rstrip("s")) for w in words]
        colorish = any(color) and all(c or not is_offering(w) for c, w in zip(color, words, strict=True))  # "biru tua"
        if colorish and self.amounts and self._own_amount(item):  # "coklat 10rb", "hijau 9rb": a drink on the menu
            colorish = False
        transfer = bool(TRANSFER.fullmatch(item))  # "antar ke bandara": the ride is sold, whatever "antar" is alone
        if made and not is_offering(spelled_out(words)) and any(w in FEATURE or w in TECH_WORDS for w in words) \
                and not (self.tech and any(w in TECH_WORDS for w in words)) \
                and words[-1] not in _THIS_OURS and not words[-1].endswith("nya"):
            # "pembuatan katalog digital", "pembuatan website sekolah": the making of a page thing is a service sold
            # ("pembuatan website ini", "pembuatan websitenya": the owner's own page, no service)
            item, words, transfer = f"pembuatan {item}", ["pembuatan", *words], True
            if self.trace is not None:
                self.trace[-1] = (self.source, item)
        # "perlengkapan sekolah", "peralatan dapur", "kebutuhan bayi": supplies for whom or where, named in a list of
        # goods, are goods (alone, a label before a colon, they stay the description)
        transfer = transfer or self.source == "listed" and 2 <= len(words) <= 3 and words[0] in _SUPPLIES \
            and all(w in AUDIENCE or w in PLACE for w in words[1:]) and not is_place(item)
        transfer = transfer or access_by_period(words)  # "member bulanan": whom it serves, sold by the month
        # "bimbel SMP" in a list, sold apart: the programme for that level (a description routes it elsewhere)
        transfer = transfer or self.source == "listed" and head_and_level(item)
        served = item in self.occasions_sold and (words[-1] if self.lang == "en" else words[0]) in USES
        if item in self.banned or is_place(item) or colorish or not (
                transfer or served or is_offering(spelled_out(words))):
            tech_word = self.tech and any(w in TECH_WORDS for w in words) and (
                len(words) > 1 or item in ("website", "websites", "web"))
            if not tech_word or item in self.banned:
                return False
        if not transfer and not _head_ok(item, self.lang, self.tech) and not colour_named(words):  # "hair colour"
            return False
        if item not in self.items:
            self.items.append(item)
        return True
