"""Each price shown with its own item: the words set apart from the amount by a dash, a colon or a "+", a count that
opens the clause ("2 loyang 90rb"), the item before a list of what comes "with" it, a long aside in brackets; an
extra's amount said with what it is for; a bilingual brief's English twin lines read for no second set of prices;
an item of two words joined by "&" said whole with its hours; who does the work ("terapis wanita") kept from the cards."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.price_subject import price_subject

pytestmark = pytest.mark.unit


def _subject(lower: str) -> str:
    at = lower.rfind(" ") + 1
    return price_subject(lower, at)


def _prices(brief: str) -> list[tuple[str, str]]:
    return [(f.subject, f.value) for f in parse_brief(brief).facts if f.kind == "price"]


@pytest.mark.parametrize(("lower", "subject"), [
    ("tukang kunci: bikin kunci cadangan — 20rb", "bikin kunci cadangan"),
    ("servis laptop. ganti keyboard – 250rb", "ganti keyboard"),
    ("sewa alat pesta. sewa tenda sarnafil: 600rb", "sewa tenda sarnafil"),
    ("salon ibu nur, cat rambut +60rb", "cat rambut"),
])
def test_a_dash_a_colon_or_a_plus_sets_the_item_apart(lower, subject):
    assert _subject(lower) == subject


@pytest.mark.parametrize("lower", [
    "rates: 400rb",                      # a heading, no item
    "harga: 50rb",
    "sewa mobil harian 300rb - 450rb",   # a range's second end stays the range's
])
def test_a_heading_or_a_range_is_no_item(lower):
    assert _subject(lower) in ("", "sewa mobil harian")
    assert _subject(lower) not in ("rates", "harga", "300rb")


@pytest.mark.parametrize(("lower", "subject"), [
    ("kue lapis legit. 2 loyang 90rb", "2 loyang"),
    ("internet desa. 30mbps 250rb", "30mbps"),
    ("diving trips, 2 boat dives 1,8jt", "2 boat dives"),
])
def test_a_count_opening_the_clause_names_what_is_priced(lower, subject):
    assert _subject(lower) == subject


@pytest.mark.parametrize(("lower", "subject"), [
    ("mulai 40k sampai 90k", ""),                 # the range's low end is no count of goods
    ("genset 3.500 watt 900rb", ""),              # the tail of a number split at its dot
    ("kelas gitar 2x seminggu 250rb", "kelas gitar"),  # sessions stay the price's own words
    ("nasi box 2 porsi 25rb", "nasi box"),        # a count after the item still ends it
])
def test_a_range_a_split_number_or_sessions_are_no_counted_item(lower, subject):
    assert _subject(lower) == subject


def test_the_item_comes_before_what_it_comes_with():
    assert _subject("photo booth rental with props and prints $180") == "photo booth rental"
    assert _subject("kamar dengan kipas, kasur dan lemari 800rb") == "kamar"
    # no list after "with": the words are the item's as before
    assert _subject("1 hour with our guide $40") != "1 hour"


def test_a_long_aside_in_brackets_is_skipped_to_its_item():
    brief = ("Rumah Sunat Ceria Makassar. Paket khitan laser (obat, kontrol 2x, sarung dan peci) 1,3jt. "
             "WA 0812 4455 6677")
    assert ("paket khitan laser", "1,3jt") in _prices(brief)


def test_an_extra_shows_its_plus_and_its_item():
    prices = _prices("Nail studio Rara di Malang: gel polos 80rb, lepas gel lama +20rb. WA 0812 3434 5656")
    assert ("lepas gel lama", "+20rb") in prices


def test_an_extra_said_after_its_clause_is_said_with_it():
    brief = ("Pijat Mbok Sum, Sleman.\nPijat urut 90rb.\nKerokan 40rb.\nBisa panggil ke kos, tambah 25rb.\n"
             "WA 0813 2200 1100")
    values = [v for _, v in _prices(brief)]
    assert any("panggil ke kos" in v and "tambah 25rb" in v for v in values)
    assert all(s != "tambah" for s, _ in _prices(brief))


def test_a_bilingual_briefs_english_twins_add_no_prices():
    brief = ("Warung Sate Pak Dul – Kuta\nSate ayam isi 10 tusuk harganya 30rb.\nChicken satay with 10 sticks is 30k.\n"
             "Sate kambing isi 10 tusuk harganya 45rb.\nGoat satay with 10 sticks is 45k.\nBuka tiap hari sampai malam.\n"
             "Open every day until late.\nWA 0812 3939 4040")
    values = " ".join(v for _, v in _prices(brief)) + " " + " ".join(
        f.value for f in parse_brief(brief).facts if f.kind == "package")
    assert "30rb" in values and "45rb" in values
    assert "30k" not in values and "45k" not in values


def test_a_one_language_brief_keeps_every_price():
    brief = ("Warung Sate Pak Dul di Kuta. Sate ayam 30rb, sate kambing 45rb. Chicken satay 30k for tourists. "
             "WA 0812 3939 4040")
    values = [v for _, v in _prices(brief)]
    assert "30k" in " ".join(values)


def test_an_item_of_two_joined_words_keeps_both_with_its_hours():
    facts = parse_brief("Spa Kenanga Ubud. Creambath & totok 2 jam 250rb. WA 0812 7070 8080").facts
    assert any(f.kind == "package" and f.value.lower() == "creambath & totok 2 jam 250rb" for f in facts)


def test_who_does_the_work_is_no_card():
    intent = parse_brief("Refleksi Sehat Bu Tini, Solo. Refleksi kaki 80rb, totok wajah 60rb. Terapisnya wanita semua. "
                         "WA 0812 6161 7171")
    assert not any("terapis" in p for p in intent.products)
    assert any(f.kind == "note" and "wanita" in f.value for f in intent.facts)


def test_a_course_for_women_is_not_staff():
    intent = parse_brief("Kursus Jahit Melati di Bekasi, kelas menjahit untuk wanita pemula. WA 0812 6161 7171")
    assert not any(f.kind == "note" and f.value.lower().startswith("wanita") for f in intent.facts)
