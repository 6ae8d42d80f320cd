"""How far a fact the owner stated reaches: its whole clause, in whole words, with the amount that is its
condition ("free delivery for orders over 300k"), and that amount never read as a price of its own."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.facts import extract_facts


def _facts(text: str) -> list[tuple[str, str]]:
    found, _, _ = extract_facts(text, text.lower())
    return [(f.kind, f.value) for f in found]


@pytest.mark.parametrize("text, kind, value", [
    ("Toko Jaya jual semen dan cat. Gratis antar untuk pembelian di atas 2 juta.", "delivery",
     "Gratis antar untuk pembelian di atas 2 juta"),
    ("Kedai Ani. Free delivery within the city for orders over 150k. WA 0812-1111-2222", "delivery",
     "Free delivery within the city for orders over 150k"),
    ("Sayur segar, gratis ongkir min. belanja 75rb", "delivery", "gratis ongkir min. belanja 75rb"),
])
def test_a_threshold_is_part_of_its_offer_and_not_a_price(text, kind, value):
    facts = _facts(text)
    assert (kind, value) in facts
    assert not [v for k, v in facts if k == "price"], facts


@pytest.mark.parametrize("text, expect", [
    ("Roti Pagi: fresh bread delivered every morning around Yogyakarta", ("delivery", "delivered every morning around Yogyakarta")),
    ("Laundry Kilat, bisa dijemput di rumah wilayah Kota Semarang", ("pickup", "bisa dijemput di rumah wilayah Kota Semarang")),
])
def test_a_fact_ends_on_a_whole_word(text, expect):
    kind, value = expect
    got = [v for k, v in _facts(text) if k == kind]
    assert got and all(text.find(v) >= 0 and not text[text.find(v) + len(v):][:1].isalnum() for v in got), got
    assert value in got or any(value.startswith(v) for v in got), got


def test_a_price_is_still_a_price_and_a_tail_stops_before_the_next_fact():
    facts = _facts("Nasi box mulai 25rb per box. We pick up daily and return within 24 hours.")
    assert ("price", "mulai 25rb per box") in facts
    # "within 24 hours" is how long it takes, not round-the-clock hours: the pickup's clause says it whole
    assert ("pickup", "pick up daily and return within 24 hours") in facts
    assert not any(k == "hours" for k, _ in facts)


@pytest.mark.parametrize("text, note", [
    ("Klinik Gigi Senyum Sehat, Bekasi. Scaling, tambal gigi, cabut gigi. Bisa BPJS. Telp 0812-9000-1234", "Bisa BPJS"),
    ("Keripik Bu Sri, keripik tempe dan keripik pisang. Sudah BPOM. WA 0812-1234-5678", "Sudah BPOM"),
])
def test_a_short_clause_naming_how_customers_pay_or_a_certificate_is_a_note(text, note):
    from tapsite_pipeline.providers.offline_rules.intent import parse_brief
    facts = [(f.kind, f.value) for f in parse_brief(text).facts]
    assert ("note", note) in facts, facts
