"""What a brief says that is no fact of the owner's (not_owners_facts.py): no fact line, no audience. Own wording."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.intent import parse_brief

pytestmark = pytest.mark.unit

_PRAISED = ('kata murid kami:\n"les sore pas banget buat yg sekolah pagi" – Bu Lina\n"gurunya telaten" – Pak Anto\n'
            "Les Mengaji Nurul Huda, Kendari: iqro anak 80rb/bulan, tahsin dewasa 120rb/bulan. WA 0812 5555 6666")


def test_a_testimonial_is_no_fact_and_no_audience() -> None:
    intent = parse_brief(_PRAISED)
    said = " ".join(f.value for f in intent.facts).lower()
    assert "telaten" not in said and "sekolah pagi" not in said and "murid kami" not in said
    assert '"' not in intent.target_audience and "sekolah pagi" not in intent.target_audience
    assert any(f.kind == "price" and "80rb" in f.value for f in intent.facts)  # the owner's own facts stay


def test_an_owners_self_introduction_is_no_fact_but_their_years_are() -> None:
    intent = parse_brief("Kita Om Robby, 62 taong, so 35 taong bekeng perahu. Galangan Perahu Tumbak, Minahasa: "
                         "perahu pelang 8 jt, perbaikan 500rb. Hubungi 0812 7777 8888")
    said = [f.value for f in intent.facts]
    assert not any("Om Robby" in v or "62 taong" in v for v in said)
    assert any(f.kind == "experience" and f.value == "35 tahun" for f in intent.facts)


def test_an_age_before_the_business_is_no_fact() -> None:
    intent = parse_brief("Saya Bu Warsini, 52 tahun. Warung Pecel Bu War di Madiun, pecel pincuk 12rb. WA 0812 1212 3434")
    assert not any(f.value.strip(". ") == "52 tahun" for f in intent.facts)
