"""A ride or a trip sold on its route: the route is part of its name.

"shuttle Pekanbaru–Dumai 4x daily", "antar jemput Sorong–Waisai", "trip Piaynemo–Pasir Timbul 1 hari 5,5 jt": the
two places joined by a dash, right after a word for a ride or a trip, say which ride is sold (a second route is a
second card; one said with no card for it yet is added). The places are masked out of the offerings as places, so the reader keeps the bare head ("shuttle",
"trip") and at times a word of the route ("pasir"); the head takes its route back and a lone word of the route that
names no goods is dropped."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .lexicon import KEYWORDS
from .offer_words import MASK
from .places import PLACES

_HEAD = (r"(?:shuttle|travel|antar\s+jemput|antar-jemput|charter|carter|bus|trip|open\s+trip|private\s+trip|"
         r"boat|speedboat|ferry|ojek|rental\s+mobil)")
# One place: one or two words of letters; a word that says when, how often or how much ends it.
_STOP = (r"(?:setiap|tiap|per|mulai|from|only|cuma|harga|pp|daily|every|jam|pukul|via|by|dan|and|with|dengan|untuk|"
         r"for|hari|day|days|pulang|return|one|sekali|murah|nyaman|aman|cepat|promo|ac|reguler|regular|executive|eksekutif|"
         r"vip|pulang-pergi)\b")
_PLACE = r"(?!" + _STOP + r")[^\W\d_]{3,}(?:\s+(?!" + _STOP + r")[^\W\d_]{3,})?"
_ROUTE = regrouped(r"\b(?P<head>" + _HEAD + r")\s+(?P<route>" + _PLACE + r"\s*[–-]\s*" + _PLACE + r")\b")


def _placed(m: re.Match[str], masked: str) -> bool:
    """Is a side of the route a known place, or did the offerings reader mask a place inside it (`masked`: the brief
    as it read it, places blanked with MASK)? "trip snorkeling-diving" joins two activities, not two places."""
    sides = [" ".join(p.split()) for p in re.split(r"\s*[–-]\s*", m.group("route"), maxsplit=1)]
    return any(p in PLACES for p in sides) or MASK in masked[m.start("route"):m.end("route")]


def with_routes(items: list[str], lower: str, masked: str = "") -> list[str]:
    """The offerings, each bare ride or trip head given the route the brief says right after it (the module's doc)."""
    if "–" not in lower and "-" not in lower:
        return items
    routes = [(" ".join(m.group("head").split()), m.group(0)) for m in _ROUTE.finditer(lower) if _placed(m, masked)]
    if not routes:
        return items
    out: list[str] = []
    route_words = {w for _, r in routes for w in r.replace("–", " ").replace("-", " ").split()}
    for item in items:
        named = next((r for h, r in routes if item == h and r not in out), None)
        if named:
            out.append(named)
        elif " " in item or item not in route_words or item in KEYWORDS or any(item == h for h, _ in routes):
            out.append(item)
    # a route no card named yet ("🏝️ antar jemput Sorong–Waisai" on its own line) is one more ride sold
    out += [r for _, r in routes if r not in out and not any(r in i or i in r for i in out)]
    return out


def ride_route(item: str) -> bool:
    """Is the phrase a ride or a trip named with its route ("shuttle pekanbaru-dumai")? A card by its very shape."""
    return bool(_ROUTE.fullmatch(item))
