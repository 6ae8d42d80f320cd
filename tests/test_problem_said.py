"""A customer's recurring fault said as a clause ("laptops keep breaking", "AC sering bocor") and a possessive
before an offering ("their managed backup plan") make no card and no card's first word (problem_said.py,
offer_words._LEAD)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
from tapsite_pipeline.providers.offline_rules.problem_said import problem_clause

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("phrase", ["phones keep freezing", "pump stopped working", "motor sering mogok",
                                    "kulkas selalu bocor"])
def test_a_recurring_fault_is_no_name(phrase: str) -> None:
    assert problem_clause(phrase.split())
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["servis ac bocor", "laptop repair", "keeping chickens course",
                                    "sering dipesan"])
def test_a_service_for_the_fault_stays(phrase: str) -> None:
    assert not problem_clause(phrase.split())


def test_a_sponsor_read_shows_the_plan_not_the_fault() -> None:
    brief = ('Sponsor read for the Makassar founders newsletter: "If your shop\'s tablets keep crashing, Bantu Tekno '
             'Makassar has you covered: their managed device plan is IDR 900k a month for up to 8 tablets. They also '
             'do POS setup for new stores. Email tim@bantutekno.id"')
    products = [p.lower() for p in parse_brief(brief).products]
    assert not any("keep crashing" in p or p.startswith("their ") for p in products)
    assert "managed device plan" in products
