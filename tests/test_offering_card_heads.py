"""A card names a thing the business offers. On briefs from writers nobody here read, spurious cards were verbs and
adverbs ("Biasa", "Berdomisili", "Sits"), clauses ("Kursus Berlangsung 3 Bulan", "Foto Katalog Dikasih"), chat
shorthand ("BLJR", "T4 Les"), a place listed among places, the long form of a name of initials, a hired or daily
item beside the precise one, what a set menu includes, and a facility or perk. Each is caught by a general rule of
the phrase's shape, its words' roles or the list it stands in; these cases are worded afresh."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.coordination import most_specific
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
from tapsite_pipeline.providers.offline_rules.offer_collector import spelled_out
from tapsite_pipeline.providers.offline_rules.offering_places import among_places, in_place_name
from tapsite_pipeline.providers.offline_rules.own_name import names_business
from tapsite_pipeline.providers.offline_rules.roles import is_offering

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("phrase", [
    "berdomisili", "sits", "biasa", "kursus berlangsung 8 minggu", "foto produk dikasih", "kue dijual",
    "studio berlokasi", "villa nestled",
])
def test_a_predicate_alone_or_after_its_noun_is_no_card(phrase):
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["pet sitting", "kopi biasa", "house sitting", "nasi bakar", "dimsum"])
def test_a_noun_phrase_keeps_its_card(phrase):
    assert name_shaped(phrase) == phrase


@pytest.mark.parametrize("words, offered", [
    (["bljr"], False), (["t4", "les"], False), (["les", "gitar"], True), (["kmr", "mandi"], False),
])
def test_shorthand_is_read_spelled_out(words, offered):
    assert is_offering(spelled_out(words)) is offered


def test_shorthand_verbs_and_places_give_no_cards():
    brief = ("Les matematika Pak Danu untuk anak SD dan SMP di Cimahi. bljr dr dasar, latihan soal, persiapan ujian. "
             "t4 les di rumah sy dkt masjid. wa 0812 3344 5566")
    products = parse_brief(brief).products
    assert products and "bljr" not in products and "t4 les" not in products, products


def test_a_word_listed_among_places_is_a_place():
    lower = "free pickup in kuta, pererenan & canggu for 50k. we sell surfboards"
    assert among_places("pererenan", lower)
    # a list that goes on with goods after the place is goods
    assert not among_places("kasur", "toko bayi di balikpapan, kasur, bantal, selimut")


def test_a_keyword_inside_a_place_name_is_no_fallback():
    assert in_place_name("pasir", "homestay 5 min walk to pasir panjang beach")
    assert not in_place_name("pasir", "jual pasir, semen dan bata ringan")


def test_the_long_form_of_a_name_of_initials_is_the_name():
    assert names_business("toko mebel jepara", "TMJ")
    assert not names_business("meja makan", "TMJ")
    assert not names_business("nasi goreng", "Nasi Goreng Pak Min")


def test_a_hired_or_daily_item_is_the_range_of_the_precise_one():
    items = ["sewa kamera", "tripod harian", "kamera sony a7", "tripod manfrotto"]
    assert most_specific(items) == ["kamera sony a7", "tripod manfrotto"]
    # the goods must head the precise item: "panggung" heads no "pt panggung megah"
    assert most_specific(["pt panggung megah", "sewa panggung"]) == ["pt panggung megah", "sewa panggung"]
    assert most_specific(["akta jual", "akta hibah"]) == ["akta jual", "akta hibah"]


def test_what_a_set_menu_includes_is_no_card():
    brief = ("Sunset Grill Gili offers private lobster dinners on the beach. Our set menu includes grilled lobster, "
             "calamari, garlic rice and sambal matah. IDR 650,000 per person. WA +62 812 3456 7890")
    products = parse_brief(brief).products
    assert products == ["private lobster dinners"], products


def test_a_pet_stay_gives_its_services_not_its_facilities():
    brief = ("Penginapan Kucing Meong Manja: penitipan kucing harian & grooming. ada jemuran, kamar ber-AC. "
             "tarif 50rb/malam. wa 0813 2222 1111")
    products = parse_brief(brief).products
    assert "grooming" in products and "jemuran" not in products, products
    en = parse_brief("Pet Hotel Guguk Ceria offers dog boarding and grooming. daily photo updates on WhatsApp. "
                     "WA +62 811 2345 678").products
    assert "dog boarding" in en and not any("updates" in p for p in en), en


def test_a_clause_after_a_course_is_no_card():
    brief = ("Kursus Desain Grafis Nara, kursus berlangsung 8 minggu. materi: tipografi, layout poster, desain logo. "
             "wa 0812 6060 7070")
    products = parse_brief(brief).products
    assert "desain logo" in products and not any("berlangsung" in p for p in products), products
