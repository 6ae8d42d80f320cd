"""Items of a price list that look like something else: a colour word, a session's length, an emoji heading.
Every brief is new wording.

- A colour word said with its own amount is a menu item ("hijau 9rb", "coklat 12rb", "coklat panas 10rb"); a colour
  cued by "warna"/"nuansa" stays the page's colour and is no card.
- How long a session runs, said between the service and its amount ("lulur 45 menit 90rb"), is a fact: the words
  before it are the card. A frequency before a length ("3x seminggu 2 jam, 300rb/bln") is no card.
- An emoji after a heading, before a comma list of short pieces ("Open PO natal 🎄 kue salju, kue semprit, …"),
  sets the list off: its first piece is a card of its own. After words that are a list themselves, or after an
  offer verb, the emoji is still a space.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,cards", [
    ("Kedai Teduh Cimahi. es jeruk 6rb, coklat 12rb, hijau 9rb. wa 0813 2200 1199", ["coklat", "hijau"]),
    ("Warung Seduh Bu Rini. teh tarik 7rb, coklat panas 10rb, wedang uwuh 8rb. wa 0813 2200 1199",
     ["teh tarik", "coklat panas", "wedang uwuh"]),
])
def test_a_colour_word_with_its_own_amount_is_an_item(brief, cards):
    got = parse_brief(brief).products
    for card in cards:
        assert card in got


def test_a_colour_cued_as_a_colour_stays_a_colour():
    intent = parse_brief("Kedai Teduh Cimahi jual es jeruk 6rb dan teh tarik 7rb. warna hijau dan putih ya")
    assert "hijau" not in intent.products and "putih" not in intent.products
    assert intent.color_preference == ["green", "white"]


def test_a_session_length_before_its_amount_is_no_part_of_the_card():
    got = parse_brief("Griya Sehat Bu Lastri, Klaten. lulur 45 menit 90rb, totok wajah 30 menit 60rb, "
                      "bekam 50rb. wa 0813 2200 1199").products
    for card in ("lulur", "totok wajah", "bekam"):
        assert card in got
    assert not any("menit" in p for p in got)


def test_a_frequency_and_length_is_no_card():
    got = parse_brief("Les piano Bu Maria di Ambon, kelas anak 3x seminggu 2 jam, 300rb/bln. "
                      "wa 0813 2200 1199").products
    assert not any(p.startswith("3x") for p in got)


def test_an_emoji_after_a_heading_sets_the_list_off():
    got = parse_brief("Open PO kue natal 2026 H 🎄 kue salju, kue semprit, sagu keju. "
                      "Dapur Oma Tiur, Medan. wa 0813 2200 1199").products
    assert got[:3] == ["kue salju", "kue semprit", "sagu keju"]


@pytest.mark.parametrize("brief,card", [
    # the words before the emoji are a list themselves: what follows tells their kinds apart
    ("Terima pesanan buket uang & kotak hantaran 🎀 bentuk hati, bintang, bulan, kotak. Sinar Craft Bogor",
     "kotak hantaran"),
    # an offer verb before the emoji carries on to its goods
    ("Toko Kembang Sari, jual 🌷 buket mawar, bunga meja, karangan duka. wa 0813 2200 1199", "buket mawar"),
])
def test_an_emoji_inside_a_phrase_stays_a_space(brief, card):
    got = parse_brief(brief).products
    assert card in got
    assert "bentuk hati" not in got
