"""A brief that opens with a pantun: the first two lines (the sampiran) are there for the rhyme and name no one; the
name is in the last two. Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.pantun import sampiran_span

pytestmark = pytest.mark.unit

_PANTUN = ("Ke Pasar Baru beli kain,\nkain dijahit jadi kemeja.\nKalau rambut sudah tak licin,\n"
           "datang ke Salon Rapi Bu Meja\n\nPotong rambut 35rb, creambath 60rb. WA 0812 3456 0099")


def test_the_sampiran_is_the_first_two_lines() -> None:
    span = sampiran_span(_PANTUN)
    assert span is not None
    assert _PANTUN[span[0]:span[1]].strip().endswith("kemeja.")


def test_a_pantun_opening_names_the_business_in_its_isi() -> None:
    assert parse_brief(_PANTUN).brand_name == "Salon Rapi Bu Meja"


@pytest.mark.parametrize("text", [
    # four short lines that do not rhyme
    "Salon Rapi Bu Meja di Bogor\nmelayani potong rambut wanita\ncreambath dan hair mask juga ada\nWA 0812 3456 0099",
    # a brief opening with a price list of short lines
    "Salon Rapi Bu Meja\npotong rambut 35rb\ncreambath 60rb\nWA 0812 3456 0099",
])
def test_other_short_line_openings_are_no_pantun(text: str) -> None:
    assert sampiran_span(text) is None
    assert parse_brief(text).brand_name == "Salon Rapi Bu Meja"
