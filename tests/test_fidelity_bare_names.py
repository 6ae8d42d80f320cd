"""The coherence check fails a headline or a page title that names, as what is sold, only a grade ("regular",
"presale") or only a kind of work ("servis") when the brief lists what the work is done to; a grade with its
thing, or beside another offering, passes."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.bare_names import bare_names
from tapsite_pipeline.evals.fidelity.brief import BriefInfo
from tapsite_pipeline.evals.fidelity.page import parse_page

pytestmark = pytest.mark.unit


def _page(title: str, h1: str, cards: list[str]) -> str:
    items = "".join(f"<article class=card><h3>{c}</h3><p>-</p></article>" for c in cards)
    return (f"<html lang=en><head><title>{title}</title></head><body><header><h1>{h1}</h1></header><main>"
            f"<section class=\"section products\" id=products><h2>Ours</h2>{items}</section></main></body></html>")


GIG = ("Night Market Jazz, Sat 4 May. Tickets: regular IDR 90,000, VIP sofa for 4 IDR 800,000. "
       "Organised by Bunyi Events, WA 0812 3456 7890")
FLYER = "Brosur: SERVIS PANGGILAN — KULKAS • MESIN CUCI • DISPENSER. Teknik Sejuk Pak Darto, Depok. WA 0812 3456 7890"


@pytest.mark.parametrize("brief, title, h1, cards", [
    (GIG, "Bunyi Events — Regular in Jakarta", "Bunyi Events brings you regular", ["Regular"]),
    (FLYER, "Teknik Sejuk Pak Darto — Servis di Depok", "Teknik Sejuk Pak Darto: servis", ["Servis"]),
])
def test_a_headline_naming_only_a_grade_or_a_work_word_fails(brief, title, h1, cards):
    problems = bare_names(parse_page(_page(title, h1, cards)), BriefInfo(brief))
    assert len(problems) == 2 and "alone" in problems[0]


@pytest.mark.parametrize("brief, title, h1, cards", [
    (GIG, "Bunyi Events — Regular Tickets in Jakarta", "Bunyi Events brings you regular tickets and VIP sofa for 4",
     ["Regular Tickets", "VIP Sofa for 4"]),
    (GIG, "Bunyi Events — Regular & VIP Sofa for 4", "Bunyi Events: regular and VIP sofa for 4",
     ["Regular", "VIP Sofa for 4"]),       # the grade beside a thing that says what it grades
    (FLYER, "Teknik Sejuk Pak Darto — Servis Kulkas", "Teknik Sejuk Pak Darto: servis kulkas dan mesin cuci",
     ["Servis Kulkas", "Mesin Cuci"]),
    ("Bengkel Maju, terima servis motor harian. WA 0812 3456 7890", "Bengkel Maju — Servis", "Bengkel Maju: servis",
     ["Servis"]),                          # the brief lists nothing the work is done to
])
def test_a_headline_naming_a_thing_passes(brief, title, h1, cards):
    assert bare_names(parse_page(_page(title, h1, cards)), BriefInfo(brief)) == []
