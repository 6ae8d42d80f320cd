"""A brief laid out in numbered parts ("Bagian 1 – nama: …", "Part 2: …") names no card by its part labels; the
goods listed inside the parts stay. Briefs invented for the kind."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.not_cards import names_no_goods


@pytest.mark.parametrize("item", ["bagian 1", "part 2", "section 3", "step 4", "langkah 2", "slide 5", "bab iv"])
def test_a_numbered_part_label_names_no_goods(item):
    assert names_no_goods(item)


@pytest.mark.parametrize("item", ["paket 2 jam", "bagian depan rumah", "sparepart 2", "kue lapis"])
def test_goods_with_a_number_are_not_a_part_label(item):
    assert not names_no_goods(item)


def test_a_brief_in_numbered_parts_shows_the_goods_only():
    got = parse_brief("Tolong susun webnya:\nBagian 1 – nama: Laundry Wangi Jaya (Depok)\nBagian 2 – harga: cuci "
                      "setrika 8rb/kg, bed cover 30rb, sepatu 35rb\nBagian 3 – WA 0812 7777 1234").products
    assert not any(p.startswith("bagian") for p in got) and {"cuci setrika", "sepatu"} <= set(got)
