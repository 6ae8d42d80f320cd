"""A couple or a family writing about their business: the two owners they name first are not the business, and the
name they give it after "usaha kami" or "the couple behind" is, even when its words are ordinary ones. Briefs written
for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_kin import couple_named

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    ("Kami suami istri, Budi dan Rina, usaha kami Kopi Sore di Malang, jual kopi susu 15rb.", "Kopi Sore"),
    ("We're Maria and Lukas, the couple behind Salt & Stone, a small pottery studio in Ubud.", "Salt & Stone"),
    ("Hi! We're Dita and Arya, the family behind Rumah Pagi, a homestay near Bromo. Rooms from 300k.", "Rumah Pagi"),
])
def test_couple_writing_names_their_business(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    # a pair of words with no family word beside them is a name
    ("Salt & Pepper Kitchen serves grilled fish and rice bowls in Sanur, open 10am-9pm.", "Salt & Pepper Kitchen"),
    # two given names with no couple word beside them: the owner named the business after them
    ("Hi, we are Nala and Kai, a surf school in Canggu. Lessons 350k per person.", "Nala and Kai"),
])
def test_pairs_that_are_names(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_couple_named_reads_the_words_beside() -> None:
    text = "Kami suami istri, Budi dan Rina, usaha kami Kopi Sore."
    s = text.index("Budi")
    assert couple_named(text, s, s + len("Budi dan Rina"), "Budi dan Rina")
    text = "Maria and Lukas, the couple behind Salt & Stone."
    assert couple_named(text, 0, len("Maria and Lukas"), "Maria and Lukas")
    s = text.index("Salt")
    assert not couple_named(text, s, s + len("Salt & Stone"), "Salt & Stone")
    assert not couple_named("Kopi dan Roti, suami istri", 0, 13, "Kopi dan Roti")  # trade words: a name
