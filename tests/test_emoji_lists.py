"""A repeated emoji sets the pieces of a list apart like a comma ("nasi pecel 🍛 rawon 🍛 soto ayam"); said once, or
after an offer verb, it keeps the phrase whole. Our own wordings, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "items"), [
    ("Kedai Mbak Ros 🍜 mie godog 🍜 nasi goreng jawa 🍜 capcay, Wonosobo", ["mie godog", "nasi goreng jawa", "capcay"]),
    ("Sanggar Rias Dewi 💐 sewa kebaya 💐 paes ageng 💐 beskap, Klaten", ["paes ageng", "beskap"]),
    ("🥥 es kelapa muda 🥥 es dawet 🥥 Kios Segar Pak Wir, Purworejo", ["es kelapa muda", "es dawet"]),
])
def test_a_repeated_emoji_between_words_sets_the_pieces_of_a_list_apart(brief, items):
    products = parse_brief(brief).products
    assert all(i in products for i in items), products
    assert not any(" 🍜 " in p or len(p.split()) > 4 for p in products)


def test_an_emoji_said_once_or_after_an_offer_verb_keeps_the_phrase_whole():
    assert "," not in clean("kirim 🚚 ke luar kota")
    assert clean("jual 🌼 buket bunga kering 🌼 dan hampers").startswith("jual buket bunga kering")
    assert "," not in clean("Toko Kue Ani 🎂 enak")

