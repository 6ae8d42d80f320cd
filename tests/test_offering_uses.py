"""When an offering is used, who it serves and what the place has are no cards: occasions after "khusus acara" or
"cocok untuk", an audience after "melayani", a stay's rooms and pool. A package for an occasion is still sold,
and a range of levels is one offering. Examples are written here for each mechanism, not copied from the
labelled sets."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.amenities import in_amenity
from tapsite_pipeline.providers.offline_rules.roles import is_offering, used_for


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


@pytest.mark.parametrize("brief, occasion", [
    ("Fotografer freelance Rana di Kediri: prewedding, wisuda", "wisuda"),
    ("Kami EO gathering dan outbound perusahaan, Rimba Adventure di Bogor", "gathering"),
])
def test_an_occasion_a_trade_works_at_is_still_sold(brief, occasion):
    assert any(occasion in p.split() for p in parse_brief(brief).products)


def test_an_occasion_is_a_use_only_after_for_khusus_or_cocok():
    lower = "katering khusus acara tahlilan, nasi kotak untuk wisuda, paket aqiqah"
    assert used_for("tahlilan", lower) and used_for("wisuda", lower)
    assert not used_for("paket aqiqah", lower) and not used_for("nasi kotak", lower)


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


def test_a_room_said_on_its_own_elsewhere_is_not_an_amenity():
    assert not in_amenity("kamar", "kos melati: kamar ac, kamar mandi dalam")


def test_an_occasion_after_a_trade_word_is_the_kind_sold():
    assert not used_for("rias wisuda", "salon khusus rias wisuda dan rias pengantin")


def test_what_one_package_holds_is_not_a_package_each():
    got = parse_brief("Kami vendor khitanan 'Ceria Kids', paket tenda, sound system, badut dan nasi kotak mulai 3jt").products
    assert not any(p.startswith("paket ") for p in got)
    variants = parse_brief("WO Kembang Jati di Solo, paket adat jawa & nasional").products
    assert "paket nasional" in variants


def test_a_service_labelling_a_colon_list_is_offered_too():
    got = parse_brief("Shiny Rides, car detailing in Sanur: interior shampoo, ceramic coating and engine wash").products
    assert "car detailing" in got and "ceramic coating" in got
    cakes = parse_brief("Sugar Rush Bakery, cakes: red velvet, carrot cake and lemon tarts").products
    assert "cakes" not in cakes
