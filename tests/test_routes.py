"""A ride or a trip sold on its route keeps the route in its name; the route's words alone are no cards."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.routes import ride_route, with_routes

pytestmark = pytest.mark.unit


def test_a_bare_ride_takes_its_route_back_and_the_routes_words_are_dropped():
    lower = "travel kami: shuttle bandung-garut 3x sehari 120rb. speedboat labuan bajo-rinca 2jt"
    assert with_routes(["shuttle", "rinca"], lower) == ["shuttle bandung-garut", "speedboat labuan bajo-rinca"]


@pytest.mark.parametrize("lower", ["kaos polos, sablon dtf - murah", "jasa travel umroh"])
def test_no_route_no_change(lower):
    assert with_routes(["kaos polos", "sablon dtf"], lower) == ["kaos polos", "sablon dtf"]


def test_a_ride_on_its_route_is_a_card_by_its_shape():
    assert ride_route("shuttle bandung-garut") and not ride_route("shuttle")
    intent = parse_brief("Garut Trans: shuttle Bandung–Garut tiap 2 jam, 95rb/kursi. Carter Hiace 1,5jt/hari. "
                         "WA 0812 4444 5555")
    assert any(p.lower().replace("–", "-") == "shuttle bandung-garut" for p in intent.products), intent.products
