"""What the offerings reader set aside as no card still reaches the page, in the owner's words.

The lists that say what one offering holds or covers (included_lists.py: "INCLUDED: certification, boat, fins", a
complete serving's brackets, a class's syllabus "kelas dasar (3 hari), espresso, steaming susu, latte art, biaya
1,2 jt"), the sentences that say what a made product does (product_does.py: "It works offline on any Android phone,
prints to 58 mm Bluetooth printers"), a job's before and after (job_states.py) and the tools the work is done with
(tools_used.py) are masked out of the offerings. Before they were, their words reached the page
as cards; now the notes reader must carry them, and it carries a clause only: a one-word item joins the clause before
it ("(3 hari), espresso" went with the class, which the cards read), a sentence may be cut at its comma.

So each such span whose words no fact or note shows yet becomes a fact of its own: what the card named right before
it holds (kind "package", shown on that card, "Isi: espresso, steaming susu, latte art dasar."), or a note. The notes
that held only a part of it are left out by the caller (held_contents.held_facts's callers drop the notes a held fact
holds)."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from ...models import Fact
from .comes_with import comes_with_spans
from .included_lists import included_spans
from .job_states import job_state_spans
from .owner_requests import skipped_piece
from .package_contents import AMOUNT
from .product_does import product_does_spans
from .tools_used import tools_used_spans

# A season named as if it were goods ("musim panen", "musim durian"): name_shape.py reads it as when, not what, so
# the clause that says it is carried whole, from the stop before it to the stop after it.
_SEASON_CLAUSE = regrouped(r"[^,.;!?\n()]*\bmusim\s+[a-z]+[^,.;!?\n()]*")


def season_clause_spans(lower: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SEASON_CLAUSE.finditer(lower) if len(m.group(0).split()) <= 12]

FACT_ROOM = 24  # an intent holds at most this many facts (models.Intent)
# What may stand between a card's name and the list it holds: a short bracketed note ("(3 hari)"), a price, a comma, a
# colon or the list's opening bracket.
_BETWEEN = regrouped(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:(?:mulai|from|harga|cuma|only)\s+)?(?:" + AMOUNT +
                     r"(?:\s*/\s*[a-z]+)?\s*)?[,:(]?\s*")
_WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r"\s*(?:[,;]|\band\b|\bdan\b)\s*")


def _unskipped(value: str) -> str:
    """The value without its pieces that name a contact channel or a request ("sends the daily recap to WhatsApp"):
    the notes reader keeps those out of the notes (the page would promise a channel the owner gave no number for)."""
    pieces = [p for p in _PIECE.split(value) if p.strip()]
    return ", ".join(p for p in pieces if not skipped_piece(p)) if any(map(skipped_piece, pieces)) else value


def _card_before(lower: str, start: int, items: list[str]) -> str | None:
    """The card named right before a list (only a bracketed note, a price and a comma or colon between)."""
    for item in items:
        at = lower.rfind(item, max(0, start - len(item) - 60), start)
        if at >= 0 and (at == 0 or not lower[at - 1].isalnum()) and _BETWEEN.fullmatch(lower, at + len(item), start):
            return item
    return None


def set_aside_facts(text: str, lower: str, items: list[str], facts: list[Fact]) -> list[Fact]:
    """A fact for each set-aside span (the module's doc) whose words the facts and notes given do not all show yet."""
    spans = (included_spans(lower) + comes_with_spans(lower) + product_does_spans(lower) + job_state_spans(lower) + tools_used_spans(lower)
             + season_clause_spans(lower))
    if not spans:
        return []
    said = {w for f in facts for w in _WORD.findall(f"{f.subject} {f.value}".lower())}
    said |= {w for i in items for w in _WORD.findall(i)}
    held = {f.subject.lower() for f in facts if f.kind == "package" and f.subject}
    out: list[Fact] = []
    for s, e in sorted(set(spans)):
        value = _unskipped(text[s:e].strip(" ,;:.-"))
        words = _WORD.findall(value.lower())
        if not words or len(value) > 120 or set(words) <= said or len(facts) + len(out) >= FACT_ROOM:
            continue
        card = _card_before(lower, s, items)
        if card and card not in held:
            held.add(card)
            out.append(Fact(kind="package", value=value, subject=card[:60]))
        else:
            out.append(Fact(kind="note", value=value))
        said |= set(words)
    return out
