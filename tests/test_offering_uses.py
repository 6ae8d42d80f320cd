"""When an offering is used, who it serves and what the place has are no cards: occasions after "khusus acara" or
"cocok untuk", an audience after "melayani", a stay's rooms and pool. A package for an occasion is still sold,
and a range of levels is one offering. Examples are written here for each mechanism, not copied from the
labelled sets."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.roles import in_amenity, is_offering


@pytest.mark.parametrize("brief, occasions, kept", [
    ("Katering Dapur Sari khusus acara khitanan dan tasyakuran, tumpeng dan nasi kotak",
     ["khitanan", "tasyakuran"], "nasi kotak"),
    ("Homestay Omah Kopi di Dieng, cocok buat rombongan dan outing sekolah, ada juga sewa motor",
     ["outing sekolah", "outing"], "sewa motor"),
    ("Toko Kue Melati jual bolu pandan, lapis legit untuk arisan dan halal bihalal",
     ["arisan", "halal bihalal", "bihalal"], "lapis legit"),
])
def test_an_occasion_the_offering_is_for_is_no_card(brief, occasions, kept):
    got = parse_brief(brief).products
    assert kept in got
    assert not set(occasions) & set(got)


@pytest.mark.parametrize("phrase", ["paket aqiqah", "paket wisuda", "kelas pranikah"])
def test_a_package_for_an_occasion_is_still_an_offering(phrase):
    assert is_offering(phrase)


@pytest.mark.parametrize("phrase", ["pernikahan", "aqiqah", "syukuran", "gathering", "ultah"])
def test_a_bare_occasion_is_no_offering(phrase):
    assert not is_offering(phrase)


def test_who_a_supplier_serves_is_no_card():
    got = parse_brief("UD Sumber Rejeki jual jaring ikan, pelampung dan tali tambang, melayani nelayan se-pesisir Tuban")
    assert "jaring ikan" in got.products
    assert "nelayan" not in got.products


@pytest.mark.parametrize("phrase, amenity", [
    ("4 kamar tidur", True), ("kolam renang pribadi", True), ("private pool", True), ("2 bathrooms", True),
    ("jasa pembuatan kolam renang", False), ("sewa kamar", False), ("pool cleaning", False),
])
def test_the_rooms_of_a_stay_are_no_offering(phrase, amenity):
    assert is_offering(phrase) is not amenity


def test_a_room_word_is_not_read_off_an_amenity():
    lower = "guesthouse asri, 2 kamar mandi dalam, sarapan pagi"
    assert in_amenity("kamar", lower) and not in_amenity("sarapan", lower)
    got = parse_brief("Guesthouse Asri di Batu, 5 kamar tidur, 2 kamar mandi, kolam renang pribadi").products
    assert not any("kamar" in p or "kolam" in p for p in got)


@pytest.mark.parametrize("brief, level", [
    ("Lembaga kursus Mandarin Hanzi Ku, kelas HSK1 sampai HSK4, online dan tatap muka", "kelas hsk1-hsk4"),
    ("English course Bright Path, kelas A1 hingga B2 untuk karyawan", "kelas a1-b2"),
])
def test_a_range_of_levels_is_one_offering(brief, level):
    got = parse_brief(brief).products
    assert level in got
    assert not any(p in got for p in level.split()[1].split("-"))
