"""Price lists: the items of a list each said with its own amount ("bedcover 25k, selimut 15k", "A6400 350k, Lensa 50mm
100k/hari, Tripod 50k"). An item sold alone at its own price is an offering, whatever its words say of parts or specs.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

# A price said right after an item of a list ("kiloan 8rb/kg, bedcover 25k, selimut 15k"): the amount is a fact, and
# the list goes on around it. Masking it like a name would cut the list into one-item clauses.
# (a range with a multiplier on each end is one amount: "IDR 200k–450k", "Rp 150rb - Rp 300rb")
_AMOUNT_ONLY = regrouped(r"(?:(?:mulai|from|start(?:ing)?\s+(?:from|at)|cuma|hanya|only)\s+)?(?:rp\.?|idr)?\s*\d[\d.,]*"
                         r"(?:\s*(?:rb|ribu|rebu|k|jt|juta)\s*[-–]\s*(?:(?:rp\.?|idr)\s*)?\d[\d.,]*)?"
                         r"\s*(?:rb|ribu|rebu|k|jt|juta|m)?\b(?:\s*(?:/|per)\s*[a-z]+\d?)?")


def priced_item(lower: str, span: tuple[int, int]) -> bool:
    a, b = span
    return (a >= 2 and lower[a - 1] == " " and lower[a - 2].isalnum()
            and bool(_AMOUNT_ONLY.fullmatch(lower[a:b].strip())) and any(c.isdigit() for c in lower[a:b]))


_PRICE_WORD_BEFORE = regrouped(r"\b(?:flat|fee|rent|sewa|harga|hrg|biaya|tarif|price|prices|is|are|cost|costs|only|cuma|"
                               r"hanya|mulai|from|per|drop-in|dp|ongkir|total|jadi|semua|all)\s*$")
_LIST_GAP = regrouped(r"\s*(?:,|&|\+|\bdan\b|\band\b|\bsama\b|\bsm\b)\s*")


def price_list(lower: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The priced items that form a list: two or more in a row, each amount followed by the next item after a comma
    or "dan"/"and" ("bedcover 25k, selimut 15k"); an amount after a price word ("flat 800k") is no item's."""
    spans = sorted(sp for sp in spans if not _PRICE_WORD_BEFORE.search(lower[max(0, sp[0] - 12):sp[0]]))
    keep: set[tuple[int, int]] = set()
    for x, y in zip(spans, spans[1:], strict=False):
        between = lower[x[1]:y[0]]
        if (_LIST_GAP.match(between) and not re.search(r"[.!?;:\n]", between)
                and len(between.split()) <= 5):
            keep.update((x, y))
    return sorted(keep)


def _own_price(item: str, lower: str, priced: list[tuple[int, int]]) -> bool:
    """An item of a price list said with its own amount ("lensa 50mm 100k/hari" among "A6400 350k, …, tripod 50k") is
    sold on its own: a spec or a part word in it ("50mm", "lensa") makes it no part of another offering."""
    if not priced:
        return False
    starts = {a for a, _ in priced}
    for m in re.finditer(rf"(?<![\w-]){re.escape(item)}(?![\w-])", lower):
        if any(m.end() + k in starts for k in (1, 2)):
            return True
    return False


# An option of the item before it, said alone with its own price: "steril kucing jantan 350rb, betina 600rb".
_VARIANT_WORDS = frozenset("""
jantan betina pria wanita cowok cewek laki perempuan anak dewasa remaja balita male female men women kids adult
besar kecil sedang jumbo mini small medium large regular reguler biasa spesial special premium standar standard
""".split())


def sold_alone(item: str, lower: str, priced: list[tuple[int, int]]) -> bool:
    """An item of a price list said with its own amount (see _own_price), and not what a "+" adds to the item before
    it ("proyektor + layar 150rb"), an option of it alone ("jantan 350rb, betina 600rb"), nor the rest of its name
    ("kain pewarna sintetis 95rb, pewarna alam 250rb")."""
    at = lower.find(item)
    if at < 0 or not _own_price(item, lower, priced) or lower[max(0, at - 2):at].strip().endswith("+"):
        return False
    words = item.split()
    if len(words) == 1 and words[0] in _VARIANT_WORDS:
        return False
    # the item before it (a comma inside an amount, "1,2jt", parts nothing): a word inside it, not its head, that this
    # item opens with
    before = re.split(r"[,;:]\s+|\.\s+", lower[:at].rstrip(" ,"))[-1].split()
    return words[0] not in before[1:]
