"""A ride or a trip sold on its route keeps the route in its name; the route's words alone are no cards."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.routes import ride_route, with_routes

pytestmark = pytest.mark.unit


def test_a_bare_ride_takes_its_route_back_and_the_routes_words_are_dropped():
    lower = "travel kami: shuttle bandung-garut 3x sehari 120rb. speedboat labuan bajo-rinca 2jt"
    assert with_routes(["shuttle", "rinca"], lower) == ["shuttle bandung-garut", "speedboat labuan bajo-rinca"]
    # a place the reader masked inside the route ("\x00" in the text it read) makes it a route too
    lower = "trip piaynemo-wayag 5jt"
    assert with_routes(["trip"], lower, "trip \x00\x00\x00\x00\x00\x00\x00\x00-wayag 5jt") == ["trip piaynemo-wayag"]
    assert with_routes(["trip"], lower) == ["trip"]


@pytest.mark.parametrize("lower", ["kaos polos, sablon dtf - murah", "jasa travel umroh"])
def test_no_route_no_change(lower):
    assert with_routes(["kaos polos", "sablon dtf"], lower) == ["kaos polos", "sablon dtf"]


def test_a_ride_on_its_route_is_a_card_by_its_shape():
    assert ride_route("shuttle bandung-garut") and not ride_route("shuttle")
    intent = parse_brief("Garut Trans: shuttle Bandung–Garut tiap 2 jam, 95rb/kursi. Carter Hiace 1,5jt/hari. "
                         "WA 0812 4444 5555")
    assert any(p.lower().replace("–", "-") == "shuttle bandung-garut" for p in intent.products), intent.products


def test_a_word_after_the_route_or_goods_named_by_the_route_stay_out_of_it():
    lower = "shuttle jakarta-bandung murah tiap jam. trip snorkeling-diving 300rb"
    assert with_routes(["shuttle", "snorkeling"], lower) == ["shuttle jakarta-bandung", "snorkeling"]
