"""Offerings the owner names that the page must show: what is added with "terima juga" / "tersedia jg" (the verb
before "also"), a service said as its verb and object after "juga" ("kami juga menerjemahkan dokumen"), a service
with its result ("konversi … menjadi …", the rule it follows left out), a training named by whom it trains, and the
next service after the tool one was done with ("… dengan drone dan pelatihan …"). Briefs written for each shape
(none copied from a dataset)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.also_offered import also_done, also_offered
from tapsite_pipeline.providers.offline_rules.offer_words import ITEM_STOP

pytestmark = pytest.mark.unit

WA = " WA 0813-5566-7788"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


# ---------------------------------------------------------------- the verb before "juga"
@pytest.mark.parametrize("sentence, item", [
    ("toko pancing kami. tersedia juga tali pancing dan umpan", "umpan"),
    ("sanggar kami. terima jg pesanan tumpeng utk syukuran", "pesanan tumpeng"),
    ("kios kami. jual juga pulsa dan token listrik", "token listrik"),
])
def test_the_offer_verb_before_also_marks_an_added_offering(sentence, item):
    assert also_offered(item, sentence)


def test_also_needs_an_offer_verb_in_its_sentence():
    assert not also_offered("parkir luas", "kami buka juga hari minggu. parkir luas")


def test_items_after_tersedia_juga_are_shown():
    products = _products("Toko Olahraga Garuda di Jl. Merdeka, Kendari, menjual raket badminton, sepatu futsal, "
                         "dan jersey tim. Tersedia juga shuttlecock, grip raket, dan tas raket.")
    for item in ("shuttlecock", "grip raket", "tas raket"):
        assert item in products, (item, products)


def test_a_booking_kind_after_terima_juga_is_shown():
    products = _products("Sanggar Tari Lenggang Minang, Padang, latihan tari piring & tari payung tiap Sabtu sore. "
                         "terima juga undangan pentas utk pembukaan toko, khitanan, pesta nikah.")
    assert "undangan pentas" in products
    assert not any(p in ("khitanan", "pesta nikah") for p in products)


# ---------------------------------------------------------------- a service said as verb + object after "juga"
@pytest.mark.parametrize("sentence, done", [
    ("kami juga menerjemahkan akta ke bahasa belanda.", ["menerjemahkan akta"]),
    ("kami jg mencetak stiker vinyl, dan banner", ["mencetak stiker vinyl"]),
    ("juga merakit pc gaming untuk kantor", ["merakit pc gaming"]),
    ("kami juga menyablon kaos komunitas", ["menyablon kaos komunitas"]),
])
def test_a_trade_verb_after_also_is_a_service_with_its_object(sentence, done):
    assert also_done(sentence, ITEM_STOP) == done


@pytest.mark.parametrize("sentence", [
    "kami juga menjamin kualitas barang",      # no trade's root: a promise
    "kami juga mengutamakan kebersihan dapur",
    "kami juga mengirim ke luar pulau",        # delivery, and no object before "ke"
    "kami juga menjual kaos polos",            # an offer verb: the goods are the card, read elsewhere
])
def test_other_verbs_after_also_name_no_service(sentence):
    assert also_done(sentence, ITEM_STOP) == []


def test_an_added_translation_service_is_a_card():
    products = _products("Biro Tulis Cendana di Mataram melayani penulisan skripsi, jurnal ilmiah, dan makalah. "
                         "Kami juga menerjemahkan abstrak ke bahasa Inggris.")
    assert "menerjemahkan abstrak" in products
    assert "penulisan skripsi" in products


# ---------------------------------------------------------------- a service with its result
def test_a_conversion_keeps_its_result_and_drops_the_rule_it_follows():
    products = _products("Bengkel Surya Arga di Kendari melayani konversi lampu jalan biasa menjadi lampu tenaga "
                         "surya sesuai standar PLN.")
    assert "konversi lampu jalan biasa menjadi lampu tenaga surya" in products
    assert not any("sesuai" in p or "standar" in p for p in products)


def test_a_plain_item_still_ends_before_sesuai():
    products = _products("Penjahit Bu Wati di Klaten, terima jahit gamis sesuai ukuran dan permak celana.")
    assert "jahit gamis" in products
    assert not any("sesuai" in p for p in products)


# ---------------------------------------------------------------- a training named by whom it trains
def test_a_training_of_operators_is_one_offering():
    products = _products("Koperasi Tani Makmur di Jember melayani pembajakan sawah dan pelatihan operator traktor "
                         "mini.")
    assert "pelatihan operator traktor mini" in products
    assert "traktor mini" not in products


# ---------------------------------------------------------------- the next service after a tool
def test_the_service_after_a_tool_is_read():
    products = _products("CV Langit Biru di Kupang melayani foto udara dengan drone dan pelatihan pilot drone "
                         "pemula.")
    assert "foto udara" in products
    assert "pelatihan pilot drone pemula" in products
    assert "drone" not in products


def test_a_tool_with_no_service_after_it_stays_out():
    products = _products("Jasa Cuci Karpet Bersih Jaya di Depok, cuci karpet dengan mesin dan sabun khusus.")
    assert "cuci karpet" in products
    assert not any(p.startswith("sabun") for p in products)


# ---------------------------------------------------------------- one kind before a place and a colon
def test_one_kind_before_a_place_and_a_colon_only_labels_the_list():
    products = _products("Dapur Oma Lena jual kue kering di Tomohon: nastar 90rb, roti abon 15rb.")
    assert "kue kering" not in products
    assert "nastar" in products and "roti abon" in products


# ---------------------------------------------------------------- two verbs sharing one object
@pytest.mark.parametrize("brief, items", [
    ("Surya Timur Energy installs and maintains solar water heaters for hotels in Kupang.", ["solar water heaters"]),
    ("Gadget Hub Ambon, we buy and sell used iPhones and Samsung phones.", ["used iphones", "samsung phones"]),
    ("Kayu Jati Studio designs & builds custom kitchen cabinets and wardrobes in Jepara.",
     ["custom kitchen cabinets", "wardrobes"]),
])
def test_a_second_verb_before_the_object_is_no_part_of_the_offering(brief, items):
    products = _products(brief)
    for item in items:
        assert item in products, (item, products)
    assert not any(p.split()[0] in ("maintains", "sell", "builds") for p in products)


# ---------------------------------------------------------------- an item closed by its result, the list goes on
def test_a_bare_list_goes_on_after_an_item_closed_by_its_result():
    products = _products("Jasa edit video nikahan di Solo. potong klip jadi 1 menit 50rb, musik latar 75rb, "
                         "subtitle 40rb.")
    for item in ("potong klip", "musik latar", "subtitle"):
        assert item in products, (item, products)


def test_a_governing_word_still_takes_the_rest_of_a_bare_list():
    products = _products("Dekor Bunga Melati di Kudus. backdrop bunga utk lamaran, akad, resepsi. meja tamu 150rb.")
    assert not any(p in ("akad", "resepsi") for p in products)


# ---------------------------------------------------------------- "team" before an English service
def test_team_before_a_service_is_part_of_the_offering():
    products = _products("Danau Biru Trips organises company outings, team retreats & family gatherings around "
                         "Lake Kerinci.")
    assert "team retreats" in products
    assert "retreats" not in products
