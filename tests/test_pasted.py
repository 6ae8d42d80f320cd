"""Briefs pasted from a chat or a bio: lines, bullets and emoji labels read as the sentences and lists a one-line
brief has, both where the brief is checked (make_brief) and where it is parsed."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pasted import sentences_from_lines
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit

BIO = ("🥟 Pempek Cek Siti 🥟\n"
       "menu:\n"
       "- pempek kapal selam 15rb\n"
       "- pempek lenjer 8rb\n"
       "• tekwan\n"
       "📍 Plaju, Palembang\n"
       "👉 order WA 0812 7777 1010")


def test_lines_become_sentences_and_bullets_one_list():
    flat = sentences_from_lines(BIO)
    assert "menu: pempek kapal selam 15rb, pempek lenjer 8rb, tekwan." in flat
    assert "Plaju, Palembang." in flat and "\n" not in flat


def test_one_line_with_inline_bullets_is_a_comma_list():
    assert sentences_from_lines("Toko Kue Nia: lapis legit • nastar • kue bawang") == (
        "Toko Kue Nia: lapis legit, nastar, kue bawang")
    assert sentences_from_lines("one line, unchanged") == "one line, unchanged"


def test_numbered_lines_are_list_items_but_a_price_is_not_a_number_bullet():
    flat = sentences_from_lines("Harga:\n1. potong rambut 25rb\n2) creambath 60rb\n3.5jt paket pengantin")
    assert flat.startswith("Harga: potong rambut 25rb, creambath 60rb.")
    assert flat.endswith(" 3.5jt paket pengantin")


@pytest.mark.parametrize("reader", ["checked", "parsed"])
def test_every_bulleted_item_is_an_offering(reader):
    text = make_brief(BIO).text if reader == "checked" else BIO
    products = parse_brief(text).products
    for item in ("pempek kapal selam", "pempek lenjer", "tekwan"):
        assert item in products, (item, products)


def test_the_checked_brief_keeps_the_number_and_the_place():
    brief = make_brief(BIO)
    assert brief.whatsapp == "+6281277771010"
    assert parse_brief(brief.text).location and "Palembang" in parse_brief(brief.text).location


# A long first line without a full stop, then one item with its amount per line: the items are a list of their own,
# not the wrapped rest of the first line; goods words that look like a me-/ber- verb ("mentah", "merah", "beras")
# still make an item line.
@pytest.mark.parametrize("brief, items", [
    ("Sambal roa & abon cakalang asli Manado, bikinan sendiri sejak 2015 🌶️\n"
     "sambal roa botol 150ml 35rb\ncumi asin mentah 250gr 30rb\nabon cakalang 100gr 40rb\n"
     "Rica Oma Nelly, WA 0813 4000 1122",
     ["sambal roa botol", "cumi asin mentah", "abon cakalang"]),
    ("Jual hasil bumi langsung dari petani di lereng Merbabu, panen tiap minggu\n"
     "beras merah 1kg 18rb\nkacang mente 250gr 45rb\ngula aren 500gr 25rb\nTani Makmur Kopeng",
     ["beras merah", "kacang mente", "gula aren"]),
])
def test_item_lines_after_a_long_first_line_stay_a_list(brief, items):
    flat = sentences_from_lines(brief)
    lines = brief.split("\n")
    assert f"{lines[0]}. {', '.join(lines[1:4])}" in flat
    products = parse_brief(brief).products
    for item in items:
        assert any(p.startswith(item) for p in products), (item, products)
