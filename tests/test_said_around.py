"""Whom a brief is said to (a quotation's addressee, "kakak2" on a live), how many are left ("kamar kosong 3 unit"),
a claim about most of the work ("most repairs") and when ("malam ini") are no cards."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.said_around import addressee_spans, no_goods_said

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("item", ["kakak2", "gaes", "kamar kosong 3 unit", "sisa 2 slot", "3 rooms left",
                                  "most repairs", "semua produk"])
def test_whom_it_is_said_to_how_many_are_left_and_claims_are_no_goods(item):
    assert no_goods_said(item)


@pytest.mark.parametrize("item", ["kamar ac", "kakao latte", "all day breakfast", "paket 3 unit cctv", "sambal roa"])
def test_goods_stay_goods(item):
    assert not no_goods_said(item)


def test_a_quotations_addressee_and_the_when_words_are_masked():
    lower = "penawaran harga. kepada yth. ibu ketua arisan rt 05 cibubur. dari: dapur mama ika. malam ini promo"
    assert [lower[a:b].strip() for a, b in addressee_spans(lower)] == ["malam ini", "ibu ketua arisan rt 05 cibubur"]


def test_the_addressee_and_the_live_hosts_greeting_never_reach_the_cards():
    intent = parse_brief("PENAWARAN HARGA\nKepada Yth. Pengurus Masjid Al-Falah Depok\nDari: Katering Bu Rosa\n"
                         "1. Nasi box ayam bakar 35rb\n2. Tumpeng mini 250rb\nWA 0812 7777 8888")
    assert not any("masjid" in p.lower() or "pengurus" in p.lower() for p in intent.products), intent.products
    live = parse_brief("Naskah live: 'Kakak2 yg baru join, malam ini rendang kering 100gr cuma 45rb, dendeng balado "
                       "100gr 40rb. Checkout di keranjang kuning!' Toko Rendang Uni Ema, WA 0812 9999 1111")
    names = [p.lower() for p in live.products]
    assert "kakak2" not in names and not any(n.startswith("malam ini") for n in names), names


def test_the_addressee_ends_at_its_comma():
    lower = "yth. calon peserta, kursus jahit bunda membuka kelas pola dasar."
    assert [lower[a:b] for a, b in addressee_spans(lower)] == ["calon peserta"]


def test_todays_special_is_masked_whole():
    lower = "today's special: nasi campur"
    assert [lower[a:b] for a, b in addressee_spans(lower)] == ["today's"]
