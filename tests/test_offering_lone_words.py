"""Words that name nothing sold as a card of their own (how a price counts, which of the things said before, when),
while the offerings said beside them stay. Briefs invented for each kind."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.roles import is_offering


@pytest.mark.parametrize("phrase", ["person", "once", "both", "bookings after", "keduanya", "sebelum"])
def test_a_count_a_time_or_the_trades_verb_alone_is_no_offering(phrase):
    assert not is_offering(phrase)


@pytest.mark.parametrize("phrase", ["main per jam", "full band 5 person", "after-school club", "kelompok bermain"])
def test_beside_a_word_of_goods_they_stay_in_its_name(phrase):
    assert is_offering(phrase)


def test_a_price_per_person_makes_no_card_of_the_person():
    got = parse_brief("Rumah Pohon Sibolangit: kamar 250k/night. Canoe trip 120k/person, batik class 200k/person, "
                      "firefly walk 40k. WA 0813 5555 2101").products
    assert "person" not in got and {"canoe trip", "batik class", "firefly walk"} <= set(got)


def test_the_things_both_refers_to_are_the_cards():
    got = parse_brief("Pasar Malam Bukit Kasih: tenant stall 2x2 m 300K/night, coffee cart spot 500K/night, both "
                      "include lighting. WA 0813 3000 4120").products
    assert "both" not in got and "coffee cart spot" in got
