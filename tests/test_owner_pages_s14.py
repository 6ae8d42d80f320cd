"""What an owner reading a page from a held-out-like brief would check first, on briefs written fresh for each class:

- no name given, but a handle or a mail address is: the handle, humanised, names the page ("Rina Cakes"), a person's
  mail address or a routing one ("info@") names nobody;
- one item per line, pasted from a chat without bullets: the lines are a list, each line one offering;
- a two-word place whose first word is a town of its own ("Batu Karas", "Padang Bai") is read whole.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.pasted import sentences_from_lines
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.handle_names import loose_account_name

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    ("jual kue kering lebaran nastar kastengel, order: rinacakes@gmail.com", "Rina Cakes"),
    ("homemade cookies and brownies, contact sarahbakes@gmail.com", "Sarah Bakes"),
    ("terima jahit kebaya dan seragam, email: tokojahitsari@yahoo.com", "Toko Jahit Sari"),
    ("pempek kapal selam 15rb, lenjer 5rb, ig @dapur.bunda", "Dapur Bunda"),
])
def test_no_name_given_the_handle_or_mail_name_signs_the_page(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("lower,name", [
    ("order: rinacakes@gmail.com", "Rina Cakes"),
    ("dm ig @kuehanna", "Kue Hanna"),
    ("daftar di daftar.ngodingbareng@gmail.com", "Ngoding Bareng"),   # the routing word before the name
    ("order: budi.santoso@gmail.com", None),   # a person's address: no word of a trade in it
    ("email info@gmail.com", None),            # a routing address
    ("email ke xqzt@yahoo.com", None),
])
def test_loose_account_names(lower: str, name: str | None) -> None:
    assert loose_account_name(lower) == name


@pytest.mark.parametrize("brief,items", [
    ("Toko Kerupuk Bu Endang, Palembang.\nMenu:\nKemplang panggang\nKerupuk ikan\nAmplang\nWA 0812 3344 5566",
     ["kemplang panggang", "kerupuk ikan", "amplang"]),
    ("Sewa alat camping Ranu Outdoor di Malang\nTenda dome\nCarrier 60L\nKompor portable\nSleeping bag\n"
     "wa 081377665544", ["tenda dome", "carrier 60l", "kompor portable", "sleeping bag"]),
    ("Bloom Jar Florist, Makassar\nWhat we make:\nHand bouquets\nTable arrangements\nDM @bloomjar.mks",
     ["hand bouquets", "table arrangements"]),
])
def test_one_item_per_line_is_a_list_of_offerings(brief: str, items: list[str]) -> None:
    products = parse_brief(brief).products
    for item in items:
        assert item in products, (item, products)


def test_item_lines_are_joined_as_a_list_and_sentences_stay_sentences() -> None:
    flat = sentences_from_lines("Dapur Mak Ijah\nMenu:\nLontong sayur\nBubur ayam\nWA 0812 1111 2222")
    assert "Menu: Lontong sayur, Bubur ayam." in flat
    # two plain lines without a label, a contact and an address are not a list
    flat = sentences_from_lines("Kopi Rimba\nJl. Cemara 12\nBuka 08.00-22.00\nWA 0812 1111 2222")
    assert "," not in flat
    # lines that say something (a pronoun, a verb, a place) are sentences, not items
    flat = sentences_from_lines("Laundry Kilat Bu Sri\nKami terima cuci kering\nmelayani antar jemput\ndi Sleman")
    assert "," not in flat


@pytest.mark.parametrize("brief,place", [
    ("surf lessons and board rental in Batu Karas, Pangandaran. Beginner lesson 300k", "Batu Karas"),
    ("sewa papan selancar di batu karas, 100rb/jam", "Batu Karas"),
    ("Snorkeling trip dari Padang Bai ke Nusa Penida 450k", "Padang Bai"),
    ("Villa Kenanga di Batu Malang, kolam renang pribadi", "Batu"),   # a town, then the regency it lies in
    ("Bengkel Las Sinar di Batu, pagar dan kanopi", "Batu"),
])
def test_a_two_word_place_is_read_whole(brief: str, place: str) -> None:
    assert parse_brief(brief).location == place
