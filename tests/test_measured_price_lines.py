"""A line of its own that names goods or a service, then its size, length or quantity, then its price ("sirup
markisa 600 ml 28rb.", "totok wajah 45 menit 70rb.", "gurame goreng 1 ekor sedang 65rb."): the goods are a card,
the measure stays with the price fact. A container, a unit or a package word before the measure names no goods
("toples 1 kg 40rb.", "durasi 90 menit 150rb."), and goods already named are not carded again in more words.

Every wording is written for its class, not copied from a dataset row, with the negative beside it."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.item_measures import item_before_measure
from tapsite_pipeline.providers.offline_rules.offerings import _restated
from tapsite_pipeline.providers.offline_rules.price_list import lone_priced

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("phrase, want", [
    ("sirup markisa 600 ml", "sirup markisa"),
    ("totok wajah 45 menit", "totok wajah"),
    ("gurame goreng 1 ekor sedang", "gurame goreng"),
    ("karpet masjid 3x4 m", "karpet masjid"),
    ("keripik tempe 250gr", "keripik tempe"),
])
def test_the_goods_before_their_measure(phrase, want):
    assert item_before_measure(phrase) == want


@pytest.mark.parametrize("phrase", [
    "toples 1 kg",        # a container alone
    "ukuran 30 cm",       # the size's own label
    "paket 2 jam",        # a package word alone
    "sirup markisa",      # no measure at all
    "sirup 600 ml dingin",  # the measure does not close the phrase
    "tipe 2",             # a number that is no measure
])
def test_no_goods_before_a_measure(phrase):
    assert item_before_measure(phrase) is None


def _lone(text: str, clause: str, amount: str) -> bool:
    lower = text.lower()
    at = lower.index(amount)
    a = lower.index(clause)
    return lone_priced(lower, lower, a, a + len(clause), [(at, at + len(amount))])


def test_a_measured_line_is_priced_alone():
    assert _lone("Kedai Z. sirup markisa 600 ml 28rb. WA", "sirup markisa 600 ml", "28rb")
    assert _lone("Kedai Z. totok wajah 45 menit 70rb.", "totok wajah 45 menit", "70rb")


def test_a_container_line_or_a_price_from_is_not():
    assert not _lone("Kedai Z. toples 1 kg 40rb. WA", "toples 1 kg", "40rb")
    assert not _lone("Kolam Z. lele 12 cm mulai 900. WA", "lele 12 cm", "mulai 900")
    assert not _lone("Kedai Z. harga 600 ml 28rb. WA", "harga 600 ml", "28rb")


def test_goods_said_with_their_size_and_price_are_a_card():
    brief = "Sirup Buah Bu Tini - Garut. sirup markisa 600 ml 28rb. sirup jambu 600 ml 30rb. WA 0812 4455 6677"
    got = parse_brief(brief)
    assert {"sirup markisa", "sirup jambu"} <= set(got.products)
    assert not any(any(c.isdigit() for c in p) for p in got.products)
    spa = "Griya Pijat Ratna - Cilacap. totok wajah 45 menit 70rb. Refleksi kaki 30rb. WA 0813 2211 0099"
    assert "totok wajah" in parse_brief(spa).products
    fish = "Warung Apung Pak Dar. gurame goreng 1 ekor sedang 65rb. WA 0813 2211 0099"
    got = parse_brief(fish)
    assert "gurame goreng" in got.products
    assert any("65rb" in f.value for f in got.facts if f.kind == "price")


def test_a_container_line_adds_no_card():
    brief = "Madu Hutan Pak Joko - Jambi. madu hutan asli. toples 1 kg 40rb. WA 0812 4455 6677"
    assert "toples" not in parse_brief(brief).products


def test_goods_named_before_are_not_read_again_in_more_words():
    named = ["bunga papan", "hantaran box"]
    assert _restated(" box hantaran rotan 8 pcs ", named)
    # new goods with their size, goods without a measure and goods named in as many words are read as before
    assert not _restated(" keranjang buah 8 pcs ", named)
    assert not _restated(" box hantaran rotan ", named)
    assert not _restated(" hantaran box 8 pcs ", named)
