"""Headings, labels and form fields are not the brand: a flyer's headline in capitals over the name ("LEARN TO SURF —
…"), an email's or a letter's header fields ("Subject: …", "Dear HR team"), a marketplace form's field label
("Deskripsi Toko"), a letter's salutation before the name ("Dengan hormat, <Name> menerima …"), and "&" inside a name
signed by a person ("Tenda & Dekor by Yusuf"). Briefs written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_forms import headline, hidden_by_form
from tapsite_pipeline.providers.offline_rules.letter_formulas import letter_formula, salutation_end

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief, brand", [
    ("LEARN TO SURF — Ombak Biru Surf Camp, Sumbawa\nLESSONS: beginner 2 hours IDR 450k\nBOOK: hi@ombakbiru.id",
     "Ombak Biru Surf Camp"),
    ("PELUANG USAHA — Kedai Cilok Mang Oyen\nPaket mitra Rp 5.000.000 lengkap gerobak. WA 0812 3456 7788",
     "Kedai Cilok Mang Oyen"),
    ("WEDDINGS, GRADUATIONS & GATHERINGS\nSanggar Rias Ayu Pertiwi, Kediri\nPAKET: rias pengantin 3jt\nWA 0813 1111 2222",
     "Sanggar Rias Ayu Pertiwi"),
    ("EXPLORE THE REEF — Biru Laut Dive Centre, Wakatobi\nDIVES: 2 dives IDR 1.2 million\nWA 0812 0000 1111",
     "Biru Laut Dive Centre"),
    ("YUK GABUNG — Senam Sehat Bu Marni, Bantul\nKelas senam pagi 10rb per sesi. WA 0812 0000 1111",
     "Senam Sehat Bu Marni"),
])
def test_a_headline_in_capitals_is_not_the_name_set_off_after_it(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief, name", [
    ("STUDIO FOTO LAMPORAN SIMPANG\nPas foto 25rb, cetak 4R 3rb. WA 0812 0000 1111", "STUDIO FOTO LAMPORAN SIMPANG"),
    ("KOPI TEPIAN — kopi susu gula aren 18rb. Buka 7-22. WA 0812 0000 1111", "KOPI TEPIAN"),
])
def test_a_capitals_line_with_a_proper_word_is_a_name(brief: str, name: str) -> None:
    assert not headline(brief, name, 0)


def test_a_verb_line_is_a_headline_only_with_a_name_set_off_after_it() -> None:
    assert headline("LEARN TO SURF — Ombak Biru Surf Camp", "LEARN TO SURF", 0)
    assert not headline("LEARN TO SURF sama kami di pantai", "LEARN TO SURF", 0)
    assert not headline("Kursus. LEARN TO SURF — Ombak Biru", "LEARN TO SURF", 8)  # not the brief's opening capitals


@pytest.mark.parametrize("brief, brand", [
    ("Subject: Offer - weekly catering\nDear procurement team, Dapur Seruni Malang offers lunch boxes IDR 30,000 for "
     "offices. Reply to sales@dapurseruni.id", "Dapur Seruni Malang"),
    ("Perihal: Penawaran Kerja Sama\nKepada Yth. Bapak/Ibu, Katering Bu Ani Sleman menawarkan nasi kotak Rp 25.000. "
     "Telp 0274 555 1234", "Katering Bu Ani Sleman"),
])
def test_email_and_letter_header_fields_are_not_the_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_header_fields_and_a_subject_are_letter_formulas() -> None:
    text = "Subject: Quotation Request. Dear HR team, Kopi Ombak offers"
    assert letter_formula(text, "Subject", 0)
    assert letter_formula(text, "Quotation Request", 9)
    assert letter_formula(text, "Dear HR", 28)
    assert letter_formula("Nomor: 012/KOP/2026", "Nomor", 0)
    assert not letter_formula(text, "Kopi Ombak", 43)
    assert not letter_formula("Dear Me Beauty jual lipstik", "Dear Me Beauty", 0)


@pytest.mark.parametrize("label", ["Deskripsi Toko", "Shop Description", "Tentang Kami", "Informasi Produk", "Kategori"])
def test_a_form_field_label_is_no_name(label: str) -> None:
    assert hidden_by_form(f"{label} ✨ Kebun Anggrek Bu Wati, Malang", label, 0, 5)
    assert not hidden_by_form("Kebun Anggrek Bu Wati, Malang", "Kebun Anggrek Bu Wati", 0, 5)


def test_a_marketplace_description_names_the_shop_after_its_label() -> None:
    assert parse_brief("Kategori: Kerajinan. Anyaman Pandan Mak Siti, Tasikmalaya - tikar & tas pandan mulai 50rb. WA "
                       "0812 0000 1111").brand_name == "Anyaman Pandan Mak Siti"
    brief = ("Deskripsi Toko ✨ Kebun Anggrek Bu Wati Malang — anggrek dendrobium & bulan sejak 2015. Bibit Rp 25.000, "
             "remaja Rp 60.000. Kirim se-Jawa. Order di luar aplikasi: WA 0857 1111 2222")
    assert parse_brief(brief).brand_name == "Kebun Anggrek Bu Wati Malang"


def test_a_letter_body_starts_after_its_salutation() -> None:
    assert salutation_end("Dengan hormat,\nSanggar Tari Sekar Wangi") == len("Dengan hormat,\n")
    assert salutation_end("Halo kak! Toko Kita") == len("Halo kak! ")
    assert salutation_end("Sanggar Tari Sekar Wangi, Klaten") == 0
    brief = ("Dengan hormat,\nSanggar Tari Sekar Wangi, Klaten, menerima undangan pentas untuk hajatan: tari gambyong "
             "Rp 2.500.000. Hubungi Ketua: 0272 555 0101")
    assert parse_brief(brief).brand_name == "Sanggar Tari Sekar Wangi"


def test_an_ampersand_stays_inside_a_name_signed_by_a_person() -> None:
    brief = "Tenda & Dekor by Yusuf, Kendari: tenda pesta 1.5jt, dekor pelaminan 4jt. WA 0812 9999 0000"
    assert parse_brief(brief).brand_name == "Tenda & Dekor by Yusuf"


def test_a_line_of_capitals_with_no_name_after_it_is_the_name() -> None:
    # ordinary words in capitals are a headline only when a name is set off after them
    assert headline("PROMO SPESIAL — Kue Kering Nek Wirda\n- nastar 95rb", "PROMO SPESIAL", 0)
    assert not headline("SEDIA BAKSO URAT — Enak dan murah, 15rb", "SEDIA BAKSO URAT", 0)
    assert not headline("PROMO SPESIAL\n- nastar 95rb\n- kastengel 100rb", "PROMO SPESIAL", 0)
    assert not headline("PROMO SPESIAL, nastar 95rb", "PROMO SPESIAL", 0)
