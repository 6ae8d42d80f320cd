"""A head of goods named by whom they are for carries over the link ("pakan ikan & ayam"); and when the learned filter doubts every
phrase the self-description's offering is kept before the first listed phrase. Our own wordings, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.learned_models import doubted
from tapsite_pipeline.providers.offline_rules.offerings import _whole_words

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, cards, never", [
    ("Toko Tani Makmur jual pakan ikan & ayam, pupuk urea. WA 0812 7000 1234",
     ["pakan ikan", "pakan ayam"], ["ayam"]),
    ("Petshop Ceria: obat kutu kucing & anjing, pasir kucing. WA 0812 7000 1234", [], ["anjing"]),
])
def test_goods_for_whom_carry_their_head_over_the_link(text: str, cards: list[str], never: list[str]) -> None:
    products = parse_brief(text).products
    assert all(c in products for c in cards), products
    assert not [p for p in products if p in never], products


def test_dishes_linked_after_a_dish_stay_dishes() -> None:
    products = parse_brief("Warung Bu Sri jual nasi ayam & ikan bakar. WA 0812 7000 1234").products
    assert products == ["nasi ayam", "ikan bakar"], products


def test_the_self_description_is_kept_when_every_phrase_is_doubted() -> None:
    lower = "wedding & engagement decorator in malang named dekor kita. we want a gallery of past events"
    trace = [("described", "wedding"), ("described", "engagement decorator"), ("listed", "gallery of past events")]
    assert doubted(["gallery of past events"], trace, lower) == ["wedding", "engagement decorator"]


def test_without_a_self_description_the_first_phrase_stays() -> None:
    lower = "katering sehat, menu diet harian dan snack box"
    assert doubted(["menu diet harian", "snack box"], [("listed", "menu diet harian")], lower) == ["menu diet harian"]


def test_a_fact_span_ending_inside_a_word_ends_before_it() -> None:
    lower = "kelas a 1 hari rp1.500.000, kelas b 2 hari"
    start = lower.index("rp")
    assert _whole_words(lower, (start, lower.index("elas b"))) == (start, lower.index(", kelas b"))
    assert _whole_words(lower, (start, lower.index(", kelas b"))) == (start, lower.index(", kelas b"))
