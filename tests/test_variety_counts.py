"""A count of how many designs, motifs or colours there are to choose from ("100 desain", "12 warna") is no card
(fragment_shape.MEASURE_UNITS); the goods it counts keep their name."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("phrase", ["100 desain", "12 warna", "40 motif", "25 designs"])
def test_a_count_of_variety_is_no_name(phrase: str) -> None:
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["desain logo", "kaos 3 warna", "batik motif parang"])
def test_goods_with_their_variety_keep_their_name(phrase: str) -> None:
    assert name_shaped(phrase) is not None


def test_a_template_pack_with_its_count_makes_no_count_card() -> None:
    brief = ("aku jual preset lightroom 50 warna 30rb sama stiker whatsapp 100 desain 20rb. semua online, aku di Kediri. "
             "DM IG @presetku.kdr ya")
    products = [p.lower() for p in parse_brief(brief).products]
    assert not any(p in ("50 warna", "100 desain") for p in products)
