"""Facts read whole, with what qualifies them, as a visitor should read them on the page: a range of weeks is a
turnaround, never Sunday's hours ("pengerjaan 1-2 minggu"); "24 jam" after a word of how long it takes is no
round-the-clock opening ("express 24 jam"); a pickup that stops on a street's "Jl." leaves the street to the address ("ambil di Jl. Diponegoro 40");
a price range with a multiplier on each end is one price ("Rp 250rb - Rp 600rb"); a package's price keeps its
multiplier and never becomes what the package holds; a region keeps its part of the country ("northern
Sulawesi", "Sumatera bagian selatan"); what a price's unit holds stays with the price ("per toples 400gr",
"/pak (isi 25 lembar)"); every courier of a list; a warranty's length said before what it covers; an age with
no upper end ("7 tahun ke atas"); a counted note with its bound ("up to 300 guests", "lebih dari 60 klien"); a count
of sessions said with its price and what it is of ("kelas dasar 12 pertemuan Rp 600.000"); a surcharge with "tambah"; a
stay's check-in and check-out; a lead time in weeks; the day an offer holds on ("diskon 20% tiap jumat").
Briefs written for these tests, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _facts(text: str, kind: str | None = None) -> list[str]:
    return [f.value for f in parse_brief(text).facts if kind is None or f.kind == kind]


# --- how long it takes is no opening hours -------------------------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ("Jahit Gorden Bu Wati Cimahi, terima jahit gorden dan vitrase. Pengerjaan 1-2 minggu. WA 081377120001",
     "1-2 minggu"),
    ("Konveksi Seragam Maju Bersama Boyolali, kaos dan seragam kantor, produksi 3-4 minggu tergantung jumlah. "
     "WA 081377120002", "3-4 minggu"),
])
def test_a_range_of_weeks_is_no_sunday(text, said):
    assert not _facts(text, "hours")
    assert any(said in v for v in _facts(text))


def test_sunday_after_the_hours_stays_a_day():
    text = "Laundry Wangi Sekali Garut, cuci kiloan dan bedcover, buka 7-20 minggu libur. WA 081377120003"
    assert any("7-20" in v and "minggu libur" in v for v in _facts(text, "hours"))


@pytest.mark.parametrize("text, said", [
    ("Cetak Foto Kilat Ambon, cetak foto dan pas foto, reguler 2 hari, express 24 jam (+30%). WA 081377120004",
     "express 24 jam (+30%)"),
    ("Harlow Translation Studio, Semarang. Legal and medical translation, replies within 24 hours. "
     "Email desk@harlowtrans.id", "24 hours"),
])
def test_24_hours_said_as_how_long_it_takes_is_no_opening_time(text, said):
    assert not _facts(text, "hours")
    assert any(said in v for v in _facts(text))


def test_open_24_hours_is_still_the_hours():
    text = "Apotek Sehat Sentosa Kendari, obat dan vitamin, buka 24 jam. WA 081377120005"
    assert "24 jam" in _facts(text, "hours")


# --- a reading that stops on a street's "Jl." leaves the street to the address --------------------------------------

@pytest.mark.parametrize("text, street", [
    ("Bolu Gulung Tante Sisil Jember, bolu gulung keju dan pandan. Ambil sendiri di Jl. Diponegoro 40. WA 081377120006",
     "Jl. Diponegoro 40"),
    ("Sambal Roa Oma Lien, Bitung. Pickup at Jl. Sam Ratulangi 12 or we send by gojek. WA 081377120007",
     "Jl. Sam Ratulangi 12"),
])
def test_a_pickup_at_a_street_leaves_the_street_whole_to_the_address(text, street):
    assert _facts(text, "pickup")
    assert not any(v.lower().endswith(("jl", "jl.")) for v in _facts(text, "pickup"))
    assert any(street in v for v in _facts(text, "address"))


# --- prices and packages keep their amounts whole ------------------------------------------------------------------

@pytest.mark.parametrize("text, price", [
    ("Sepatu Kulit Garut Pak Ujang, sepatu pantofel Rp 250rb - Rp 600rb. WA 081377120008", "Rp 250rb - Rp 600rb"),
    ("Sunny Paws Pet Spa, Malang. Dog bathing by weight IDR 120k–300k. WhatsApp 081377120009", "IDR 120k-300k"),
])
def test_a_range_with_a_multiplier_on_each_end_is_one_price(text, price):
    prices = _facts(text, "price")
    assert price in prices
    assert len(prices) == 1


def test_a_package_price_keeps_its_multiplier():
    text = "Jepret Ceria Studio Kediri, paket prewedding 3 jam Rp 900rb dapat 25 foto edit. WA 081377120010"
    packages = _facts(text, "package")
    assert any("Rp 900rb" in v for v in packages)
    assert not any(v.endswith("Rp 900") for v in packages)


def test_what_a_package_holds_ends_before_its_price():
    text = "Lumpia Semarang Mbak Tutik, paket lumpia isi 12 Rp 60.000, bisa frozen. WA 081377120011"
    assert not any("Rp 60" in v and not v.lower().startswith("paket") for v in _facts(text, "package"))
    assert any(v.lower().startswith("paket lumpia isi 12 rp 60.000") for v in _facts(text, "package"))


@pytest.mark.parametrize("text, price", [
    ("Selai Nanas Bu Rosma Pekanbaru, selai nanas Rp 45rb per toples 400gr. WA 081377120012",
     "Rp 45rb per toples 400gr"),
    ("Dimsum Ceu Popon Tasik, dimsum ayam 60rb/box isi 8 pcs. WA 081377120013", "60rb/box isi 8 pcs"),
    ("Kertas Origami Warna Toko Lipat, origami Rp 30rb/pak (isi 25 lembar). WA 081377120014",
     "Rp 30rb/pak (isi 25 lembar)"),
])
def test_what_a_price_unit_holds_stays_with_the_price(text, price):
    assert price in _facts(text, "price")
    assert not any(v in price for v in _facts(text, "note"))


# --- where it serves and how it sends ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, area", [
    ("Borneo Field Crew, Balikpapan. Drilling support and site logistics. We serve Kalimantan and northern Sulawesi. "
     "Email ops@borneofield.id", "Kalimantan and northern Sulawesi"),
    ("Jasa Bor Sumur Pak Tarno, Lampung. Melayani Jawa Barat dan Sumatera bagian selatan. WA 081377120015",
     "Jawa Barat dan Sumatera bagian selatan"),
])
def test_a_region_keeps_its_part_of_the_country(text, area):
    assert area in _facts(text, "area")


def test_every_courier_of_a_list_stays_with_the_delivery():
    text = "Kerupuk Kulit Bang Udin Padang, dikirim via JNE, SiCepat, AnterAja ke seluruh Sumatera. WA 081377120016"
    assert any("AnterAja" in v and "SiCepat" in v for v in _facts(text, "delivery"))
    assert not any("via" in v.lower() for v in _facts(text, "area"))


# --- a promise's length and an age without an upper end ------------------------------------------------------------

def test_a_warranty_keeps_its_length_said_before_what_it_covers():
    text = "Kanopi Baja Ringan Sumber Kuat, Cilacap. 3-year structural warranty on every canopy. WA 081377120017"
    assert any(v.startswith("3-year structural warranty") for v in _facts(text, "guarantee"))


@pytest.mark.parametrize("text, level", [
    ("Kelas Robotik Anak Pintar Cirebon, kelas robotik untuk usia 7 tahun ke atas. WA 081377120018",
     "usia 7 tahun ke atas"),
    ("Chess Corner Academy, Bogor: weekly chess clubs for players aged 10 and up. WhatsApp 081377120019",
     "aged 10 and up"),
])
def test_an_age_with_no_upper_end_keeps_it(text, level):
    assert level in _facts(text, "level")


# --- a number nobody read keeps the bound it is said with ----------------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ("Gemilang Sound Rental, Kupang. Sound system and stage lighting for up to 300 guests. WhatsApp 081377120021",
     "stage lighting for up to 300 guests"),
    ("Konsultan Pajak Amanah, Jambi, jasa lapor SPT, sudah melayani lebih dari 60 klien. WA 081377120022",
     "lebih dari 60 klien"),
])
def test_a_counted_note_keeps_its_bound(text, said):
    notes = _facts(text, "note")
    assert said in notes
    assert not any(n in said and n != said for n in notes)


@pytest.mark.parametrize("text, audience", [
    ("Sanggar Angklung Saung Kecil, Sumedang. Kelas angklung untuk anak usia 6 th ke atas dan dewasa. WA 081377120027",
     "anak usia 6 th ke atas dan dewasa"),
    ("Blue Fin Swim Club, Lovina: lessons for kids aged 5-9 and adults. WhatsApp 081377120028",
     "kids aged 5-9 and adults"),
])
def test_who_it_is_for_keeps_the_age_said_of_them_and_the_rest_of_the_list(text, audience):
    assert audience in _facts(text, "audience")


# --- a surcharge, a stay's times, a lead time in weeks -------------------------------------------------------------

def test_a_surcharge_said_with_tambah_stays_with_its_service():
    text = "Bengkel Motor Sinar Jaya, Lamongan. servis rutin 55rb, home service radius 8km tambah 20rb. WA 081377120029"
    assert any(v.endswith("tambah 20rb") for v in _facts(text, "pickup"))
    assert not any(v.lower().startswith("rvice") for v in _facts(text, "area"))


def test_check_in_and_check_out_times_are_one_note_and_no_offering():
    text = ("Guesthouse Bukit Teh, Kayu Aro. Kamar 300rb/malam, check-in 13.00, check-out 11.00. "
            "WA 081377120030")
    assert "check-in 13.00, check-out 11.00" in _facts(text, "note")
    assert not any("check" in p for p in parse_brief(text).products)


@pytest.mark.parametrize("text, said", [
    ("Kiln & Clay Studio, Salatiga. Custom dinnerware sets, ready in 5-6 weeks. Email hello@kilnclay.id",
     "ready in 5-6 weeks"),
    ("Mebel Jati Pak Harun, Blora. Lemari jati custom, pengerjaan 3-5 minggu. WA 081377120031",
     "pengerjaan 3-5 minggu"),
])
def test_a_lead_time_in_weeks_is_the_turnaround(text, said):
    assert said in _facts(text, "turnaround")


@pytest.mark.parametrize("text, offer", [
    ("Mie Ayam Pak Kumis, Kebumen. mie ayam bakso 15rb, diskon 20% tiap jumat buat santri. WA 081377120032",
     "diskon 20% tiap jumat buat santri"),
    ("Noodle Bar Ramen Go, Balikpapan. 10% off every Tuesday for nurses. WhatsApp 081377120033",
     "10% off every Tuesday for nurses"),
])
def test_the_day_an_offer_holds_on_is_the_offers_own(text, offer):
    assert offer in _facts(text, "offer")
    assert not any(n.lower().startswith(("tiap", "every")) for n in _facts(text, "note"))
