"""Owner-read card faults, each fixed as a class:

- a portion said with its price ("sepiring 20rb", "a bowl for 30k") is no card; a portion word opening an item leaves
  the goods ("satu porsi ketupat" -> "ketupat") (terms_of_sale);
- the act of ordering ("pemesanan lewat DM", "reservasi via WA") is no card; a way of selling said with its minimum
  order ("grosir min 2 kodi") is no card, said without one ("Wholesale for cafes too") it stays (terms_of_sale);
- a check of a thing tested ("cek kolesterol", "cek aki") is a service; "cek IG", "cek harga" are not
  (offer_words._check_of);
- a person leading the class after its list ("bersama coach Rian") ends the list, so every level keeps the head
  (offering_masks._LED_BY).

Every wording is written for its class, not copied from a dataset row, with the negative beside it."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.notes import _clean_note
from tapsite_pipeline.providers.offline_rules.terms_of_sale import goods_only, not_goods, without_portion

pytestmark = pytest.mark.unit


def _products(brief: str) -> list[str]:
    return parse_brief(brief).products


@pytest.mark.parametrize("brief, gone", [
    ("Nasi Liwet Teh Euis Garut, sepiring 20rb", ["sepiring"]),
    ("Lontong Sayur Uni Mar Padang, sebungkus cuma 9 ribu", ["sebungkus"]),
    ("Es Campur Ko Ahong Pontianak, satu porsi 14rb", ["satu porsi"]),
    ("Pho Saigon Corner Jakarta, a bowl for 30k", ["bowl", "a bowl"]),
    ("Rendang Bu Yet, 35rb per porsi, kirim ke Pekanbaru", ["per porsi", "porsi"]),
])
def test_a_portion_with_its_price_is_no_card(brief, gone):
    products = _products(brief)
    assert not any(g in products for g in gone), products


def test_a_portion_opening_an_item_leaves_the_goods():
    assert without_portion("satu porsi ketupat") == "ketupat"
    assert without_portion("seporsi pempek kapal selam") == "pempek kapal selam"
    assert without_portion("porsi jumbo") == "porsi jumbo"  # a size of portion is the item itself
    assert goods_only(["sepiring nasi uduk", "nasi uduk", "gorengan"], "sepiring nasi uduk 12rb, gorengan") \
        == ["nasi uduk", "gorengan"]


def test_plates_and_bowls_of_a_potter_stay_cards():
    lower = "studio keramik tanah liat: plates, bowls dan mug handmade di bali"
    assert not not_goods("plates", lower) and not not_goods("bowls", lower)
    assert not_goods("plate", "nasi jinggo bli made, 10k a plate")


@pytest.mark.parametrize("brief, gone", [
    ("Brownies Panggang Mbak Tari Depok, pemesanan lewat DM instagram", ["pemesanan"]),
    ("Seafood Pak Ucok Belawan, reservasi via WA 0812-7777-1212", ["reservasi"]),
    ("Sablon Kaos Rajawali Cimahi, grosir min 2 kodi, ecer juga melayani", ["grosir"]),
    ("Tenun Ikat Sumba Rambu, wholesale from 50 pieces for boutiques", ["wholesale"]),
])
def test_ordering_and_a_way_of_selling_with_its_minimum_are_no_cards(brief, gone):
    products = _products(brief)
    assert not any(g in products for g in gone), products


def test_a_way_of_selling_without_a_minimum_is_left_as_said():
    lower = "we roast arabica beans in malang. wholesale for restaurants too."
    assert not not_goods("wholesale", lower)
    assert not_goods("wholesale", "batik cap pekalongan, wholesale for shops from 30 pcs")


@pytest.mark.parametrize("brief, kept", [
    ("Klinik Keluarga Sentosa Jember. Rawat jalan, cek kolesterol.", ["cek kolesterol"]),
    ("Bengkel Aki Mandiri Kupang: ganti aki, cek aki, servis dinamo", ["cek aki"]),
    ("Apotek Nusa Indah Mataram, obat bebas, cek tensi", ["cek tensi"]),
])
def test_a_check_of_what_is_tested_is_a_service(brief, kept):
    products = _products(brief)
    assert all(k in products for k in kept), products


def test_looking_something_up_is_no_check_service():
    products = _products("Toko Roti Mentari Cilacap jual roti sobek, cek IG kami, cek harga di katalog")
    assert not any(p.startswith("cek") for p in products), products


@pytest.mark.parametrize("brief, kept", [
    ("Les berenang balita & remaja bersama coach Rian di Gresik", ["les berenang balita", "les berenang remaja"]),
    ("Kelas tari Bali anak dan remaja bareng kak Ayu, Denpasar", ["kelas tari bali anak", "kelas tari bali remaja"]),
    ("Les biola anak & dewasa bersama pak Tomo, Salatiga", ["les biola anak", "les biola dewasa"]),
])
def test_a_leader_after_the_list_leaves_every_level_its_head(brief, kept):
    products = _products(brief)
    assert all(k in products for k in kept), products


def test_bersama_inside_an_offering_stays():
    assert "paket makan bersama keluarga" in _products("Paket makan bersama keluarga di Resto Kenanga Tegal")


@pytest.mark.parametrize("brief, kept, gone", [
    ("Villa Sawah Tabanan, 2 private pool villas with a jungle view", ["private pool villas"], ["villas"]),
    ("Penginapan Pantai Senggigi, 4 kamar superior dan 1 kamar suite", ["kamar superior", "kamar suite"],
     ["4 kamar superior"]),
    ("Losmen Pak Harjo Wonosobo, 6 kamar standar, sarapan mie ongklok", ["kamar standar"], ["6 kamar standar"]),
])
def test_a_count_before_a_kind_of_room_leaves_the_kind(brief, kept, gone):
    products = _products(brief)
    assert all(k in products for k in kept) and not any(g in products for g in gone), products


@pytest.mark.parametrize("brief, gone", [
    ("Homestay Bukit Lawang, 5 rooms with river view, jungle trekking", ["rooms", "5 rooms"]),
    ("Villa Pinus Batu: 3 bedroom villas with a heated pool", ["bedroom villas"]),
])
def test_a_bare_count_of_rooms_or_of_bedrooms_names_no_kind(brief, gone):
    products = _products(brief)
    assert not any(g in products for g in gone), products


def test_a_count_of_rooms_is_a_note_that_ends_before_its_joiner():
    brief = "Penginapan Kabut Dieng, 3 kamar + sarapan kentang goreng, WA 0812-3030-4040"
    intent = parse_brief(brief)
    assert "3 kamar" not in intent.products and "sarapan kentang goreng" in intent.products
    assert "3 kamar" in [f.value for f in intent.facts if f.kind == "note"]
    assert _clean_note("lensa 50mm +") == "lensa 50mm" and _clean_note("meja lipat, &") == "meja lipat"


def test_a_route_after_an_item_ends_it_and_the_list_goes_on():
    products = _products("Flores Pedal: sunrise cycling through coffee farms, weaving village tours and lake trips")
    assert "sunrise cycling" in products and "weaving village tours" in products, products


def test_a_route_through_places_stays_one_item():
    products = _products("Jogja Bike Tours: cycling through rice fields, villages and temples")
    assert "villages" not in products and "temples" not in products, products


@pytest.mark.parametrize("brief, kept", [
    ("Jasa cuci kursi, springbed & gorden panggilan area Serang", ["springbed", "gorden"]),
    ("Toko Tidur Nyenyak Purwokerto jual springbed, sofabed dan bantal", ["springbed", "sofabed"]),
])
def test_a_bed_compound_is_goods_not_a_participle(brief, kept):
    products = _products(brief)
    assert all(k in products for k in kept), products
