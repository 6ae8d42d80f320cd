"""The owner's other businesses: an owner who runs several says which one the page is for ("I run a dive desk, a
laundry and a juice bar, only need the site for the juice bar", "usaha saya ada 2, warung makan sama laundry, yang
mau dibikinin web laundry-nya aja"). The businesses of that list the page is not for are neither offerings nor what
the business is: the offering rules read no card there and the type rules read no trade there (see not_offered).

Two things must both be said: the list of what the owner runs (after "I run/own/have", "saya punya", "usaha saya
ada", with a count or a word for businesses, or English pieces each opened by an article: "a bakery, a print shop and
a party rental business"), and which business the page is for ("only … for X", "this website is for X", "yang mau
dibuatin web X"), that X naming one piece of the list. The other pieces are masked; the chosen one stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import fast, regrouped

from .brand_guards import is_generic

# Who runs what: the owner's verb of having a business, or "usaha saya ada …".
_OWNS = fast(
    r"\b(?:i|we|saya|sy|aku|aq|gue|gua|gw|kami)\s+(?:also\s+|juga\s+|jg\s+)?(?:run|own|have|manage|punya|pny|pnya|"
    r"megang|pegang|ngelola|mengelola)\s+"
    r"|\b(?:usaha|bisnis)(?:\s+(?:saya|sy|aku|gue|gw|kami)|ku)\s+(?:ada\s+)?")
# How many, and of what: "3 things", "two businesses", "2 usaha", "beberapa usaha".
_COUNTED = regrouped(
    r"(?:\d+|two|three|four|five|several|a\s+few|multiple|dua|tiga|empat|lima|beberapa)\b\s*"
    r"(?:(?:different\s+|small\s+|little\s+)?(?:things|businesses|business|shops|stores|ventures|outlets|places|"
    r"usaha|bisnis|toko|jenis\s+usaha)\b)?")
_BUSINESS_WORD = regrouped(r"\b(?:things|businesses|business|shops|stores|ventures|outlets|places|usaha|bisnis|toko)\b")
# Up to the list: a place or a label before a colon or a comma ("in Labuan Bajo:", "yaitu").
_LEAD_IN = regrouped(r"[^:.,!?\n;]{0,40}?\s*[:,]\s*|\s*(?:yaitu|yakni|namely|which\s+are)\s+|\s*")
_LIST_END = regrouped(r"[.!?\n;:]")
_PIECE_SPLIT = regrouped(r"\s*(?:,|&|\+|\band\b|\bdan\b|\bsama\b|\bsm\b|\bserta\b|\bplus\b)\s*")
_ARTICLE = regrouped(r"(?:a|an|one|my|our)\s")

# Which business the page is for: the business after the cue, up to a mark.
_CHOSEN = fast(
    r"\b(?:only|just|khusus|cuma|cuman|hanya|solely)\b[^.!?\n,:]{0,30}?\b(?:for|untuk|utk|buat|bwt)\s+"
    r"|\b(?:website|site|web|page|webnya|websitenya|situs)\s+(?:is\s+|will\s+be\s+|ini\s+)?(?:only\s+|just\s+|"
    r"khusus\s+|cuma\s+|hanya\s+)?(?:for|untuk|utk|buat|bwt)\s+"
    r"|\b(?:yang|yg)\s+(?:(?:mau|mo|pengen|ingin|pgn|perlu|butuh)\s+)?(?:di)?(?:buat|bikin)\w*\s+(?:web|website|situs|webnya|"
    r"websitenya)\s+(?:(?:untuk|buat|utk)\s+)?")
_CHOSEN_WORDS = regrouped(r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}")
_FILLER = frozenset("the my our si usaha bisnis business yang yg".split())


def _chosen(lower: str) -> list[tuple[int, int, list[str]]]:
    """Where each cue starts and its business's words end, with those words ("laundry-nya" is "laundry")."""
    out = []
    for m in _CHOSEN.finditer(lower):
        words = _CHOSEN_WORDS.match(lower, m.end())
        if not words:
            continue
        said = [w for w in (re.sub(r"-?nya$", "", w) for w in words.group(0).split()) if w]
        while said and said[0] in _FILLER:
            said = said[1:]
        if said:
            out.append((m.start(), words.end(), said))
    return out


def _pieces(lower: str, a: int, b: int) -> list[tuple[int, int]]:
    spans, at = [], a
    for sep in _PIECE_SPLIT.finditer(lower, a, b):
        spans.append((at, sep.start()))
        at = sep.end()
    spans.append((at, b))
    return [(x, y) for x, y in spans if lower[x:y].strip()]


def _leading(said: list[str], piece: str) -> int:
    """How many of the chosen business's words, from its first, the piece holds."""
    words = set(piece.split())
    n = 0
    while n < len(said) and said[n] in words:
        n += 1
    return n


def other_businesses(lower: str) -> tuple[tuple[int, int], ...]:
    """The spans of the owner's businesses the page is not for (see above): the type rules read no trade there."""
    return owned(lower)[0]


def businesses_owned(lower: str) -> tuple[tuple[int, int], ...]:
    """The spans of every business of such a list, the one the page is for too, and of the words that say which one
    ("only need the site for the juice bar"): they say what the business is, and the offering rules read no card
    there (the goods the brief lists are the cards)."""
    others, chosen = owned(lower)
    return others + chosen


@lru_cache(maxsize=64)  # the type rules and the offering rules read the same brief
def owned(lower: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The owner's other businesses and the one the page is for, as spans (both empty where the brief does not say)."""
    chosen = _chosen(lower)
    if not chosen:
        return (), ()
    spans: list[tuple[int, int]] = []
    picked: list[tuple[int, int]] = []
    for m in _OWNS.finditer(lower):
        at = m.end()
        counted = _COUNTED.match(lower, at)
        # a count of businesses ("3 things", "dua bisnis") or "usaha saya ada …": what follows lists businesses
        businesses = lower.startswith(("usaha", "bisnis"), m.start()) or bool(counted and _BUSINESS_WORD.search(
            counted.group(0)))
        if counted and businesses:
            at = counted.end()
        lead = _LEAD_IN.match(lower, at) if businesses else None
        start = lead.end() if lead else at
        cues = [(c, e, said) for c, e, said in chosen if c >= start]
        if not cues:
            continue
        end_m = _LIST_END.search(lower, start)
        end = min(end_m.start() if end_m else len(lower), cues[0][0])
        pieces = _pieces(lower, start, end)
        if len(pieces) < 2:
            continue
        if not businesses and not all(_ARTICLE.match(lower, x) for x, _y in pieces):
            continue  # "I have a bakery selling bread, cakes and pastries": goods, not businesses
        said = cues[0][2]
        scores = [_leading(said, lower[x:y]) for x, y in pieces]
        best = max(scores)
        if best == 0 or scores.count(best) > 1:
            continue
        spans.extend(p for p, s in zip(pieces, scores, strict=True) if s != best)
        picked.extend(p for p, s in zip(pieces, scores, strict=True) if s == best)
        if not lower[cues[0][1]:cues[0][1] + 3].lstrip().startswith(":"):  # "… for the party rental only: [name]"
            picked.append(cues[0][:2])  # labels what follows it, which a mask would leave as a clause of its own
    return tuple(spans), tuple(picked)


def unnamed_businesses(text: str, lower: str) -> list[tuple[int, int]]:
    """The spans of such a list that name no business of the page: the businesses it is not for, and the one it is
    for and the words choosing it where the owner writes them in lower case ("punya dua usaha: angkringan sama jasa
    iklan online, yg dibikin web jasa iklannya", "… jualan pulsa sama MUA"): a trade said in passing, the name is
    said elsewhere."""
    others, picked = owned(lower)
    spans = sorted((*others, *picked))
    # the words joining the list's pieces ("sama", "dan", ",") name no one either
    joins = [(b, a) for (_x, b), (a, _y) in zip(spans, spans[1:], strict=False) if b < a and _PIECE_SPLIT.fullmatch(lower, b, a)]
    return [*others, *joins, *((a, b) for a, b in picked if text[a:b] == lower[a:b] or is_generic(text[a:b]))]
