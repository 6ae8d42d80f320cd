"""Owner facts reach the page whole: who it is for with the state said of them ("ibu hamil"), a street address that
stops where a colon opens the owner's list, places the goods come from (never an area served), the part of the
day said before the hours ("tiap sore jam 3"), the hour before dawn ("jam 4 subuh"), a package's clause to its end,
and a count inside what a price includes ("edit 20 foto"). New wordings only."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _values(brief: str, kind: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == kind]


@pytest.mark.parametrize("brief,who", [
    ("Jamu Sehat Mbak Wulan di Kudus, jamu kunyit asam untuk remaja dan ibu menyusui, kirim tiap pagi.", "ibu menyusui"),
    ("Kelas masak Dapur Riang Bogor untuk ibu rumah tangga, 4 kali pertemuan.", "ibu rumah tangga"),
    ("Susu kedelai Pak Harun, cocok buat anak dan ibu hamil, antar area Blitar.", "ibu hamil"),
])
def test_who_it_is_for_keeps_their_state(brief: str, who: str) -> None:
    assert any(v.lower().endswith(who) for v in _values(brief, "audience")), parse_brief(brief).facts


@pytest.mark.parametrize("brief,street", [
    ("Penatu Kilat Jl. Sultan Agung 12 Salatiga: cuci kering, setrika dan cuci karpet.", "Jl. Sultan Agung 12 Salatiga"),
    ("Fotokopi Sinar, Jalan Veteran 4 Magelang: print, jilid dan laminating.", "Jalan Veteran 4 Magelang"),
])
def test_street_stops_at_the_colon_of_a_list(brief: str, street: str) -> None:
    assert street in _values(brief, "address"), parse_brief(brief).facts


@pytest.mark.parametrize("brief,places", [
    ("Roastery Bukit Hijau Cianjur, biji kopi dari Kintamani dan Temanggung, sangrai pesanan.", "Temanggung"),
    ("Tea house in Bogor serving tea sourced from Solok and Wonosobo, open every afternoon.", "Wonosobo"),
    ("Toko madu Lebah Emas, madu asal Sumbawa & Riau, kirim pakai kurir.", "Riau"),
])
def test_where_goods_come_from_is_no_area_served(brief: str, places: str) -> None:
    assert not any(places in v for v in _values(brief, "area")), parse_brief(brief).facts


def test_area_served_after_its_cue_is_still_read() -> None:
    brief = "Galeri Tenun Sari, kain dari Sumba dan Flores, kirim ke Kupang dan Ende."
    areas = _values(brief, "area")
    assert any("Kupang" in v for v in areas) and not any("Sumba" in v for v in areas), parse_brief(brief).facts


@pytest.mark.parametrize("brief,hours", [
    ("Wedang ronde Pak Kasno keliling Salatiga, tiap malam jam 7 sampai jam 11.", "tiap malam jam 7 sampai jam 11"),
    ("Martabak Mas Bejo, mangkal di depan pasar, sore jam 4 sampai jam 10 malam.", "sore jam 4 sampai jam 10 malam"),
    ("Los ikan Bu Tarmi di Pasar Ikan Tegal, buka jam 3 subuh sampai jam 9 pagi.", "jam 3 subuh sampai jam 9 pagi"),
])
def test_part_of_the_day_stays_with_the_hours(brief: str, hours: str) -> None:
    assert any(hours in v for v in _values(brief, "hours")), parse_brief(brief).facts


@pytest.mark.parametrize("brief,package", [
    ("Trip Karimun Asri, paket 2 hari 1 malam naik speedboat, snorkeling dan makan siang.",
     "paket 2 hari 1 malam naik speedboat"),
    ("Event organizer Gemilang Pati, paket lengkap sound, lighting dan panggung, hubungi kami.",
     "paket lengkap sound, lighting dan panggung"),
])
def test_package_reaches_its_clause_end(brief: str, package: str) -> None:
    assert package in _values(brief, "package"), parse_brief(brief).facts


@pytest.mark.parametrize("brief,included", [
    ("Foto produk Studio Terang, 400rb termasuk edit 15 foto dan 1 video pendek.", "edit 15 foto"),
    ("Jasa dokumentasi acara Lensa Muda, 1,2 juta include 3 jam liputan dan album.", "3 jam liputan"),
])
def test_price_keeps_what_a_count_counts(brief: str, included: str) -> None:
    assert any(included in v for v in _values(brief, "price")), parse_brief(brief).facts


@pytest.mark.parametrize("brief,note", [
    ("Terapis bekam Mas Yudi Tuban, hanya melayani dengan perjanjian, bisa ke rumah.", "hanya melayani dengan perjanjian"),
    ("Praktek bidan Ibu Rina Jepara, periksa kehamilan pakai janji temu dulu.", "pakai janji temu dulu"),
    ("Piercing studio Needle Point in Sanur, by appointment only, aftercare advice included.", "by appointment only"),
])
def test_seeing_the_owner_by_appointment_is_said(brief: str, note: str) -> None:
    assert any(note in v for v in _values(brief, "note")), parse_brief(brief).facts


@pytest.mark.parametrize("brief", [
    "Kantor hukum Adil Sejahtera Kupang, jasa buat perjanjian sewa dan surat kuasa.",
    "Pembayaran sesuai perjanjian, termin dua kali.",
])
def test_a_contract_is_no_appointment(brief: str) -> None:
    from tapsite_pipeline.providers.offline_rules.facts import _APPOINTMENT
    assert _APPOINTMENT.search(brief.lower()) is None


def test_a_count_a_note_ends_on_keeps_its_unit() -> None:
    brief = "We run a diving trip 3 days 2 nights around Alor with a local guide."
    notes = _values(brief, "note")
    assert any(v.endswith("2 nights") for v in notes) and not any(v.endswith(" 2") for v in notes), notes


def test_dawn_said_before_the_hours() -> None:
    brief = "Nasi uduk Mpok Ijah Kemayoran, buka subuh jam 5 sampai jam 10 pagi."
    assert any(v.startswith("subuh jam 5") for v in _values(brief, "hours")), parse_brief(brief).facts


@pytest.mark.parametrize("brief,where", [
    ("Wedang jahe Mbah Sri, mangkal di depan kampus UNS Kentingan tiap malam jam 7 sampai jam 12.",
     "depan kampus UNS Kentingan"),
    ("Cilok Mang Ujang, gerobak di sebelah Alfamart Cikutra, buka jam 1 siang.", "sebelah Alfamart Cikutra"),
    ("Pecel lele Lamongan Cak Ri, tenda dekat SPBU Ungaran mulai jam 5 sore.", "dekat SPBU Ungaran"),
])
def test_landmark_a_stall_is_found_by(brief: str, where: str) -> None:
    assert where in _values(brief, "address"), parse_brief(brief).facts


def test_a_school_landmark_is_no_level_taught() -> None:
    brief = "Soto ayam Bu Parmi, warung di depan SMP Negeri 4 Sragen, buka pagi jam 6-11."
    assert not _values(brief, "level"), parse_brief(brief).facts


def test_a_level_named_again_outside_the_landmark_stays() -> None:
    brief = "Bimbel Bintang Kelas, dekat SMA 2 Purworejo untuk SMA kelas 10-12."
    assert "SMA" in " ".join(_values(brief, "level")), parse_brief(brief).facts


def test_opening_time_said_with_the_part_of_the_day() -> None:
    brief = "Bakso Mas Tono Karanganyar, buka jam 11 siang, bakso urat dan bakso telur."
    assert any("jam 11 siang" in v for v in _values(brief, "hours")), parse_brief(brief).facts


@pytest.mark.parametrize("brief,places", [
    ("Sanggar Tari Wayan, kelas tari Bali dan Jawa, kelas sore untuk anak.", "Jawa"),
    ("Warung Nasi Bu Lis, masakan Padang dan Manado, pesan antar area Tebet.", "Manado"),
])
def test_a_style_named_by_its_region_is_no_area_served(brief: str, places: str) -> None:
    assert not any(places in v for v in _values(brief, "area")), parse_brief(brief).facts


def test_taking_resellers_keeps_the_rest_of_its_clause() -> None:
    brief = "Kerupuk ikan Bu Yati Indramayu, renyah tanpa pengawet, terima reseller dengan harga grosir."
    assert "terima reseller dengan harga grosir" in _values(brief, "note"), parse_brief(brief).facts
