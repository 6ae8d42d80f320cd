"""The copy's own phrases for what an offering is good for and the headline benefit stand at a sentence's end ("Made
for {benefit}.", "… for {use}."): none may end on a word that leaves the sentence broken off ("Made for food worth
coming back for." reads as cut; the fidelity coherence check flags it). Every profile, every language."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.chat_talk import BROKEN_END
from tapsite_pipeline.providers.offline_rules.copy.industries import GENERIC, SUPPLY, _all_profiles
from tapsite_pipeline.providers.offline_rules.copy.industries_services import INDUSTRY_PROFILES

pytestmark = pytest.mark.unit


def test_no_use_or_benefit_phrase_breaks_off() -> None:
    profiles = [*_all_profiles(), *GENERIC.values(), SUPPLY, *INDUSTRY_PROFILES.values()]
    broken = [(p.key, phrase) for p in profiles for field in (p.uses, p.bens) for lang in field for phrase in lang
              if BROKEN_END.search(phrase)]
    assert not broken, broken


def test_the_check_would_see_a_stranded_preposition() -> None:
    assert BROKEN_END.search("food worth coming back for") and not BROKEN_END.search("food worth a second visit")
