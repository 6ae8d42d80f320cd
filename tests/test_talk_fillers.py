"""Spoken fillers around a fact ("basically", "literally", "which is") are not part of what the owner states."""


from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.talk_fillers import without_fillers

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("said, shown", [
    ("literally semua roti keluar oven jam 6 pagi", "semua roti keluar oven jam 6 pagi"),
    ("Basically, which is kita cuma terima PO", "kita cuma terima PO"),
    ("cocok buat pemula, which is kebanyakan mahasiswa", "cocok buat pemula, kebanyakan mahasiswa"),
    ("garansi 3 bulan, honestly jarang ada klaim", "garansi 3 bulan, jarang ada klaim"),
])
def test_the_fillers_at_the_start_or_after_a_comma_go(said: str, shown: str) -> None:
    assert without_fillers(said) == shown


@pytest.mark.parametrize("said", [
    "a sponge cake which is sugar free",          # inside a clause "which is" carries meaning
    "Literal translation service, sworn",         # a word that merely starts like one
    "kue lapis legit 8 lapis",
])
def test_words_inside_a_clause_or_like_a_filler_stay(said: str) -> None:
    assert without_fillers(said) == said


def test_a_code_switching_brief_gives_facts_without_the_talk() -> None:
    facts = parse_brief("hai! aku Kak Sekar dari Studio Tari Lentik, Bintaro. basically kita ngajarin tari "
                        "tradisional buat anak 5-12 tahun, which is kelasnya kecil banget. literally tiap "
                        "bulan ada pentas. WA 0813 2233 4455").facts
    values = [f.value.lower() for f in facts]
    assert values and not any(v.startswith(("basically", "literally", "which is")) for v in values)
    assert any("pentas" in v for v in values)
