"""The courtesies that open and close a formal letter ("Dengan hormat," … "Hormat kami,", "Sincerely,", "Best
regards,") are never an offering card (issue 9); words that merely contain them still can be."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("phrase", ["hormat", "hormat kami", "dengan hormat", "salam hormat", "sincerely",
                                    "yours faithfully", "best regards", "kind regards", "wassalamualaikum"])
def test_a_letter_formula_is_no_name(phrase: str) -> None:
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["paket hormat", "regards card", "teh tarik", "kartu ucapan salam"])
def test_names_that_only_contain_such_words_stay(phrase: str) -> None:
    assert name_shaped(phrase) == phrase


def test_a_formal_letter_signed_off_has_only_its_services_as_cards() -> None:
    brief = ("Dengan hormat,\nPerkenankan kami, CV Kabel Rapi, penyedia jasa instalasi di Samarinda. Layanan kami "
             "meliputi instalasi listrik gedung, perawatan genset, dan pemasangan panel surya. "
             "Kontak: admin@kabelrapi.co.id.\nHormat kami,\nDirektur")
    products = parse_brief(brief).products
    assert "hormat" not in products
    assert "perawatan genset" in products
