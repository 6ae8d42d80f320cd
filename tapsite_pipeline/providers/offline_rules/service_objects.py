"""A generic service word followed by what it is done to: "SERVIS PANGGILAN — KULKAS • MESIN CUCI • AC • WATER
HEATER" sells the servicing of a fridge, a washing machine, an air conditioner and a water heater, never "servis"
alone (a card, a headline, a title reading "Servis" names no appliance).

When the offering the rules read is only such a word ("servis", "jasa", "layanan", "repair", "service") and the brief,
on the line that says it, lists two or more things after a dash or a colon, each thing is an offering of its own, the
first said with the word as a list says it ("servis kulkas", "mesin cuci", "ac"; "fridge repair", "oven"). A line that
lists nothing leaves the word as it is.
"""

from __future__ import annotations

import re

GENERIC_HEADS = frozenset("servis service services jasa layanan reparasi perbaikan repair repairs".split())
# the head, up to two words of how it is done ("panggilan", "ke rumah", "on call"), a dash or a colon, then the list
_HEADS = "|".join(sorted(GENERIC_HEADS, key=len, reverse=True))
_HEADED_LIST = re.compile(
    rf"\b(?P<head>{_HEADS})\b(?:[^\S\n]+[a-z]+){{0,2}}?[^\S\n]*[:\u2014\u2013-][^\S\n]*(?P<list>[^\n]+?)(?=[.!?](?:\s|$)|\n|$)")
_SEP = re.compile(r"\s*(?:•|·|\||/|,|;|&)\s*|\s+(?:dan|and|atau|or)\s+")
_PIECE = re.compile(r"[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}")


def _objects(listed: str) -> list[str]:
    """The things a list names, when every piece is one to three plain words (no amount, no sentence)."""
    pieces = [" ".join(p.split()).strip(" .!") for p in _SEP.split(listed)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2 or not all(_PIECE.fullmatch(p) for p in pieces):
        return []
    return pieces


def _singular(thing: str) -> str:
    """English names what is repaired in the singular before the work: "washing machines" → "washing machine"."""
    head, _, last = thing.rpartition(" ")
    if re.search(r"(?:ch|sh|x)es$", last):
        last = last[:-2]
    elif len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


def objects_named(items: list[str], lower: str, lang: str) -> list[str]:
    """The offerings with a lone generic service word replaced by the things the brief lists after it."""
    if not any(i in GENERIC_HEADS for i in items):
        return items
    out: list[str] = []
    for item in items:
        found = []
        if item in GENERIC_HEADS:
            for m in _HEADED_LIST.finditer(lower):
                if m.group("head") == item and (found := _objects(m.group("list"))):
                    break
        if not found:
            out.append(item)
            continue
        # the word once, with the first thing, as a list says it and as owners name the offerings ("servis laptop,
        # komputer, printer"): the cards read "Servis Kulkas", "Mesin Cuci", "AC" under the services' heading
        first = f"{item} {found[0]}" if lang == "id" else f"{_singular(found[0])} {item}"
        out.extend(n for n in (first, *found[1:]) if n not in out)
    return out
