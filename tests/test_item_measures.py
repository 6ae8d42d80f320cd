"""Measures the readers bring with an offering (item_measures):

- a length of time or a size said after the item ("sewa tenda 6x12 m", "facial 45 menit") is a note of its price, so
  the card is the item; a spec of the goods ("monitor 24 inci", "hosting 5gb") and a package word alone ("paket 2 jam")
  keep it;
- a decimal the readers cut at its comma or point ("servis AC 1" of "servis AC 1,5 PK") loses the stray number; a
  model number ("kamera x 100") stays;
- a bare quantity of goods ("100 butir", "1 ekor sedang") is what a price buys, no card;
- what follows "jangkauan"/"coverage" up to the clause end is where the service reaches, no card.

Every wording is written for its class, not copied from a dataset row, with the negative beside it."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.item_measures import measured

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("item, lower, want", [
    ("facial organik 45 menit", "klinik ayu: facial organik 45 menit 95rb", "facial organik"),
    ("sewa tenda dome 6x12 m", "sewa tenda dome 6x12 m 1,2jt per hari", "sewa tenda dome"),
    ("kue lapis ukuran 20 cm", "kue lapis ukuran 20 cm 150rb", "kue lapis"),
    ("city tour 3 hours", "city tour 3 hours, usd 40", "city tour"),
    ("internet kantor 50 mbps", "internet kantor 50 mbps 600rb/bln", "internet kantor"),
])
def test_a_measure_after_the_item_is_left_to_the_price(item, lower, want):
    assert measured([item], lower) == [want]


@pytest.mark.parametrize("item, lower", [
    ("monitor 24 inci", "jual monitor 24 inci 1,5jt"),
    ("hosting 5gb", "hosting 5gb 300rb/thn"),
    ("paket 2 jam", "paket 2 jam 500rb"),
    ("lensa tele 200mm", "sewa lensa tele 200mm 150rb"),
    ("paket 10 sesi", "paket 10 sesi 900rb"),
])
def test_a_spec_or_a_bare_package_keeps_its_number(item, lower):
    assert measured([item], lower) == [item]


def test_a_decimal_cut_at_its_comma_loses_the_stray_number():
    lower = "servis ac 1,5 pk 120rb, isi freon 180rb"
    assert measured(["servis ac 1", "isi freon"], lower) == ["servis ac", "isi freon"]
    assert measured(["river tour 2"], "river tour 2.5 hours idr 300k") == ["river tour"]


def test_a_number_that_ends_where_the_brief_ends_it_stays():
    assert measured(["kamera x 100"], "sewa kamera x 100 200rb/hari") == ["kamera x 100"]
    assert measured(["tipe 2"], "ada tipe 2, tipe 3 juga") == ["tipe 2"]


def test_a_bare_quantity_is_no_card():
    lower = "telur bebek 3rb/butir, grosir 250rb/100 butir, ayam 1 ekor sedang 70rb"
    assert measured(["telur bebek", "100 butir", "1 ekor sedang"], lower) == ["telur bebek"]
    # the goods named beside the count stay
    assert measured(["ayam 1 ekor"], "ayam 1 ekor 70rb") == ["ayam 1 ekor"]


def test_where_the_service_reaches_is_no_card():
    lower = "pasang internet rumah 200rb/bln. jangkauan prambanan dan kalasan. wa 0812"
    assert measured(["pasang internet rumah", "jangkauan prambanan", "kalasan"], lower) == ["pasang internet rumah"]
    # a place named elsewhere as goods stays when no reach is said
    assert measured(["salak pondoh", "kalasan"], "jual salak pondoh, bakpia kalasan") == ["salak pondoh", "kalasan"]


def test_the_count_a_pack_holds_is_left_to_the_price():
    lower = "pastel ayam isi 10 = 35rb, risol mayo isi 6: 30rb"
    assert measured(["pastel ayam isi 10 =", "risol mayo isi 6:"], lower) == ["pastel ayam", "risol mayo"]
    # a filling is part of the goods' name, and so is a refill service
    assert measured(["roti isi coklat", "isi ulang gas"], "roti isi coklat 8rb, isi ulang gas 25rb") \
        == ["roti isi coklat", "isi ulang gas"]
