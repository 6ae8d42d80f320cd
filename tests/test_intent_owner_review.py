"""Classes of mistakes an owner saw on generated pages, each pinned by briefs of that class: the brand read
after a possessive, a titled name ("… Cooking School") lost to a describing word, facts and counts shown as
offerings, places of worship written as shops, date ranges read as opening hours, rentals mistaken for
car rental."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

WA = " WA 0812-3456-7890"


@pytest.mark.parametrize("brief, brand", [
    ("Tokonya Hana Syar'i jual gamis dan khimar." + WA, "Hana Syar'i"),
    ("Butiknya Hana Syar'i menjual gamis pesta." + WA, "Hana Syar'i"),
    ("Usahanya Kopi Lereng, jual kopi bubuk robusta." + WA, "Kopi Lereng"),
    ("Ranya Hijab jual hijab segi empat di Bogor." + WA, "Ranya Hijab"),  # a given name ending in -nya stays
])
def test_possessive_nya_is_not_part_of_the_brand(brief, brand):
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief", [
    "Dapur Ibu Made Cooking School in Ubud offers hands-on Balinese cooking classes and a morning market tour." + WA,
    "Dapur Ibu Made Cooking School di Ubud: hands-on Balinese cooking class." + WA,
    "Hands-on Balinese cooking classes at Dapur Ibu Made Cooking School, Ubud." + WA,
    "Kelas masak Bali hands-on di Dapur Ibu Made Cooking School, Ubud." + WA,
])
def test_titled_name_is_kept_whole(brief):
    intent = parse_brief(brief)
    assert intent.brand_name == "Dapur Ibu Made Cooking School"
    assert intent.location != "Dapur Ibu Made"
