"""A measure written with a decimal comma ("1,2 mm", "0,5 kg", "1,8 liter") is read whole: never cut at its comma
into an offering ("presisi 0", "minyak 1"), and said with what it measures."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,note", [
    ("Toko Kaca Bening, jual kaca bening dan cermin. Kaca tebal 0,5 mm sampai 12 mm, potong sesuai ukuran. wa 0812 5511 2233",
     "tebal 0,5 mm"),
    ("Bubut CNC Tepat Ukur, terima bubut poros dan baut custom. Presisi 0,02 mm. Telp 031 555 0202",
     "Presisi 0,02 mm"),
    ("Warung Sembako Bu Rum, jual gula, telur, dan minyak 1,8 liter. wa 0857 5511 3344",
     "minyak 1,8 liter"),
])
def test_a_decimal_measure_is_said_whole(brief: str, note: str) -> None:
    it = parse_brief(brief)
    assert any(note in f.value for f in it.facts), it.facts
    assert not any(p.endswith((" 0", " 1")) for p in it.products), it.products


def test_a_priced_size_stays_with_its_price() -> None:
    it = parse_brief("Beras Cianjur Pak Ujang, beras pandan wangi 2,5 kg 35rb. wa 0812 5511 4455")
    assert "beras pandan wangi" in it.products, it.products
    assert not any(f.kind == "note" and "2,5" in f.value for f in it.facts), it.facts
