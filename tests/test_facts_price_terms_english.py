"""What an English brief says around a price stays with it: the days it holds on ("on weekends"), how long the hire
lasts ("for 2 hours", "for 6 hours is …"); what is priced never ends on "for"; two counts joined by "or" are one
line; "reopened in" gives the year it opened. None of them is left as a scrap ("2026 as", "million on weekends")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit

HALL = ("Gedung Serbaguna Tambun was a rice mill until it reopened in 2019 as an event venue for 300 standing or 180 "
        "seated guests. Venue rental for 5 hours is IDR 9 million on Saturdays and IDR 6 million on weekdays. "
        "Call (021) 880 1234.")


def _facts(brief: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.value, f.subject) for f in parse_brief(brief).facts]


def test_the_days_a_price_holds_on_and_the_hours_it_pays_for_are_the_prices():
    facts = _facts(HALL)
    prices = [(v, s) for k, v, s in facts if k == "price"]
    assert ("IDR 6 million on weekdays", "") in prices
    assert any(v.startswith("5 hours is IDR 9 million") and s == "venue rental" for v, s in prices)
    assert not any(k == "note" and ("million" in v or v == "5 hours") for k, v, _ in facts)


def test_two_counts_joined_by_or_are_one_line_and_no_scrap_is_left():
    notes = [v for k, v, _ in _facts(HALL) if k == "note"]
    assert "300 standing or 180 seated guests" in notes
    assert not any(v.endswith(" as") for v in notes)


def test_reopened_in_is_the_year_it_opened():
    assert ("since", "2019", "") in _facts(HALL)


@pytest.mark.parametrize("brief, price, subject", [
    ("Gamelan Sekar Arum plays at weddings in Solo. Full ensemble 6 million for 3 hours. WA 0813 5500 6611",
     "6 million for 3 hours", "full ensemble"),
    ("Sewa Tenda Pak Joko, Klaten. tenda dome 350rb untuk 2 hari. WA 0813 5500 6611", "350rb untuk 2 hari", "tenda dome"),
])
def test_how_long_a_hire_lasts_is_said_with_its_price(brief, price, subject):
    assert ("price", price, subject) in _facts(brief)


def test_a_count_after_a_price_that_is_no_duration_stays_out():
    facts = _facts("Sewa Tenda Pak Joko, Klaten. tenda dome 350rb untuk 20 orang. WA 0813 5500 6611")
    assert ("price", "350rb", "tenda dome") in facts
