"""A price said after a package word is for the package its next words name ("paket malam 50rb", "couple package
650k"); a bare "paket" names nothing, so the price has no subject rather than the word "paket"."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.price_subject import price_subject

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("lower", "subject"), [
    ("rental ps gaming zone, ps5 & ps4. paket 3 jam 25rb, paket malam 50rb", "paket malam"),
    ("studio foto ceria: paket keluarga 350rb", "paket keluarga"),
    ("wedding organizer kirana, paket 45jt", ""),
    ("villa laundry service, package 1,5jt per month", ""),
])
def test_a_package_price_names_the_package_or_nothing(lower, subject):
    at = lower.rfind(" ") + 1
    assert price_subject(lower, at) == subject


def test_no_price_is_for_a_bare_package_word():
    brief = "Les renang Lumba Kecil Depok, privat & grup. Paket 8x pertemuan 600rb. Paket — 1,5 jam 150rb."
    subjects = [f.subject for f in parse_brief(brief).facts if f.kind == "price"]
    assert "paket" not in subjects
    assert "paket" not in parse_brief(brief).products
