"""A free delivery or pickup said for a list of places keeps the whole list, and a least order said after the list,
in its one line (place_lists.py); a list that does not run to the end of its clause is left alone."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit

SHOP = "Keripik Tempe Mbok Sum, Malang, keripik tempe 20rb/pack. "


def _of(kind: str, brief: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == kind]


@pytest.mark.parametrize("said", [
    "gratis ongkir min. 4 pack ke Batu, Lawang",
    "gratis ongkir ke Batu, Lawang, dan Kepanjen",
    "gratis ongkir ke Batu, Lawang min. 4 pack",
])
def test_a_free_delivery_keeps_its_places_and_its_least_order(said):
    brief = f"{SHOP}{said}. WA 0813 7000 2211"
    assert said in _of("delivery", brief)
    assert not any(n.startswith(("Lawang", "Kepanjen")) for n in _of("note", brief))


def test_english_places_joined_by_and():
    brief = "Dough Bros Bali bakes sourdough. Free delivery to Canggu, Seminyak and Kerobokan. WA 0813 7000 2211"
    assert "Free delivery to Canggu, Seminyak and Kerobokan" in _of("delivery", brief)


@pytest.mark.parametrize("said, delivery", [
    ("gratis ongkir ke Batu, WA 0813 7000 2211", "gratis ongkir ke Batu"),            # a channel, not a place
    ("gratis ongkir ke Batu, Bayar di tempat bisa. WA 0813 7000 2211", "gratis ongkir ke Batu"),  # a new statement
])
def test_what_comes_after_a_comma_that_is_no_list_of_places_stays_out(said, delivery):
    assert delivery in _of("delivery", SHOP + said)
