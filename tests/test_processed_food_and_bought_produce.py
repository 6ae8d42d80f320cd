"""Produce bought from a counted number of farmers is traded, not grown. Every wording here is made up for the test.
(Processed coconut and palm goods as food words were tried and left out: they lowered products F1 on a held-out batch.)"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.classify import _FROM_GROWERS

pytestmark = pytest.mark.unit


def test_a_counted_number_of_growers_is_still_a_source() -> None:
    assert _FROM_GROWERS.search("kopi kami dibeli dari 40 petani di lereng gunung")
    assert _FROM_GROWERS.search("sourced from local farmers")
    assert not _FROM_GROWERS.search("kami 40 petani di lereng gunung")  # the owners are the growers


def test_a_grower_of_its_own_crop_stays_a_farm() -> None:
    # negative: a farm's own produce, no processing words
    assert parse_brief("Kebun kelapa keluarga Pak Salim di Tahuna, panen kelapa tua tiap bulan, jual per butir ke "
                       "pasar").business_type == "other"
