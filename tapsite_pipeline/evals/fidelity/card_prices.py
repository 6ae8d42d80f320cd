"""Card prices: a price shown under an offering card is one the brief says of that offering.

"weekly cleaning 350k, deep clean 900k, pool cleaning 250k per visit" shown as a "Weekly Cleaning" card priced
"250k" tells a visitor a price the owner gave for another item. An owner binds an amount to the item in its own
clause: the same sentence piece, list item or table row ("X 25rb", "X: 25k", "X … Rp 25.000/kg"), or the item
right after an amount that opens its piece ("25rb dapat X"). A piece with two amounts binds each to the words
between it and the amount before ("kaos 50rb dan kemeja 70rb"); a range ("50–70rb", "Rp 50.000 – Rp 70.000") is
one amount.

A card's price is judged wrong only when the brief leaves no doubt:
- every place the brief gives the amount binds it to another offering of the brief (the gold list, or the
  offerings the brief reader finds), which the card neither names nor belongs to ("batik 100rb" is the price of
  every batik card, "Cleaning" may be short for "pool cleaning");
- no piece holding the amount says it of a group ("semua 50rb", "all 50k", "masing-masing");
- and the card's own item is found in the brief with an amount of its own, or in another sentence than the
  amount: an item listed without one beside a priced sibling ("kaos, kemeja 50rb") may share its price.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from . import values
from .page import Page
from .price_ranges import _BARE_LOW
from .text import clip, content_words, norm, phrase_match, token_in

# where a sentence ends ("Rp. 25.000", "Jl. Mawar", decimals and the dots leading an item to its price,
# "Ganti oli ..... Rp 95.000", are not ends)
_SENTENCE_END = re.compile(r"(?<!\.)(?<!\brp)(?<!\bjl)(?<!\bno)(?<!\bdll)[.!?](?=\s|$)|\n", re.I)
# where a list item ends inside a sentence ("," not inside a number, ";", a bullet, a bar or an emoji ticking it off:
# "✅ hosting 1GB 15k/month ✅ VPS 2 core 95k/month")
_ITEM_END = re.compile(r",(?!\d)|;|[•·|\u2600-\u27bf\U0001F000-\U0001FAFF]")
# words that say how an offering is sold, not what it is ("paket keluarga" is the family photo shoot)
_KIND_WORDS = frozenset("paket package packages kelas class classes jasa layanan service services les sewa".split())
# words about the amount, not about what it buys
_PRICE_WORDS = frozenset("""harga harganya price prices priced rate rates tarif biaya ongkos cuma hanya only just
mulai start starting from dari at for untuk seharga total bayar dapat dapet get gets rp idr per each tiap setiap
nett net flat promo normal diskon discount approx sekitar kisaran range around""".split())
# a price said of several items or of all of them
_GROUP = re.compile(r"\b(?:semua(?:nya)?|all|each|both|keduanya|masing[\s-]?masing|sama|same|rata|flat|any|"
                    r"apa\s?aja|apapun|per\s?item|per\s?menu)\b", re.I)


@dataclass(frozen=True)
class _Amount:
    """One place the brief states an amount: the amounts it shows (both ends of a range), the words it binds to,
    and the sentence it is in."""

    values: frozenset[int]
    bound: str
    sentence: int
    item: str  # the words before the amount, when it follows its item
    piece: int


def _pieces(text: str) -> list[tuple[int, str]]:
    """(sentence number, list item) for every list item of the brief; a line is a sentence."""
    out, start = [], 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    for i, end in enumerate(ends):
        sentence = text[start:end]
        start = end
        out += [(i, p) for p in _ITEM_END.split(sentence) if p.strip()]
    return out


def _wordy(text: str) -> bool:
    return any(w not in _PRICE_WORDS for w in content_words(re.sub(r"\d", " ", text)))


def amounts(text: str) -> list[_Amount]:
    """Every amount of the brief with the words it is bound to."""
    out: list[_Amount] = []
    last = ""  # the piece before, when it holds no amount
    for n, (sent, piece) in enumerate(_pieces(text)):
        found = list(values.PRICE.finditer(piece))
        groups: list[list[re.Match]] = []
        for m in found:  # "Rp 50.000 – Rp 70.000": one amount
            if groups and re.fullmatch(values.RANGE_SEP, piece[groups[-1][-1].end():m.start()], re.I):
                groups[-1].append(m)
            else:
                groups.append([m])
        prev_end = 0
        for k, g in enumerate(groups):
            start, end = g[0].start(), g[-1].end()
            vals = {v for m in g for _, v in values.prices(m.group(0))}
            if (low := _BARE_LOW.search(piece, max(0, start - 20), start)) and not g[0].group("usd"):
                mul = g[0].group("rpmul") or g[0].group("mul")
                vals.add(round(values.number(low.group(1), bool(mul)) * (values.MULTIPLIER[mul.lower()] if mul else 1)))
                start = low.start()
            next_start = groups[k + 1][0].start() if k + 1 < len(groups) else len(piece)
            before, after = piece[prev_end:start], piece[end:next_start]
            # the item before the amount ("kaos 50rb"); an amount opening its piece binds what follows ("25rb dapat X");
            # the last amount of a piece keeps its tail ("250k per visit", "Rp 25.000/kg untuk cuci kering")
            # an amount opening its line or piece right after an unpriced one is that one's ("*Lumpia isi 10*\nRp 40.000")
            item = before if _wordy(before) else last if k == 0 else ""
            bound = item
            if not item or k + 1 == len(groups):
                bound += " " + after
            prev_end = end
            if vals:
                out.append(_Amount(frozenset(vals), bound, sent, " ".join(item.split()).strip(" .:-–—*|"), n))
        last = "" if found else piece
    return out


def _apart(title: str, where: list[_Amount], owners: list[list[str]], brief_text: str) -> bool:
    """An item the brief names without an amount of its own is apart from the amount said of an offering listed
    beside it: in another sentence, or after the amount in its sentence ("napa kimchi 75k, vegan kimchi too"). It
    may share an amount said after it in its sentence ("kaos, kemeja 50rb"), or be the family of an item priced
    elsewhere and listed nowhere beside it ("les musik" and "les piano anak 350rb")."""
    pieces = _pieces(brief_text)
    named = [(i, n) for n, (i, piece) in enumerate(pieces) if _holds(piece, title)]
    at = {i for i, _ in named}
    beside = [o for os in owners for o in os for n, (i, piece) in enumerate(pieces) if i in at and _holds(piece, o)]
    if not named or not beside:
        return False
    return all(a.sentence not in at or (a.item and all(n > a.piece for i, n in named if i == a.sentence))
               for a in where)


def _holds(text: str, name: str) -> bool:
    """Every content word of the name is in the text (near-equal words: "clean" ~ "cleaning")."""
    toks, pool = content_words(name), content_words(text)
    return bool(toks) and all(token_in(t, pool) for t in toks)


def _same_item(card: str, offering: str) -> bool:
    """The card shows this offering, a part of it or the whole it belongs to ("Cleaning" and "pool cleaning",
    "Batik Tulis" and "batik", "Foto Keluarga" and "paket keluarga")."""
    if fuzz.ratio(norm(card), norm(offering)) >= 90 or phrase_match(card, offering):
        return True
    a, b = _what(card), _what(offering)
    return bool(a and b) and (all(token_in(t, b) for t in a) or all(token_in(t, a) for t in b))


def _sibling(card: str, item: str) -> bool:
    """The words before an amount name a sibling of the card: an item sharing a word with it, neither holding the
    other ("pool cleaning" of "Weekly Cleaning", "abon tuna original" of "Abon Tuna Pedas"). Words that share none
    ("Sat–Sun", "anak", "large") may be a variant of the card's own item, at another price."""
    a, b = _what(card), _what(item)
    return bool(a and b) and any(token_in(t, b) for t in a) and not _same_item(card, item)


def _what(name: str) -> list[str]:
    return [w for w in content_words(name) if w not in _KIND_WORDS]


def _nearest(owners: list[str], bound: str) -> str:
    """The offering named nearest the amount: the last one whose words the bound says."""
    toks = content_words(bound)
    return max(owners, key=lambda o: max((i for i, t in enumerate(toks) if token_in(t, content_words(o))), default=-1))


def wrong_card_prices(page: Page, brief_text: str, offerings: list[str]) -> list[str]:
    """Cards whose price the brief says of another offering, as problems."""
    said = amounts(brief_text)
    out = []
    for card in page.offer_cards:
        for label, value in values.prices(card.body):
            where = [a for a in said if value in a.values]
            if not where or any(_holds(a.bound, card.title) for a in where):
                continue
            priced = any(_holds(a.bound, card.title) for a in said)
            owners = [[o for o in offerings if _holds(a.bound, o) and not _same_item(card.title, o)]
                      or ([a.item] if priced and _sibling(card.title, a.item) else []) for a in where]
            if not all(owners) or any(_GROUP.search(a.bound) for a in where):
                continue
            if not priced and not _apart(card.title, where, owners, brief_text):
                continue
            owner = _nearest(owners[0], where[0].bound)
            out.append(f'card "{card.title}" shows "{label}", which the brief says of "{clip(owner, 40)}"')
    return list(dict.fromkeys(out))
