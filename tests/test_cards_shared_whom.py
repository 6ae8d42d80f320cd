"""Cards whose list ends in whom the offerings serve, what a person teaches, and programmes named like premises.
Every brief is new wording.

- After two or more offerings, audiences coordinated at the end ("… anak-anak dan dewasa, privat maupun grup") are
  whom all of them serve: no card per audience ("biola dewasa"); one offering alone keeps its variants.
- "Mrs. Lim teaches Mandarin conversation": the third-person verb of teaching opens the list, the teacher is no card.
- A gathering named by what its members do ("conversation club") in a list is an offering, not the business.
- A camp for people ("cooking camp for teens: pastry camp, …") lists programmes, not premises the business serves.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _cards(brief: str) -> list[str]:
    return list(parse_brief(brief).products)


@pytest.mark.parametrize("brief,want,never", [
    ("Sanggar Musik Harmoni Kebumen: les keyboard & saxophone anak-anak dan dewasa, privat maupun grup.",
     ["les keyboard"], ["saxophone dewasa", "saxophone anak-anak", "saxophone privat"]),
    ("Rumah Tari Lengger Wonosobo: kelas tari topeng, tari lengger remaja dan dewasa.",
     ["kelas tari topeng", "tari lengger"], ["tari lengger dewasa"]),
])
def test_audiences_after_a_list_are_whom_all_serve(brief: str, want: list[str], never: list[str]) -> None:
    cards = _cards(brief)
    assert all(c in cards for c in want), cards
    assert not any(c in cards for c in never), cards


def test_one_offering_keeps_its_audience_variants() -> None:
    cards = _cards("Kolam Renang Tirta Amerta Klaten: les renang anak & dewasa, kolam air hangat.")
    assert "les renang dewasa" in cards, cards


@pytest.mark.parametrize("brief,want,never", [
    ("Cantonese with Mrs. Wong: Mrs. Wong teaches Cantonese reading and YCT prep to kids in Pontianak.",
     ["cantonese reading", "yct prep"], ["wong teaches cantonese reading"]),
    ("Mr. Gultom teaches violin and music theory to teenagers at his home studio in Siantar.",
     ["violin", "music theory"], ["gultom teaches violin"]),
])
def test_a_person_who_teaches_is_no_card(brief: str, want: list[str], never: list[str]) -> None:
    cards = _cards(brief)
    assert all(c in cards for c in want), cards
    assert not any(c in cards for c in never), cards


def test_a_club_in_a_list_is_offered() -> None:
    cards = _cards('Kursus bahasa Korea "Hangul Ceria" di Jember: kelas reguler, speaking club tiap Minggu, dan '
                   "persiapan TOPIK.")
    assert "speaking club" in cards, cards


def test_a_camp_for_people_lists_programmes() -> None:
    cards = _cards("Holiday science camp for kids in Salatiga by Kak Rani: robotics camp, rocket camp, and weekend "
                   "lab workshop.")
    assert "robotics camp" in cards and "rocket camp" in cards, cards


@pytest.mark.parametrize("brief,want,never", [
    ("Lebah Rimba Sintang: madu kelulut, propolis, dan royal jelly dalam botol kaca, cocok untuk oleh-oleh.",
     ["madu kelulut", "propolis", "royal jelly"], ["royal jelly dalam botol kaca"]),
    ("Dessert Bu Lastri Pati: silky puding dalam cup, brownies panggang dalam kotak mika, dan bolu jadul.",
     ["silky puding", "brownies panggang", "bolu jadul"], ["dalam cup", "kotak mika"]),
    ("Gelato Nonna Balikpapan: gelato kopi, gelato pisang, dan sorbet nanas, dalam cup atau cone.",
     ["gelato kopi", "sorbet nanas"], ["dalam cup", "dalam cone", "cone"]),
])
def test_the_container_is_no_card(brief: str, want: list[str], never: list[str]) -> None:
    cards = _cards(brief)
    assert all(c in cards for c in want), cards
    assert not any(c in cards for c in never), cards


@pytest.mark.parametrize("brief,want", [
    ("Fitness Sehat Kuat Probolinggo: member bulanan, personal trainer, dan kelas aerobik.",
     ["member bulanan", "personal trainer", "kelas aerobik"]),
    ("Gym Garuda Mataram: member bulanan 180rb, personal trainer 12x sesi 900rb.",
     ["member bulanan", "personal trainer"]),
    ("Studio Lari Cepat Tarakan: membership tahunan, private coach, dan kelas tabata.",
     ["membership tahunan", "private coach", "kelas tabata"]),
])
def test_access_by_the_period_and_a_person_hired_are_sold(brief: str, want: list[str]) -> None:
    cards = _cards(brief)
    assert all(c in cards for c in want), cards


def test_members_alone_stay_an_audience() -> None:
    cards = _cards("Salon Melati Kendal khusus member dan tamu hotel: creambath, hair spa, dan totok wajah.")
    assert "member" not in cards and "creambath" in cards, cards
