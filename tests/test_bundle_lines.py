"""A catalogue line's "A + B" before one price is one thing hired, also when the line closes its bold "*" before the
price on the next line or gives a size before a dash and the price (coordination.bundled)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.coordination import bundled

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("items, lower, want", [
    (["meja bulat", "taplak", "kursi tiffany"], "*meja bulat + taplak*\n25.000/set, kursi tiffany 15.000",
     "meja bulat + taplak"),
    (["tenda roder", "lampu hias"], "tenda roder 10x20 m — 4.500.000. lampu hias + genset 5x5 — 600.000",
     "tenda roder"),
    (["genset", "kabel"], "genset + kabel 3x4 — 350.000", "genset + kabel"),
    (["proyektor", "layar"], "proyektor + layar, 150.000/hari", "proyektor + layar"),
])
def test_a_pair_before_one_price_is_one_thing(items, lower, want):
    assert want in bundled(items, lower, [])[0]


def test_a_pair_before_a_count_is_not_bundled():
    assert bundled(["kopi", "gula"], "kopi + gula, 2 pilihan rasa", [])[0] == ["kopi", "gula"]


def test_a_catalogue_line_with_its_cover_makes_one_card():
    brief = ("Daftar sewa kami 👇\n\n*Meja bulat + taplak*\n25.000/set\n*Piring saji*\n2.000/biji\n\n"
             "Sewa Perabot Hajatan Bu Nining, Lamongan. WA 0831 2222 3344")
    products = [p.lower() for p in parse_brief(brief).products]
    assert "taplak" not in products
    assert "meja bulat + taplak" in products
