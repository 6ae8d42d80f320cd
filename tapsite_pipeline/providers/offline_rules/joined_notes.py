"""A note cut from the middle of the owner's phrase is said whole. A note that opens with a joining sign ("+ katering 300 pax", "/ 4x6", "& 2 sinden") is the tail of the owner's
phrase, cut from the words it joins: "paket nikah + katering 300 pax", "Pas foto 3x4 / 4x6". The note takes its
whole phrase back, from where its clause starts, and a package or a note said inside that phrase goes (it is the
same thing, said shorter); a price said right after then takes the whole phrase as what it is for
(priced_notes.py). A note that starts right after an article ("with a | Santa visit", "on a | 50 x 50 cm | cotton
handkerchief") is the middle of a noun phrase: it is said as its whole clause ("Christmas parties with a Santa
visit"). A note that opens on a joining word ("and …", "serta …") is said without it. Read once, after every fact
and note is known (notes_once.py)."""

from __future__ import annotations

import re

from ...models import Fact

_JOINED = re.compile(r"^[+&/]\s*\w")
_CLAUSE_END = re.compile(r"[.,;:!?\n()]")
# what a phrase may hold besides the note: the same thing said shorter (never a price, a phone or a place)
_SWALLOWED = frozenset({"package", "note"})
_BULLET = re.compile(r"^[\s*•▪·>-]+")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:a|an|the|sebuah|seorang)\s+$")
_CLAUSE_LIMIT = 120
_LISTED = re.compile(r"(?<![\w-])(?:and|dan|serta|&)(?![\w-])")
# A joining word a note opens on, left from the list it was cut out of ("and farm tours by appointment", "serta
# pembuatan tandon air"): a fact line is said without it.
_JOINING_WORD = re.compile(r"^(?:and|dan|serta|also|juga|jg|plus|or|atau)\s+(?=\w+\s+\w)", re.I)


def _clause_start(lower: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last clause mark before it (a dot leader " . " too)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(lower, max(0, at - 60), at)]
    return ends[-1] if ends else max(0, at - 60) if at > 60 else 0


def _whole(text: str, lower: str, note: str) -> tuple[int, int] | None:
    """Where the note's whole phrase is: from its clause's start to the note's end, when the note is said once."""
    at = lower.find(note)
    if at <= 0 or lower.find(note, at + 1) >= 0:
        return None
    start = _clause_start(lower, at)
    start += len(_BULLET.match(lower[start:at]).group(0)) if _BULLET.match(lower[start:at]) else 0
    head = lower[start:at].strip()
    if not head or not any(c.isalpha() for c in head) or len(head) > 50:
        return None
    return start, at + len(note)


def _clause(lower: str, note: str) -> tuple[int, int] | None:
    """The whole clause of a note said once right after an article, when that clause is short enough to show."""
    at = lower.find(note)
    # (one word after the article is a word of the phrase, "a vegan catering service": no noun phrase cut off)
    if at <= 0 or len(note.split()) < 2 or lower.find(note, at + 1) >= 0 \
            or not _ARTICLE_BEFORE.search(lower, max(0, at - 8), at):
        return None
    start = _clause_start(lower, at)
    start += len(_BULLET.match(lower[start:at]).group(0)) if _BULLET.match(lower[start:at]) else 0
    if _LISTED.search(lower, start, at):
        return None  # "stage lighting and a | speaker set up to 3,000 watt": a list's own item, whole already
    end = m.start() if (m := _CLAUSE_END.search(lower, at + len(note))) else len(lower)
    while end > start and lower[end - 1].isspace():
        end -= 1
    return (start, end) if end - start <= _CLAUSE_LIMIT else None


def whole_joined(text: str, lower: str, facts: list[Fact]) -> list[Fact]:
    """Each note opening with a joining sign, grown back to the phrase it ends, and each note opening after an
    article, grown to its clause; what that phrase held goes."""
    out: list[Fact | None] = list(facts)
    for k, f in enumerate(facts):
        if f.kind != "note" or out[k] is None:
            continue
        if _JOINING_WORD.match(f.value):
            f = out[k] = f.model_copy(update={"value": _JOINING_WORD.sub("", f.value)})
        note = f.value.lower()
        span = _whole(text, lower, note) if _JOINED.match(f.value) else _clause(lower, note)
        if span is None:
            continue
        a, b = span
        inside = [j for j, g in enumerate(out) if g is not None and j != k and g.value
                  and any(a <= i and i + len(g.value) <= b for i in _at(lower, g.value.lower()))]
        if any(out[j].kind not in _SWALLOWED for j in inside):  # type: ignore[union-attr]
            continue  # the phrase holds a fact of another kind ("ayam 15rb + nasi"): left as read
        for j in inside:
            out[j] = None
        out[k] = f.model_copy(update={"value": text[a:b].strip()})
    return [f for f in out if f is not None]


def _at(lower: str, value: str) -> list[int]:
    out, i = [], lower.find(value)
    while i >= 0:
        out.append(i)
        i = lower.find(value, i + 1)
    return out
