"""Facts of session 15: school levels said as a range ("SD-SMA", "TK s/d SD", "kelas 1 sampai 6", "grades 7 to
12") stay one range and the page shows every level in it; the scorer's brief reader never takes a tool, a language
or a file format said after "in"/"di" ("in Figma", "di Canva", "in English") for a place. New wordings only."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.brief import extract_places

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,places", [
    ("Freelance illustrator in Salatiga, I draw book covers in Procreate and vector logos in Illustrator.",
     ["salatiga"]),
    ("Jasa edit video di CapCut dan DaVinci Resolve, kantor di Kudus.", ["kudus"]),
    ("Private lessons in English or Japanese, online or at our room in Ternate.", ["ternate"]),
    ("Floor plans drawn in AutoCAD, renders in SketchUp. Files delivered in PDF.", []),
])
def test_a_tool_language_or_format_after_in_is_no_place(brief, places):
    assert extract_places(brief) == places


def test_a_place_after_in_is_still_a_place():
    assert extract_places("Studio desain kecil di Blitar, bikin feed IG pakai Canva.") == ["blitar"]
    assert extract_places("Cycling tours in Java, two weeks.") == ["java"]
