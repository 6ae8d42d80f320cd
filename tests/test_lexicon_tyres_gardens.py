"""Roadside tyre and battery help is a motor workshop's trade, and laying out or tending gardens is a home service.
Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "btype", "niche"), [
    ("Flat tyre on the road? We come to you: tyre repair and jump start across Mataram. WA 0817 0000 2121",
     "services", "auto_repair"),
    ("ganti ban dan ganti aki panggilan 24 jam area Pekanbaru, tinggal telpon", "services", "auto_repair"),
])
def test_roadside_tyre_help_is_a_motor_workshop(text: str, btype: str, niche: str) -> None:
    intent = parse_brief(text)
    assert (intent.business_type, intent.niche) == (btype, niche)


def test_garden_work_is_a_home_service() -> None:
    assert parse_brief("Tropical landscaping and weekly garden maintenance for homes in Jimbaran.").business_type \
        == "services"
    assert parse_brief("terima pembuatan taman kering dan perawatan taman rumah, area Bekasi").business_type \
        == "services"


def test_goods_of_the_same_words_stay_goods() -> None:
    # negatives: a shop that sells tyres, and a nursery that sells plants for gardens
    assert parse_brief("Toko Ban Sinar Jaya jual ban motor dan ban mobil merk lokal, Cikampek").business_type == "retail"
    assert parse_brief("jual bibit tanaman hias dan pupuk untuk taman rumah, Lembang").business_type != "services"
