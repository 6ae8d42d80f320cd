"""An English clause that only says who speaks, a verb and the offerings the cards show ("we rent out tents, …")
is the opening of the list of what is sold: no note of its own. A clause saying more keeps its note."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief


def _notes(text: str) -> list[str]:
    return [f.value for f in parse_brief(text).facts if f.kind == "note"]


@pytest.mark.parametrize("text, offering", [
    ("Berkah Sound Rental Palu: we rent out speakers (2 units 300K/day), wireless mics 50K and mixers 150K. "
     "WA 0813 2222 1111", "speakers"),
    ("Sinar Tenda Kendari. we rent tents, plastic chairs 5K and round tables 30K. WA 0812 5656 7878", "tents"),
])
def test_the_opening_of_what_is_sold_is_no_note(text, offering):
    intent = parse_brief(text)
    assert offering in intent.products
    assert not any(n.lower().startswith(("we ", "i ")) for n in _notes(text))


@pytest.mark.parametrize("text, note", [
    ("Berkah Sound Rental Palu: we rent out speakers 300K/day. We do not rent out generators. WA 0813 2222 1111",
     "do not rent out generators"),
    ("Tukang Kebun Pak Hadi, Kupang: garden cleaning 150K. We bring our own tools. WA 0812 5656 7878",
     "bring our own tools"),
])
def test_a_clause_that_says_more_keeps_its_note(text, note):
    assert any(note in n for n in _notes(text))
