"""A list the owner closes with "disediakan"/"provided"/"included" is what comes with the offering, never cards;
goods priced in such a sentence, or after an offer verb, stay. Briefs invented for the kind."""

from __future__ import annotations

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.provided_lists import provided_with


def test_a_sentence_closed_by_disediakan_lists_no_cards():
    lower = "sewa tenda barokah gresik: tenda 4x6 450rb, tenda dekor 1,2jt. kursi, meja & taplak disediakan. wa 0877"
    assert provided_with("kursi", lower) and provided_with("taplak", lower)
    assert not provided_with("tenda dekor", lower)


def test_a_priced_item_or_an_offer_verb_keeps_the_goods():
    assert not provided_with("photobooth", "photobooth 2 jam 1,5jt, props included. wa 0812")
    assert not provided_with("kursi", "kami sewa kursi, meja, tenda termasuk. wa 0812")


def test_english_included_list_is_a_note():
    got = parse_brief("Villa Sawah Ubud: private pool villa 1.8jt/night, garden room 900k/night. Breakfast, towels "
                      "and yoga mats provided. WA 0813 3333 1111").products
    assert not {"breakfast", "towels", "yoga mats"} & set(got) and "garden room" in got


def test_a_bazaar_tent_provided_is_no_card():
    got = parse_brief("Pendaftaran tenant Bazar Kemerdekaan Alun-Alun Tegal: stand kuliner 800rb, stand fashion "
                      "600rb. Tenda, meja & lampu disediakan. WA 0852 1234 9999").products
    assert "tenda" not in got and "lampu" not in got
