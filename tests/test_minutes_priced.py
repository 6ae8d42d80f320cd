"""A session's length in minutes said before its price ("60 menit 90rb", "45 min IDR 350k") is a timed package
like a count of hours, and "min" after a count is minutes, never a minimum that hides the price."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(text).facts]


@pytest.mark.parametrize("text, package", [
    ("Totok Wajah Mbak Rani, Kediri. 45 menit 75rb, 60 menit 95rb. WA 0812 7777 1212", "totok wajah: 45 menit 75rb"),
    ("Kintamani Coffee Tour: guided tasting 90 min IDR 300k. WA 0812 7777 1212", "guided tasting 90 min IDR 300k"),
])
def test_minutes_and_their_price_are_one_package(text, package):
    facts = _facts(text)
    assert any(k == "package" and v.lower() == package.lower() for k, v in facts), facts
    assert not any(k == "note" and v.lower().startswith("min ") for k, v in facts)


@pytest.mark.parametrize("text, note", [
    ("Kue Kering Bu Ratna, minimal 50rb, nastar 3rb", "minimal 50rb"),              # a minimum stays one
    ("Snack Box Ceria, risoles 3rb, min. 100rb per pesanan", "min. 100rb per pesanan"),
])
def test_a_minimum_said_without_a_count_before_it_stays_a_minimum(text, note):
    facts = _facts(text)
    assert any(k == "note" and note in v for k, v in facts), facts
