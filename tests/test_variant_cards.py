"""A platform said over a list of kinds ("Android and iOS apps … ordering apps, booking apps") and styles said in
brackets after an offering ("biola (klasik & pop)") make no cards of their own (variant_cards.py, offering_masks.py)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.variant_cards import platform_headers

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("items, want", [
    (["android", "ios apps", "ordering apps"], ["ordering apps"]),
    (["aplikasi android", "aplikasi kasir", "aplikasi absensi"], ["aplikasi kasir", "aplikasi absensi"]),
    (["windows", "servis laptop"], ["servis laptop"]),
    # a platform card with nothing more specific beside it keeps its platform
    (["android apps", "website toko"], ["android apps", "website toko"]),
    (["aplikasi android"], ["aplikasi android"]),
])
def test_platform_headers(items: list[str], want: list[str]) -> None:
    assert platform_headers(items) == want


def test_a_platform_over_a_list_is_no_card() -> None:
    brief = ("Proud to share: Kode Rimba Studio builds Android and iOS apps — inventory apps for bakeries from IDR 20 "
             "million and loyalty apps for cafes from IDR 15 million. Based in Palu. Email hi@koderimba.dev")
    products = [p.lower() for p in parse_brief(brief).products]
    assert "android" not in products and "ios apps" not in products
    assert "inventory apps" in products


@pytest.mark.parametrize("brief, kept, gone", [
    ("Les musik Nada Senja Kupang: biola (klasik & pop), gitar, teori musik. Rp 150.000 per sesi. WA 0813 9988 7766",
     "biola", "pop"),
    ("Vocal coach Laras, Bandung: singing lessons (jazz & pop), songwriting. IDR 250k per hour. WA 0813 1234 9876",
     "singing lessons", "jazz"),
])
def test_styles_in_brackets_are_no_cards(brief: str, kept: str, gone: str) -> None:
    products = [p.lower() for p in parse_brief(brief).products]
    assert kept in products
    assert gone not in products
