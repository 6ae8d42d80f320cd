"""A list the owner closes with "provided"/"disediakan"/"included" ("Tenda, meja & listrik 450 watt disediakan.",
"Breakfast and airport pickup included.", "Props, backdrop provided"): what the business lays on with the offering, a
note of it, never cards. The list stands as a sentence of its own with no amount in it; an item priced there
("photobooth 2 jam 1,5jt, props included") is sold, and so is anything after an offer verb ("kami sediakan …")."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .amounts import BARE_AMOUNT
from .offering_parts import sentence_start
from .package_contents import AMOUNT

_SENTENCE_END = regrouped(r"[.!?;\n](?!\d)|\Z")
_CLOSED_BY = regrouped(r"\b(?:disediakan|disiapkan|provided|included|incl|termasuk|include)\W*\Z")
_LIST_CHARS = regrouped(r"[\w\s&+/,'-]+")
_PRICED = regrouped(f"{AMOUNT}|{BARE_AMOUNT}")
_OFFER_VERB = regrouped(r"\b(?:kami|we|jual|menjual|sewa|menyewakan|sell|rent|offer|offers|hire)\b")


def provided_with(item: str, lower: str) -> bool:
    """Is every mention of the item in a sentence that is a list closed by a "provided" word (see above)?"""
    if not any(w in lower for w in ("disediakan", "disiapkan", "provided", "included", "incl", "termasuk", "include")):
        return False  # most briefs close no list so
    at = lower.find(item)
    found = False
    while at >= 0:
        start = sentence_start(lower, at)
        end_m = _SENTENCE_END.search(lower, at + len(item))
        end = end_m.start() if end_m else len(lower)
        sentence = lower[start:end].strip(" \t\"'*-\u2022")
        if not sentence or not _CLOSED_BY.search(sentence) or not _LIST_CHARS.fullmatch(sentence.rstrip(". !")) \
                or _PRICED.search(sentence) or _OFFER_VERB.search(sentence):
            return False
        found = True
        at = lower.find(item, at + len(item))
    return found
