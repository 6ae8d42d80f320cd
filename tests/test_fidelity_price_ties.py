"""The facts check sees a price shown apart from the item or size the brief ties it to (price_ties.py): both numbers
on the page is not enough when the visitor cannot tell which pack or which room costs what."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.page import parse_page
from tapsite_pipeline.evals.fidelity.price_ties import untied_prices

pytestmark = pytest.mark.unit

_GOLD = {"facts": [
    {"kind": "price", "text": "250 g Rp 22.000", "any_of": [["22.000", "22rb"]]},
    {"kind": "price", "text": "kopi bubuk 1 kg Rp 80.000", "any_of": [["80.000", "80rb"]]},
    {"kind": "area", "text": "Temanggung", "any_of": [["Temanggung"]]},
]}


def _page(body: str) -> object:
    return parse_page(f"<html><body><main><section id='products'>{body}</section></main></body></html>")


def test_bare_prices_of_two_sizes_are_untied():
    page = _page("<p>Pilihan kopi kami. Harga: Rp 22.000. Harga: Rp 80.000.</p>")
    assert len(untied_prices(page, _GOLD)) == 2


def test_each_price_beside_its_size_or_item_passes():
    page = _page("<p>Harga 250 g: Rp 22.000.</p><div class='card'><h3>Kopi Bubuk</h3><p>Harga: Rp 80.000.</p></div>")
    assert untied_prices(page, _GOLD) == []


def test_a_price_beside_another_item_is_untied():
    page = _page("<p>Harga teh celup: Rp 80.000. Harga 250 g: Rp 22.000.</p>")
    assert [p for p in untied_prices(page, _GOLD) if "80.000" in p]


def test_one_price_in_the_brief_or_terms_after_it_are_not_judged():
    one = {"facts": [{"kind": "price", "text": "tebang pohon mulai 300rb", "any_of": [["300rb"]]}]}
    assert untied_prices(_page("<p>Harga: mulai 300rb.</p>"), one) == []
    terms = {"facts": [{"kind": "price", "text": "Rp 175.000 per 24 jam", "any_of": [["175.000"]]},
                       {"kind": "price", "text": "185rb/org min 6 org", "any_of": [["185rb"]]}]}
    assert untied_prices(_page("<p>Harga: Rp 175.000. Harga: 185rb/orang.</p>"), terms) == []


def test_an_acronym_names_the_words_it_stands_for():
    gold = {"facts": [{"kind": "price", "text": "BST 2,5 juta", "any_of": [["2,5 juta"]]},
                      {"kind": "price", "text": "juru masak 3 juta", "any_of": [["3 juta"]]}]}
    page = _page("<p>Basic Safety Training: 2,5 juta. Kursus juru masak kapal: 3 juta.</p>")
    assert untied_prices(page, gold) == []
