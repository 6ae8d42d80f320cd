"""Whose a price is: the item the owner said it of (its subject, read from the price's own clause) is the card's
offering, the family it belongs to, or another item.

A price binds to the item in its own clause, line or row. Its subject may say that item in other words ("weekly
service from IDR 450,000" of a "Weekly Housekeeping" card, "paket keluarga mulai 150rb" of "Foto Keluarga"), with
what it comes with ("room with two mics"), a size or a count ("gula semut 250gr"), or as the family of several cards
("batik mulai 100rb"). It never names another item: "pool cleaning 250k" shares "cleaning" with a "Weekly Cleaning"
card, "private lesson 600k" shares "lesson" with "Group Lesson", "kursi tiffany 15rb" shares "kursi" with "Sarung
Kursi"; each is a sibling's price, and the card showing it tells a visitor what the owner never said. A price no card
takes is still shown, on a line of its own in the offerings' section.
"""

from __future__ import annotations

import re

from ..price_item_joins import comes_with_only
from ..roles import QUALIFIER, UNIT
from .util import tokens

# words that say how an item is sold or sized, not which item it is ("paket", "service", "grade", "min")
_KIND = frozenset("""paket pkt package packages pack bundle bundling plan plans kelas class classes les course courses
kursus jasa layanan service services servis grade tipe type size ukuran min minimal minimum offline online item items
harga price prices tarif rate rates mulai from start starting""".split())
# after these, a subject says what the item comes with, where or when it is, or what it counts: not the item
_LINK = frozenset("""with dengan dgn at di in via during selama for untuk utk buat per tiap setiap incl including
include termasuk sudah udah plus isi berisi""".split())
# what a product's name may add to its price's subject and still be the same item ("sewa lapak" of "lapak 200rb")
_PRODUCT_KIND = frozenset("paket pkt package plan kelas class les course kursus sewa rent rental jual".split())
_UNITS = frozenset("gr g kg cm mm m ml l lt pk pcs pc x k rb".split())
_FUNCTION = frozenset("""the a an of and or to on by is are yang dan atau ke dari ada jg juga itu ini nya terus trus
lalu adds add tambah""".split())


def _close(a: str, b: str) -> bool:
    """One word, or its plural or a longer form of it ("castle" and "castles", "clean" and "cleaning")."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def _item_words(subject: str) -> list[str]:
    """The subject up to its first link word ("room with two mics" → room), never its opening one."""
    words = tokens(subject)
    cut = next((i for i, w in enumerate(words) if i and w in _LINK), len(words))
    return words[:cut]


def _own(words: list[str], other: list[str], kind: frozenset[str]) -> list[tuple[int, str]]:
    """The words that say which item, not said by the other name: no package or kind word, function word, unit,
    amount or size."""
    return [(i, w) for i, w in enumerate(words) if not any(_close(w, o) for o in other)
            and w not in kind and w not in _FUNCTION and w not in UNIT and w not in _UNITS and not re.search(r"\d", w)]


def names_other_item(product: str, subject: str) -> bool:
    """Does the price's subject name an item other than this product? Only when each says a word of its own: a
    subject that holds the product ("siomay ikan tenggiri isi 20" of "Siomay") or is held by it ("batik" of "Batik
    Tulis") is its own or its family's. The subject's own word says another item ("pool" of "pool cleaning" against
    "weekly cleaning"), a label after a package word does ("paket A" against "paket styling"), and so does a variant
    where the product says another ("abon original" against "abon pedas")."""
    if comes_with_only(product, subject):
        return True  # "hampers + kartu ucapan 290rb": the hampers' price, never the card's of "Kartu Ucapan"
    prod, words = tokens(product), _item_words(subject)
    if not _own(prod, words, _PRODUCT_KIND):
        return False
    labels = [w for i, w in enumerate(words) if i and words[i - 1] in _KIND and len(w) <= 2 and w.isalpha()
              and w not in prod]
    own = [w for _, w in _own(words, prod, _KIND)]
    if labels or any(w not in QUALIFIER for w in own):
        return True  # "paket a", "tipe b": the label names one package
    return bool(own)  # two variants: "original" against "pedas"
