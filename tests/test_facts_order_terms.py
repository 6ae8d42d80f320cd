"""Facts an owner reads wrong on the page when the terms of an order run into them or lose what they are of: a least
count said bare after an item ("lemper ayam 4rb, min 25": the page must say what is counted), the places served
running on into the least order, the fee or what is free ("area Kotagede Banguntapan min order 100rb"), places named
one after another without commas ("Area layanan: Surabaya Sidoarjo Gresik": a list of places), and a count of hours
with its price said without what it is of ("Paket — 1,5 jam 150rb"). Briefs written for these tests, not dataset
rows."""

from __future__ import annotations

import pytest

from intent_helpers import fact_pairs, fact_values
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief, note", [
    ("Lemper Bu Narti, Kudus. lemper ayam 4rb, min 25. WA 0813 1000 2000", "lemper ayam min 25"),
    ("Donat Kentang Mama Vio, Cirebon: donat gula halus minimal 12 pcs", "donat gula halus minimal 12 pcs"),
    ("Brownies Sekat Dinda, Bekasi. brownies sekat 5rb/pcs min 30", "brownies sekat 5rb/pcs min 30"),
    ("Banana bread by Kirana, Ubud. mini loaves 35k each, min 6", "mini loaves min 6"),
    ("Pastry studio in Sanur, butter croissants at least 12 pieces", "butter croissants at least 12 pieces"),
    ("Cookies by Tasya, Bandung. Choco chip cookies 45k per jar, min 3 jars", "Choco chip cookies min 3 jars"),
])
def test_a_bare_least_count_is_said_with_the_item_it_counts(brief, note):
    assert note in fact_values(brief, "note")


def test_a_least_count_of_people_says_what_it_counts_already():
    # "min 6 org": the unit says it is people; no item is put before it
    assert "min 6 org" in fact_values("Rafting Sungai Serayu 200rb/org min 6 org", "note")


@pytest.mark.parametrize("brief, area", [
    ("Kue kering Bu Nani, area Kotagede Banguntapan min order 100rb", "Kotagede Banguntapan"),
    ("Es kopi susu Kopi Rindu, delivery area Menteng Cikini free ongkir", "Menteng, Cikini"),
    ("Seblak Teh Euis, antar area Cimahi gratis ongkir", "Cimahi"),
    ("Frozen food Mama Yuli, antar wilayah Pondok Gede dan Jatiasih minimal pembelian 75rb", "Pondok Gede dan Jatiasih"),
    ("Healthy catering in Bali, delivery area Canggu Berawa mulai 45k", "Canggu, Berawa"),
    ("Ayam ungkep Mama Lia, antar area Kemang dan Cilandak ongkir 10rb", "Kemang dan Cilandak"),
])
def test_the_area_served_ends_where_the_terms_of_the_order_begin(brief, area):
    assert fact_values(brief, "area") == [area]


@pytest.mark.parametrize("brief, fact", [
    ("Frozen food Mama Yuli, antar wilayah Pondok Gede dan Jatiasih minimal pembelian 75rb",
     ("delivery", "antar wilayah Pondok Gede dan Jatiasih minimal pembelian 75rb")),
    ("Ayam ungkep Mama Lia, antar area Kemang dan Cilandak ongkir 10rb",
     ("delivery", "antar area Kemang dan Cilandak ongkir 10rb")),
    ("Sayur segar Pak Tono, kirim ke area Cibubur dan Cileungsi minimal belanja 100rb",
     ("delivery", "kirim ke area Cibubur dan Cileungsi minimal belanja 100rb")),
])
def test_a_delivery_said_as_its_area_keeps_its_terms(brief, fact):
    assert fact in fact_pairs(brief)


@pytest.mark.parametrize("brief, subject", [
    ("Kue kering Bu Nani, area Kotagede Banguntapan min order 100rb", "min order"),
    ("Kue kering Mama Ros, area Ciledug Larangan min order 80rb", "min order"),
    ("Sambal Bu Rudy, sambal bawang 35rb, ongkos kirim 15rb", "ongkos kirim"),
])
def test_an_amount_of_the_terms_is_theirs_never_the_places_before_them(brief, subject):
    assert subject in [f.subject for f in parse_brief(brief).facts if f.kind == "price"]


def test_a_delivery_keeps_the_least_order_said_last_in_its_clause():
    brief = "Bakery in Canggu, we deliver to Berawa and Pererenan min order 150k"
    assert fact_values(brief, "delivery") == ["deliver to Berawa and Pererenan min order 150k"]


def test_a_fact_ends_before_the_owners_number():
    brief = "Wadai Acil Imah, Banjarmasin. pesan min. 2 hari sblmnya, antar wilayah Banjarmasin & Banjarbaru\nwa 0896 5050 1212"
    assert fact_values(brief, "delivery") == ["antar wilayah Banjarmasin & Banjarbaru"]
    assert fact_values(brief, "area") == ["Banjarmasin & Banjarbaru"]


@pytest.mark.parametrize("brief, area", [
    ("Servis AC Dingin Jaya, servis dan cuci AC. Area layanan: Surabaya Sidoarjo Gresik.", "Surabaya, Sidoarjo, Gresik"),
    ("Jasa sedot WC Berkah, melayani area Bekasi Cikarang Karawang", "Bekasi, Cikarang, Karawang"),
    ("Cleaning service in Bali, we serve Kuta Legian Seminyak", "Kuta, Legian, Seminyak"),
    ("Tukang taman Hijau Asri, area Depok Bogor Tangerang Selatan", "Depok, Bogor, Tangerang Selatan"),
    ("Jasa angkut barang Pak Ucok. Wilayah: Medan Binjai Deli Serdang", "Medan, Binjai, Deli Serdang"),
    # one place of two words stays one; a word no place begins with leaves the value as written
    ("Les privat Kak Dini, area Jakarta Selatan", "Jakarta Selatan"),
    ("Laundry kiloan Wangi, area Bogor kota", "Bogor kota"),
])
def test_places_named_without_commas_are_a_list(brief, area):
    assert fact_values(brief, "area") == [area]


def test_the_owners_heading_of_a_fact_is_no_note():
    brief = "Servis AC Dingin Jaya, servis dan cuci AC. Area layanan: Surabaya Sidoarjo Gresik. Jam operasional: 08.00-17.00"
    notes = fact_values(brief, "note")
    assert "Area layanan" not in notes and "Jam operasional" not in notes
    assert fact_values(brief, "hours") == ["08.00-17.00"]


@pytest.mark.parametrize("brief, package", [
    ("Rumah Pijat Bu Tatik, Malang: pijat refleksi. Paket — 1,5 jam 150rb. WA 0812 3344 5566",
     "pijat refleksi: paket 1,5 jam 150rb"),
    ("Studio Musik Nada, Pekanbaru: sewa studio band 2 jam 100rb", "sewa studio band 2 jam 100rb"),
    ("Yoga by Sekar, Canggu. private yoga 1.5 hours IDR 500k", "private yoga 1.5 hours IDR 500k"),
    ("Boat charter in Labuan Bajo, package 4 hours IDR 3jt", "boat charter: package 4 hours IDR 3jt"),
    ("Kursus Renang Lumba, pelatihnya sabar privat 1 jam 120rb", "privat 1 jam 120rb"),
    ("Kami juga sewa lapangan badminton 2 jam 80rb", "sewa lapangan badminton 2 jam 80rb"),
])
def test_a_timed_package_keeps_what_it_is_of(brief, package):
    assert fact_values(brief, "package") == [package]


def test_a_timed_package_of_several_offerings_stays_as_written():
    # which of the two the hours are of is not said: nothing is put before them
    brief = "Rental PS & Billiard Arena, Depok. PS5 dan meja billiard, 3 jam cuma 50rb"
    assert fact_values(brief, "package") == ["3 jam cuma 50rb"]


def test_a_least_count_after_a_list_of_priced_items_is_of_the_whole_list():
    # "min 3 toples" after two priced items is the order's least, never the last item's alone
    brief = "Kue Lebaran Bu Warsih, Salatiga. putri salju 80rb/toples, lidah kucing 75rb/toples, min 3 toples"
    notes = fact_values(brief, "note")
    assert "min 3 toples" in notes and not any("lidah kucing min" in n for n in notes)


@pytest.mark.parametrize("brief, hours", [
    ("Barbershop Rapi Jali, Pontianak. open every day 10am-10pm except Friday 1-3pm", "every day 10am-10pm except Friday 1-3pm"),
    ("Mie Ayam Pak Gino, Wonogiri, buka setiap hari 09.00-21.00 kecuali Jumat 11.30-13.00",
     "setiap hari 09.00-21.00 kecuali Jumat 11.30-13.00"),
    ("Kedai Teh Sore, Bogor. buka tiap hari kecuali Jumat jam 15.00-22.00", "tiap hari kecuali Jumat jam 15.00-22.00"),
    ("Juice bar in Gili Air, open everyday 8am-9pm", "everyday 8am-9pm"),
    ("Salon Melati, Kendari, buka 09.00-18.00 kecuali hari Senin", "09.00-18.00 kecuali hari Senin"),
])
def test_the_days_and_the_hours_closed_on_one_of_them_stay_with_the_hours(brief, hours):
    assert fact_values(brief, "hours") == [hours]


@pytest.mark.parametrize("brief, delivery", [
    ("Apotek Waras, Jambi. obat bebas & vitamin. Antar obat area Telanaipura ongkir 8rb", "Antar obat area Telanaipura ongkir 8rb"),
    ("Keripik Tempe Bu Sum, Malang. kirim seluruh Indonesia via J&T", "kirim seluruh Indonesia via J&T"),
    ("Bandeng presto Juwana, bisa kirim se-Jawa Bali", "bisa kirim se-Jawa Bali"),
])
def test_a_delivery_said_with_what_is_sent_or_to_the_whole_of_a_place(brief, delivery):
    assert delivery in fact_values(brief, "delivery")


@pytest.mark.parametrize("brief, subject", [
    ("Minyak Kelapa Murni Bu Dewi, Manado. minyak kelapa 1 liter 45rb", "minyak kelapa 1 liter"),
    ("Madu Klanceng Pak Yos, Sleman. botol 250ml 90rb, 500ml 170rb, 1 liter 320rb", "1 liter"),
    ("Beras organik Tani Makmur, Cianjur: beras merah 5 kg 95rb", "beras merah 5 kg"),
])
def test_the_size_priced_keeps_its_unit(brief, subject):
    assert subject in [f.subject for f in parse_brief(brief).facts if f.kind == "price"]


@pytest.mark.parametrize("brief, note", [
    # the words of a price are no item, and a full stop inside a number ends no clause
    ("CV Angkut Cepat Jambi, ekspedisi darat Jambi-Palembang, tarif mulai Rp 2.800/kg, minimal 30 kg", "minimal 30 kg"),
    # a least count in brackets after its price stays as said there
    ("Kargo Laut Nusantara, Bitung. Tarif mulai Rp 3.200/kg (minimal 40 kg), kirim mobil mulai Rp 4.000.000", "minimal 40 kg"),
])
def test_a_least_count_after_a_price_with_no_item_stays_bare(brief, note):
    assert note in fact_values(brief, "note")


def test_a_pickup_said_after_bisa_is_no_delivery_too():
    assert fact_pairs("Laundry Bersih Jaya, bisa antar jemput di Sidoarjo") == [("pickup", "antar jemput di Sidoarjo")]


def test_a_dash_said_after_the_place_leaves_the_name_before_it_whole():
    # a spaced dash later in the brief once cut the name's first letters ("Pijat …" → "jat …")
    assert parse_brief("Pijat Refleksi Nyaman, Kediri. Paket — 1,5 jam 120rb.").brand_name == "Pijat Refleksi Nyaman"
