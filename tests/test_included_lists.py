"""What one offering holds is no card when the owner's words leave no doubt (an inclusion label opening its line, the
brackets of a package or a complete serving beside its price, a programme's syllabus between a class and its price
word, a named package's list closed by its one price). Kinds listed in brackets after a plain name stay cards."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.included_lists import included_spans, packages_listed
from tapsite_pipeline.providers.offline_rules.offerings import priced_offerings

pytestmark = pytest.mark.unit


def _masked(text: str) -> list[str]:
    lower = text.lower()
    return [lower[a:b] for a, b in included_spans(lower)]


def test_an_inclusion_label_opening_a_line_lists_what_comes_with_the_offering():
    text = ("Kayak Teluk Ambon\nTOURS: half day IDR 450k, full day IDR 800k\nINCLUDED: paddle, life jacket & snacks\n"
            "WA 0812 1111 2222")
    assert _masked(text) == ["paddle, life jacket & snacks"]
    assert _masked("Termasuk: tenda, kursi, sound. Paket pesta mulai 5jt") == ["tenda, kursi, sound"]


def test_a_label_inside_a_sentence_or_a_priced_list_is_left_alone():
    assert _masked("aplikasi kami gratis: pulsa 5rb, token 20rb") == []
    assert _masked("Isi: nastar 85rb, kastengel 90rb") == []


def test_a_package_or_complete_servings_brackets_beside_its_price_are_its_contents():
    assert _masked("nasi uduk betawi komplit (semur, bihun, kerupuk) 18rb/bungkus") == ["semur, bihun, kerupuk"]
    assert _masked("family box IDR 120,000 (fried rice, 2 satay, iced tea)") == ["fried rice, 2 satay, iced tea"]


@pytest.mark.parametrize("text", [
    "kue kering (nastar, putri salju, kastengel) Rp 90.000",   # a plain name's brackets name its kinds
    "smoothie bowls 55k (banana, berry, mango)",
    "Paket B: 2 toples (nastar, kastengel) Rp 180.000",       # a counted box after a package's colon
    "paket hemat (nasi, ayam 15rb, es teh) 25rb",             # a price inside: the items are priced alone
])
def test_kinds_and_priced_items_in_brackets_stay(text):
    assert _masked(text) == []


def test_a_programmes_syllabus_between_the_class_and_its_price_word():
    lower = ("kursus roti rumahan: kelas pemula (2 hari), roti sobek, donat kentang, biaya 800rb, "
             "kelas lanjut (3 hari), croissant, biaya 1,5jt").lower()
    assert [lower[a:b] for a, b in included_spans(lower)] == ["roti sobek, donat kentang, ", "croissant, "]
    assert _masked("kelas privat, les gitar, les piano, biaya 200rb/bulan") == []


def test_a_named_package_before_its_list_and_one_price():
    lower = "anniversary package: roses, cake, candle dinner, idr 3 million. photo add-on idr 500k"
    assert [(name, lower[a:b]) for name, (a, b) in packages_listed(lower)] == [("anniversary package",
                                                                               "roses, cake, candle dinner")]
    assert packages_listed("packages: small 1.5jt, medium 3jt") == []


def test_a_brief_keeps_the_package_not_what_it_holds():
    brief = ("Warung Mak Tini, Padang. Nasi rames komplit (rendang, sayur nangka, sambal ijo) 25rb/porsi, "
             "es teh 5rb. WA 0812 7000 1234")
    products = parse_brief(brief).products
    assert "rendang" not in products and "sayur nangka" not in products, products
    assert "es teh" in products, products


def test_a_package_priced_in_plain_rupiah_before_its_colon_is_the_card():
    brief = ("Kopi Keliling Sejahtera buka kemitraan. Paket booth Rp 7.500.000: gerobak, mesin espresso, 200 cup, "
             "pelatihan 1 hari. Di outlet kami: es kopi susu 18rb, americano 15rb. WA 0812 5555 0101")
    products = parse_brief(brief).products
    assert "paket booth" in products, products
    assert "gerobak" not in products and "mesin espresso" not in products, products


def test_a_special_servings_brackets_may_name_its_flavours():
    assert _masked("martabak manis spesial (keju, coklat, kacang) 35rb") == []


def test_a_named_package_whose_price_closes_its_list_is_a_card():
    brief = ("Sunset Sails Labuan Bajo. HONEYMOON PACKAGE: rose petals, cake, candle dinner, IDR 6 million. "
             "SNORKEL ADD-ON: IDR 300k per guest. EMAIL: sail@sunsetsails.id")
    products = parse_brief(brief).products
    assert "honeymoon package" in products, products
    assert not any(p in products for p in ("rose petals", "cake", "candle dinner")), products


def test_the_learned_filter_keeps_such_a_package_as_it_keeps_priced_items():
    lower = "wedding cruise. proposal package: flowers, violinist, dinner for two, idr 7.5 million. dj idr 2 million"
    assert priced_offerings(["proposal package"], lower, []) == ["proposal package"]
