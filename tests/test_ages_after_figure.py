"""An age said after its figure ("(5–9 y.o.)", "7 years old", "(4–6 thn)") is whom a class is for: one level fact said
as the owner means it ("ages 5-9", "usia 4-6 tahun"), never a bare "5-9" note (no hours, no figure without its
unit). A tenure's "2-3 th" outside a bracket is no age. Invented briefs (issue 9)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _facts(brief: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(brief).facts]


@pytest.mark.parametrize(("brief", "level"), [
    ("Little Notes Piano, Kendari. Kids piano (5–9 y.o.) IDR 350,000/month. WA 0812 5555 1212", "ages 5-9"),
    ("Little Notes Piano, Kendari. Kids piano for 5-9 yo, 350k a month. WA 0812 5555 1212", "ages 5-9"),
    ("Swim lessons for kids 7 years old and up, 200k per session at Kolam Tirta, Palu.", "age 7"),
    ("Sanggar Tari Melati, Jambi. kelas tari anak (4–6 thn) 150rb/bulan. WA 0812 5555 1212", "usia 4-6 tahun"),
])
def test_an_age_after_its_figure_is_one_level_fact(brief: str, level: str) -> None:
    facts = _facts(brief)
    assert ("level", level) in facts, facts
    assert not any(k in ("note", "hours") and v[:1].isdigit() for k, v in facts), facts


def test_a_tenure_is_no_age() -> None:
    facts = _facts("Las Pak Darmo, Kudus: tukang berpengalaman 2-3 th, pagar besi 450rb/meter. WA 0813 2211 4455")
    assert not any(k == "level" for k, _ in facts), facts


def test_an_age_stays_beside_a_street_address() -> None:
    facts = _facts("Sanggar Lukis Pelangi. kelas anak (6–9 thn) 200rb/bulan. Jl. Sudirman 12, Palu. WA 0812 5555 1212")
    assert ("level", "usia 6-9 tahun") in facts, facts
