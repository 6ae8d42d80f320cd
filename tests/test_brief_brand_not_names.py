"""The brand check's brief-only reading (evals/fidelity/brief.py) never takes a time, a platform, a slide's label or a
table's header for the owner's brand. Briefs written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.brief import extract_brand as brief_only_brand
from tapsite_pipeline.evals.fidelity.not_brands import never_brand

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("name", ["08.OO-2O.OO", "2O.000", "Play Store", "Shopee & Tokopedia", "GoFood"])
def test_times_and_platforms_are_never_the_brand(name: str) -> None:
    assert never_brand("", name)


@pytest.mark.parametrize("name", ["Toko 88", "Kopi Senja", "Studio 21"])
def test_names_stay_names(name: str) -> None:
    assert not never_brand("Kopi Senja | Coffee & Tea | Jakarta\nbuka 8-22", name)  # a bio's bars are no table


def test_a_series_label_needs_the_series() -> None:
    assert never_brand("Slide 1: a\nSlide 2: b", "Slide 2")
    assert not never_brand("Toko 88: jual sembako murah", "Toko 88")


def test_a_table_header_is_never_the_brand() -> None:
    raw = "Kursus gitar.\nKelas\tDurasi\tHarga\nGitar dasar\t1 bulan\t300rb"
    assert never_brand(raw, "Kelas Durasi Harga")
    assert never_brand("Kelas Lama SPP. Nahwu pemula 2 bulan 600rb", "Kelas Lama SPP")  # the lines said as sentences


def test_carousel_slide_label_is_not_read_as_the_brand() -> None:
    brief = ("Slide 1: Ribet catat stok warung?\nSlide 2: Coba StokKu, aplikasi kasir & stok buat UMKM\n"
             "Slide 3: Download di Play Store, gratis 30 hari")
    assert brief_only_brand(brief) != "Slide 1"


def test_try_verb_is_no_word_of_the_name() -> None:
    brief = "Try KasirPintar Plus, the point-of-sale app for small shops. Pro 49k/month. Get it on Google Play."
    assert brief_only_brand(brief) == "KasirPintar Plus"


def test_table_header_after_a_greeting_is_not_the_brand() -> None:
    brief = ("Assalamualaikum! Kami Rumah Tahfidz Al Falah di Depok.\nProgram\tDurasi\tBiaya\n"
             "Tahsin dewasa\t3 bulan\t450rb\nTahfidz anak\t6 bulan\t900rb\nInfo WA 0857 1234 5678")
    assert brief_only_brand(brief) != "Program Durasi Biaya"


@pytest.mark.parametrize("name", ["Kepada Yth", "Dear HR team", "Perihal", "Pengurus Sanggar", "Ketua Paguyuban",
                                  "LEARN TO SURF", "PELUANG KEMITRAAN"])
def test_a_letters_frame_its_signer_and_a_flyers_headline_are_never_the_brand(name: str) -> None:
    assert never_brand("", name)


@pytest.mark.parametrize("name", ["Kopi Senja", "KOPI SENJA", "Learn Ceramics Studio"])
def test_names_that_look_like_them_stay_names(name: str) -> None:
    assert not never_brand("", name)


def test_the_brief_only_reading_skips_a_letters_frame_and_a_headline() -> None:
    assert brief_only_brand("Kepada Yth. pembuat website,\nDengan hormat, kami mohon dibuatkan halaman.") is None
    assert brief_only_brand("LEARN TO SURF — Ombak Biru Surf Camp, Sumbawa\nLESSONS: 2 hours IDR 450k") \
        == "Ombak Biru Surf Camp"


def test_a_name_on_a_line_of_its_own_after_an_emoji_is_read() -> None:
    raw = "Isi banner kami:\n☕ KEDAI TEPIAN — Kopi & Roti, Jl. Merdeka 5\n🥐 Roti bakar 15rb\n☎️ 0812 0000 1111"
    assert brief_only_brand(raw) == "KEDAI TEPIAN"
