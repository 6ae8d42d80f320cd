"""Owner reads of briefs written for this round (none is a dataset row): the format a lesson is given in is sold,
"name's X" names the business, and a district named after "kec." / "kelurahan" is where the business is."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.roles import is_offering

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("phrase", ["group lessons", "private class", "kelas grup", "sesi privat", "kelas privat",
                                    "couples class"])
def test_the_format_of_a_lesson_is_a_kind_sold(phrase):
    assert is_offering(phrase)


@pytest.mark.parametrize("phrase", ["kelas kecil", "small class", "group", "privat"])
def test_a_size_or_a_bare_format_word_is_still_no_card(phrase):
    assert not is_offering(phrase)


def test_priced_lesson_formats_are_cards():
    intent = parse_brief("Kite lessons at Sorake beach, Nias. Group lessons 400k, private 750k, gear rental 150k/day. "
                         "Name's Angin Barat Kite. WhatsApp +62 813 7000 1234")
    assert intent.brand_name == "Angin Barat Kite"
    assert "group lessons" in intent.products and "gear rental" in intent.products


@pytest.mark.parametrize("brief, brand", [
    ("Vegan bakery in Sanur, sourdough and cinnamon rolls. The name's Roti Daun.", "Roti Daun"),
    ("Our name's Tenun Ikat Lembata, we weave sarongs on Lembata island", "Tenun Ikat Lembata"),
])
def test_names_said_with_name_s(brief, brand):
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief, place", [
    ("toko pakan ternak di kec. Sungai Kakap, jual dedak, konsentrat ayam, jagung giling. UD Tani Subur",
     "Sungai Kakap"),
    ("Bengkel motor di Kecamatan Pallangga, servis ringan dan ganti oli. Bengkel Daeng Rewa", "Pallangga"),
    ("Les mengaji anak di Kelurahan Tegalsari, Surabaya. Rumah Quran Al-Ikhlas", "Tegalsari, Surabaya"),
])
def test_a_district_after_its_marker_is_the_place(brief, place):
    assert parse_brief(brief).location == place


@pytest.mark.parametrize("brief, brand, products", [
    ("🧁 Cupcake & Cookies Rumahan | Open PO H-3 | COD area Depok | Manis Mungil Depok",
     "Manis Mungil Depok", ["cupcake", "cookies"]),
    ("Aneka keripik: singkong, pisang, tempe | Harga grosir untuk reseller | Kirim area Malang | Kriuk Arema",
     "Kriuk Arema", ["singkong", "pisang", "tempe"]),
])
def test_a_bio_s_bars_part_it_into_lines(brief, brand, products):
    intent = parse_brief(brief)
    assert intent.brand_name == brand
    assert all(p in intent.products for p in products), intent.products
    assert not any("|" in p for p in intent.products)


def test_hashtags_are_no_words_of_the_brief():
    intent = parse_brief("Jual gula semut aren organik 🌴 #gulasemut #gulaaren #organik. 250gr 25rb, 1kg 90rb. "
                         "Aren Lestari Lebak, WA 0812 5600 7788")
    assert intent.brand_name == "Aren Lestari Lebak"
    assert not any("#" in p for p in intent.products) and intent.products


def test_a_name_that_ends_with_its_town_is_not_followed_by_it_again(tmp_path):
    from tapsite_pipeline.providers.offline_rules.copy.context import _ends_with_place
    assert _ends_with_place("Kue Mbok Sum Klaten", "Klaten")
    assert _ends_with_place("Soto Bu Tini Bandung Barat", "Bandung Barat")
    assert not _ends_with_place("Klaten", "Klaten") and not _ends_with_place("Toko Klaten Jaya", "Klaten")
