"""A drinking-water refill depot (depot air minum isi ulang) is a household staple sold by the gallon: its page
calls it a depot, speaks of drinking water, and shows a water gallon, not a drinks bar with a boba cup. All
wordings here are our own, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.illustrations import choose
from tapsite_pipeline.models import Intent
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy import write_section

pytestmark = pytest.mark.unit

WA = {"whatsapp": "6281299998888"}


def _page(it: Intent) -> str:
    out = []
    for name in ("hero", "products", "about"):
        s = write_section(name, it, WA)
        out.append(" ".join([s.heading or "", s.body or ""] + [f"{i.title} {i.description or ''}" for i in s.items]))
    return " ".join(out).lower()


@pytest.mark.parametrize("text, noun, wrong", [
    ("Depot Air Minum Sumber Bening, isi ulang galon 6rb, antar ke rumah area Tembalang, WA 0812 4455 6677",
     "depot air minum", ("kedai minuman", "jeda manis", "menu minuman")),
    ("SEGAR MURNI WATER REFILL | air minum isi ulang RO | antar galon | 0857 2020 3131",
     "depot air minum", ("kedai minuman", "jeda manis", "menu minuman")),
    ("Blue Lagoon drinking water refill in Mataram: RO water and mineral water by the gallon, free delivery nearby. "
     "Call 0370 664 120", "water refill depot", ("drinks bar", "sweet break", "drinks menu")),
])
def test_a_water_depot_is_called_a_depot_not_a_drinks_bar(text: str, noun: str, wrong: tuple[str, ...]) -> None:
    it = parse_brief(make_brief(text).text)
    page = _page(it)
    assert noun in page
    assert not [w for w in wrong if w in page]


def test_a_drinks_bar_keeps_its_own_words() -> None:
    it = parse_brief(make_brief("Es Teh Jumbo Mas Bayu di Solo, jual es teh manis, thai tea dan lemon tea, "
                                "WA 0812 1111 2323").text)
    assert "depot air minum" not in _page(it)


@pytest.mark.parametrize("niche, words", [
    ("grocery", "depot air minum isi ulang galon antar"),
    ("drinks", "water refill ro water gallon delivery"),
])
def test_a_water_depot_gets_the_water_gallon_drawing(niche: str, words: str) -> None:
    assert choose(niche, "food_and_beverage", words).key == "water_refill"


def test_a_grocery_without_water_keeps_its_basket() -> None:
    assert choose("grocery", "retail", "toko sembako beras minyak goreng gula").key == "grocery"
