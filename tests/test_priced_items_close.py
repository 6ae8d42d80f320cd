"""An item's own amount closes it, whatever its "for …" governs, and two quality words together name the thing
priced. Briefs invented for each."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.amount_closes import closed_by_amount

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7788"


def test_an_amount_closes_its_item_but_a_list_of_occasions_goes_on():
    assert closed_by_amount("weekly cleaning for a villa     , deep clean     , pool cleaning", len("weekly cleaning"))
    assert not closed_by_amount("cakes for weddings, birthdays and parties", len("cakes"))


def test_the_items_after_one_priced_with_its_own_audience_are_read():
    products = parse_brief("Rapi Villa Care, Seminyak: linen change for a 3-bedroom villa 200k, oven cleaning 150k, "
                           "aircon wash 120k per unit, and plant watering on request." + WA).products
    assert all(p in products for p in ("linen change", "oven cleaning", "aircon wash")), products


def test_two_quality_words_together_name_the_thing_priced():
    facts = parse_brief("Kilau Bersih, Sanur: kitchen cleaning 300k, deep clean 750k, window cleaning 200k." + WA).facts
    assert any(f.kind == "price" and f.subject.lower() == "deep clean" and "750k" in f.value for f in facts), facts
