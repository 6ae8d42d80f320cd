"""A pair said before one price ("A & B 350rb", "A + B 150rb") is one thing sold together: one card, and the price
is the pair's, not its second half's (issue 9: "sanggul" shown with no price beside "makeup pesta 350rb")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief, pair", [
    ("Rias Bu Endah, Cirebon. rias wisuda 200rb, sanggul & kebaya sewa 400rb. WA 0812 1111 2233", "sanggul & kebaya sewa"),
    ("Dekor Melati, Klaten. paket akad 4 jt, paket ngunduh & resepsi 9 jt. WA 0812 1111 2233",
     "paket ngunduh & resepsi"),                                          # the shared head said once
    ("Servis Laptop Dimas, Depok. install ulang 80rb, cleaning & ganti thermal paste 120rb. WA 0812 1111 2233",
     "cleaning & ganti thermal paste"),
])
def test_a_pair_before_one_price_is_one_card_with_that_price(brief: str, pair: str) -> None:
    intent = parse_brief(brief)
    assert pair in intent.products
    assert any(f.kind == "price" and f.subject == pair for f in intent.facts)


@pytest.mark.parametrize("brief, apart", [
    ("Kue Kering Bu Lina, Medan. nastar & kastengel 90rb/toples, putri salju 80rb. WA 0812 1111 2233",
     ["nastar", "kastengel"]),                                            # two goods, one price each
    ("Rias Bu Endah, Cirebon. sanggul 150rb & kebaya 250rb. WA 0812 1111 2233", ["sanggul", "kebaya"]),  # own prices
])
def test_goods_each_sold_alone_or_priced_apart_stay_two_cards(brief: str, apart: list[str]) -> None:
    products = parse_brief(brief).products
    assert all(a in products for a in apart)
