"""The offering a business's own name says, when the brief says it nowhere else.

Indonesian owners often name the business by what it sells and whose it is: "Bakso Urat 77 Pak Giman", "Les Gitar
Bang Oji", "Sate Padang Uni Fitri", "Kontrakan Haji Mamat 10 Pintu". The words before the title (roles.TITLES) are
the trade; when they name a trade's goods (the business lexicon or the business-head gazetteer), no offering read
from the brief already holds them, and the owner lists nothing after an offer verb ("Servis Elektronik Pak Darto
menerima perbaikan televisi, …" lists its work, and the name only labels it), they are the core offering.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .heads import heads, norm
from .lexicon import KEYWORDS
from .offer_words import EXAMPLES, MASK, TRIGGER, VENUE, WEAK_TRIGGERS
from .places import PLACES
from .roles import QUALIFIER, TITLES, is_offering

_WORD = regrouped(r"[a-z0-9][a-z0-9'-]*")
_PREMISES = regrouped(r"pe[mnr]?[a-z]{3,}an")


# Shops named by what kind of shop they are ("Apotek Bunda Farma", "Optik Pak Harun"): the place, not what it sells
_SHOPS = frozenset("apotek apotik farmasi pharmacy drugstore optik optikal optical minimarket swalayan toserba".split())


def trade_in_name(name: str) -> str | None:
    """The trade before the title in a business's name ("bakso urat" of "Bakso Urat 77 Pak Giman"), or None."""
    words = _WORD.findall(name.lower())
    at = next((k for k, w in enumerate(words) if k and w in TITLES and k + 1 < len(words)), None)
    if at is None:
        return None
    lead = words[:at]
    while lead and lead[-1].isdigit():
        lead.pop()
    # where and how it is said after the goods ("Bubur Ayam Cianjur", "Kostum Ceria") is no part of them
    while len(lead) > 1 and " ".join(lead) not in KEYWORDS and (lead[-1] in PLACES or lead[-1] in QUALIFIER):
        lead.pop()
    phrase = " ".join(lead)
    # "Pemancingan Mang Ujang", "Percetakan Pak Budi": a pe(N)-…-an noun names the premises, not what is sold there
    if not 1 <= len(lead) <= 3 or lead[0] in VENUE or lead[0] in _SHOPS or _PREMISES.fullmatch(lead[0]) \
            or not is_offering(phrase):
        return None
    return phrase if phrase in KEYWORDS or norm(phrase) in heads() else None


def _opens_with(text: str, lower: str = "", name: str = "") -> bool:
    """Does the brief open with the (masked) name? A greeting is masked too ("Halo kak, ibu jualan …"): the masked
    start is the name only where nothing but masks stand before the name in the brief."""
    if not text.lstrip(" \"'*-").startswith(MASK):
        return False
    at = lower.find(name.lower()) if lower and name else -1
    return at < 0 or text.startswith(MASK, at) and all(c == MASK or c in _BEFORE_NAME for c in text[:at])


_BEFORE_NAME = frozenset(" ,.!:;\"'*-\n")


def lists_offers(text: str) -> bool:
    """Does the brief list what it sells after an offer verb ("menerima perbaikan …", "jual …", "we sell …")?"""
    return any(m.group(0).strip() not in WEAK_TRIGGERS and m.group(0).strip().split()[0] not in EXAMPLES
               for m in TRIGGER.finditer(text))


def named_offering(name: str, text: str, items: list[str], lang: str = "id", lower: str = "") -> str | None:
    """The trade of the business's name as one more offering (see the module doc), or None. `text` is the brief as
    the offering rules read it (names, places and what is not offered masked out). Only a brief that opens with the
    name, as its headline, and is written in the name's language (an English brief translates it: "Ikan Bakar Pak
    Made … grilled fish") says what it sells this way."""
    trade = trade_in_name(name) if name and lang == "id" else None
    # (a greeting before the name is masked as the name is: where the brief lists two items or more, the name's trade
    # said later is the category they belong to, "ibu jualan kue basah, namanya Kue Basah Bu Partini. ada klepon, …")
    if not trade or lists_offers(text) or not _opens_with(text, lower if len(items) >= 2 else "", name):
        return None
    words = set(trade.split())
    return None if any(words <= set(i.split()) for i in items) else trade


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words)


def names_business(item: str, brand: str) -> bool:
    """The phrase is the long form of a name of initials ("rental kamera jogja" of "RKJ", said in brackets after it):
    the business's own name, not one of its offerings."""
    words = _WORD.findall(item)
    name = _WORD.findall(brand.lower())
    return len(name) == 1 and len(words) >= 2 and len(name[0]) == len(words) and _initials(words) == name[0]
