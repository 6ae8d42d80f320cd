"""Two edges of an amount the reader masks: an English amount with thousands commas that also took the list's comma
("IDR 285,000, Whiskas pouch") leaves the comma to the list, so the items after it are read; a bracket right after an
amount is a note on that price ("150rb/hektar (obat dari petani)"), not goods (offerings._whole_words,
offering_masks._mask_elaboration)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.offerings import _whole_words

pytestmark = pytest.mark.unit


def test_an_amount_leaves_the_lists_comma() -> None:
    lower = "hammock 1 pc idr 185,000, camping stove idr 240,000"
    a = lower.find("idr")
    assert _whole_words(lower, (a, a + len("idr 185,000,"))) == (a, a + len("idr 185,000"))


def test_an_amount_that_ends_a_sentence_is_unchanged() -> None:
    lower = "tenda 2 orang idr 350,000. sewa juga ada"
    a = lower.find("idr")
    assert _whole_words(lower, (a, a + len("idr 350,000"))) == (a, a + len("idr 350,000"))


def test_items_after_comma_amounts_are_read() -> None:
    brief = ("Toko Rimba Outdoor Palu sells camping gear since 2020. Hammock single IDR 185,000, camping stove "
             "IDR 240,000, sleeping bag IDR 310,000. Chat us on WhatsApp +62 811 4500 7788")
    products = [p.lower() for p in parse_brief(brief).products]
    assert "camping stove" in products or "sleeping bag" in products


@pytest.mark.parametrize("brief, kept, gone", [
    ("Jasa bajak sawah traktor 400rb/hektar (solar dari petani), tanam padi mesin 600rb/hektar. Pak Darto, "
     "Ngawi. WA 0812 3456 7890", "tanam padi mesin", "solar"),
    ("Cuci karpet 15rb/m (jemput dari rumah), cuci sofa 50rb/dudukan. Bersih Kilat Kendari, WA 0813 2222 1111",
     "cuci sofa", "jemput"),
])
def test_a_bracket_after_an_amount_is_no_card(brief: str, kept: str, gone: str) -> None:
    products = [p.lower() for p in parse_brief(brief).products]
    assert kept in products
    assert not any(p.startswith(gone) for p in products)
