"""The brand when the brief's form hides it: a scanned board, a list of branches, a table, an app's carousel. What such a
form holds is never a name (a time, a platform, a branch label, a table's header, a slide's label), and where the name
stands in it is read ("Kami <Name>", "Pakai <Coined>, aplikasi …", a board's first line in capitals). Briefs written
for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_forms import column_words, form_skips, hidden_by_form, is_platform
from tapsite_pipeline.providers.offline_rules.brand_numbers import number_shaped

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("name", ["08.OO-2O.OO", "2O.000", "l.500.000", "99", "No. 12", "09.00-21.00"])
def test_numbers_times_and_scanned_figures_are_no_names(name: str) -> None:
    assert number_shaped(name)


@pytest.mark.parametrize("name", ["Toko 88", "Kopi21", "Rafflesia 99", "SOS", "Studio 21", "Lolo"])
def test_names_with_numbers_stay_names(name: str) -> None:
    assert not number_shaped(name)


@pytest.mark.parametrize("name", ["Play Store", "App Store", "Shopee & Tokopedia", "GoFood", "Google Play"])
def test_platforms_are_no_names(name: str) -> None:
    assert is_platform(name)


def test_a_marked_platform_name_stays_the_owners() -> None:
    assert not hidden_by_form("namanya Shopee", "Shopee", 8, 1)
    assert hidden_by_form("order di Shopee", "Shopee", 9, 6)


def test_scanned_board_goes_by_its_first_line_not_its_hours() -> None:
    brief = ("SALON RAMBUT MELATI KUPANG\nPotong rambut ........ 3O.OOO\nCreambath ........... 6S.000\n"
             "Buka 09.OO-2l.OO, Senin libur. WA 0812 3456 7890")
    assert parse_brief(brief).brand_name.lower() == "salon rambut melati kupang"


def test_branch_labels_of_a_list_are_no_names() -> None:
    brief = ("Laundry Wangi Sejati sekarang punya 3 cabang di Medan:\n- Setiabudi Plaza: Jl. Setia Budi no. 12\n"
             "- Sunggal Indah: Ruko Sunggal blok C\nkiloan 7rb/kg, express 12rb/kg. WA 0813 1111 2222")
    assert parse_brief(brief).brand_name == "Laundry Wangi Sejati"


def test_english_outlet_list_labels_are_no_names() -> None:
    brief = ("Our outlets:\n- Seminyak Square: Jl. Kayu Aya 5\n- Canggu Shortcut: Jl. Raya Canggu 10\n"
             "Mie Ayam Pak Karto Bali, chicken noodles 25k. WhatsApp 0812 9999 0000")
    assert parse_brief(brief).brand_name != "Seminyak Square"


def test_a_landmark_it_is_near_is_no_name() -> None:
    assert hidden_by_form("mangkal dekat Taman Kota Asri tiap sore", "Taman Kota Asri", 14, 6)


def test_carousel_goes_by_the_coined_app_not_the_store_or_the_slide() -> None:
    brief = ("Slide 1: Ribet catat stok warung?\nSlide 2: Coba StokKu, aplikasi kasir & stok buat UMKM\n"
             "Slide 3: Laporan harian otomatis\nSlide 4: Download di Play Store, gratis 30 hari")
    assert parse_brief(brief).brand_name == "StokKu"


def test_english_try_coined_app() -> None:
    brief = "Try KasirPintar, the point-of-sale app for small shops. Free for 1 outlet, Pro 49k/month. Get it on Google Play."
    assert parse_brief(brief).brand_name == "KasirPintar"


def test_kami_after_greeting_names_the_business_over_a_table_header() -> None:
    brief = ("Assalamualaikum! Kami Rumah Tahfidz Al Falah di Depok.\nProgram\tDurasi\tBiaya\n"
             "Tahsin dewasa\t3 bulan\t450rb\nTahfidz anak\t6 bulan\t900rb\nInfo WA 0857 1234 5678")
    assert parse_brief(brief).brand_name == "Rumah Tahfidz Al Falah"


def test_a_table_header_is_left_out_of_the_brand_and_the_goods() -> None:
    text = "Kursus gitar Nada Ceria. Kelas Durasi Harga. Gitar dasar 1 bulan 300rb. Gitar lanjut 2 bulan 550rb"
    skip, quiet = form_skips(text)
    header = (text.index("Kelas"), text.index("Harga") + len("Harga"))
    assert header in skip and header in quiet
    assert all(b <= text.index("Gitar dasar") for _, b in skip)  # the rows still hold the goods
    assert column_words("Kelas Lama SPP") and not column_words("Tipe HP Casing")


def test_one_business_named_before_its_address_is_kept() -> None:
    assert form_skips("Info lengkap, Dapur Mama Fina: Jl. Melati 3, Bandung") == ([], [])


def test_place_labels_of_a_branch_list_are_left_out() -> None:
    text = "Ada 2 outlet: Seminyak Square: Jl. Kayu Aya 5, Canggu Shortcut: Jl. Raya Canggu 10. Mie Ayam Pak Karto."
    skip, _ = form_skips(text)
    assert [text[a:b] for a, b in skip] == ["Seminyak Square", "Canggu Shortcut"]


def test_a_series_label_is_left_out_of_the_brand_reading_only() -> None:
    text = "Slide 1: Ribet catat stok? Slide 2: Coba StokKu. Toko 88: jual sembako"
    skip, quiet = form_skips(text)
    assert [text[a:b] for a, b in skip] == ["Slide 1", "Slide 2"] and quiet == []
