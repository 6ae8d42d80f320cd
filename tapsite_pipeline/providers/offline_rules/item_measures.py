"""How much, how long and how far the readers bring with an offering: a measure said after the item ("paket komplit
3 jam", "tenda 5x10 m", "klappertaart ukuran 22 cm"), a decimal the readers cut at its comma or point ("cuci AC 0" of
"cuci AC 0,5–1 PK", "tour 1" of "tour 1.5 hours"), a bare quantity of goods read as an item ("150rb/1000 ekor",
"1 ekor besar 60rb"), a bare spec ("20 mbps": a tier of the offering before it), the count a pack holds ("isi 20 ="), and where the service reaches ("jangkauan Ambal"). The item is the goods or the service; the
measure is a note of its price, the quantity is what a price buys, and the reach is a place."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .offer_words import SPEC_UNITS

# A length of time or a size said after the item, its number alone or a width by a length: the item is the words
# before it. A spec of the goods (a speed, a capacity, a screen: "hosting 1gb", "tv 43 inci") stays part of the name.
_MEASURE = (r"(?:ukuran\s+|size\s+)?\d+(?:[.,]\d+)?(?:\s*[-–x×]\s*\d+(?:[.,]\d+)?)?\s*"
            r"(?:menit|mnt|jam|minutes?|mins?|hours?|hrs?|cm|m|meter|mbps)")
_MEASURE_AFTER = regrouped(rf"(.*?[a-z].*?)\s+{_MEASURE}")
# How many a pack holds, said after the item and before its price ("siomay isi 20 = 45rb", "pastel isi 10: 30rb").
_PACK_AFTER = regrouped(r"(.*?[a-z].*?)\s+(?:isi|berisi|contains)\s+\d+\s*(?:pcs|pc|biji|buah|potong|butir|lembar|"
                        r"bungkus|pieces)?\s*[=:]?")
# A package word alone is no name of what the package holds ("paket 3 jam" keeps its measure).
_BARE_HEAD = frozenset("paket package sewa rental rent kelas class les kursus course sesi session".split())

# A quantity of goods with nothing of the goods named: a count or a weight, and at most how big ("1 ekor besar").
_QUANTITY = (r"(?:per\s+)?\d+(?:[.,]\d+)?\s*(?:ekor|butir|biji|buah|pcs|pc|lembar|kg|gr|gram|g|ons|ml|"
             r"liter|lusin|kodi|porsi|bungkus|pieces?|pcs)(?:\s+(?:besar|kecil|sedang|jumbo|mini))?")
_QUANTITY_ONLY = regrouped(_QUANTITY)
# A spec said alone, a number and its unit with nothing of the goods named ("20 mbps", "1 tb"): a tier of the offering
# said before it, which its price fact holds ("pasang wifi 10 Mbps 150rb, 20 Mbps 220rb"). Tiers the brief names as
# packages ("paket 10mbps 100rb, 20mbps 150rb") are what is sold, each a card.
_SPEC_ONLY = regrouped(r"\d+(?:[.,]\d+)?\s*(?:-\s*\d+(?:[.,]\d+)?\s*)?" + SPEC_UNITS)
_SPEC_TIERS = regrouped(r"\b(?:paket|package|packages|plan|plans|tier|tiers|pilihan)\s+(?:[a-z]+\s+)?\d+(?:[.,]\d+)?\s*"
                        + SPEC_UNITS + r"\b")

# An item said with its measure or its quantity and nothing else, as a price list's line is ("jahe merah 500 ml",
# "pijat sasak 60 menit", "ikan bakar 1 ekor besar"): the item is the words before it. A container, a unit or a
# package word alone names no goods ("botol 250ml", "ukuran 40 cm", "paket 10 jam": how much, not what).
_ITEM_THEN_MEASURE = regrouped(rf"([a-z][a-z'&-]*(?:\s+[a-z][a-z'&-]*){{0,4}})\s+(?:{_MEASURE}|{_QUANTITY})")
_NO_GOODS = _BARE_HEAD | frozenset("""
botol btl gelas cup cups jar toples pouch sachet saset kaleng kotak box dus pack pak pax bungkus bks porsi pcs
ukuran size isi berisi kemasan harga hrg price durasi waktu lama
""".split())

# Where the service reaches, up to the end of the clause: what is said there is a place or a list of places
# ("jangkauan Kutowinangun lan Ambal", "coverage Canggu & Seminyak"), however a reader took it.
_REACH = regrouped(r"\b(?:jangkauan|coverage)\b[^.!?;\n]*")

_TRAILING_NUMBER = regrouped(r"(.*[a-z].*?)\s+\d+")
_NUMBER_GOES_ON = regrouped(r"(?:[.,]\d|\s*[-–—]\s*\d)")


def _cut_decimal(item: str, lower: str) -> str:
    """"cuci ac 0" → "cuci ac" when every time the brief says it, the number goes on ("0,5-1 pk", "1.5 hours")."""
    m = _TRAILING_NUMBER.fullmatch(item)
    if not m:
        return item
    at = lower.find(item)
    if at < 0:
        return item
    while at >= 0:
        if not _NUMBER_GOES_ON.match(lower, at + len(item)):
            return item
        at = lower.find(item, at + 1)
    return m.group(1)


def _within_reach(item: str, lower: str, reach: list[tuple[int, int]]) -> bool:
    at = lower.find(item)
    seen = False
    while at >= 0:
        if not any(a <= at and at + len(item) <= b for a, b in reach):
            return False
        seen = True
        at = lower.find(item, at + 1)
    return seen


def item_before_measure(phrase: str) -> str | None:
    """The goods or the service a phrase names before the measure or the quantity it closes on ("jahe merah 500 ml"
    → "jahe merah"); None when it closes on none, or the words before it name no goods ("botol 250ml")."""
    m = _ITEM_THEN_MEASURE.fullmatch(phrase)
    if not m or _NO_GOODS.issuperset(m.group(1).split()):
        return None
    return m.group(1)


def measured(items: list[str], lower: str) -> list[str]:
    """Each item without the measure said after it; a bare quantity and a reach dropped."""
    out: list[str] = []
    reach = [m.span() for m in _REACH.finditer(lower)] if "jangkauan" in lower or "coverage" in lower else []
    for item in items:
        if reach and (item.startswith(("jangkauan ", "coverage ")) or _within_reach(item, lower, reach)):
            continue
        if any(map(str.isdigit, item)):  # every measure and quantity holds a number; most items hold none
            item = _cut_decimal(item, lower)
            m = _MEASURE_AFTER.fullmatch(item) or _PACK_AFTER.fullmatch(item)
            if m and m.group(1) not in _BARE_HEAD:
                item = m.group(1)
            if _QUANTITY_ONLY.fullmatch(item) or (_SPEC_ONLY.fullmatch(item) and not _SPEC_TIERS.search(lower)):
                continue
        if item not in out:
            out.append(item)
    return out
