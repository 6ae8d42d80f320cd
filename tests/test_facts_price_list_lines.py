"""A price list pasted in: a weight or size in brackets goes with its item's price (never a bullet of its own), a
package keeps what it holds in brackets, and the list's heading labels the price line instead of standing as a fact."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import check_text
from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.factcopy import info_items, price_heading

pytestmark = pytest.mark.unit

LIST = ("DAFTAR HARGA SAPI KURBAN — TERNAK MAKMUR PAK DARMO, BOYOLALI\n"
        "Sapi limosin (450-500 kg)    28.500.000\n"
        "Sapi bali (300 kg)    19.000.000\n"
        "Paket potong (daging + jeroan dikemas)    + 1.200.000\n"
        "WA 0857 1200 3400")


def _facts(brief: str) -> list[Fact]:
    return parse_brief(check_text(brief)).facts


def test_a_bracketed_weight_is_said_with_its_items_price():
    facts = _facts(LIST)
    prices = {f.subject: f.value for f in facts if f.kind == "price"}
    assert prices.get("sapi limosin (450-500 kg)") == "28.500.000"
    assert prices.get("sapi bali (300 kg)") == "19.000.000"
    assert not any(f.kind == "note" and "kg" in f.value for f in facts)


def test_a_package_keeps_what_it_holds_in_brackets():
    assert any(f.kind == "package" and f.value == "Paket potong (daging + jeroan dikemas)" for f in _facts(LIST))


def test_an_aside_that_is_no_measure_is_not_the_items():
    facts = _facts("Kimchi Mama Seo, Bandung. radish kimchi (kkakdugi) 65rb, napa kimchi 70rb. WA 0857 1200 3400")
    assert any(f.kind == "price" and f.subject == "radish kimchi" for f in facts)


def test_the_lists_heading_labels_the_price_line():
    facts = (Fact(kind="price", value="28.500.000", subject="sapi limosin (450-500 kg)"),
             Fact(kind="note", value="DAFTAR HARGA SAPI KURBAN"), Fact(kind="note", value="Bisa cicil 3x"))
    items = info_items(facts, "id")
    assert ("Harga sapi kurban", "Sapi limosin (450-500 kg): 28.500.000") in items
    assert not any(label.startswith("DAFTAR") for label, _ in items)
    assert ("Bisa cicil 3x", "") in items
    assert ("Sapi kurban prices", "Sapi limosin (450-500 kg): 28.500.000") in info_items(facts, "en")


@pytest.mark.parametrize("note", ["HARGA TERJANGKAU SEMUA", "harga sudah termasuk ongkir", "Harga bisa nego kak"])
def test_a_note_about_prices_is_no_heading(note):
    facts = (Fact(kind="price", value="25rb"), Fact(kind="note", value=note))
    assert price_heading(facts) is None


def test_a_heading_without_prices_labels_nothing():
    assert price_heading((Fact(kind="note", value="PRICE LIST BALI TOURS"),)) is None
