"""Price lists as owners paste them: a table with bars or tabs ("Soto | 15rb"), and items set apart by slashes
("tahu 5k / tempe 6k"). Each price keeps its own item, and no price runs on into the next item."""

from __future__ import annotations

import pytest

from tapsite_pipeline.pasted import sentences_from_lines
from tapsite_pipeline.providers.offline_rules import parse_brief


def _prices(text: str) -> list[tuple[str, str]]:
    return [(f.subject, f.value) for f in parse_brief(text).facts if f.kind == "price"]


def test_a_bar_table_row_is_the_item_with_its_price():
    text = "Kedai Pak Usman Tegal\nItem | Harga\nMie godog | 14rb\nBakmi jawa | 16rb\nWedang jahe | 6rb\nWA 0813 4444 5555"
    assert _prices(text) == [("mie godog", "14rb"), ("bakmi jawa", "16rb"), ("wedang jahe", "6rb")]
    assert "wedang jahe" in parse_brief(text).products


def test_a_tab_table_row_is_the_item_with_its_price():
    text = "Toko Ikan Segar Bu Rah\nBandeng\t35.000\nTongkol\tRp 28.000\nWA 0813 4444 5555"
    assert _prices(text) == [("bandeng", "35.000"), ("tongkol", "Rp 28.000")]


@pytest.mark.parametrize("text, said", [
    ("Salon Ayu | Creambath | Cat rambut", "Salon Ayu. Creambath. Cat rambut"),   # a bio's bars: lines
    ("Kedai Ruri\nBuka | 07.00", "Kedai Ruri. Buka. 07.00"),                     # a time is no price
    ("Lapak Ruri\nBerdiri | 2019", "Lapak Ruri. Berdiri. 2019"),                 # nor is a year
])
def test_bars_without_a_price_cell_stay_line_breaks(text, said):
    assert sentences_from_lines(text) == said


def test_items_set_apart_by_slashes_keep_their_own_prices():
    text = "Angkringan Mas Bayu: nasi kucing 3k / sate usus 2k / es teh 4k. WA 0813 4444 5555"
    assert _prices(text) == [("nasi kucing", "3k"), ("sate usus", "2k"), ("es teh", "4k")]


@pytest.mark.parametrize("text, price", [
    ("Beras Mentik Wangi Rp 14.000 / kg, antar Klaten", "Rp 14.000 / kg"),      # a unit after a spaced slash
    ("Kos Putra Anggrek 900rb / bulan free wifi", "900rb / bulan"),
    ("nastar 85rb/toples kastengel 90rb", "85rb/toples"),                        # the next item is not the unit's
])
def test_a_unit_after_the_slash_stays_the_prices(text, price):
    assert price in [v for _, v in _prices(text)]
