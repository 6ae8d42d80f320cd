""""min" after a count is the minutes a session lasts ("45 min IDR 350k", "60 min 90rb"), never a minimum that hides
the price said after it; a minimum said without a count before it stays a minimum."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(text).facts]


@pytest.mark.parametrize("text, price", [
    ("Kintamani Coffee Tour: guided tasting 90 min IDR 300k. WA 0812 7777 1212", "IDR 300k"),
    ("Totok Wajah Mbak Rani, Kediri. facial 60 min 95rb. WA 0812 7777 1212", "95rb"),
])
def test_the_price_after_minutes_is_read(text, price):
    facts = _facts(text)
    # the price, alone or with the minutes it buys ("60 min 95rb": the session's item is a card of its own)
    assert any(k == "price" and (v == price or v.endswith(" min " + price)) for k, v in facts), facts
    assert not any(k == "note" and v.lower().startswith("min ") for k, v in facts)


@pytest.mark.parametrize("text, note", [
    ("Kue Kering Bu Ratna, minimal 50rb, nastar 3rb", "minimal 50rb"),              # a minimum stays one
    ("Snack Box Ceria, risoles 3rb, min. 100rb per pesanan", "min. 100rb per pesanan"),
])
def test_a_minimum_said_without_a_count_before_it_stays_a_minimum(text, note):
    facts = _facts(text)
    assert any(k == "note" and note in v for k, v in facts), facts
    assert not any(k == "price" and v in note for k, v in facts)
