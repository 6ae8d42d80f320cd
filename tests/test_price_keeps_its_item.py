"""A price keeps what it is for (price_said.py): a quotation's count × unit price is the price of one unit for that
many, never a price of the count; a label's size, a delivery's fee, the room a rate is for and the model
number said with an item stay with the price; the next item of a slash list is never the price's unit."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _prices(brief: str) -> list[tuple[str, str]]:
    return [(f.subject.lower(), f.value) for f in parse_brief(brief).facts if f.kind == "price"]


def test_a_count_times_a_unit_price_is_the_price_of_one_unit():
    brief = ("Penawaran harga dari Katering Melati Rasa untuk acara kantor:\n"
             "1. Nasi box rendang — 80 box × Rp 42.000\n"
             "2. Kue basah — 200 × Rp 6.000\n"
             "WA 0812 4455 6677")
    prices = _prices(brief)
    assert ("nasi box rendang", "Rp 42.000/box (80 box)") in prices
    assert ("kue basah", "Rp 6.000 × 200") in prices
    assert not any(s.startswith("80") for s, _ in prices)  # never "Harga 80 box: Rp 42.000"
    notes = [f.value for f in parse_brief(brief).facts if f.kind == "note"]
    assert not any("42.000" in n for n in notes)  # the count and the price said once, with the item


def test_a_size_on_a_label_is_what_its_price_is_for():
    brief = ("Label kemasan: SAMBAL ROA MAMA LIN — khas Manado.\n"
             "Netto 150 g · Rp 35.000 | 250 g · Rp 55.000\n"
             "Pesan: 0813 2211 9090")
    prices = _prices(brief)
    assert ("150 g", "Rp 35.000") in prices
    assert ("250 g", "Rp 55.000") in prices


def test_a_bare_price_after_a_delivery_is_the_delivery_fee():
    brief = ("Fresh sourdough from Ragi Loaf Bakery, Canggu. Country loaf 85k, rye 95k. "
             "We deliver all over Canggu & Seminyak, 15k flat. WA 0812 3030 4040")
    assert ("delivery", "15k") in _prices(brief)


def test_the_room_a_rate_is_for_stays_with_it():
    brief = ("Villa Kenari Homestay, Ubud. Our garden suite has a private plunge pool, IDR 900,000/night for 2 guests. "
             "WhatsApp +62 812 7777 1212")
    assert ("garden suite", "IDR 900,000/night") in _prices(brief)


@pytest.mark.parametrize(("brief", "pair"), [
    ("Servis HP Kilat Jaya, Medan. LCD — Samsung A-series from 350k / iPhone 12 from 1.4jt. WA 0812 6060 7070",
     ("iphone 12", "from 1.4jt")),
    ("Studio Foto Cahaya: Paket 1 250rb, Paket 2 400rb. WA 0812 1111 2323", ("paket 2", "400rb")),
])
def test_a_model_or_package_number_is_part_of_the_item(brief, pair):
    assert pair in _prices(brief)


def test_the_next_item_of_a_slash_list_is_not_the_unit_of_a_price():
    brief = "Servis HP Kilat Jaya, Medan. LCD — Samsung A-series from 350k / iPhone 12 from 1.4jt. WA 0812 6060 7070"
    assert all("iphone" not in v.lower() for _, v in _prices(brief))


def test_a_count_said_for_a_drink_is_not_a_model_number():
    assert ("kopi susu", "30rb") in _prices("Kedai Kopi Senja, Bogor. Kopi susu 2 30rb. WA 0812 9898 1212")
