"""What a product is made of (a label's "Komposisi:" list) and what an offering comes with when the owner says so
without a colon ("Include jeep, guide", a fee's brackets) are no cards; a price list after the same words is."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.comes_with import comes_with_spans

pytestmark = pytest.mark.unit


def _masked(text: str) -> list[str]:
    lower = text.lower()
    return [lower[a:b].strip() for a, b in comes_with_spans(lower)]


def test_a_labels_ingredients_are_what_the_product_is_made_of():
    assert _masked("Sambal Roa Oma Lin. Komposisi: ikan roa, cabai rawit, bawang merah. Netto 150 g") == [
        "ikan roa, cabai rawit, bawang merah"]
    assert _masked("Granola Pagi\nIngredients: oats, honey, almonds\n250 g IDR 60k") == ["oats, honey, almonds"]


def test_an_inclusion_cue_opening_a_sentence_lists_what_comes_with_it():
    assert _masked("Snorkeling trip Gili 250rb/org. Include boat, masker, makan siang. WA 0812") == [
        "boat, masker, makan siang"]
    assert _masked("Trail run 10K IDR 200,000. Includes jersey, finisher medal & snacks.") == [
        "jersey, finisher medal & snacks"]


def test_a_fees_brackets_are_what_the_fee_pays_for():
    assert _masked("Kelas merajut pemula, biaya Rp 150.000 (benang, jarum, snack)") == ["benang, jarum, snack"]


@pytest.mark.parametrize("text", [
    "Harga sdh termasuk antar dlm kota.",                   # one thing: a note, not a list
    "Include: nastar 85rb, kastengel 90rb",                 # priced: a price list
    "Bahan: katun 90rb, linen 120rb",
    "kue kering (nastar, kastengel) Rp 90.000",              # a plain name's brackets are its kinds
])
def test_a_single_inclusion_or_a_priced_list_is_left_alone(text):
    assert _masked(text) == []


def test_the_ingredients_and_inclusions_never_reach_the_cards():
    intent = parse_brief("Kelas merajut pemula di Rajut Senja Bogor. Biaya Rp 150.000 (benang wol, jarum rajut, "
                         "snack). Include sertifikat, goodie bag. WA 0812 3456 7788")
    names = " ".join(p.lower() for p in intent.products)
    for word in ("benang wol", "jarum rajut", "goodie bag", "sertifikat"):
        assert word not in names


def test_an_inclusion_cue_after_no_price_may_list_the_services_themselves():
    assert _masked("Servis AC Dingin Jaya melayani rumah & kantor. Termasuk cuci AC, isi freon, bongkar pasang.") == []


def test_a_stop_inside_the_amount_before_the_cue_ends_no_sentence():
    assert _masked("Tiket 10K: IDR 150.000 per orang. Includes kaos, medali.") == ["kaos, medali"]
