"""A colour word inside what is sold ("hair colour 150rb", "colour grading", "kartu nama full colour") names the
service or the print; it is the owner's colour for the page only when a colour or a colon follows it ("warna biru",
"colour: green") or it opens its own clause ("warna bebas"). Invented briefs."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "kept"), [
    ("Salon Kenanga Depok. Creambath 60rb, hair colour 175rb, hair spa 90rb. WA 0813 2222 1111", "hair colour"),
    ("Barber Pak Joko Solo. Haircut 40rb, hair color 120rb, shaving 20rb. warna web hitam ya", "hair color"),
    ("Rumah Produksi Senja. Video editing 400rb, colour grading 250rb, motion graphic 600rb.", "colour grading"),
    ("Percetakan Laris Cimahi. Kartu nama full colour 45rb, brosur A5 120rb, stiker vinyl.", "kartu nama full colour"),
])
def test_colour_word_in_a_name_stays_in_the_offering(brief: str, kept: str) -> None:
    assert kept in parse_brief(brief).products


@pytest.mark.parametrize(("brief", "colour"), [
    ("Toko Hijab Mawar. Pashmina warna pastel 55rb, bergo 30rb.", "pastel"),
    ("Salon Kenanga. Potong rambut 30rb, hair colour 150rb. Warna website: ungu ya", "purple"),
    ("Barber Pak Joko. Haircut, shaving, hair color. website colour green please", "green"),
])
def test_a_colour_after_the_word_is_still_the_page_colour(brief: str, colour: str) -> None:
    intent = parse_brief(brief)
    assert colour in intent.color_preference
    assert not any(p.endswith(("warna", "colour")) and "hair" not in p for p in intent.products)


def test_a_colour_word_after_a_function_word_names_no_offering() -> None:
    products = parse_brief("Kalung Manik Sari makes beaded necklaces, 85k each, choice of colour and length.").products
    assert not any("colour" in p for p in products)
