"""A customer's question pasted from a Q&A ("Q: Do you rent surfboards?") is no card, nor the answer's label nor the
Q&A's heading; a question the owner asks about what they sell ("servis AC? chat dulu") still offers it."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.asked_lines import asked_spans

pytestmark = pytest.mark.unit


def _masked(text: str) -> list[str]:
    lower = text.lower()
    return sorted(lower[a:b].strip() for a, b in asked_spans(lower))


def test_a_labelled_question_its_answers_label_and_the_heading_are_masked():
    text = "FAQ from our Google Maps Q&A. Q (Dewi, 3 days ago): Do you rent surfboards? A (Owner): Yes, 100k/day."
    assert _masked(text) == ["a (owner):", "from our google maps q&a", "q (dewi, 3 days ago): do you rent surfboards?"]
    assert "pertanyaan (pak budi): apakah ada servis kulkas?" in _masked(
        "Tanya jawab: Pertanyaan (Pak Budi): Apakah ada servis kulkas? Jawaban pemilik: Ada, mulai 100rb.")


@pytest.mark.parametrize("text", [
    "servis AC? chat dulu ya. Cuci AC 75rb",       # the owner's own question offers what it names
    "Paket A: nasi, ayam. Paket B: nasi, ikan",   # a lettered list is no answer
])
def test_an_owners_question_or_a_lettered_list_is_left_alone(text):
    assert _masked(text) == []


def test_the_customers_question_is_no_card_the_answer_is():
    intent = parse_brief("From our Google Maps Q&A:\nQ (Rina, 1 week ago): Do you have surfboards for kids?\n"
                         "A (Owner): Yes, soft-top board rental IDR 100,000/day and surf lessons IDR 350,000.\n"
                         "Ombak Kecil Surf, Canggu. WA 0812 3333 4444")
    names = [p.lower() for p in intent.products]
    assert not any("you have" in n or "q&a" in n or "google maps" in n for n in names), names
    assert any("surf lesson" in n for n in names), names
