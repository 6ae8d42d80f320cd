"""A price belongs to each item said with it, even when two items cost the same; the poster's "izin promo ya" is
a request, never an offer; a partner's capital ("modal 7 jt") is the partnership's term, never a menu price."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _facts(brief: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.value, f.subject) for f in parse_brief(brief).facts]


def test_two_items_at_one_price_each_keep_it() -> None:
    facts = _facts("Warung Sate Pak Darto Kebumen. sate ayam 20rb, sate kambing 35rb, gule kambing 20rb. WA 0812 7700 1199")
    prices = [(v, s) for k, v, s in facts if k == "price"]
    assert ("20rb", "sate ayam") in prices and any(v == "20rb" and "gule" in s for v, s in prices), prices


def test_the_same_price_again_on_a_condition_is_one_price() -> None:
    facts = _facts("Toko Roti Lestari Pati. roti sobek 18rb, kalau ambil 3 tetap 18rb. WA 0812 7700 1200")
    assert [v for k, v, _ in facts if k == "price"] == ["18rb"], facts


@pytest.mark.parametrize("brief", [
    "Permisi, izin promo ya 🙏\nKeripik Tempe Bu Warsi Malang, keripik tempe 15rb. WA 0812 7700 1201",
    "Numpang promo kak. Keripik Tempe Bu Warsi Malang, keripik tempe 15rb. WA 0812 7700 1201",
    "Keripik Tempe Bu Warsi Malang. Promo ya kak! keripik tempe 15rb. WA 0812 7700 1201",
])
def test_a_request_to_post_is_no_offer(brief: str) -> None:
    assert not any(k == "offer" for k, _, _ in _facts(brief)), _facts(brief)


def test_a_real_promo_stays_an_offer() -> None:
    facts = _facts("Keripik Tempe Bu Warsi Malang, keripik tempe 15rb. promo ramadhan beli 3 lebih murah. WA 0812 7700 1201")
    assert any("promo ramadhan" in v.lower() for k, v, _ in facts if k in ("offer", "note")), facts


def test_a_partners_capital_is_no_menu_price() -> None:
    facts = _facts("Kopi Susu Mang Ujang buka kemitraan, modal 7 jt dapat booth dan bahan awal. menu: kopi susu 10rb, "
                   "kopi aren 12rb. WA 0812 7700 1202")
    assert not any(k == "price" and "7 jt" in v for k, v, _ in facts), facts
    assert any("7 jt" in v for k, v, _ in facts if k == "note"), facts
    assert ("price", "10rb", "kopi susu") in facts, facts


def test_a_capital_said_alone_becomes_a_note() -> None:
    facts = _facts("Kopi Susu Mang Ujang, kopi susu 10rb. kemitraan: modal 7 jt. WA 0812 7700 1202")
    assert not any(k == "price" and "7 jt" in v for k, v, _ in facts), facts


def test_a_class_fee_called_investasi_stays_a_price() -> None:
    facts = _facts("Kelas Menulis Pena Muda Solo, 6 sesi online. investasi 450rb. WA 0812 7700 1203")
    assert ("price", "450rb", "investasi") in facts, facts
