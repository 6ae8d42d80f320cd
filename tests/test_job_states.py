"""Words the owner says that are no offerings, whatever their nouns: the states of a job before and after it
(job_states.py), a formula of faith and what it pledges (fragment_shape.py), who does the work said with the
Muslim words for men and women (staff_said.py)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("phrase", ["insya allah amanah", "insyaallah berkah", "alhamdulillah laris",
                                    "in sya allah tepat waktu", "masya allah"])
def test_a_formula_of_faith_opens_a_pledge_not_a_name(phrase):
    assert name_shaped(phrase) is None


def test_who_serves_said_with_ikhwan_or_akhwat_is_no_card():
    it = parse_brief("Bekam Sehat Al-Hijr, Gresik melayani bekam sunnah 70.000 dan pijat refleksi 60.000. Terapis "
                     "ikhwan untuk bapak, terapis akhwat untuk ibu. WA 0857 1111 2222")
    assert it.products == ["bekam sunnah", "pijat refleksi"]
    assert any("ikhwan" in f.value.lower() for f in it.facts)


@pytest.mark.parametrize("phrase", ["kenapa", "why", "your company gathering", "your wedding"])
def test_a_question_word_or_the_customers_own_occasion_is_no_name(phrase):
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["how to cook class", "why not cafe", "you and me package", "yours truly bouquet"])
def test_other_phrases_with_those_words_are_not_cut_by_them(phrase):
    assert name_shaped(phrase) is not None
