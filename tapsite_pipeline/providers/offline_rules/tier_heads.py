"""A tier read off a labelled price line keeps the noun of its label: "Tickets: regular IDR 100,000, VIP table for 4
IDR 1,000,000" sells a regular ticket and a VIP table for 4, never "regular" (a tier word names nothing alone: on a
card, in a headline or a title it says "Regular").

The label names what every piece of the line is ("Tiket:", "Kamar:", "Rooms:", "Paket:", "Kelas:"); a piece that is
only a tier ("regular", "VIP", "deluxe", "ekonomi", "kelas 1") gets the label's noun, said as the owner's language
says it ("regular tickets", "tiket reguler"); a piece that has a noun of its own ("VIP table for 4") stays as it is and,
when the rules took only its sibling, is added beside it: the line lists the kinds of one thing, each at its price.
A brief about tickets that prices a tier with no label before it ("ticket page for our gig … presale 85k") sells
tickets of that tier ("presale tickets").
"""

from __future__ import annotations

import re

# the label's noun, English and Indonesian, by the words an owner writes before the colon (English says it in the
# plural, as a sentence names what is sold: "Kalkote Events offers regular tickets and a VIP table for 4")
_LABELS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("ticket", "tickets", "tiket", "htm"), ("tickets", "tiket")),
    **dict.fromkeys(("room", "rooms", "kamar"), ("rooms", "kamar")),
    **dict.fromkeys(("package", "packages", "paket"), ("packages", "paket")),
    **dict.fromkeys(("class", "classes", "kelas"), ("classes", "kelas")),
    **dict.fromkeys(("seat", "seats", "kursi"), ("seats", "kursi")),
    **dict.fromkeys(("memberships", "member"), ("memberships", "member")),
}
# a grade of a thing, never the thing: the words a price line's pieces are told apart by
TIER_WORDS = frozenset("""
basic basik standard standar reguler regular biasa premium gold silver bronze platinum diamond vip vvip deluxe
superior executive eksekutif ekonomi economy bisnis business early bird presale pre-sale normal ots festival
exclusive eksklusif ekslusif starter lite pro plus family keluarga single double twin suite
""".split())
_CLASS_GRADE = re.compile(r"^(?:kelas|class)\s+(?:\d|i{1,3}|[a-c])$")

_LINE_LABEL = re.compile(r"[^\S\n]*(?:[-•*·]\s*)?([a-z]+)(?:\s+[a-z]+)?[^\S\n]*[:：][^\S\n]*")
# where a piece's name ends: its price ("idr 100,000", "50rb", "1.5jt", "150k"), an aside or a dash; a lone digit is
# part of the name ("vip table for 4", "kelas 1")
_PIECE_END = re.compile(r"\s*(?:(?:rp|idr|usd|\$)\.?\s*\d|\d[\d.,]*\d|\d+\s*(?:rb|ribu|k|jt|juta)\b"
                        r"|\(|@|=|-\s|–|—)")
_SPLIT = re.compile(r"\s*(?:,|;|/|\||•|·)\s*|\s+(?:dan|and|atau|or)\s+")


def bare_tier(item: str) -> bool:
    """"regular", "VIP", "early bird", "kelas 1": a grade with no thing it grades."""
    words = item.lower().split()
    return bool(words) and (all(w in TIER_WORDS for w in words) or bool(_CLASS_GRADE.match(item.lower())))


# where a line or a sentence of the brief ends (the brief's lines reach the parser joined as sentences: "… stalls.
# tickets: regular idr 100,000, …"); a number's point ("1.000.000") ends nothing
_BOUND = re.compile(r"[.!?](?=\s|$)|\n")


def _labelled_line(lower: str, at: int) -> tuple[str, tuple[str, str], int] | None:
    """The line holding `at`, when it opens with one of the labels: (the rest of the line, the label's nouns, where
    the rest begins)."""
    start = max((m.end() for m in _BOUND.finditer(lower, 0, at)), default=0)
    after = _BOUND.search(lower, at)
    end = after.start() if after else len(lower)
    m = _LINE_LABEL.match(lower, start, end)
    if not m or m.end() > at:
        return None
    nouns = _LABELS.get(m.group(1)) or _LABELS.get((m.group(0).split(":")[0].split() or [""])[-1])
    return (lower[m.end():end], nouns, m.end()) if nouns else None


def _pieces(rest: str) -> list[str]:
    """The kinds a labelled line lists, each cut before its price ("vip table for 4 idr 1,000,000 (dinner …)")."""
    out = []
    for part in _SPLIT.split(rest):
        cut = _PIECE_END.search(part)
        piece = " ".join((part[:cut.start()] if cut else part).split()).strip(" .:-")
        if piece and (cut and cut.start() > 0 or not cut) and len(piece.split()) <= 5:
            out.append(piece)
    return out


def _headed(tier: str, nouns: tuple[str, str], lang: str) -> str:
    if _CLASS_GRADE.match(tier) and nouns[0] == "classes":  # "kelas: kelas 1 …" needs no second "kelas"
        return tier
    return f"{nouns[1]} {tier}" if lang == "id" else f"{tier} {nouns[0]}"


_TICKET_WORD = re.compile(r"\b(?:tickets?|tiket|htm)\b")
_PRICE_AFTER = re.compile(r"\s*(?::\s*)?(?:(?:rp|idr|usd|\$)\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|k|jt|juta|000)?\b")


def _ticket_priced(item: str, lower: str, at: int, lang: str) -> str:
    """A tier said with its price in a brief about tickets ("ticket page for our gig … presale 85k, on the spot 120k")
    is a ticket of that tier, with no label before it; any other word is kept."""
    if at < 0 or not _TICKET_WORD.search(lower) or not _PRICE_AFTER.match(lower, at + len(item)):
        return item
    return _headed(item, _LABELS["tickets"], lang)


def tiers_headed(items: list[str], lower: str, lang: str) -> list[str]:
    """The offerings with each bare tier named with its label's noun, and the label line's other priced kinds beside
    it ("regular" of "tickets: regular idr 100,000, vip table for 4 idr 1,000,000" → "regular tickets", "vip table for
    4"). Items that are no bare tier, or not said on such a line, are kept as they are."""
    out: list[str] = []
    for item in items:
        at = lower.find(item) if bare_tier(item) else -1
        line = _labelled_line(lower, at) if at >= 0 else None
        if line is None:
            out.append(_ticket_priced(item, lower, at, lang))
            continue
        rest, nouns, _ = line
        if not re.search(r"\d", rest):  # a line of prices: its pieces are kinds sold at their price
            out.append(item)
            continue
        for piece in _pieces(rest):
            named = _headed(piece, nouns, lang) if bare_tier(piece) else piece
            sibling = bare_tier(piece) or piece.split()[0] in TIER_WORDS  # "vip table for 4" beside "regular"
            if named in out or piece != item and (piece in items or not sibling):
                continue
            out.append(named)
    return out
