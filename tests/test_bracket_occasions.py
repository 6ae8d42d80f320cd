"""Occasions in brackets after an offering say what it is for ("make up (wisuda, lamaran, nikahan)"); they are not
offerings of their own, while kinds of goods in brackets still are ("kue kering (nastar, kastengel)"). Our own
wordings, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, kept, never", [
    ("Rias Bu Ani di Kendari: make up (wisuda, lamaran, nikahan), sewa kebaya. wa 0852 5677 1904",
     ["make up", "sewa kebaya"], ["wisuda", "lamaran", "nikahan"]),
    ("Sanggar Rias Melati Kendari: kursus rias (wisuda & pesta), kelas sanggul. WA 0813 2200 1100",
     ["kelas sanggul"], ["wisuda", "pesta"]),
    ("Gaun Anggun Rental: sewa gaun (pesta, wisuda, prom), sewa jas. WA 0813 2200 1100",
     ["sewa jas"], ["pesta", "wisuda"]),
])
def test_occasions_in_brackets_are_what_it_is_for(text: str, kept: list[str], never: list[str]) -> None:
    products = parse_brief(text).products
    assert all(k in products for k in kept)
    assert not [p for p in products if p in never]


def test_kinds_of_goods_in_brackets_are_still_sold() -> None:
    products = parse_brief("Toko Kue Rina: kue kering (nastar, kastengel, putri salju), bolu pandan. "
                           "WA 0812 1111 2222").products
    assert {"nastar", "kastengel", "putri salju"} <= set(products)
