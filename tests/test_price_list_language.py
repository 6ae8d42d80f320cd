"""A short Indonesian price list of nouns and bare amounts ("Potong rambut wanita 35.000, Make up pesta 200.000") was
read as English: "make up" (the cosmetic service, a loanword) counted as the verb "make", and the audience and
occasion words closing its items ("wanita", "dewasa", "pesta") counted for nothing, so the English head rule took
"wanita" for the item's head and dropped it. Invented briefs."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.text import detect_language

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "kept"), [
    ("Salon Dahlia Cirebon. Potong rambut wanita 40.000, Hair spa 75.000, Make up pesta 250.000. WA 0857 1111 2222",
     "potong rambut wanita"),
    ("Salon Dahlia. Potong rambut pria 25.000, Make-up wisuda 150.000, Creambath 60.000.", "potong rambut pria"),
    ("Barber Rapi Garut. Cukur anak 20.000, Cukur dewasa 30.000, Make up pengantin 1.500.000.", "cukur dewasa"),
])
def test_price_list_with_audience_words_keeps_its_items(brief: str, kept: str) -> None:
    intent = parse_brief(brief)
    assert intent.language == "id"
    assert kept in intent.products


@pytest.mark.parametrize("text", [
    "we offer bridal make up, hair styling and nail art for weddings in bali. book us on whatsapp.",
    "make up artist based in jakarta, we travel for shoots and events.",
])
def test_english_make_up_brief_stays_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", [
    "new year sale! web studio kota, medan. landing page 1.5jt, company profile 3jt, online shop 5jt, "
    "app prototype 8jt. all with domain. chat wa 0812 1111 2222",
    "wedding videos in bali: teaser 2jt, highlight film 4jt, full day 7.5jt, two cameras 9jt. drone is extra.",
])
def test_an_english_price_list_in_indonesian_amounts_stays_english(text: str) -> None:
    # the "jt" of every line is one sign of Indonesian writing, not one per price
    assert detect_language(text) == "en"


def test_indonesian_amounts_still_speak_for_a_terse_indonesian_list() -> None:
    assert detect_language("nastar 85rb, kastengel 90rb, putri salju 80rb") == "id"
