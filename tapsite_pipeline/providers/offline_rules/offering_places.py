"""Places said among offerings: the names after a word that says where ("area Jaksel, Jaktim, Depok"), the rest of a
place's name before its region, one word listed among places, a keyword inside a place's name ("Pasir Panjang
beach") and a place between commas after the business's name. The offering rules (offerings.py) mask them or leave
them out: a place is never a card.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped
from tapsite_pipeline.phrase_find import phrase_spans

from .lexicon import KEYWORDS
from .offer_words import ITEM_STOP, MASK, PLACE_CUE, PLACE_JOIN, TRIGGER, is_place, is_scrap
from .places import PLACES
from .roles import FILLER, GEOGRAPHY, is_offering

_PLACE_WORD = regrouped(r"[a-z0-9][\w'.-]*")
_PLACE_BREAK = regrouped(r"[,;:!?\n()\x00]|\.(?:\s|$)|\s[-—–]+\s")
_JOINS = frozenset("dan and sama sm ama atau or serta".split())
# Place words that also follow a noun as its modifier ("ayam kampung", "sayur desa", "tour keliling kota").
_MODIFIER_CUES = frozenset("kampung desa kota daerah area kawasan wilayah".split())


def places_named(lower: str) -> list[tuple[int, int]]:
    """The spans of places said after a word that says where (offer_words.PLACE_CUE), coordinated names included;
    past a comma only a name the gazetteer knows goes on ("area Jaksel, Jaktim, Depok")."""
    spans = []
    for m in PLACE_CUE.finditer(lower):
        pos = m.end()
        if re.match(r"\s*\d", lower[pos:]):  # "around 50 guests", "area 2"
            continue
        before = re.search(r"([a-z0-9][\w'-]*)\s+$", lower[max(0, m.start() - 30):m.start()])
        if m.group(0) in _MODIFIER_CUES and before and before.group(1) not in ITEM_STOP and before.group(1) not in FILLER:
            continue  # "ayam kampung", "keliling kota", "area parkir" after a noun: a kind, not a place
        end = pos
        while True:
            brk = _PLACE_BREAK.search(lower, pos)
            stop = brk.start() if brk else len(lower)
            trig = TRIGGER.search(lower, pos, stop)
            if trig:
                stop = trig.start()
            for w in _PLACE_WORD.finditer(lower, pos, stop):
                if w.group(0) in ITEM_STOP and w.group(0) not in _JOINS:
                    stop = w.start()
                    break
            if stop > pos and re.search(r"[a-z]", lower[pos:stop]):
                end = stop
            if not (brk and brk.group(0) == "," and not trig and stop == brk.start()):
                break
            piece = lower[brk.end():].split(",")[0]
            piece = re.split(r"[.;:!?\n()\x00]", piece)[0].strip()
            if not piece or not _places_only([p.strip() for p in PLACE_JOIN.split(piece) if p.strip()]):
                break
            pos = brk.end()
        if end > m.end():
            spans.append((m.start(), end))
    return spans


# One or two words glued to a masked name, then a comma and a place closing the sentence ("in [Siak] Sri Indrapura,
# Riau."): the words finish the name the place extractor began, and the region after them says where it is.
PLACE_TAIL = regrouped(r"(?<=\x00)(\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s*,\s*)([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
                        r"(?=\s*(?:[.;!?\n]|$))")


def place_tail(m: re.Match) -> str:
    rest = m.group(1).strip(" ,")
    if m.group(2) not in PLACES or rest in KEYWORDS or not all(w not in KEYWORDS for w in rest.split()):
        return m.group(0)
    return MASK * len(m.group(0))


def _place_like(phrase: str) -> bool:
    """A name the gazetteer knows, or a name and the land or water it is ("Bunaken harbour", "pulau Kanawa")."""
    words = phrase.split()
    return is_place(phrase) or len(words) >= 2 and (words[-1] in GEOGRAPHY or words[0] in GEOGRAPHY)


def _places_only(parts: list[str]) -> bool:
    """Coordinated names after a word that says where ("around Manado, Tomohon highlands & Lembeh"): every one a place,
    or one a place and the others single words that name no goods (a stop the gazetteer does not know takes the role
    of the places it is listed with)."""
    if not parts or not any(_place_like(p) for p in parts):
        return False
    return all(_place_like(p) or len(p.split()) == 1 and p not in KEYWORDS and not is_scrap(p) for p in parts)


_LINKED_BEFORE = fast(r"([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s*(?:,|&|/|\band\b|\bdan\b|\bserta\b|\bor\b|\batau\b)\s*\Z")
_LINKED_AFTER = regrouped(r"\s*(?:,|&|/|\band\b|\bdan\b|\bserta\b|\bor\b|\batau\b)\s*([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)")


def among_places(item: str, lower: str) -> bool:
    """"pickup in Sanur, Renon & Denpasar": one word that names no goods, listed between places the gazetteer knows
    (or after the last of them), is one more place of that list, wherever it is said ("di Samarinda, stroller, popok"
    goes on with goods)."""
    if " " in item or item in KEYWORDS or item not in lower:
        return False
    found = False
    for at, to in phrase_spans(item, lower):
        before = _LINKED_BEFORE.search(lower, max(0, at - 40), at)
        after = _LINKED_AFTER.match(lower, to)
        # the neighbour is a place, or one word of it is, the other a function word ("in Sanur", "Denpasar for");
        # "Flores rice" is goods named by a place
        near = [g.group(1).split() for g in (before, after) if g]
        if not near or not all(is_place(" ".join(ws)) or len(ws) == 2 and (
                is_place(ws[1]) and ws[0] in ITEM_STOP if k == 0 and before else is_place(ws[0]) and ws[1] in ITEM_STOP)
                for k, ws in enumerate(near)):
            return False
        found = True
    return found


# A keyword inside a place's name: "Pasir" of "5 min walk to Pasir Panjang beach", "Kopi" of "Bukit Kopi".
_GEO_AFTER = regrouped(r"(?:\s+[a-z][\w'-]*){0,2}?\s+(?:" + "|".join(sorted(GEOGRAPHY)) + r")\b")
_GEO_BEFORE = regrouped(r"\b(?:" + "|".join(sorted(GEOGRAPHY)) + r")(?:\s+[a-z][\w'-]*)?\s+\Z")


def in_place_name(kw: str, lower: str) -> bool:
    """Is every mention of the keyword part of a place named by its land or water ("Pasir Panjang beach")?"""
    spots = [at for at, _ in phrase_spans(kw, lower)]
    return bool(spots) and all(_GEO_AFTER.match(lower, at + len(kw)) or _GEO_BEFORE.search(lower, max(0, at - 30), at)
                               for at in spots)


_AFTER_NAME = regrouped(r"\s*,\s*([a-z][\w'-]*)\s*(?=,)")


def place_after_name(lower: str, names: set[str]) -> list[tuple[int, int]]:
    """"Kontrakan Haji Mamat, Condet, masih ada 2 pintu": one word that names no goods, between commas right after the
    business's name, with no list going on after it, says where the business is."""
    spans = []
    for name in names:
        at = lower.find(name) if len(name) >= 3 else -1
        m = _AFTER_NAME.match(lower, at + len(name)) if at >= 0 else None
        if not m or m.group(1) in KEYWORDS or not is_offering(m.group(1)):
            continue
        nxt = re.match(r"\s*,\s*([a-z0-9][\w'-]*)", lower[m.end():])
        if nxt and (nxt.group(1)[0].isdigit() or nxt.group(1) in ITEM_STOP or not is_offering(nxt.group(1))
                    or TRIGGER.match(lower, m.end() + nxt.start(1))):
            spans.append(m.span(1))
    return spans


_TWO_AFTER_NAME = regrouped(r"\s*,\s*([a-z][\w'-]*\s+[a-z][\w'-]*)\s*,\s*([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
                            r"\s*(?=[,.;!?\n]|$)")


def village_after_name(lower: str, names: set[str]) -> list[str]:
    """"Sanggar Ukir Maju, Batu Tulis, Jepara, membuat …": two words that name no goods between commas right after the
    business's name, then a region the gazetteer knows, are the village or quarter of that region where the business
    is (the gazetteer cannot know every village). The offering rules leave the phrase out as a card; the sentence's
    clauses stay as they are."""
    found = []
    for name in names:
        at = lower.find(name) if len(name) >= 3 else -1
        m = _TWO_AFTER_NAME.match(lower, at + len(name)) if at >= 0 else None
        if m and is_place(m.group(2)) and all(w not in KEYWORDS and w not in ITEM_STOP for w in m.group(1).split()) \
                and is_offering(m.group(1)):
            found.append(m.group(1))
    return found


