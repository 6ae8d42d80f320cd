"""The fidelity scorers read a person's shortened title inside a name ("Hj. Rosidah") as no sentence's end, and a
company profile's foreword heading ("KATA PENGANTAR") as no brand of the brief."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.not_brands import never_brand
from tapsite_pipeline.evals.fidelity.text import sentences

pytestmark = pytest.mark.unit


def test_title_abbreviation_ends_no_sentence() -> None:
    text = "Soto Betawi Hj. Maemunah buka sejak 1998. Dr. Anton sering mampir. Kami buka tiap hari."
    assert sentences(text) == ["Soto Betawi Hj. Maemunah buka sejak 1998.", "Dr. Anton sering mampir.",
                               "Kami buka tiap hari."]
    # a name's last letters that are no title still end a sentence
    assert sentences("Kami jual kopi ABH. Buka jam 8.") == ["Kami jual kopi ABH.", "Buka jam 8."]


@pytest.mark.parametrize("heading", ["KATA PENGANTAR", "Kata Sambutan", "Company Profile", "PROFIL PERUSAHAAN"])
def test_foreword_heading_is_no_brand(heading: str) -> None:
    brief = f"{heading}\nPuji syukur, Toko Besi Sinar Gemilang telah berdiri sejak 2010 di Kendari."
    assert never_brand(brief, heading)


def test_shop_name_is_still_a_brand() -> None:
    assert not never_brand("Toko Besi Sinar Gemilang, Kendari. Jual besi beton.", "Toko Besi Sinar Gemilang")
