"""A translator's or an interpreter's languages are a fact of the page, never cards; a language course keeps its
languages as what it sells."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _notes(brief: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == "note"]


@pytest.mark.parametrize("brief,languages", [
    ("Lingua Timur adalah penerjemah tersumpah Bahasa Jepang, Korea dan Mandarin di Surabaya. Menerima terjemahan "
     "ijazah, akta dan kontrak kerja, 175rb per halaman. WA 0812 3100 4200", "Bahasa Jepang, Korea dan Mandarin"),
    ("Batam Voice provides certified interpreters (German, French, Dutch) for factory visits and trade fairs; "
     "equipment rental for conferences. Email desk@jurubahasa.example", "German, French, Dutch"),
])
def test_a_translator_s_languages_are_one_fact_and_no_card(brief: str, languages: str) -> None:
    intent = parse_brief(brief)
    assert not any(p.split()[-1] in ("jepang", "korea", "mandarin", "german", "french", "dutch") and len(p.split()) <= 2
                   for p in intent.products), intent.products
    assert languages in _notes(brief)


def test_with_only_languages_listed_the_service_is_the_card() -> None:
    intent = parse_brief("Sworn translator in Makassar: Indonesian, English, Dutch. From 150k per page, email "
                         "lingua.mks@example.com")
    assert intent.products == ["sworn translator"]


@pytest.mark.parametrize("brief,card", [
    ("Rumah Bahasa Kirana: les privat bahasa Korea, Jepang dan Mandarin untuk pelajar di Pekanbaru, 8x pertemuan "
     "450rb", "jepang"),
    ("Kursus bahasa Inggris dan Arab untuk anak, kelas sore di Cirebon, 300rb/bulan", "arab"),
])
def test_a_language_course_keeps_its_languages(brief: str, card: str) -> None:
    assert any(card in p for p in parse_brief(brief).products)
