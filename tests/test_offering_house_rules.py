"""House rules, terms of the deal and claims about the business are no cards; the services said beside them still are.
Briefs invented for each kind, in Indonesian and English."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.house_rules import rule_or_claim, rules_spans

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7788"


@pytest.mark.parametrize("phrase", [
    "overtime", "late return", "denda keterlambatan", "cancellation", "jam malam", "house rules", "music stops",
    "paid fair wages", "ramah lingkungan", "sudah berpengalaman", "single-use needles", "looks after villas",
    "takes care of gardens", "hasil panen sendiri", "keunggulan",
])
def test_a_term_or_a_claim_is_named_as_such(phrase):
    assert rule_or_claim(phrase)


@pytest.mark.parametrize("phrase", [
    "paid ads", "pool cleaning", "sewa tenda", "fine-line tattoo", "kain batik", "look book", "garden care",
    "tas belanja ramah lingkungan", "eco-friendly straws", "umroh amanah", "home-grown vegetables",
])
def test_goods_and_services_are_no_term_or_claim(phrase):
    assert not rule_or_claim(phrase)


def test_a_rules_section_runs_to_its_sentence_end():
    lower = "sewa aula 5jt. house rules: deposit 1 juta, overtime 500rb per jam; no smoking. kami juga sewa kursi."
    (a, b), = rules_spans(lower)
    assert lower[a:b] == " deposit 1 juta, overtime 500rb per jam; no smoking"


def test_a_rules_section_set_as_a_list_runs_over_its_marked_lines():
    lower = "tata tertib kost:\n1. tamu pulang jam 9\n2. dilarang masak di kamar\nkamar mandi dalam 1,2jt/bln"
    spans = rules_spans(lower)
    assert any(lower[a:b].rstrip().endswith("dilarang masak di kamar") for a, b in spans)
    assert not any("kamar mandi dalam" in lower[a:b] for a, b in spans)


@pytest.mark.parametrize("brief, kept, gone", [
    ("Gedung Puri Asri Bekasi, sewa ballroom 15jt dan sewa taman 8jt. Peraturan: DP 30%, overtime 1jt/jam, "
     "pembatalan H-7 uang hangus." + WA, ["sewa ballroom", "sewa taman"], ["overtime", "pembatalan"]),
    ("Villa Kaliurang Asri: villa 3 kamar 2jt/malam, villa 2 kamar 1,5jt/malam. Musik tidak diperbolehkan setelah "
     "jam 22.00, katering luar diperbolehkan." + WA, ["villa 3 kamar", "villa 2 kamar"], ["musik", "katering luar"]),
    ("Lumbung Hall, Malang: hall rental 9 million a day, garden rental 4 million. Booking rules: late checkout 500k "
     "per hour; outside vendors allowed with a 300k fee; live band stops at 11 pm." + WA,
     ["hall rental", "garden rental"], ["late checkout", "outside vendors", "live band"]),
])
def test_rules_and_terms_are_no_cards(brief, kept, gone):
    products = parse_brief(brief).products
    assert all(k in products for k in kept), products
    assert not any(g in p for g in gone for p in products), products


@pytest.mark.parametrize("brief, kept, gone", [
    ("Bersih Rapi Jogja cleans and looks after guesthouses: room cleaning for a 3-room guesthouse 400k, "
     "sofa cleaning 150k, window cleaning 200k per visit. Our ladies are trained and paid fair wages." + WA,
     ["room cleaning", "sofa cleaning", "window cleaning"], ["looks after", "fair wages", "trained"]),
    ("Sabun Lerak Bu Tini, Solo: sabun cuci piring lerak 20rb, sabun cuci baju lerak 25rb. Semua ramah lingkungan "
     "dan sudah berpengalaman 10 tahun." + WA, ["sabun cuci piring lerak", "sabun cuci baju lerak"],
     ["ramah lingkungan", "berpengalaman"]),
])
def test_claims_about_the_business_are_no_cards_and_the_services_beside_them_stay(brief, kept, gone):
    products = parse_brief(brief).products
    assert all(k in products for k in kept), products
    assert not any(g in p for g in gone for p in products), products


@pytest.mark.parametrize("brief, gone", [
    ("Iklan Kilat Medan runs TikTok Ads for cafes. Fees: setup 800k, ad budget paid by the client." + WA,
     "ad budget"),
    ("Sewa Tenda Barokah, Cirebon: tenda 3x3 250rb, kursi 5rb. Transport ditanggung penyewa." + WA, "transport"),
])
def test_what_the_customer_pays_for_besides_the_price_is_no_card(brief, gone):
    products = parse_brief(brief).products
    assert products and not any(gone in p for p in products), products


def test_rules_are_still_kept_on_the_page_as_notes():
    intent = parse_brief("Pendopo Sekar Arum, Solo: sewa pendopo 10jt per hari. Aturan sewa: musik berhenti jam 22.00, "
                         "dilarang kembang api." + WA)
    said = " ".join(f.value.lower() for f in intent.facts)
    assert "22.00" in said
    assert not any("musik" in p or "kembang api" in p for p in intent.products), intent.products


@pytest.mark.parametrize("brief, term, price", [
    ("Aula Cempaka, Bogor: sewa aula 6jt per hari. Uang jaminan 1jt dikembalikan setelah acara, overtime 500rb per jam."
     + WA, "overtime", "sewa aula"),
    ("Surf Shack Kuta: board rental 100k a day, surf lessons 350k. Late return 25k per hour; deposit 200k." + WA,
     "late return", "surf lessons"),
])
def test_the_amount_of_a_term_is_a_note_of_the_terms_not_a_price(brief, term, price):
    facts = parse_brief(brief).facts
    assert not any(f.kind == "price" and term in f.subject.lower() for f in facts), facts
    assert any(f.kind == "note" and term in f.value.lower() for f in facts), facts
    assert any(f.kind == "price" and price in f.subject.lower() for f in facts), facts
