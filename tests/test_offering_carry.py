"""Offering cards that carry to briefs by writers nobody tuned on: what a package holds, a rental's amenities,
places, descriptors and scraps, people, what the business receives or does not do, and the trade said only in the
business's name. Each class is pinned both ways, in wordings written for the test (other trades, towns, names)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
from tapsite_pipeline.providers.offline_rules.own_name import trade_in_name
from tapsite_pipeline.providers.offline_rules.roles import is_offering

WA = " wa 0812 3344 5566"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


def _has(products: list[str], word: str) -> bool:
    return any(word in p.split() for p in products)


@pytest.mark.parametrize("brief, kept, contents", [
    ("Outbound Ceria Lembang, paket outbound 350rb/org udh sm snack, kaos & dokumentasi.",
     "outbound", ["snack", "kaos", "dokumentasi"]),
    ("Sewa mobil Avanza harian 400rb, sudah dapat sopir dan bensin.", "sewa mobil", ["sopir", "bensin"]),
    ("Paket A include 3 menu dan es teh, harga 45rb. Dapur Mama Rosa.", None, ["menu", "es teh"]),
    ("Ocean Bliss Stay in Sanur rents beach bungalows. The nightly rate is IDR 650,000 and includes breakfast, "
     "bicycles and towels.", "bungalows", ["breakfast", "bicycles", "towels"]),
    ("Kebaya Laras menyewakan kebaya wisuda, lengkap dengan selendang, sanggul serta jasa rias.", "kebaya wisuda",
     ["selendang", "sanggul"]),
])
def test_what_a_package_or_a_price_holds_is_not_a_card(brief, kept, contents):
    products = _products(brief)
    if kept:
        assert any(kept in p for p in products), products
    assert not any(_has(products, c) or c in products for c in contents), products


@pytest.mark.parametrize("brief, offered", [
    ("Warung Bu Tini jual nasi rames, soto ayam, dan snack.", "snack"),
    ("Cafe Lumen serves breakfast, brunch and filter coffee in Kemang.", "breakfast"),
    ("Toko Sinar jual kaos polos, kaos sablon, dan topi.", "topi"),
])
def test_the_same_words_sold_on_their_own_stay_cards(brief, offered):
    assert any(offered in p for p in _products(brief))


def test_a_rentals_rooms_and_utilities_are_not_cards():
    products = _products("Kost Bu Ratna Jatinangor, masih ada 3 kamar kosong. kamar mandi dalem, aer sumur, "
                         "parkir motor, listrik token. 900rb/bln.")
    assert not any(p in products for p in ("kamar mandi dalem", "aer sumur", "parkir motor", "listrik token")), products
    assert "pompa air sumur" in _products("Toko Tirta jual pompa air sumur, pipa pvc, dan kran.")


@pytest.mark.parametrize("brief, place, kept", [
    ("Jasa sedot WC Pak Rohmat, bisa panggilan. khusus Kelurahan Cibeunying & Sukaluyu.", "sukaluyu", None),
    ("Laundry Kilat Mbak Sri, Cikutra, masih buka sampai jam 9 malam. cuci setrika 6rb/kg.", "cikutra",
     "cuci setrika"),
    ("Peternakan Jaya jual ayam kampung & bebek peking, area Kecamatan Sukasari & Cibodas.", "cibodas",
     "ayam kampung"),
])
def test_places_after_a_place_word_or_after_the_name_are_not_cards(brief, place, kept):
    products = _products(brief)
    assert not any(place in p for p in products), products
    if kept:
        assert any(kept in p for p in products), products


@pytest.mark.parametrize("phrase", ["lamak bana", "kuah kental", "maknyus", "kelas kecil", "small class"])
def test_praise_texture_and_size_are_not_offerings(phrase):
    assert not is_offering(phrase)


@pytest.mark.parametrize("phrase", ["lapis legit", "bakso kuah", "kelas pemula", "private lessons", "les privat"])
def test_goods_beside_such_words_stay_offerings(phrase):
    assert is_offering(phrase)


@pytest.mark.parametrize("phrase, shaped", [
    ("ceu imas", None), ("bang jali", None), ("makan ditempat", None), ("take away", None),
    ("teh tarik", "teh tarik"), ("haji furoda", "haji furoda"), ("bakso urat", "bakso urat"),
])
def test_people_and_ways_of_being_served_are_not_card_names(phrase, shaped):
    assert name_shaped(phrase) == shaped


def test_descriptors_and_scraps_of_a_clause_are_not_cards():
    products = _products("Mie Ayam Cak Har: mie ayam pangsit, mie ayam bakso, kuah kental, maknyus! "
                         "gak ada delivery, makan ditempat aja")
    assert "mie ayam pangsit" in products, products
    assert not any(p in products for p in ("kuah kental", "maknyus", "makan ditempat", "delivery")), products
    products = _products("Rumah Baca Pelita, kelas menggambar untuk anak, kelas kecil max 5 org, dibimbing ilustrator.")
    assert not any("kelas kecil" in p or p.startswith("dibimbing") for p in products), products


def test_with_written_as_w_slash_ends_the_offering():
    products = _products("PixelDesk makes spreadsheet tools for freelancers: budget planners, invoice templates, "
                         "habit trackers synced w/ google calendar. 150k each.")
    assert "habit trackers" in products, products
    assert not any("synced" in p or "google calendar" in p for p in products), products


@pytest.mark.parametrize("brief, denied, kept", [
    ("Bloom Lane Florist makes bridal bouquets and table centrepieces. we don't do funeral wreaths.",
     "funeral wreaths", "bridal bouquets"),
    ("Servis Laptop Kang Dedi: ganti keyboard, install ulang, upgrade ssd. gak terima servis macbook ya.",
     "macbook", "ganti keyboard"),
    ("Kue Mama Lia, bolu kukus & kue lapis. kemaren ada yg nanya bisa bikin tumpeng ga, maaf blm bisa.",
     "tumpeng", "bolu kukus"),
])
def test_what_the_business_does_not_do_is_not_a_card(brief, denied, kept):
    products = _products(brief)
    assert not any(denied in p for p in products), products
    assert any(kept in p for p in products), products


def test_not_only_still_offers():
    products = _products("Kedai Rasa bukan cuma jual kopi, ada roti bakar dan pisang goreng juga.")
    assert "kopi" in products and "roti bakar" in products, products


def test_what_the_business_receives_is_not_a_card():
    brief = "Rumah Singgah Harapan, tempat tinggal sementara buat pasien dari luar kota. kami terima donasi pakaian layak pakai."
    products = _products(brief)
    assert not any("donasi" in p or "pakaian" in p for p in products), products
    assert "jahit gamis" in _products("Penjahit Bu Ana terima jahit gamis, jahit kebaya, dan permak celana.")


def test_another_trade_set_aside_is_not_a_card():
    products = _products("Bengkel Motor Pak Sastro, servis rutin, ganti oli, tambal ban. istri saya juga jualan "
                         "gorengan di depan, tapi itu lain cerita.")
    assert "ganti oli" in products and not any("gorengan" in p for p in products), products


@pytest.mark.parametrize("name, trade", [
    ("Soto Betawi 88 Bang Udin", "soto betawi"), ("Les Piano Kak Mira", "les piano"),
    ("Kontrakan Hj Maemunah", "kontrakan"), ("Pemancingan Mang Oding", None), ("Warung Bu Tini", None),
    ("Lumen Studio", None),
])
def test_the_trade_before_a_title_in_the_name(name, trade):
    assert trade_in_name(name) == trade


def test_a_brief_headed_by_such_a_name_offers_its_trade():
    products = _products("Soto Betawi 88 Bang Udin, seporsi 25rb, pake nasi 30rb. buka jam 7 pagi.")
    assert products[:1] == ["soto betawi"], products
    products = _products("Les Piano Kak Mira, privat ke rumah, klasik & pop. 4x pertemuan 400rb.")
    assert "les piano" in products, products


def test_a_name_only_labels_what_the_owner_lists_after_an_offer_verb():
    products = _products("Bengkel AC Pak Joko menerima cuci ac, isi freon, dan bongkar pasang ac.")
    assert not any(p.startswith("bengkel") for p in products), products
    products = _products("Seafood grill by the beach, Ikan Bakar Pak Komang. grilled snapper, lobster, squid.")
    assert "ikan bakar" not in products, products


# A price list: each item with its amount after it ("bedcover 25k, selimut 15k"); the amounts are facts, the items cards.
@pytest.mark.parametrize("brief, items", [
    ("Laundry Kilat Mama Ros di Sorong, cuci kering 7rb/kg, sprei 20rb, gorden 12rb/meter. wa 0813 4400 1212",
     ["cuci kering", "sprei", "gorden"]),
    ("Depot Ikan Bakar Pak Ode: baronang bakar 45rb, cakalang fufu 30rb & es pisang ijo 20rb. Kendari",
     ["baronang bakar", "cakalang fufu", "es pisang ijo"]),
    ("Sewa Tenda Barokah Kendari: tenda dome 4x6 500rb/hari, kursi plastik 2rb/pcs, meja bulat 15rb. wa 0812 4545 6767",
     ["tenda dome 4x6", "kursi plastik", "meja bulat"]),
])
def test_every_item_of_a_price_list_is_an_offering(brief, items):
    products = parse_brief(brief).products
    for item in items:
        assert item in products, (item, products)


def test_an_amount_after_a_price_word_makes_no_item():
    products = parse_brief("Rapi Data builds google sheets dashboards and excel macros. flat 700k per sheet or "
                           "120k/hr. Jayapura, WA 0812 9000 1111").products
    assert "google sheets dashboards" in products
    assert not {"flat", "or"} & set(products), products
