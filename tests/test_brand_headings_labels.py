"""Headings, labels and form fields are not the brand: a flyer's headline in capitals over the name ("LEARN TO SURF —
…"), an email's or a letter's header fields ("Subject: …", "Dear HR team"), a marketplace form's field label
("Deskripsi Toko"), a letter's salutation before the name ("Dengan hormat, <Name> menerima …"), and "&" inside a name
signed by a person ("Tenda & Dekor by Yusuf"). Briefs written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_forms import headline, hidden_by_form

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief, brand", [
    ("LEARN TO SURF — Ombak Biru Surf Camp, Sumbawa\nLESSONS: beginner 2 hours IDR 450k\nBOOK: hi@ombakbiru.id",
     "Ombak Biru Surf Camp"),
    ("PELUANG USAHA — Kedai Cilok Mang Oyen\nPaket mitra Rp 5.000.000 lengkap gerobak. WA 0812 3456 7788",
     "Kedai Cilok Mang Oyen"),
    ("WEDDINGS, GRADUATIONS & GATHERINGS\nSanggar Rias Ayu Pertiwi, Kediri\nPAKET: rias pengantin 3jt\nWA 0813 1111 2222",
     "Sanggar Rias Ayu Pertiwi"),
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


@pytest.mark.parametrize("label", ["Deskripsi Toko", "Shop Description", "Tentang Kami", "Informasi Produk"])
def test_a_form_field_label_is_no_name(label: str) -> None:
    assert hidden_by_form(f"{label} ✨ Kebun Anggrek Bu Wati, Malang", label, 0, 5)
    assert not hidden_by_form("Kebun Anggrek Bu Wati, Malang", "Kebun Anggrek Bu Wati", 0, 5)


def test_a_marketplace_description_names_the_shop_after_its_label() -> None:
    brief = ("Deskripsi Toko ✨ Kebun Anggrek Bu Wati Malang — anggrek dendrobium & bulan sejak 2015. Bibit Rp 25.000, "
             "remaja Rp 60.000. Kirim se-Jawa. Order di luar aplikasi: WA 0857 1111 2222")
    assert parse_brief(brief).brand_name == "Kebun Anggrek Bu Wati Malang"
