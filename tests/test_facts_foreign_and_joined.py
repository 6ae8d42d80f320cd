"""Prices in a foreign currency ("$80", "€150", "USD 40", "90 EUR") are prices, and a note opening with a joining
sign ("+ sound system", "/ A4") is said whole with the phrase it ends, its price after it."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.joined_notes import whole_joined
from tapsite_pipeline.providers.offline_rules.priced_notes import notes_into_prices
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit


def _facts(brief: str, kind: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == kind]


@pytest.mark.parametrize("brief, price", [
    ("Lombok Surf Camp offers surf lessons on Kuta beach. Two-hour group lesson $35 per person. WA 0812 3300 1122",
     "$35 per person"),
    ("Villa Kembang Ubud, private pool villa for families. One night €150 including breakfast. Email stay@kembang.id",
     "€150 including breakfast"),
    ("Kelas yoga pagi di Canggu untuk turis, drop-in class USD 12, sepuluh kelas 100 USD. WA 0813 1234 0000",
     "USD 12"),
])
def test_an_amount_in_a_foreign_currency_is_a_price(brief, price):
    assert price in _facts(brief, "price")


def test_the_euro_sign_is_kept_by_the_text_reader():
    assert "€90" in clean("Harga paket €90 per orang")


@pytest.mark.parametrize("brief", [
    "Kami jual kaos polos warna hitam, sudah dipakai 1000 pelanggan. WA 0812 5555 0101",
    "Toko kue Mawar, resep dari tahun 1995, buka jam 8 pagi. WA 0812 5555 0102",
])
def test_a_count_or_a_year_is_no_foreign_price(brief):
    assert not [p for p in _facts(brief, "price") if any(s in p.lower() for s in "$€") or "usd" in p.lower()]


def test_a_note_opening_with_a_plus_is_said_with_the_phrase_it_ends_and_its_price():
    brief = ("Sewa sound untuk hajatan di Cirebon: speaker aktif 2 buah 400rb/hari, paket hajatan + genset 5000 watt "
             "mulai 1,2jt. Hubungi 0812 7777 1212")
    prices = _facts(brief, "price")
    assert any(p.startswith("paket hajatan + genset 5000 watt") and p.endswith("1,2jt") for p in prices)
    assert not [n for n in _facts(brief, "note") if n.startswith("+")]


def test_a_slash_variant_before_a_dot_leader_is_the_price_line():
    text = "PERCETAKAN MAJU. Cetak brosur A5 / A4 . 900rb. Cetak kartu nama . 45rb."
    facts = [Fact(kind="price", value="900rb"), Fact(kind="price", value="45rb", subject="cetak kartu nama"),
             Fact(kind="note", value="/ A4")]
    out = notes_into_prices(text.lower(), whole_joined(text, text.lower(), facts))
    assert [f.value for f in out] == ["Cetak brosur A5 / A4 900rb", "45rb"]


def test_a_joined_note_said_twice_is_left_as_read():
    text = "Kaos A / B. Kemeja C / B."
    facts = [Fact(kind="note", value="/ B")]
    assert whole_joined(text, text.lower(), facts) == facts


def test_a_joined_phrase_holding_a_price_is_left_as_read():
    # "+ es teh" follows a priced item: the phrase before it holds a price, so nothing grows into it
    brief = "Warung Bu Tin di Solo: nasi ayam 15rb + es teh manis, tahu bacem 3rb. WA 0812 3030 4040"
    prices = _facts(brief, "price")
    assert not any("+ es teh" in p and "nasi ayam" in p for p in prices)


def test_a_full_stop_before_a_price_is_no_dot_leader():
    brief = "Les gitar privat di Malang untuk pemula. Datang ke rumah. 150rb per sesi. WA 0812 9090 1010"
    assert not any(p.lower().startswith("datang ke rumah") for p in _facts(brief, "price"))


def test_a_count_after_a_dash_is_no_end_of_a_price_range():
    brief = "Jasa ilustrasi Sketsa Lintang. Ilustrasi buku anak Rp 150.000 - 5 halaman warna. WA 0812 4545 6767"
    prices = _facts(brief, "price")
    assert any(p.startswith("Rp 150.000") for p in prices)
    assert not any(p.rstrip().lower().endswith(" h") or p.strip() == "5 h" for p in prices)


def test_a_price_range_in_thousands_stays_one_price():
    assert any("Rp 150.000 - 200.000" in p for p in
               _facts("Sewa kostum tari di Solo Rp 150.000 - 200.000 per hari. WA 0812 4545 6768", "price"))


def test_the_next_item_after_a_price_is_not_its_multiplier():
    brief = "Sewa alat pesta di Metro:\n* Kursi lipat Rp 6.000\n* Kompor gas Rp 80.000\nWA 0812 4545 6769"
    assert "Rp 6.000" in _facts(brief, "price")


def test_a_number_glued_to_letters_is_no_amount():
    brief = "Outbound kantor di Lembang, fasilitator dan kotak P3K disediakan, 200rb/org. WA 0812 4545 6770"
    prices = _facts(brief, "price")
    assert "3K" not in prices and not any(p.lower() == "3k" for p in prices)
    assert any("200rb/org" in p for p in prices)


def test_a_note_opening_after_an_article_is_said_as_its_clause():
    text = "Kami buka kelas melukis, workshop keramik with a guest potter, dan kelas anak."
    facts = [Fact(kind="note", value="guest potter")]
    out = whole_joined(text, text.lower(), facts)
    assert [f.value for f in out] == ["workshop keramik with a guest potter"]


def test_a_note_opening_after_an_article_beside_a_price_is_left_as_read():
    text = "Surf lesson with a local coach 350rb, board rental 100rb."
    facts = [Fact(kind="price", value="350rb"), Fact(kind="note", value="local coach")]
    assert whole_joined(text, text.lower(), facts) == facts


def test_a_note_not_after_an_article_is_left_as_read():
    text = "Kelas melukis untuk anak, guest potter tiap Sabtu."
    facts = [Fact(kind="note", value="guest potter tiap Sabtu")]
    assert whole_joined(text, text.lower(), facts) == facts


def test_one_word_after_an_article_is_left_as_read():
    text = "Dapur Hijau is a halal catering service in Medan selling rice boxes."
    facts = [Fact(kind="note", value="halal")]
    assert whole_joined(text, text.lower(), facts) == facts


def test_a_list_item_after_an_article_stays_the_item():
    text = "We rent tents and a generator up to 5,000 watt, Bogor."
    facts = [Fact(kind="note", value="generator up to 5,000 watt")]
    assert whole_joined(text, text.lower(), facts) == facts
