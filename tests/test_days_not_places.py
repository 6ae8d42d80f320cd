"""A day or a month after a word of sending is when, never where: "kirim Kamis" is no area "Kamis"."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief


@pytest.mark.parametrize("text, said", [
    ("Sambal Roa Mama Lin, kirim Rabu. sambal roa 200gr 45rb", "kirim Rabu"),
    ("Brownies Kukus Teh Yuli, antar Jumat. brownies 55rb", "antar Jumat"),
])
def test_a_day_of_sending_is_no_area(text, said):
    facts = [(f.kind, f.value) for f in parse_brief(text).facts]
    assert not any(k == "area" for k, _ in facts)
    assert any(said in v for _, v in facts)      # still said, as the owner's note


def test_a_town_after_a_word_of_sending_is_still_the_area():
    facts = [(f.kind, f.value) for f in parse_brief("Sambal Roa Mama Lin, kirim Manado dan Bitung. sambal 45rb").facts]
    assert ("area", "Manado dan Bitung") in facts
