"""A news item forwarded to the channel: someone reports what others did or said, nobody offers anything.

News names markets, prices and trades ("Harga cabai di Pasar Induk naik jadi Rp 85.000/kg, pedagang menyebut …",
"Egg prices climbed to Rp 32,000 per kilogram, traders say"), but in the third person, attributed to others, about
changes and officials. A text is read as news when two such marks are found, it speaks in no first or second person
(an owner says "kami", "saya", "we", or addresses "kak", "you"), and nothing in it is an offer (checked by the caller).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

_REPORT = regrouped(
    r"\b(?:menyebut(?:kan)?|mengatakan|menuturkan|menjelaskan|ujar(?:nya)?|katanya|dilaporkan|melaporkan|menurut|"
    r"said|says|say|reported|according\s+to|told\s+reporters|officials?|pemerintah|pemda|pemkot|pemkab|pemprov|"
    r"dinas\s+\w+|bmkg|polisi|polres|polda|kementerian|ministry|police|government|warga\s+diminta|"
    r"residents\s+(?:were\s+)?(?:urged|asked|told)|(?:harga|tarif)\s+(?:\w+\s+){1,8}(?:naik|turun|melonjak|"
    r"anjlok|merosot)|prices?\s+(?:\w+\s+){0,6}(?:rose|climbed|fell|jumped|dropped|"
    r"surged|soared)|(?:naik|turun|rose|fell|climbed|dropped)\s+(?:by\s+)?(?:sekitar\s+|hampir\s+|nearly\s+|about\s+)?\d+\s*(?:persen|percent|%)|(?:up|down)\s+(?:nearly\s+|about\s+"
    r"|around\s+)?\d+\s*(?:percent|%)|pekan\s+ini|this\s+week|sepekan\s+ke\s+depan)\b")
# A first or second person: an owner speaks of themselves or to their customers.
_PERSON = re.compile(
    r"\b(?:saya|sy|aku|gw|gue|kami|kita|kak|kakak|sis|gan|bund|anda|kamu|kalian|i|i'm|i've|me|my|we|we're|our|us|"
    r"you|your|yours)\b|\w+(?:ku|mu)\b")


def reads_as_news(lower: str) -> bool:
    """Two marks of a report about others and no first or second person (lower: the cleaned, lower-cased text)."""
    if len({m.group(0) for m in _REPORT.finditer(lower)}) < 2:   # the cheap scan first: most texts have none
        return False
    return not _PERSON.search(lower)
