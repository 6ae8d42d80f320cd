"""Items joined by "+" and priced together, read for the item a price is for (price_subject.py): "proyektor 3500
lumens + layar 150rb/hari", "panggung + karpet mulai 1,5jt", "paket lengkap badut+sulap+balon 1jt". The price is for
the whole, said with each item ("proyektor + layar"), never for the last item alone ("layar", "karpet", "balon"),
which a page would show as the price of something the owner sells only with the rest.

A card of what only comes with the first item ("Kartu Ucapan" of "hampers + kartu ucapan 290rb") never shows it.

The same reading of how owners set an item beside its price:
- a phrase after "with" that tells how the item is done ("private cremation with the ashes returned in a wooden urn
  starts at IDR 850,000") is no item: the price is for what comes before "with";
- a price opening a bracket is the item's said just before it ("salak gula pasir (IDR 30,000/kg)", "kategori 10K
  (250rb)": with the count said last);
- a slash between two words sets out variants of one item ("gamis S/M/L 125rb", "asrama putra/putri"), not a break;
- talk said after the item ("keripik jamur jg ada 15rb") is no part of it."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

_BULLET = regrouped(r"^[^\w]+")
# a word, or a size or a model said with the item ("panggung 4x6 + karpet", "kamera 24mp + tripod"), never an amount
_WORD = regrouped(r"[a-z][a-z'-]*|(?!\d+(?:[.,]\d+)?(?:rb|ribu|k|jt|juta)\Z)\d+(?:[.,]\d+)?(?:x\d+(?:[.,]\d+)?)?[a-z]*")


def plus_joint(lower: str, pos: int, before: str) -> int | None:
    """Where the "+" that joins the item before it to the words before the price stands ("proyektor + layar 150rb"),
    or None: the words before the price follow a "+" between two words, not an amount ("nasi 25rb + es teh 5rb": each
    has its own price) and not a plus sign opening an extra ("+25rb")."""
    joint = pos - len(before) - 1
    if joint < 1 or lower[joint] != "+" or not before.strip() or re.search(r"\d", before.split()[0]):
        return None
    ahead = lower[max(0, joint - 30):joint].replace("+", " ").split()
    # (a plain word or a size before it: "domain .com + hosting" leaves ".com", no item, before the "+")
    return joint if ahead and _WORD.fullmatch(ahead[-1]) else None


def joined(first: str, last: str) -> str:
    """The items on each side of the "+", without the bullet that opens the line ("* kursi futura + sarung")."""
    return f"{_BULLET.sub('', first)} + {last}"


# the words of a phrase that tells of the item rather than names a thing: an article, a preposition or a relative word
_TELLING = frozenset("the a an in into on at yang di ke returned delivered done made".split())
_STARTING = regrouped(r"\s*(?:starts?|starting|mulai|dimulai)\s*(?:at|from|dari|dr)?\s*$")


def described(phrase: str) -> bool:
    """Does the phrase after "with" tell of the item in four words or more, with an article, a preposition or a
    relative word ("the ashes returned in a wooden urn")? A short "with" phrase names what it comes with ("with
    breakfast") and is read as before."""
    words = _STARTING.sub("", phrase).split()
    return len(words) >= 4 and any(w in _TELLING for w in words)


# a bracket right before the price, and a plain word before it ("salak gula pasir (IDR 30,000/kg)")
_OPENING = regrouped(r"(?<=[a-z])\s*\(\s*\Z")


def item_before_opening(lower: str, pos: int) -> int | None:
    """Where the item ends when the price opens a bracket right after it ("moringa facial oil (IDR 89,000)", "ganti LCD
    (mulai 650rb tergantung tipe)"): the item is the words before the bracket. None when the price opens no bracket or
    no word is before it. (A comma before a price is left as it is: what is said before it is as often a place, a
    time or a condition as the item.)"""
    opening = _OPENING.search(lower, max(0, pos - 6), pos)
    return opening.start() if opening else None


def talk_after_trimmed(words: list[str], talk: frozenset[str]) -> list[str]:
    """The words without the talk said after the thing ("keripik jamur jg ada" → keripik jamur, "MUA partner
    available" → MUA partner); talk before it is left to the caller ("ada jg paket")."""
    end = len(words)
    while end > 0 and words[end - 1] in talk:
        end -= 1
    return words[:end] if 0 < end < len(words) else words


def with_count_before(lower: str, at: int, subject: str) -> str:
    """The item read before a bracket, with the count or size said last before it when the item left it out
    ("kategori 10K (250rb)" → "kategori 10k"): without it the two categories' prices read alike."""
    last = lower[max(0, at - 30):at].split()[-1:]
    if subject and last and re.search(r"\d", last[0]) and _COUNT.fullmatch(last[0]) and last[0] not in subject.split():
        return f"{subject} {last[0]}"
    return subject


_COUNT = regrouped(r"\d+(?:[.,]\d+)?[a-z]{0,4}")


def comes_with_only(product: str, subject: str) -> bool:
    """Does the product name only what comes with the item a "+" joined price is for ("kartu ucapan" of "hampers +
    kartu ucapan", "layar" of "proyektor + layar")? The price is the first item's, with the rest: a card of a later
    item alone would show it as that item's own price."""
    if " + " not in subject:
        return False
    head = set(re.findall(r"[a-z0-9]+", subject.split(" + ")[0].lower()))
    said = set(re.findall(r"[a-z0-9]+", product.lower()))
    return bool(said) and not said & head and bool(said & set(re.findall(r"[a-z0-9]+", subject.lower())))


# A slash that breaks a statement before a price, never one between two letters: "S/M/L", "putra/putri" set out the
# variants of one item ("gamis katun rayon S/M/L 125rb" is the gamis's price, not the L size's alone).
# The slash after an amount's unit still breaks ("750k/day with driver / hiace 1.3 million": hiace's own price).
VARIANT_SLASH = r"(?<![a-z])/|/(?![a-z])|(?<=\d[a-z])/|(?<=\d[a-z]{2})/|(?<=\d[a-z]{3})/|(?<=\d[a-z]{4})/"


def whole_words_before(lower: str, pos: int, width: int) -> str:
    """The text within `width` characters before the price, from its first whole word: a window that opens inside a
    word ("h" of "udah lancar Valorant …") leaves a fragment that is never the price's item."""
    start = max(0, pos - width)
    window = lower[start:pos]
    if start > 0 and lower[start - 1].isalnum() and window[:1].isalnum():
        cut = next((i for i, c in enumerate(window) if not c.isalnum()), len(window))
        window = window[cut:]
    return window
