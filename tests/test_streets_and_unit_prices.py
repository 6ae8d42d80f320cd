"""Street addresses, unit prices and pack sizes as owners write them, on briefs written fresh:

- an initial inside a street's name is not the end of the address ("Jl. S. Parman", "Jl. M.H. Thamrin");
- words of a street address are never the business's name;
- a thousands amount priced per unit is a price without "Rp" or "rb" ("35.000/batang", "4.000 per butir");
- a pack size alone before a price names what is priced ("500gr 25rb, 1kg 45rb").
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import brand_and_place, parse_brief

pytestmark = pytest.mark.unit


def _facts(brief: str, kind: str) -> list[tuple[str, str]]:
    return [(f.subject, f.value) for f in parse_brief(brief).facts if f.kind == kind]


@pytest.mark.parametrize("brief,street", [
    ("Apotek keluarga di Jl. S. Parman No. 8, Medan. Buka 24 jam, antar obat gratis", "Jl. S. Parman No. 8"),
    ("Penjahit kebaya Bu Lastri, Jl. M.H. Thamrin 21, Cirebon, jahit mulai 250rb", "Jl. M.H. Thamrin 21"),
])
def test_an_initial_does_not_end_the_street(brief: str, street: str) -> None:
    assert any(street in value for _, value in _facts(brief, "address"))


def test_a_street_name_is_not_the_business() -> None:
    brief = "Servis jam tangan di Jl. W.R. Supratman 12, Ambon. Ganti baterai 25rb, ganti tali 40rb"
    assert "Supratman" not in (parse_brief(brief).brand_name or "")
    assert "Supratman" not in (brand_and_place(brief)[0] or "")


@pytest.mark.parametrize("brief,amount", [
    ("Jual bibit durian musang king okulasi 35.000/batang, kirim via ekspedisi", "35.000/batang"),
    ("telur asin Brebes 4.000 per butir, minimal 20 butir", "4.000 per butir"),
])
def test_a_thousands_amount_per_unit_is_a_price(brief: str, amount: str) -> None:
    assert any(amount in value for _, value in _facts(brief, "price"))


def test_a_pack_size_alone_names_what_is_priced() -> None:
    prices = _facts("gula aren cair asli Banten, 500gr 25rb, 1kg 45rb, kirim seluruh Indonesia", "price")
    assert ("1kg", "45rb") in prices


def test_a_model_code_before_a_price_is_no_phone_number() -> None:
    """'sony a6400 150rb/hari' holds the digits of a model and of a price, not a phone number to hide."""
    assert "sewa kamera sony a6400" in parse_brief("Sewa kamera sony a6400 150rb/hari, tripod 25rb").products
    assert parse_brief("sewa ps5 100rb/hari, wa0812345678").products == ["sewa ps5"]
