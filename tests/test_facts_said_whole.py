"""Facts other writers gave that the page showed cut or under the wrong label, as classes: a delivery or an offer
whose clause runs past the reader's character count ("… untuk min 30 box" is its condition, never a note of its
own), what is sent said between the sending verb and where it goes ("kirim frozen ke luar kota": the area is
"luar kota", the clause a delivery), people said doubled ("ibu-ibu"), and a village named after a lower-case
"desa"/"dusun"/"kampung". Briefs written for these tests, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _facts(text: str, kind: str) -> list[str]:
    return [f.value for f in parse_brief(text).facts if f.kind == kind]


# --- a tailed fact runs to the end of its clause ------------------------------------------------------------

@pytest.mark.parametrize("text, kind, value", [
    ("Nasi Kotak Bu Yeni Cirebon, nasi kotak dan snack box. Gratis ongkir area Cirebon & Kuningan untuk min 40 box. "
     "WA 081298761001", "delivery", "Gratis ongkir area Cirebon & Kuningan untuk min 40 box"),
    ("Roti Gembul Medan, roti sobek dan bolu. Free delivery daerah Medan Baru dan Helvetia utk order min. 20 pcs, "
     "WA 081298761002", "delivery", "Free delivery daerah Medan Baru dan Helvetia utk order min. 20 pcs"),
    ("Pak Danu AC Service Bekasi, cuci AC dan isi freon. Garansi pengerjaan selama tiga puluh hari setelah servis "
     "selesai dikerjakan. WA 081298761003", "guarantee",
     "Garansi pengerjaan selama tiga puluh hari setelah servis selesai dikerjakan"),
    ("Studio Arsitek Rumah Kita, desain rumah tinggal. Konsultasi pertama gratis via Google Meet, "
     "WA 081298761004", "offer", "Konsultasi pertama gratis via Google Meet"),
])
def test_a_tailed_fact_keeps_the_rest_of_its_clause(text, kind, value):
    assert value in _facts(text, kind)
    assert not any(v.lower().startswith(("min", "dikerjakan", "selesai")) for v in _facts(text, "note"))


def test_the_rest_of_a_clause_with_a_request_or_a_number_to_call_stays_out():
    text = "Sate Kambing Cak Mat Pasuruan. Free ongkir wilayah Bangil dan Pandaan pokoknya WA 081298761005"
    assert not any("0812" in v for v in _facts(text, "delivery"))
    text = "Pempek Cek Ina Palembang. Gratis ongkir area Ilir Barat untuk pesanan pengen ada tombol WA ya"
    assert not any("tombol" in v for v in _facts(text, "delivery"))


def test_a_clause_that_starts_with_words_nobody_read_is_left_to_its_note():
    # another free thing after the first: each stays a reading of its own
    text = "Bimbel Cerdas Ceria Klaten, les calistung dan matematika. Daftar bulan Juni gratis modul dan gratis kaos."
    offers = _facts(text, "offer")
    assert not any("modul" in v and "kaos" in v for v in offers)


# --- what is sent, then where it goes -----------------------------------------------------------------------

@pytest.mark.parametrize("text, area, delivery", [
    ("Bakso Beku Pak Gendut, bakso urat dan bakso halus. Bisa kirim frozen ke luar kota. WA 081298761006",
     "luar kota", "Bisa kirim frozen ke luar kota"),
    ("Dodol Garut Bu Imas, dodol dan kalua jeruk, bisa kirim paket ke seluruh Indonesia", "seluruh Indonesia",
     "bisa kirim paket ke seluruh Indonesia"),
    ("Lapis Talas Neng Ira, antar pesanan ke Jabodetabek, WA 081298761007", "Jabodetabek",
     "antar pesanan ke Jabodetabek"),
])
def test_the_thing_sent_is_no_part_of_the_area(text, area, delivery):
    assert area in _facts(text, "area")
    assert delivery in _facts(text, "delivery")
    assert not _facts(text, "package")  # "paket ke …" is a parcel sent, no package sold


def test_goods_sent_to_the_business_are_no_delivery():
    text = "Servis Jam Tangan Pak Harun, kirim jam ke workshop kami di Kemang, ongkir balik ditanggung pelanggan"
    assert not any(v.lower().startswith("kirim jam") for v in _facts(text, "delivery"))


def test_a_message_sent_is_no_delivery():
    text = "Toko Roti Anggrek Solo, roti tawar dan roti manis. Kirim pesan ke WA 081298761008 untuk order"
    assert not _facts(text, "delivery")


# --- people said doubled ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, audience", [
    ("Senam Bugar Mentari, kelas senam aerobik untuk anak-anak dan ibu-ibu di Sidoarjo", "anak-anak dan ibu-ibu"),
    ("Kursus Menjahit Bu Ratna Purwokerto, kelas jahit khusus ibu-ibu rumah tangga", "ibu-ibu"),
    ("Les Komputer Pintar, kursus Excel buat bapak-bapak dan remaja di Tegal", "bapak-bapak dan remaja"),
])
def test_people_said_doubled_are_said_whole(text, audience):
    assert any(v.startswith(audience) for v in _facts(text, "audience"))


# --- a village after a lower-case village word ----------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Koperasi Tani Subur di desa Mekarsari, simpan pinjam dan pupuk untuk anggota", "Desa Mekarsari"),
    ("Sanggar Gamelan Laras di dusun Ngemplak Lor, latihan gamelan tiap Kamis malam", "Dusun Ngemplak Lor"),
    ("Kopi Bubuk Abah Ujang di kampung Cisarua Sukabumi, kopi robusta sangrai", "Kampung Cisarua"),
])
def test_a_village_after_a_lower_case_village_word_is_the_place(text, place):
    assert parse_brief(text).location == place


def test_a_lower_case_brief_gives_no_village_from_capitals():
    assert parse_brief("kopi bubuk abah ujang di kampung cisarua, kopi robusta").location != "Kampung cisarua"
