"""More filled-in forms: a business field with a second label ("Nama usaha/brand :") still names the brand over the
bare name field; an English form names a woodcarver's trade. Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def test_a_business_field_with_a_second_label() -> None:
    text = "- Nama : Wawan\n- Nama usaha/merek : Keripik Wawan Renyah\n- Produk : keripik tempe, keripik pisang"
    assert parse_brief(text).brand_name == "Keripik Wawan Renyah"


def test_a_bare_name_field_with_a_slash_label_is_the_name() -> None:
    # negative: "Nama/Brand:" is itself the business field; nothing else names the business
    assert parse_brief("Nama/Brand: Jahit Rapi Bu Ning\nAlamat: Kudus\nJasa: permak, jahit seragam").brand_name \
        == "Jahit Rapi Bu Ning"


@pytest.mark.parametrize("text", [
    "Name: Wayan Sudi\nBusiness name: Sudi Carving Studio\nProducts: wooden masks, garuda statues, custom carving",
    "Balinese woodcarver in Peliatan: masks and statues made to order, shipped abroad.",
])
def test_carving_is_a_craft(text: str) -> None:
    assert parse_brief(text).business_type == "creative"
