"""Offering cards that hold on briefs nobody here wrote: one offering is one card, the business's own trade is no
card, and scraps, package contents, passives and what an offering lacks never become one. Examples are written
here for each mechanism, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import learned_features, learned_models, parse_brief
from tapsite_pipeline.providers.offline_rules.coordination import most_specific
from tapsite_pipeline.providers.offline_rules.offer_collector import Collector
from tapsite_pipeline.providers.offline_rules.offer_words import is_scrap
from tapsite_pipeline.providers.offline_rules.roles import is_offering


@pytest.mark.parametrize("items, kept", [
    (["teh tarik", "teh", "roti canai"], ["teh tarik", "roti canai"]),
    (["sablon", "sablon kaos polos", "sablon hoodie"], ["sablon kaos polos", "sablon hoodie"]),
    (["towel", "beach towels"], ["beach towels"]),                      # a plural is the same word
    (["kue kering", "kue kering"], ["kue kering"]),
    (["nasi goreng", "mie goreng"], ["nasi goreng", "mie goreng"]),     # a shared word is not containment
    (["kopi", "teh"], ["kopi", "teh"]),
])
def test_a_generic_item_merges_into_the_precise_one(items, kept):
    assert most_specific(items) == kept


def test_the_parser_never_shows_one_offering_twice():
    got = parse_brief("Warung Teh Mbok Sri di Solo, ada teh tarik, teh poci, sama pisang goreng. wa 0812 3456 7890")
    words = [set(p.split()) for p in got.products]
    assert got.products and not any(a < b for a in words for b in words)


@pytest.mark.parametrize("brief, expected, not_expected", [
    ("jasa pembuatan aplikasi Android dan iOS, sistem kasir", "aplikasi ios", "ios"),
    ("Rental motor Kuta: sewa motor manual dan matic, helm gratis", "sewa motor matic", "matic"),
])
def test_a_platform_or_transmission_shares_the_head_before_it(brief, expected, not_expected):
    got = parse_brief(brief).products
    assert expected in got and not_expected not in got


@pytest.mark.parametrize("item, scrap", [("ios", True), ("rw", True), ("v60", False), ("s23", False),
                                         ("kol", False), ("teh", False), ("nastar", False)])
def test_scraps_are_short_words_that_name_no_goods(item, scrap):
    assert is_scrap(item) is scrap


def test_what_a_package_already_includes_is_no_card():
    got = parse_brief("Catering Bu Rina: paket prasmanan 100 porsi mulai 5jt, sudah termasuk piring, "
                      "gubukan, dan pramusaji. Juga nasi kotak. WA 0813 2222 3333").products
    assert not {"gubukan", "pramusaji", "piring"} & set(got)


def test_a_passive_opening_a_sentence_is_no_offering():
    got = parse_brief("Bengkel Las Pak Darto membuat pagar, kanopi, dan teralis. Dikerjakan tukang las "
                      "berpengalaman. WA 0812 9999 1111").products
    assert "pagar" in got and not any("tukang" in p for p in got)


@pytest.mark.parametrize("phrase", ["tanpa bunga", "tanpa gula", "without sugar", "pembayaran tunai"])
def test_what_an_offering_lacks_or_how_it_is_paid_is_no_offering(phrase):
    assert not is_offering(phrase)


@pytest.mark.parametrize("item, lower, trade", [
    ("roti", "toko roti kecil di blitar, ada roti sobek dan donat", True),
    ("kue", "kami toko kue rumahan. jual nastar, lapis legit", True),
    ("hair", "hair artist for brides in ubud", True),
    ("vanilla", "we farm vanilla and cloves", False),                   # "farm" is the verb here
    ("gitar", "studio musik gitar, piano, biola", False),               # the first of a comma list
    ("kursus bahasa", "lpk cendekia membuka kursus bahasa jepang", False),  # a verb between the two
    ("roblox", "belajar roblox studio dan scratch", False),             # a place word after is no maker
])
def test_the_field_of_the_business_trade_word(item, lower, trade):
    assert learned_features.names_trade(item, lower) is trade


def test_the_field_of_the_trade_is_added_only_when_nothing_else_is_listed():
    lower = "toko roti kecil di blitar, ada roti sobek dan donat"
    assert not learned_models.addable("roti", lower, ["roti sobek", "donat"])
    assert learned_models.addable("roti", lower)


@pytest.mark.parametrize("phrase", ["menu design", "website design", "desain katalog", "brand identity kits"])
def test_the_design_of_a_page_thing_is_a_design_service(phrase):
    assert is_offering(phrase)


@pytest.mark.parametrize("phrase", ["portfolio photos", "gallery photos", "wifi kenceng", "certificate"])
def test_page_things_amenities_and_what_comes_with_a_course_are_no_offering(phrase):
    assert not is_offering(phrase)


def test_a_package_of_an_offering_names_it_again():
    assert most_specific(["potong rambut", "paket potong rambut", "creambath"]) == ["potong rambut", "creambath"]


def test_one_word_placed_somewhere_is_where_the_business_is():
    got = parse_brief("Mebel Jati Pak Harun makes teak dining tables and benches to order. Showroom in Jepara. "
                      "WhatsApp 0812 5555 6666").products
    assert "showroom" not in got


def test_a_phrase_opening_with_just_do_is_no_offering():
    assert not Collector("id", set(), False).push("tinggal kabarin")


def test_a_count_opening_a_phrase_is_never_added_by_the_model():
    assert not learned_models.addable("10-class pack") and not learned_models.addable("5-pack")
    assert learned_models.addable("3-day retreat") and learned_models.addable("microsoft 365 setup")
    assert learned_models.addable("360 video booth")


def test_registration_for_a_class_leads_to_the_class():
    got = parse_brief("Sanggar Tari Lestari membuka pendaftaran kelas tari jaipong dan tari saman untuk anak.")
    assert "kelas tari jaipong" in got.products
    assert not any(p.startswith("pendaftaran") for p in got.products)


@pytest.mark.parametrize("brief, expected", [
    ("Apotek Sehat menyediakan obat resep dokter, obat bebas, dan vitamin.", "obat resep dokter"),
    ("Ms Lee offers private Korean lessons and business Korean for professionals.", "business korean"),
    ("Bookkeeping and payroll for small shops, plus on-call tax advice. Email hi@books.example.com",
     "on-call tax advice"),
])
def test_a_name_word_a_field_word_or_one_more_offering_after_plus(brief, expected):
    assert expected in parse_brief(brief).products


def test_a_package_named_by_what_it_adds_is_one_offering():
    got = parse_brief("Travel Berkah melayani umroh reguler, umroh plus Istanbul, dan haji plus.").products
    assert "umroh plus istanbul" in got and "istanbul" not in got
    assert "kop surat" in parse_brief("jasa desain logo plus kop surat, kartu nama").products


def test_a_name_card_is_goods_not_a_name():
    assert "kartu nama" in parse_brief("percetakan: kartu nama, brosur, dan stiker. nama usaha Cetak Kilat").products
