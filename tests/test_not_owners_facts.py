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
