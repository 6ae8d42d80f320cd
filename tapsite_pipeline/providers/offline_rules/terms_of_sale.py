"""Words that say how the goods are served or bought, read as cards by the list readers: a portion said with its price
("Mie Ayam Pak Min, seporsi 12rb", "a plate for 15k"), the act of ordering ("pemesanan via wa.me/…", "order lewat
DM"), and a way of selling said with its minimum order ("wholesale for hotels from 100 pcs", "grosir mulai 1 lusin").
None is an offering: a portion word opening an item ("satu porsi lontong") leaves the goods after it; a way of selling
said without a minimum ("Wholesale for cafes too") is a service the gold keeps."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .offer_words import COUNTED_STAY

# One portion: Indonesian "se-" + a measure word ("seporsi", "sebungkus", "semangkuk"), or a count word before it
# ("satu porsi", "per porsi", "1 piring", "a plate", "one bowl", "per serving").
_MEASURES = r"(?:porsi|bungkus|bks|mangkuk|mangkok|piring|gelas|cangkir|cup|potong|tusuk|plate|bowl|portion|serving)"
_PORTION = regrouped(r"(?:se" + _MEASURES + r"|(?:satu|1|per|a|an|one|each)\s+" + _MEASURES + r"s?)(?:\s+(?:of|for))?")
# A bare measure word ("plate" of "a plate for 15k"): only when the brief says it as one portion, since "plates" and
# "bowls" are goods of a potter.
_MEASURE_ALONE = regrouped(_MEASURES + r"s?")
_ONE_BEFORE = regrouped(r"\b(?:a|an|one|per|each|satu|1)\s+\Z")

# The act of ordering or buying, alone or with how it is done ("pemesanan online").
_ORDERING = regrouped(r"(?:pemesanan|pembelian|pesanan|orderan|order|orders|ordering|reservasi|reservation|"
                      r"reservations)(?:\s+(?:online|offline|langsung|via|lewat|melalui)(?:\s+[a-z.]+)?)?")

# A way of selling and the minimum it takes: "wholesale … from 100 pcs", "grosir mulai 1 lusin", "reseller min 20".
_WAY_OF_SELLING = regrouped(r"(?:harga\s+)?(?:wholesale|grosir|grosiran|eceran|ecer|retail|reseller|resellers|"
                            r"dropship|dropshipper|agen)")
_MINIMUM = regrouped(r"[^.!?;\n]{0,40}?\b(?:from|mulai|min|minimal|minimum|minimun|start(?:ing)?\s+(?:from|at)|"
                     r"at\s+least|moq)\.?\s*:?\s*\d")


def _each_said_as_one(item: str, lower: str) -> bool:
    at = lower.find(item)
    seen = False
    while at >= 0:
        if not _ONE_BEFORE.search(lower, max(0, at - 8), at):
            return False
        seen = True
        at = lower.find(item, at + 1)
    return seen


def _with_minimum(item: str, lower: str) -> bool:
    at = lower.find(item)
    while at >= 0:
        if _MINIMUM.match(lower, at + len(item)):
            return True
        at = lower.find(item, at + 1)
    return False


def not_goods(item: str, lower: str) -> bool:
    """A portion, the act of ordering, or a way of selling with its minimum order: how, not what."""
    if _PORTION.fullmatch(item) or _ORDERING.fullmatch(item):
        return True
    if _MEASURE_ALONE.fullmatch(item):
        return _each_said_as_one(item, lower)
    return bool(_WAY_OF_SELLING.fullmatch(item)) and _with_minimum(item, lower)


def without_portion(item: str) -> str:
    """"satu porsi lontong" -> "lontong": the portion said before the goods is how much, not what."""
    m = _PORTION.match(item)
    if m and m.end() < len(item) and item[m.end()] == " ":
        return item[m.end():].strip()
    return item


# A bare count of rooms ("5 rooms", "4 kamar", "3 villas"): how big the place is, a fact of the notes.
_ROOMS_COUNTED = regrouped(r"\d{1,2}\s+(?:kamar|rooms?|suites?|villas?|bungalows?|cabins?|cottages?|units?)")


def without_count(item: str) -> str:
    """"4 wooden bungalows" -> "wooden bungalows" (however a reader brought it); "5 rooms" -> "" (no kind named)."""
    if _ROOMS_COUNTED.fullmatch(item):
        return ""
    counted = COUNTED_STAY.fullmatch(item)
    return counted.group(1) if counted and len(item.split()) >= 3 else item


def goods_only(items: list[str], lower: str) -> list[str]:
    out: list[str] = []
    for item in items:
        item = without_count(without_portion(item))
        if item and not not_goods(item, lower) and item not in out:
            out.append(item)
    return out
