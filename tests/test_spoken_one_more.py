"""One more thing said at the end of a list said aloud ("…, karpet juga bisa gitu") stays on the page as a note: once
the price before it is shown with its item and the talk around it is cut, the few words left still name something the
business offers (issue 9: what the owner said reaches the page)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.spoken_lists import one_more_offered

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("note, expected", [
    ("karpet juga bisa", True), ("gorden juga bisa kok", True), ("bolu pandan jg ada", True),
    ("sepatu anak juga tersedia ya", True), ("kami juga", False), ("juga bisa", False),
    ("bisa antar ke rumah", False),
])
def test_one_more_offered(note: str, expected: bool) -> None:
    assert one_more_offered(note) is expected


def test_the_last_thing_of_a_spoken_list_stays_on_the_page() -> None:
    brief = ("(voice note) Laundry Bu Warsih di Klaten, cuci kiloan 7 ribu sekilo, terus bed cover itu 25 ribu, "
             "gorden juga bisa gitu. WA 0812 7000 1234")
    got = parse_brief(brief)
    shown = " ".join([*got.products, *(f.value for f in got.facts)]).lower()
    assert "gorden" in shown, (got.products, got.facts)
