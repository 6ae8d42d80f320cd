"""Where the business has its branches, said as a list after a count or a label: "punya 2 cabang: Pangkalpinang
(Jl. Masjid Jamik) & Sungailiat", "3 outlets: Kemang, Senopati & Blok M", "branches in Denpasar (Jl. Teuku Umar)
and Tabanan". Each place may carry its street in brackets (the address reader reads that); the places, said as
the owner joined them, are where customers find the business: one area, never lost beside a bare "2 cabang".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import fast, regrouped

from .addresses import _named_place

# the word for a branch, with a count or "our" before it or not, and what opens its list (a colon, "di", "in")
_BRANCH_CUE = fast(
    r"(?i)\b(?:(?:\d{1,2}|dua|tiga|empat|lima|two|three|four|five)\s+)?(?:cabang|outlets?|gerai|branch(?:es)?|"
    r"stores|toko)\b(?:\s+(?:kami|kita|our|we\s+have))?\s*(?::\s*(?:(?:di|in|at)\s+)?|(?:ada\s+)?(?:di|in|at)\s+)")
_PLACE = r"(?-i:[A-Z])[\w'-]+(?:\s(?-i:[A-Z])[\w'-]*){0,2}"
_ASIDE = r"(?:\s*\([^()\n]{1,50}\))?"
_BRANCH_LIST = regrouped(
    rf"({_PLACE}){_ASIDE}((?:\s*(?:,\s*(?:(?:dan|and|serta|&)\s+)?|(?<!\w)(?:dan|and|serta)\s+|&\s*){_PLACE}{_ASIDE}){{1,5}})")
_EACH = regrouped(rf"({_PLACE}){_ASIDE}")
_JOIN = regrouped(r"\s*(?:,\s*(?:(?:dan|and|serta|&)\s+)?|(?<!\w)(?:dan|and|serta)\s+|&\s*)")


def branch_places(text: str) -> Iterator[tuple[re.Match, str]]:
    """(match of the places, the places as joined) for each list of branches that holds a street
    in brackets or follows a colon: the lists the area reader cannot read whole (one it reads is left to it)."""
    for cue in _BRANCH_CUE.finditer(text):
        run = _BRANCH_LIST.match(text, cue.end())
        if run is None or not (":" in cue.group(0) or "(" in run.group(0)):
            continue
        places, joins, at = [], [], run.start()
        while (each := _EACH.match(text, at, run.end())) is not None:
            places.append(each.group(1))
            at = each.end()
            join = _JOIN.match(text, at, run.end())
            if join is None:
                break
            joins.append(join.group(0).strip())
            at = join.end()
        if len(places) < 2 or not all(_named_place(p) for p in places):
            continue
        value = places[0] + "".join((", " if j == "," else f" {j} ") + p for j, p in zip(joins, places[1:], strict=False))
        yield run, value  # (the count before, "2 cabang", stays the owner's fact of its own)
