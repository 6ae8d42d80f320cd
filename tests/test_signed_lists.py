"""Briefs typed as a post: a heading, one item per line, then the name that signs it. The signature (a name and its
phone number, or a Title-Cased name after a lower-case list) is the brand; a sale's heading is none; a place the
business is outside of is not where it is."""

from __future__ import annotations

import pytest

from tapsite_pipeline.pasted import sentences_from_lines
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief, brand", [
    ("Servis mesin cuci & kulkas panggilan Sidoarjo\nganti bearing 250rb\nisi freon kulkas 180rb\n"
     "Karya Teknik Abadi 0812 7788 9900", "Karya Teknik Abadi"),
    ("Les piano & biola anak, datang ke rumah area Bintaro. 150rb/sesi. Griya Musik Nada 0857-1122-3344",
     "Griya Musik Nada"),
    ("Jasa pasang kanopi dan pagar besi Bekasi, survey gratis. Bengkel Las Putra Mandiri +62 813 5566 7788",
     "Bengkel Las Putra Mandiri"),
])
def test_a_name_signed_with_its_phone_number_is_the_brand(brief, brand):
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief, brand", [
    ("OPEN PO RAMADHAN ✨\nkurma sukkari 1kg 120rb\nmadu hutan 500ml 95rb\nminyak zaitun 75rb\nToko Herbal Nurul Iman\n"
     "WA 0822 1000 2000", "Toko Herbal Nurul Iman"),
    ("PROMO AKHIR TAHUN\nbrownies panggang 60rb\nbolu pandan 45rb\ncheese cake 150rb\nRumah Kue Aisyah\nDM @rumahkueaisyah",
     "Rumah Kue Aisyah"),
])
def test_a_sales_heading_is_no_name(brief, brand):
    assert parse_brief(brief).brand_name == brand


def test_a_title_cased_line_after_a_lower_case_list_signs_it_off():
    flat = sentences_from_lines("Menu hari ini\nnasi kuning 15rb\nnasi uduk 12rb\nlontong sayur 13rb\nWarung Bu Tatik\n"
                                "WA 0812 3000 4000")
    assert "lontong sayur 13rb. Warung Bu Tatik." in flat
    # a list of school subjects in capitals stays one list
    flat = sentences_from_lines("Les privat ke rumah\nMatematika\nFisika\nBahasa Inggris\nKak Dimas 0812 1212 3434")
    assert "Matematika, Fisika, Bahasa Inggris." in flat


@pytest.mark.parametrize("brief, not_place", [
    ("Sambal bawang botolan homemade, terima reseller luar Sulawesi, WA 0811 4000 5000", "Sulawesi"),
    ("Batik tulis pesisiran, kami kirim juga ke luar Jawa lewat ekspedisi", "Jawa"),
])
def test_a_place_the_business_is_outside_of_is_not_its_place(brief, not_place):
    assert parse_brief(brief).location != not_place
