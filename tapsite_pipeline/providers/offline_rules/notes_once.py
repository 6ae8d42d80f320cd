"""Each thing the owner said, said once: a note that repeats a fact, or a fact a longer note says whole, and a note
that belongs to the price said right after it (priced_notes.py). Read once, after every fact and note (intent.py)."""

from __future__ import annotations

from tapsite_pipeline.phrase_find import phrase_said

from .joined_notes import whole_joined
from .phrase_ends import notes_whole
from .price_said import counts_said
from .priced_notes import notes_into_prices

# Facts a longer note may say whole, with the rest of its clause: an offer, a delivery, a pickup, a warranty, a
# turnaround (a price, hours and places have values of their own the page formats; they stay as read).
_GROWS = frozenset({"offer", "delivery", "pickup", "guarantee", "turnaround"})


def _grown_into_notes(facts: list, more: list) -> tuple[list, list]:
    """"Antar gratis" beside the note "Antar gratis untuk Surabaya Barat", "Kelas percobaan gratis" beside "Kelas
    percobaan gratis tiap Sabtu pertama": one thing said twice. The fact takes the note's words (what is free and
    where or when) and the note goes, when the note holds that one fact and no other of its kinds."""
    facts = list(facts)
    # the notes read with the facts ("… tiap Sabtu pertama", a recurrence) and the notes of unused clauses
    notes_ = [("fact", j, f) for j, f in enumerate(facts) if f.kind == "note"] + [("more", j, n) for j, n in enumerate(more)]
    dropped: set[tuple[str, int]] = set()
    for where, j, n in notes_:
        low = n.value.lower()
        inside = [i for i, f in enumerate(facts) if f.kind in _GROWS and f.value.lower() != low
                  and len(f.value.split()) >= 2  # ("Kilat" may be a word of the name the note says)
                  and phrase_said(f.value.lower(), low, "", "")]
        if len(inside) == 1:
            f = facts[inside[0]]
            facts[inside[0]] = f.model_copy(update={"value": n.value})
            dropped.add((where, j))
    return ([f for j, f in enumerate(facts) if ("fact", j) not in dropped],
            [n for j, n in enumerate(more) if ("more", j) not in dropped])


def said_once(facts: list, more: list, lower: str, text: str = "") -> list:
    """Each thing said once: a short note ("1 Februari") inside a longer one ("Pendaftaran dibuka 1 Februari")
    or equal to a fact of its own kind ("usia 3-4 tahun" as a level) is left out; a note said right before a price
    is that price's (priced_notes.py); a note opening with a joining sign is its whole phrase (joined_notes.py)."""
    facts, more = _grown_into_notes(facts, more)
    longer = [n.value.lower() for n in more]
    typed = {f.value.lower() for f in facts if f.kind != "note"}
    kept = [f for f in facts if f.kind != "note" or not (
        f.value.lower() in typed or any(f.value.lower() in v and f.value.lower() != v for v in longer))]
    kept = notes_whole(kept + more, text) if text else kept + more  # never ending on "the" (phrase_ends.py)
    return counts_said(notes_into_prices(lower, whole_joined(text, lower, kept) if text else kept))
