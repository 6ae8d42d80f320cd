"""Facts an owner reads wrong on the page when a part of them is lost or given to another fact: a decimal count of
hours before a package's price ("1,5 jam 150rb"), the unit a price counts said before it ("per jam 8rb"), a time
range that belongs to a package or an offer ("paket malam 50rb (22.00-06.00)", "happy hour 15.00-17.00"), the least
order amount of a free delivery ("free ongkir min order 500rb"), what the goods are made without ("sugar free",
"bebas gula": a quality, never an offer) and where a pickup is from ("airport pickup"). Briefs written for these
tests, not dataset rows."""

from __future__ import annotations

import pytest

from intent_helpers import fact_pairs, fact_values, page_text
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.facts import extract_facts

pytestmark = pytest.mark.unit


def _facts(text: str) -> list[tuple[str, str, str]]:
    found, _, _ = extract_facts(text, text.lower())
    return [(f.kind, f.value, f.subject) for f in found]


@pytest.mark.parametrize("brief, package", [
    # (what the hours are of comes with them: said before them in the clause, or the one offering of the business)
    ("Pijat Mbok Darmi di Klaten, pijat tradisional 1,5 jam 150rb", "pijat tradisional 1,5 jam 150rb"),
    ("Sewa studio musik di Pekanbaru, 2,5 jam cuma 120rb", "sewa studio musik: 2,5 jam cuma 120rb"),
    ("Float spa in Ubud, balinese massage 1.5 hours from IDR 350k", "balinese massage 1.5 hours from IDR 350k"),
    ("Bekam sunnah Pak Rahmat, 1.5 hrs only 200k, Banjarmasin", "bekam sunnah: 1.5 hrs only 200k"),
    ("Karaoke keluarga Palembang: room 3 jam 120rb", "room 3 jam 120rb"),
])
def test_a_decimal_count_of_hours_stays_whole_with_its_package(brief, package):
    assert fact_values(brief, "package") == [package]


@pytest.mark.parametrize("text, subject, value", [
    ("rental PS5 per jam 8rb", "rental ps5 per jam", "8rb"),
    ("catering nasi kotak per orang 25rb", "nasi kotak per orang", "25rb"),
    ("sewa kamar villa per malam 350rb", "kamar villa per malam", "350rb"),
    ("laundry kiloan per kg 12rb", "laundry kiloan per kg", "12rb"),
    ("parkir motor tiap jam 3rb", "parkir motor tiap jam", "3rb"),
    ("guided trek per person IDR 450k", "guided trek per person", "IDR 450k"),
])
def test_the_unit_said_before_a_price_stays_with_what_it_is_for(text, subject, value):
    assert ("price", value, subject) in _facts(text)


def test_a_count_after_per_ends_what_the_price_is_for():
    # "per 2 jam": the count is the package's, and no bare "per" is left as the price's subject
    assert all(not s.endswith("per") for _, _, s in _facts("jasa angkut barang per 2 jam 200rb"))
    assert ("price", "58 ribu", "hvs a4 per rim") in _facts("grosir dan eceran kertas HVS A4 per rim 58 ribu")


@pytest.mark.parametrize("brief, fact", [
    ("Warnet Arena Palu: main per jam 5rb, paket begadang 30rb (23.00-05.00)",
     ("package", "paket begadang 30rb (23.00-05.00)")),
    ("Billiard Cue Kupang, paket subuh Rp 60.000 (00.00 - 06.00)", ("package", "paket subuh Rp 60.000 (00.00 - 06.00)")),
    ("Angkringan Lik Man, happy hour 15.00-17.00 diskon 20% semua minuman",
     ("offer", "happy hour 15.00-17.00 diskon 20% semua minuman")),
    ("Rooftop bar in Sanur, happy hour 5-7pm buy 1 get 1 cocktails", ("offer", "happy hour 5-7pm buy 1 get 1 cocktails")),
    # (its price said right after it is the offer's own, priced_notes.py)
    ("Kedai Bubur Ayam Pontianak, promo sarapan 06.00-09.00 cuma 15rb", ("offer", "promo sarapan 06.00-09.00 cuma 15rb")),
])
def test_a_time_said_with_a_package_or_offer_is_its_own_never_the_opening_hours(brief, fact):
    pairs = fact_pairs(brief)
    assert fact in pairs
    assert not any(k == "hours" for k, _ in pairs)


@pytest.mark.parametrize("brief, hours", [
    ("Game center Kediri, paket malam 50rb (22.00-06.00), buka 10.00-24.00", "10.00-24.00"),
    ("Bar in Canggu open 16.00-01.00, happy hour 17.00-19.00", "16.00-01.00"),
    ("Paket lengkap tersedia, buka 08.00-17.00", "08.00-17.00"),
])
def test_the_opening_hours_said_beside_them_stay_hours(brief, hours):
    assert fact_values(brief, "hours") == [hours]


@pytest.mark.parametrize("brief, delivery", [
    ("Toko kain Sari di Medan, free ongkir min order 500rb", "free ongkir min order 500rb"),
    ("Frozen food Bu Tini Bekasi, gratis ongkir minimal pembelian 250rb", "gratis ongkir minimal pembelian 250rb"),
    ("Healthy bowls in Canggu, free delivery min. spend 200k", "free delivery min. spend 200k"),
    ("Sayur segar Pak Joko, gratis antar min belanja 100rb", "gratis antar min belanja 100rb"),
    ("Beras organik Cianjur, free ongkir min order Rp 300.000", "free ongkir min order Rp 300.000"),
])
def test_the_least_order_of_a_free_delivery_is_its_condition_not_a_price(brief, delivery):
    assert fact_values(brief, "delivery") == [delivery]
    assert fact_values(brief, "price") == []


def test_a_least_order_said_alone_is_still_a_price():
    assert ("price", "500rb", "minimal order") in _facts("nasi box 25rb, minimal order 500rb")
    assert ("price", "500rb", "min order") in _facts("free ongkir, min order 500rb")


@pytest.mark.parametrize("brief, note", [
    ("Selai Kacang Bu Rina Solo, all palm-oil free, 45rb/jar", "all palm-oil free"),
    ("Bakery Sehat Malang: brownies sugar free 60rb", "sugar free"),
    ("Kue kering Cik Lan, bebas gula, pesan via wa", "bebas gula"),
    ("Granola from Ubud, dairy-free and nut free", "dairy-free and nut free"),
    ("Sabun herbal Mbak Yuni tanpa paraben & bebas pewarna buatan", "tanpa paraben & bebas pewarna buatan"),
    ("Jamu Mbok Sum, no sugar added, gratis antar sekampung", "no sugar added"),
])
def test_what_the_goods_are_made_without_is_a_quality_never_an_offer(brief, note):
    pairs = fact_pairs(brief)
    # a note, or what the price is for ("Brownies sugar free: 60rb", priced_notes.py)
    assert ("note", note) in pairs or any(f.kind == "price" and f.subject.lower().endswith(note.lower())
                                          for f in parse_brief(brief).facts)
    assert not any(k == "offer" for k, _ in pairs)


def test_a_quality_said_after_the_goods_is_kept_from_their_name():
    products = parse_brief("Roti Sehat Malang: roti gandum sugar free, brownies bebas gula, kue kering gluten-free").products
    assert "roti gandum" in products and "kue kering" in products
    assert not any("sugar" in p or "gluten" in p for p in products)


@pytest.mark.parametrize("brief, pickup", [
    ("Bali Shuttle Go, airport pickup on request", "airport pickup on request"),
    ("Surf school Kuta Lombok, hotel pickup included", "hotel pickup included"),
    ("Dive trips Amed, free villa pick-up", "free villa pick-up"),
    ("Travel Medan-Siantar, bandara antar jemput tiap hari", "bandara antar jemput tiap hari"),
    ("Ojek wisata Jogja, station pickup available", "station pickup available"),
])
def test_where_a_pickup_is_from_comes_with_it(brief, pickup):
    assert fact_values(brief, "pickup") == [pickup]


def test_a_trade_said_before_a_pickup_stays_an_offering():
    # "laundry pickup": what is picked up is the business's own service, never kept from the cards
    assert fact_values("Jasa cuci kilat di Bintaro, laundry pickup & delivery", "pickup") == ["pickup & delivery"]


@pytest.mark.parametrize("brief, said", [
    ("Warnet Arena Palu, main per jam 5rb, paket begadang 30rb", "5rb per jam"),
    ("Kos Putri Melati Salatiga, kamar AC per bulan 900rb, termasuk listrik & wifi", "900rb per bulan, termasuk listrik"),
    ("Catering Bu Harni Makassar, nasi kotak per orang Rp 25.000, min 30 kotak", "Rp 25.000 per orang"),
])
def test_a_card_says_the_unit_its_price_counts(brief, said):
    assert said in page_text(brief, ("products",))


def test_a_quality_said_before_the_goods_stays_with_their_name():
    products = parse_brief("Kedai Sehat Tegal jual granola, dairy-free smoothies, dan kopi").products
    assert "dairy-free smoothies" in products


@pytest.mark.parametrize("text, value", [
    ("cashback 5% min transaksi 200rb", "200rb"),
    ("bisa kirim min order 500rb", "500rb"),
])
def test_a_least_order_after_what_no_reader_takes_stays_a_price(text, value):
    assert any(k == "price" and v == value for k, v, _ in _facts(text))
