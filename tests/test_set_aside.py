"""What the offerings reader sets aside as no card (a class's syllabus, what a product does) still reaches the page:
held by the card named before it, or as a note, when no fact or note shows its words yet."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.set_aside import set_aside_facts

pytestmark = pytest.mark.unit


def _said(facts: list[Fact]) -> str:
    return " | ".join(f"{f.subject} {f.value}".lower() for f in facts)


def test_a_syllabus_whose_first_item_is_one_word_is_held_by_its_class_card():
    # the one-word first item joins the class's clause in the notes reader; it must not vanish with the card it was
    it = parse_brief("Kursus Barista Kopi Kita, Medan: Kelas Dasar (3 hari), espresso, milk steaming, latte art, "
                     "biaya 1,5 jt. WA 0812 3333 4444")
    assert "espresso" not in it.products
    held = [f for f in it.facts if f.kind == "package"]
    assert [(f.subject, f.value) for f in held] == [("kelas dasar", "espresso, milk steaming, latte art")]
    assert not any(f.kind == "note" and "steaming" in f.value for f in it.facts)  # no second line of a part of it


def test_what_a_product_does_reaches_the_page_whole():
    # (a clause naming a chat app reads as a contact line to the notes reader: the sentence was cut at its comma)
    it = parse_brief("Kasir Kilat is a point of sale app from Malang. It runs offline on any tablet, prints to 80 mm "
                     "thermal printers and sends the stock report to WhatsApp every night. Pro plan IDR 59,000/month. "
                     "Email halo@kasirkilat.id")
    assert "thermal printers" in _said(it.facts) and "80 mm" in _said(it.facts)
    assert "whatsapp" not in _said(it.facts)  # a channel named in it is no promise the page can keep: left out
    assert not any(p in it.products for p in ("prints", "tablet"))


def test_a_list_already_shown_by_a_note_adds_nothing():
    text = "Selam Lembeh. Level 1 IDR 3 million. INCLUDED: certification, boat, fins. Email x@lembeh.id"
    lower = text.lower()
    note = Fact(kind="note", value="INCLUDED: certification, boat, fins")
    assert set_aside_facts(text, lower, [], [note]) == []
    assert [f.value for f in set_aside_facts(text, lower, [], [])] == ["certification, boat, fins"]


def test_a_season_named_like_goods_is_no_card_and_its_clause_reaches_the_page():
    it = parse_brief("Kebun Durian Pak Lubis, Sibolangit: durian montong 90rb/buah, durian bawor 120rb/buah. "
                     "Kebun cuma buka musim raya durian tiap akhir tahun. WA 0813 7000 2211")
    assert not any(p.startswith("musim") for p in it.products)
    assert "musim raya durian tiap akhir tahun" in _said(it.facts)
