"""A correction that says which days or whom an amount is for keeps that term with the amount, and its own words are
no fact line (correction_terms.py). Own wording."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.correction_terms import with_terms
from tapsite_pipeline.providers.offline_rules.intent import parse_brief

pytestmark = pytest.mark.unit


def test_the_term_goes_with_the_amount() -> None:
    assert with_terms("cabin 350k/night, oops correction, that's weekends, weekdays 300k.") \
        == "cabin 350k/night (weekends), weekdays 300k."
    assert with_terms("sewa kano 100rb per jam, eh ralat, itu weekday, sabtu minggu 150rb") \
        == "sewa kano 100rb per jam (weekday), sabtu minggu 150rb"
    assert with_terms("no correction needed, that's fine") == "no correction needed, that's fine"  # no amount before


def test_the_correction_is_no_fact_line() -> None:
    intent = parse_brief("Pondok Danau Biru, Toba: cabin 350k/night, oops correction, that's weekends, weekdays 300k. "
                         "Kayak 75k. WA 0812 3434 5656")
    values = [f.value for f in intent.facts]
    assert not any("correction" in v.lower() for v in values)
    assert any("350k" in v and "weekends" in v for v in values)
