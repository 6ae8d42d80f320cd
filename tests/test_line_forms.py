"""Lines that are a written form, not the offer (line_forms.py), are never cards: a pantun opening, the English
twin of each Indonesian line, a Maps profile's category. Nearby texts keep their cards."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.line_forms import form_lines
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit

_PANTUN = ("Naik sampan ke hulu sungai,\n"
           "petik kelapa di tepi paya.\n"
           "Kalau haus jangan bersantai,\n"
           "mampir ke Kedai Es Cik Lina ya!\n\n"
           "Es cincau 8rb, es dawet 10rb, es kelapa muda 12rb. Buka 10.00-17.00 di Tanjung Pinang. WA 0812 5550 1234")


def _said(raw: str) -> list[str]:
    lower = clean(raw).lower()
    return [lower[a:b] for a, b in form_lines(raw, lower)]


def test_pantun_opening_is_no_card() -> None:
    products = parse_brief(_PANTUN).products
    assert "es cincau" in products and "es dawet" in products
    assert not any(w in p for p in products for w in ("sampan", "kelapa di tepi", "haus"))
    assert len(_said(_PANTUN)) == 4


def test_four_plain_lines_are_no_pantun() -> None:
    # four short lines that do not rhyme a-b-a-b, the first no verse line: a list of goods, kept
    raw = "Menu kami,\nbakso urat\nmie ayam jamur\nes jeruk peras\nsemua halal, WA 0812 5550 4321"
    assert _said(raw) == []
    assert "bakso urat" in parse_brief(raw).products


_BILINGUAL = ("Rumah Batik Bu Wati, Pekalongan\n"
              "Kami menjual batik tulis, batik cap, dan selendang sutra.\n"
              "We sell hand-drawn batik, stamped batik and silk shawls.\n"
              "Batik tulis mulai 350rb, selendang 120rb.\n"
              "Hand-drawn batik from 350k, shawls 120k.\n"
              "WA 0813 5550 7788")


def test_english_twin_lines_are_no_cards() -> None:
    products = parse_brief(_BILINGUAL).products
    assert "batik tulis" in products
    assert not any(p in products for p in ("hand-drawn batik", "stamped batik", "silk shawls"))
    assert all(s.startswith(("we sell", "hand-drawn")) for s in _said(_BILINGUAL))


def test_one_english_line_in_an_indonesian_brief_is_read() -> None:
    # a single English line is no bilingual brief: what it lists is still offered
    raw = ("Toko Kain Pak Harun, Solo\nKami jual kain katun dan kain linen.\nWe also sell silk scarves and batik masks.\n"
           "WA 0813 5550 9900")
    assert _said(raw) == []
    assert "silk scarves" in parse_brief(raw).products


def test_maps_category_is_no_card_but_the_rating_stays() -> None:
    raw = ("Bengkel Las Maju Terus\n4,6 ★ (230) · Bengkel las\nJl. Melati No. 4, Bogor\n"
           "Pagar besi 850rb/m, kanopi baja ringan 300rb/m, teralis jendela 450rb. WA 0812 5550 2468")
    intent = parse_brief(raw)
    assert "kanopi baja ringan" in intent.products and "bengkel las" not in intent.products
    assert any("4,6" in f.value for f in intent.facts)


def test_maps_rating_line_gives_its_category_not_its_rating() -> None:
    raw = ("Gedung Serbaguna Melati Medan\n4,1 ★ (52) · Gedung pertemuan\nJl. Gatot Subroto No. 40, Medan\n"
           "Sewa aula 400 org 9jt/hari, ruang rapat 1jt/hari. Telp (061) 555 1234")
    said = _said(raw)
    assert said == ["gedung pertemuan"]
    # a "★" not opening a rating line (a star in the offer) is no profile
    assert _said("Toko Bintang\nJual kaos ★ bintang 50rb,\ntopi 30rb\nWA 0812 5550 1111") == []
