"""WhatsApp formatting pairs (*bold*, _italic_, ~strike~, ```mono```) are taken out of a pasted brief before any
reader sees it; stars, underscores and tildes that are no formatting pair stay."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import prepared_text
from tapsite_pipeline.chat_marks import unmarked
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("marked", "plain"), [
    ("*Bakpao Ayam isi 5* paling laris", "Bakpao Ayam isi 5 paling laris"),
    ("pesan _minimal sehari sebelumnya_ ya", "pesan minimal sehari sebelumnya ya"),
    ("harga ~Rp 60.000~ jadi Rp 45.000", "harga Rp 60.000 jadi Rp 45.000"),
    ("kode diskon ```HEMAT10``` berlaku", "kode diskon HEMAT10 berlaku"),
    ("*_Serabi Solo_* hangat", "Serabi Solo hangat"),
    ("(*gratis ongkir*) untuk Depok", "(gratis ongkir) untuk Depok"),
])
def test_formatting_pairs_are_taken_out(marked: str, plain: str) -> None:
    assert unmarked(marked) == plain


@pytest.mark.parametrize("text", [
    "diskon 20% *hanya untuk member baru",           # a footnote's lone star
    "papan ukuran 2*3 m, rak 3 * 4 susun, 2*3*4",     # numbers multiplied
    "* bolu pandan\n* brownies kukus",                # bullet stars
    "dm @dapur_ibu_ani atau email sari_w@contoh.id",  # handles and emails
    "@_roti_mama_ dan contoh.id/_promo_",             # a handle opening with "_", a path
    "estimasi ~15 hari, ongkir ~Rp 20rb",             # an approximate tilde
    "harga 15rb* dan 20rb*",                          # footnote stars after a word
    "*Bolu Jadul\nRp 30.000*",                        # a star at each end of two lines is no pair
])
def test_marks_that_are_no_pair_stay(text: str) -> None:
    assert unmarked(text) == text


def test_a_bold_title_line_is_said_with_the_price_line_under_it() -> None:
    pasted = "Kue Kering Bu Lastri 🍪\n\n*Nastar Keju 500 gr*\nRp 95.000\n\n*Kastengel 500 gr*\nRp 105.000"
    assert prepared_text(pasted) == "Kue Kering Bu Lastri 🍪. Nastar Keju 500 gr Rp 95.000. Kastengel 500 gr Rp 105.000"


def test_a_bold_line_before_words_is_its_own_line() -> None:
    assert unmarked("*Menu Hari Ini*\nnasi kuning, lontong") == "Menu Hari Ini\nnasi kuning, lontong"


def test_every_reader_sees_no_stars() -> None:
    pasted = ("Dapur Opa Ferry, Bitung 👇\n\n*Cakalang Fufu 1 ekor*\nRp 85.000\n\n*Sambal Roa botol*\nRp 40.000\n\n"
              "Kirim ke seluruh Sulut. WA 0813 4400 1122")
    it = parse_brief(pasted)
    assert not any("*" in p for p in it.products)
    assert not any("*" in f.value or "*" in f.subject for f in it.facts)
    assert it.brand_name and "*" not in it.brand_name


def test_a_handle_with_underscores_is_read_whole() -> None:
    assert "@kue_nona_manis" in prepared_text("Kue Nona Manis Ambon, jual bolu. IG @kue_nona_manis")


@pytest.mark.parametrize(("marked", "plain"), [
    ("paket basic ~1.5jt~ 1.2jt", "paket basic 1.2jt"),
    ("bolu pandan ~Rp 60.000~ Rp 45.000 aja", "bolu pandan Rp 45.000 aja"),
    ("kaos polos ~50rb~ → 39rb", "kaos polos 39rb"),
    ("sewa harian ~300k~ 250k, mingguan 1.5jt", "sewa harian 250k, mingguan 1.5jt"),
])
def test_a_struck_out_price_before_the_new_one_is_the_old_price_and_goes(marked: str, plain: str) -> None:
    assert unmarked(marked) == plain


def test_a_struck_price_page_reads_one_price_per_item() -> None:
    prices = [f.value for f in parse_brief(prepared_text(
        "PROMO Toko Kaos Lokal, Bekasi\nkaos polos ~50rb~ 39rb\nkemeja flanel ~150rb~ 119rb\nWA 0812 3434 5656")).facts
              if f.kind == "price"]
    assert "50rb" not in prices and "150rb" not in prices and "39rb" in prices, prices
