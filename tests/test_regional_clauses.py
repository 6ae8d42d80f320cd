"""Cards from briefs written partly in a regional language, or with a clause where a name should be, on wordings
written fresh: a phrase holding a regional verb, adverb or "or" is a clause, never a card; a sentence's opening
("kini ado juo …", "now there is also") is cut from the name it introduces; a level of skill alone, a passive
opening ("dipanen sendiri") and a "first" after a verb ("konsul dulu") are no card."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("phrase", [
    "utawa diterke neng omah",      # Javanese: "or delivered to the house"
    "wis ono sambel",               # "already comes with sambal"
    "sajak",                        # Minang "since"
    "indak pakai micin",            # Minang "without MSG"
    "teu kedah antri",              # Sundanese "no need to queue"
    "mahir",                        # a level of skill, alone
    "dipetik langsung",             # "picked directly": a passive clause
    "konsul dulu",                  # "consult first"
    "ganti",                        # "menu ganti tiap hari": the menu changes; "ganti oli" is a service
])
def test_a_clause_is_no_card(phrase: str) -> None:
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase,name", [
    ("kini ado juo soto padang", "soto padang"),
    ("wonten ugi gudeg kendil", "gudeg kendil"),
    ("pasang jaringan lan", "pasang jaringan lan"),   # LAN, not Javanese "and"
    ("kursus menjahit tingkat mahir", "kursus menjahit tingkat mahir"),
])
def test_names_keep_or_lose_their_opening(phrase: str, name: str) -> None:
    assert name_shaped(phrase) == name
