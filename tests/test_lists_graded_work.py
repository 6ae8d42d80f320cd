"""Offerings a page must not leave out (issue 9): an item named with a word the role lexicon reads otherwise alone:
a grade of a work whose name is also a qualifier ("deep clean", "fast clean") and an English work named by its
"-ing" head after a noun ("wedding planning"), which alone is the owner's verb ("planning to open")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief, wanted", [
    ("Cuci Sepatu Rapi Jali, Cirebon: quick clean 30rb, deep clean 50rb, repaint suede, unyellowing",
     ["quick clean", "deep clean"]),
    ("Tidy Nest Home Services, Balikpapan: regular clean, deep clean, move-in cleaning and ironing",
     ["regular clean", "deep clean"]),
    ("Sora Moments, Lombok: destination wedding planning, venue styling, and photography",
     ["destination wedding planning"]),
])
def test_an_item_named_with_a_word_read_otherwise_alone_is_sold(brief, wanted):
    products = parse_brief(brief).products
    for item in wanted:
        assert item in products, (item, products)


@pytest.mark.parametrize("brief, not_wanted", [
    ("Kedai Roti Sinar, Pati. mau web yang simple dan clean, jual roti sisir dan roti tawar", "clean"),
    ("I'm planning to open a small juice bar in Padang with avocado juice and mango smoothies", "planning"),
])
def test_the_word_alone_keeps_its_sense(brief, not_wanted):
    assert not any(not_wanted in p for p in parse_brief(brief).products)


@pytest.mark.parametrize("brief, wanted", [
    ("Peternakan Jaya Blitar jual anak ayam kampung, bebek petelur, pakan ayam", "anak ayam kampung"),
    ("Kandang Kelinci Pak Amir, Batu: anak kelinci lop, kelinci dewasa, pakan pelet, kandang besi", "anak kelinci lop"),
])
def test_anak_before_an_animal_names_its_young_for_sale(brief, wanted):
    assert wanted in parse_brief(brief).products


def test_anak_after_goods_is_still_whom_they_are_for():
    assert "anak" not in parse_brief("Toko Baju Ceria, Klaten: baju anak, gamis anak, kaos anak").products
