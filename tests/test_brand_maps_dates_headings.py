"""A pasted map listing's opening-hours line ("Buka · Tutup pukul 21.00") names nothing: the listing's first line
does. A date in the Islamic calendar ("15 Syawal") is a date, as "15 Desember" is. A FAQ's title word is not part
of the name it heads. A capitalised "Web" inside a name the owner marks stays in it. Every wording here is made up
for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("hours", ["Buka · Tutup pukul 21.00", "Buka · Tutup pukul 16.30 (Sabtu)"])
def test_a_map_listing_goes_by_its_first_line(hours: str) -> None:
    text = (f"Sablon Kaos Mentari Kediri\n4,7 ★ (230) · Percetakan sablon\nJl. Merdeka No. 9, Kediri\n{hours}\n"
            "Sablon plastisol 45rb/pcs, sablon DTF 60rb/pcs. WA 0812 7000 1122\n(ini dari profil maps kami)")
    assert parse_brief(text).brand_name == "Sablon Kaos Mentari Kediri"


def test_a_shop_that_says_when_it_opens_keeps_its_name() -> None:
    # negative: "buka" still introduces a name the owner gives ("Saya buka Warung Sambel Ijo di Blitar")
    text = "Saya buka Warung Sambel Ijo di Blitar, menu ayam penyet 18rb, lele penyet 15rb. WA 0813 2100 4455"
    assert parse_brief(text).brand_name == "Warung Sambel Ijo"


@pytest.mark.parametrize("month", ["Syawal", "Dzulhijjah", "Muharram", "Rajab"])
def test_an_islamic_calendar_date_is_no_name(month: str) -> None:
    text = (f"Khusus musim haji: HajiMudah, aplikasi jadwal manasik untuk KBIH. Harga per grup 450rb. "
            f"Pendaftaran tutup 10 {month}. WA 0856 1200 3344")
    assert parse_brief(text).brand_name == "HajiMudah"


def test_a_gregorian_date_stays_no_name() -> None:
    # negative: the months already read as dates still are
    text = ("Khusus musim liburan: TiketKita, aplikasi tiket wisata. Harga per agen 300rb. "
            "Pendaftaran tutup 10 Desember. WA 0856 1200 3344")
    assert parse_brief(text).brand_name == "TiketKita"


def test_a_faq_title_word_is_not_in_the_name() -> None:
    text = ("FAQ Lukis Sepatu by Rani, Palu\nT: Bisa sepatu kanvas?\nJ: Bisa.\nT: Harga?\n"
            "J: Lukis sepatu 120rb sepasang.\nOrder WA 0822 5566 7788")
    assert parse_brief(text).brand_name == "Lukis Sepatu by Rani"


def test_a_name_without_a_faq_title_is_unchanged() -> None:
    # negative: the same brief without the title word keeps the whole name
    text = "Lukis Sepatu by Rani, Palu. Lukis sepatu 120rb sepasang, kirim luar kota. Order WA 0822 5566 7788"
    assert parse_brief(text).brand_name == "Lukis Sepatu by Rani"


def test_web_inside_a_marked_name_stays() -> None:
    text = "Tolong bikinin web ya.\nnama usaha: Rumah Web Kang Dedi (Garut)\npaket: landing page 900rb. WA 0813 4400 1100"
    assert parse_brief(text).brand_name == "Rumah Web Kang Dedi"


def test_web_after_a_name_is_still_the_request() -> None:
    # negative: "Web" asked for after the name is not read into it
    text = "Kopi Lereng Garut. Bikin Web Kopi Lereng ya, menu kopi tubruk 10rb, kopi susu 15rb. WA 0813 4400 1100"
    assert parse_brief(text).brand_name == "Kopi Lereng Garut"

