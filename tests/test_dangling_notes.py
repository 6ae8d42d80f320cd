"""A note never hangs on a word that needs what follows (the brief's web address is taken out of the text, so
"cek contoh di www…" would leave "cek contoh di" on the page); the words before it stay."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,kept,hanging", [
    ("Jasa desain logo UMKM 150rb, free konsultasi, revisi 3x, lihat portofolio di https://logoku.example.id",
     "revisi 3x", "portofolio di"),
    ("Handmade ceramic mugs from Ubud, 180k each, ships in 3 days, see the full catalogue at www.tanahliat.example.com",
     "ships in 3 days", "catalogue at"),
])
def test_a_clause_left_hanging_by_a_removed_address_is_dropped(brief: str, kept: str, hanging: str) -> None:
    notes = " | ".join(f.value.lower() for f in parse_brief(brief).facts)
    assert kept in notes
    assert hanging not in notes


def test_a_hyphenated_ending_is_not_hanging() -> None:
    notes = [f.value.lower() for f in parse_brief("Yoga shala in Canggu, 90-minute flow 150k, bring your own mat, walk-in").facts]
    assert not any(n.endswith("walk") for n in notes)
