"""Two phrases of a brief that read as cards but qualify or accompany an offering:

- a style, genre or level said as the second conjunct after a style word ("kursus biola klasik dan jazz"): it
  qualifies the same lesson or good, no card of its own (style_words.style_conjuncts);
- what is added with "+" right after an amount or a time ("paket gold 3jt + drone", "selesai 2 hari + file RAW"):
  what the price buys besides the offering (package_contents.added_after);

Every wording is written for its class, with the negative beside it: the same shape where the words ARE offerings."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.package_contents import added_after
from tapsite_pipeline.providers.offline_rules.style_words import style_conjuncts

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief, kept, gone", [
    ("Sanggar Gesek Semarang: kursus biola klasik dan jazz untuk remaja. WA 0813-2222-4545",
     "kursus biola klasik", "jazz"),
    ("Studio Suara Kita buka kelas drum rock, metal, blues di Malang. WA 0813-2222-4545",
     "kelas drum rock", "metal"),
])
def test_a_style_after_a_style_word_is_no_card(brief, kept, gone):
    products = parse_brief(brief).products
    assert kept in products
    assert gone not in products


def test_style_conjuncts_keeps_a_conjunct_with_its_own_head():
    lower = "les biola klasik dan gitar jazz di solo"
    assert style_conjuncts(["les biola klasik", "gitar jazz"], lower) == ["les biola klasik", "gitar jazz"]


def test_style_conjuncts_needs_a_style_word_before_the_link():
    # "keramik dan modern" is no pair of styles: "modern" after a plain noun is left to the other readings
    lower = "jual vas keramik dan modern"
    assert style_conjuncts(["vas keramik", "modern"], lower) == ["vas keramik", "modern"]
    lower = "jual vas klasik dan modern"
    assert style_conjuncts(["vas klasik", "modern"], lower) == ["vas klasik"]


def test_styles_said_before_their_head_are_left_alone():
    # English puts the head last: "blues, funk and dangdut covers" are three kinds of covers, none qualifies a card
    # said before it
    lower = "orkes malam minggu plays blues, funk and dangdut covers at weddings"
    items = ["blues", "funk", "dangdut covers"]
    assert style_conjuncts(items, lower) == items


@pytest.mark.parametrize("brief, kept, gone", [
    ("Foto Senja Makassar: paket prewed 3jt + drone, paket lamaran 1,5jt. WA 0813-2222-4545",
     ["paket prewed", "paket lamaran"], ["drone"]),
    ("Desain Kilat Pekalongan: desain logo 300rb, selesai 2 hari + file mentah. WA 0813-2222-4545",
     ["desain logo"], ["file mentah"]),
])
def test_what_a_price_adds_after_a_plus_is_no_card(brief, kept, gone):
    products = parse_brief(brief).products
    for k in kept:
        assert k in products
    for g in gone:
        assert g not in products


def test_an_item_after_a_plus_with_its_own_price_is_not_an_addition():
    lower = "sate ayam 20rb + lontong 5rb, soto 15rb"
    assert added_after(lower) == []
    lower = "paket prewed 3jt + drone, paket lamaran 1,5jt"
    assert [lower[a:b] for a, b in added_after(lower)] == ["+ drone"]


def test_two_priced_items_without_a_plus_are_both_cards():
    products = parse_brief("Foto Senja Makassar: paket prewed 3jt, album kanvas 400rb. WA 0813-2222-4545").products
    assert "paket prewed" in products and "album kanvas" in products

