"""Cards that are not offerings, by class: the kinds of a service's object ("tebang pohon kelapa, mangga"), what a
service or a trip takes in after ", termasuk" / ", including", the means a business works with said as a claim
("alat lengkap", "teknisi berpengalaman"), a bare way of dealing or a pre-sale talk opening a sentence of its own
("Sewa minimal 8 jam", "Konsultasi dengan … tersedia"), the village between the business's name and its region,
what goes on at a place hired out ("sewa lapak … ada panggung hiburan + senam") and the kinds of business a product is
for ("aplikasi stok buat toko bangunan, kedai kopi"). Each class is pinned by wordings
written for it (other trades, cities and names than any dataset row), with the negative beside it: the same shape
where it IS an offering."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.coordination import object_kinds
from tapsite_pipeline.providers.offline_rules.not_cards import lone_head, means_claim, premises_served
from tapsite_pipeline.providers.offline_rules.offering_places import village_after_name

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7788"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


# ---------------------------------------------------------------- the kinds of a service's object

@pytest.mark.parametrize("brief, service, kinds", [
    ("Jasa Kebun Pak Umar Jember terima tebang pohon durian, nangka, dan sengon yang sudah rapuh.",
     "tebang pohon", ["nangka", "sengon"]),
    ("Bengkel Dua Roda Sinar Makassar: servis motor matic, bebek, sport. ganti oli juga bisa.",
     "servis motor", ["bebek", "sport"]),
])
def test_the_kinds_of_a_services_object_are_the_services_not_cards(brief, service, kinds):
    products = _products(brief)
    assert service in products
    assert not any(k in products for k in kinds)


def test_objects_that_are_things_of_their_own_stay_cards():
    # "cuci sofa, kasur, karpet": a mattress is cleaned, not a kind of sofa
    assert _products("Cuci Bersih Bu Ros Solo: cuci sofa, kasur, karpet panggilan.")[:3] == ["cuci sofa", "kasur", "karpet"]
    assert object_kinds(["cuci sofa", "kasur", "karpet"], "cuci sofa, kasur, karpet panggilan") == \
        ["cuci sofa", "kasur", "karpet"]
    # a second offering with its own verb after the kinds is not a kind
    assert object_kinds(["potong pohon jati", "mahoni", "pangkas ranting"],
                        "potong pohon jati, mahoni, pangkas ranting") == ["potong pohon", "pangkas ranting"]


# ---------------------------------------------------------------- what a service or a trip takes in

@pytest.mark.parametrize("brief, kept, gone", [
    ("Griya Las Makmur Kudus melayani pembuatan kanopi baja ringan, termasuk pengecatan dan pemasangan.",
     ["kanopi baja ringan"], ["pengecatan", "pemasangan"]),
    ("Island Hopping Gili Tours runs snorkel trips from Senggigi (min. 4 guests), including lunch, fins and a boat "
     "captain.", ["snorkel trips"], ["lunch", "fins"]),
])
def test_what_a_service_takes_in_after_a_comma_is_no_card(brief, kept, gone):
    products = _products(brief)
    assert all(k in products for k in kept)
    assert not any(g in products for g in gone)


def test_a_range_named_before_including_names_its_members():
    products = _products("Kami menjual berbagai keramik hias, termasuk vas bunga dan piring lukis, di Plered.")
    assert "vas bunga" in products and "piring lukis" in products


# ---------------------------------------------------------------- the means said as a claim

def test_tools_and_staff_said_as_a_claim_are_no_cards():
    products = _products("Alat lengkap, teknisi berpengalaman. Service AC Dingin Jaya Bekasi: cuci AC, isi freon, "
                         "bongkar pasang.")
    assert "cuci ac" in products
    assert not any(p in products for p in ("alat lengkap", "teknisi", "teknisi berpengalaman"))
    assert not any("alat lengkap" == p for p in _products(
        "Rumah Potong Pohon Bang Ali, Pekanbaru: tebang pohon, pangkas ranting. alat lengkap, tim 5 orang."))


@pytest.mark.parametrize("item, claim", [
    ("alat lengkap", True), ("experienced staff", True), ("teknisi", True), ("kru berpengalaman", True),
    ("alat tulis kantor", False), ("sewa alat pesta", False), ("tenaga angkut", False), ("staff training", False),
])
def test_means_claim(item, claim):
    assert means_claim(item) is claim


# ---------------------------------------------------------------- a bare way of dealing, a pre-sale talk

def test_a_bare_rental_word_opening_a_condition_is_no_card():
    products = _products("Persewaan Alat Berat Mitra Jaya: crane 25 ton Rp 3.000.000/hari, forklift, dan vibro roller "
                         "untuk proyek di Samarinda. Sewa minimal 2 hari, sudah termasuk operator.")
    assert "forklift" in products
    assert "sewa" not in products


@pytest.mark.parametrize("item, lower, lone", [
    ("sewa", "crane, forklift. sewa minimal 2 hari, sudah termasuk operator.", True),
    ("konsultasi", "rias pengantin, dokumentasi. konsultasi dengan perias senior tersedia.", True),
    # in a list, or with its object, it is an offering
    ("konsultasi", "konsultasi, terapi keluarga, dan tes minat bakat di bogor.", False),
    ("servis", "tukang ac: instalasi, servis, isi freon. servis bisa dipanggil ke rumah.", False),
    ("sewa tenda", "sewa tenda minimal 2 hari.", False),
])
def test_lone_head(item, lower, lone):
    assert lone_head(item, lower) is lone


def test_consultation_listed_with_other_services_stays():
    assert "konsultasi" in _products("Klinik Psikologi Cerah Bogor: konsultasi, terapi keluarga, dan tes minat bakat.")


# ---------------------------------------------------------------- the village between the name and its region

def test_the_village_before_the_region_is_where_the_business_is():
    brief = "Sanggar Ukir Tumbuh Jaya, Batu Tulis, Jepara, membuat relief kayu dan kursi ukir."
    intent = parse_brief(brief + WA)
    assert intent.location == "Batu Tulis, Jepara"
    assert "batu tulis" not in intent.products and "relief kayu" in intent.products
    assert village_after_name(brief.lower(), {"sanggar ukir tumbuh jaya"}) == ["batu tulis"]


@pytest.mark.parametrize("lower, name", [
    ("toko kue melati, kue lapis, bandung, dan bolu.", "toko kue melati"),  # goods between the commas
    ("sanggar tari ayu, sejak lama, jepara, melatih tari.", "sanggar tari ayu"),  # no name: a function word
    ("sanggar ukir maju, batu tulis, kayu jati, membuat kursi.", "sanggar ukir maju"),  # no region after it
])
def test_no_village_without_a_name_and_a_region(lower, name):
    assert village_after_name(lower, {name}) == []


# ---------------------------------------------------------------- what goes on at a place hired out

def test_shows_at_a_place_hired_out_are_no_cards():
    products = _products("Bazar Minggu Ceria Alun-Alun Tegal buka pendaftaran tenant: sewa lapak 2x2 m 100rb/hari. "
                         "ada panggung hiburan + senam zumba tiap pagi.")
    assert any(p.startswith("sewa lapak") for p in products)
    assert not any(p.startswith(("panggung hiburan", "senam")) for p in products)


def test_a_business_that_teaches_the_activity_keeps_it():
    products = _products("Sanggar Senam Bugar Sehat Cilacap: kelas senam aerobik, zumba, dan sewa matras.")
    assert {"kelas senam aerobik", "zumba", "sewa matras"} <= set(products)


# ---------------------------------------------------------------- the kinds of business a product is for

@pytest.mark.parametrize("brief, kept, gone", [
    ("Stokku tuh aplikasi stok barang Android buat toko bangunan, kedai kopi, sama toko kelontong, dibikin tim kecil "
     "di Medan. Bisa offline, laporan harian otomatis.", [], ["toko bangunan", "kedai kopi", "toko kelontong"]),
    ("SkyNet Maluku installs solar-powered internet for remote sites around Seram and Buru: schools, clinics, fishing "
     "camps and village halls. We also offer VSAT.", ["vsat"], ["fishing camps", "village halls"]),
])
def test_the_businesses_a_product_is_for_are_no_cards(brief, kept, gone):
    products = _products(brief)
    assert all(k in products for k in kept)
    assert not any(g in products for g in gone)


@pytest.mark.parametrize("item, lower, served", [
    ("kedai kopi", "aplikasi kasir buat warung, kedai kopi, sama toko kelontong.", True),
    ("coffee shops", "we roast beans for cafes, hotels and coffee shops in malang.", True),
    # said as what is sold, or before the cue, it is goods or the trade
    ("kedai kopi", "kedai kopi senja: kopi susu, toast. cocok buat nongkrong.", False),
    ("toko kue", "jual toko kue siap pakai (rak, etalase) untuk pemula.", False),
])
def test_premises_served(item, lower, served):
    assert premises_served(item, lower) is served
