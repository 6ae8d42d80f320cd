"""A sentence with the product as its subject says what the product does (the devices it runs on, what it prints or
sends): no card comes from it. "It is …" names the product, and "it comes in …" its variants: those are read."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.product_does import product_does_spans

pytestmark = pytest.mark.unit


def _masked(text: str) -> list[str]:
    lower = text.lower()
    return [lower[a:b].strip() for a, b in product_does_spans(lower)]


def test_what_the_product_does_is_masked_to_the_sentences_end():
    assert _masked("Kasir Kilat is a POS app. It runs on any tablet, prints receipts and syncs stock. Pro 59k/month") \
        == ["it runs on any tablet, prints receipts and syncs stock"]
    assert _masked("Absenku is for shift crews. The app automatically tracks shifts, overtime and leave.") \
        == ["the app automatically tracks shifts, overtime and leave"]


@pytest.mark.parametrize("text", [
    "It is a booking app for barbershops.",
    "It comes in three sizes: small, medium and large.",
    "We sell honey, propolis and bee pollen.",
    "Kit jahit 50rb. Item lain menyusul.",
])
def test_what_names_the_product_or_its_variants_is_left_alone(text):
    assert _masked(text) == []


def test_a_brief_takes_no_card_from_what_its_app_does():
    brief = ("Rapor Kita is a school report app for madrasahs in Malang. It runs on any Android phone, exports to "
             "Excel printers and sends parents a weekly summary. Email halo@raporkita.id")
    products = parse_brief(brief).products
    assert not any(w in p for p in products for w in ("android", "excel", "printers", "summary")), products
