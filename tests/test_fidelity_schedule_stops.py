"""The brief-only facts check reads a moving business's stops by day and place, so a page that drops a stop (its
day or its place) fails facts without gold labels, as it does with them."""

from __future__ import annotations

import pytest

from fidelity_pages import page
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.evals.fidelity.brief_stops import brief_stops

_BRIEF = ("Kopi Gerobak Mas Tejo keliling Purworejo.\nSenin: alun-alun Kutoarjo\nRabu: Pasar Kemiri\n"
          "Jumat: lapangan Desa Bagelen\nkopi tubruk 5rb. WA 0812-3456-7001")


def test_each_stop_asks_for_its_day_and_its_own_place_name():
    assert brief_stops(_BRIEF) == [
        ("Senin: alun-alun Kutoarjo", (("senin", "monday", "mon"), ("kutoarjo",))),
        ("Rabu: Pasar Kemiri", (("rabu", "wednesday", "wed"), ("kemiri",))),
        ("Jumat: lapangan Desa Bagelen", (("jumat", "friday", "fri"), ("bagelen",))),
    ]
    assert [s for s, _ in brief_stops("Book Bus Flores, a mobile library. Route: Mon Ende, Wed Bajawa, Fri Ruteng.")] \
        == ["Mon Ende", "Wed Bajawa", "Fri Ruteng"]


@pytest.mark.parametrize("text", [
    "Salon Melati buka Senin-Jumat 09.00-17.00, Sabtu 09.00-14.00, Minggu libur.",
    "Piket kelas: Senin Aldi, Selasa Doni, Rabu Gilang.",  # a rota's people: the brief never says it moves
    "Warung Bu Tini, tiap Senin: Pasar Gede.",  # one stop is no schedule
])
def test_no_schedule_no_stops(text):
    assert brief_stops(text) == []


def test_a_page_without_a_stop_fails_facts_and_one_with_every_stop_passes():
    about_all = "Senin: alun-alun Kutoarjo. Rabu: Pasar Kemiri. Jumat: lapangan Desa Bagelen. Kopi tubruk 5rb."
    html = page(brand="Kopi Gerobak Mas Tejo", about=about_all, cards=[("Kopi Tubruk", "5rb")])
    assert not any("schedule stop" in p for p in score_page(html, _BRIEF)["facts"].problems)
    dropped = page(brand="Kopi Gerobak Mas Tejo", about="Senin dan Rabu kami keliling. Kopi tubruk 5rb.",
                   cards=[("Kopi Tubruk", "5rb")])
    problems = score_page(dropped, _BRIEF)["facts"].problems
    assert any('schedule stop "Senin: alun-alun Kutoarjo"' in p for p in problems)
    assert any('schedule stop "Jumat: lapangan Desa Bagelen"' in p for p in problems)


def test_a_routes_heading_is_no_offering_read_from_the_brief():
    from tapsite_pipeline.evals.fidelity.brief import extract_offerings
    found = extract_offerings("Kedai Roda is a coffee cart. Weekly route: Monday Kuta, Wednesday Canggu. "
                              "We sell cold brew, es kopi susu and croissants.")
    assert "weekly route" not in found and "cold brew" in found


def test_a_days_dishes_or_classes_are_no_stops():
    from tapsite_pipeline.evals.fidelity.lexicon import load_lexicon
    text = "Les keliling Kak Dina. Senin: Calistung Dasar\nRabu: Bahasa Inggris\nJumat: Matematika. 100rb/bln"
    assert brief_stops(text, load_lexicon()) == []
    assert len(brief_stops(_BRIEF, load_lexicon())) == 3  # its places are led by place words
