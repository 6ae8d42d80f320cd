"""A video's description pasted as the brief (video_lines.py): the title and the chapter lines say what the video
shows, never a card, a trade or a feature; a chapter's own figure stays a fact; a rundown that starts at its hour is no
video. A product given to its customers ("X gives warungs, cafes and bakeries a cashier app"): the customers are no
cards. The scorer reads the same kinds by its own rules (evals/fidelity/video_text.py)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.brief import BriefInfo
from tapsite_pipeline.evals.fidelity.facts import brief_facts
from tapsite_pipeline.evals.fidelity.video_text import video_parts
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.customers import _served
from tapsite_pipeline.providers.offline_rules.line_forms import _lines
from tapsite_pipeline.providers.offline_rules.video_lines import video_lines

pytestmark = pytest.mark.unit

_CAKE = ("Bikin bolu pandan ala Toko Kue Melati (10 min) 🎥\n\n"
         "00:00 opening\n"
         "00:45 whisking the eggs\n"
         "03:20 steaming in the pan\n"
         "07:15 slicing the cake, one loaf 65k\n\n"
         "Toko Kue Melati in Kediri sells bolu pandan 65k and brownies kukus 55k. Open daily 8-17. WA 0812 7777 3210")

_APP = ("Kasir Cepat app demo (5 min)\n\n"
        "0:00 why lines get long at the clinic\n"
        "1:30 scanning barcodes\n"
        "3:10 sending WhatsApp receipts\n\n"
        "Kasir Cepat gives warungs, cafes and bakeries a simple cashier app: Lite 49k/month, Pro 129k/month. "
        "Email halo@kasircepat.id")

_RUNDOWN = ("Rundown Family Gathering Kebun Raya Camp\n\n"
            "07:00 breakfast at the hall\n"
            "08:30 outbound games\n"
            "12:00 lunch buffet\n\n"
            "Kebun Raya Camp Bogor rents the hall and camping ground, package 150k/person. WA 0812 1111 2222")


def test_chapters_and_title_are_no_cards() -> None:
    intent = parse_brief(_CAKE)
    assert intent.products[:2] == ["bolu pandan", "brownies kukus"]
    assert not any(w in p for p in intent.products for w in ("opening", "whisking", "steaming", "slicing", "10 min"))


def test_a_chapter_keeps_its_figure_as_a_fact() -> None:
    facts = parse_brief(_CAKE).facts
    # the chapter's own price is still read, and the chapter with a figure is still a note; the bare ones are not
    assert sum(f.kind == "price" and "65k" in f.value for f in facts) >= 1
    assert any(f.kind == "note" and "slicing the cake" in f.value for f in facts)
    assert not any("whisking" in f.value or "opening" in f.value for f in facts)


def test_chapters_set_no_trade_and_ask_no_feature() -> None:
    intent = parse_brief(_APP)
    assert intent.business_type == "technology"
    assert intent.niche != "clinic" and "whatsapp" not in intent.features_requested
    assert not any(w in p for p in intent.products for w in ("warungs", "cafes", "bakeries", "barcodes", "gives"))


def test_a_rundown_from_its_hour_is_no_video() -> None:
    assert video_lines(_lines(_RUNDOWN.lower())).chapters == []
    assert video_parts(_RUNDOWN) == ((), (), ())


def test_a_run_must_count_up_from_zero() -> None:
    lines = _lines("Title line\n00:00 intro\n00:00 intro again\nbody text here\nmore body text".lower())
    assert video_lines(lines).chapters == []  # one chapter, then no later one: no run


def test_whom_a_product_is_given_to() -> None:
    lower = "tokoku gives warungs, cafes and bakeries a simple cashier app. we give you a free trial."
    assert [lower[a:b] for a, b in _served(lower)] == ["warungs, cafes and bakeries"]
    assert _served("we give a 10% discount to students and give free delivery.") == []


def test_helped_list_ends_on_its_plural_last_item() -> None:
    lower = "we help clinics, barbershops and service counters cut waiting time."
    assert [lower[a:b] for a, b in _served(lower)] == ["clinics, barbershops and service counters"]


def test_scorer_reads_no_offering_or_fact_from_video_lines() -> None:
    brief = BriefInfo(_CAKE)
    assert not any(w in o for o in brief.offerings for w in ("whisking", "steaming", "opening"))
    labels = " ".join(f.label for f in brief_facts(brief))
    assert "10 min" not in labels and "03:20" not in labels
    assert "65k" in labels  # a chapter's own price is still a fact the page must show


def test_scorer_reads_no_brand_from_a_video_title() -> None:
    raw = ("Dimas & Ayu — Toraja Wedding Film (4K)\n\n00:00 Morning prep\n02:15 Church entrance\n05:40 Vows\n\n"
           "Filmed by Kabut Pagi Films, Malang. Packages start at IDR 8 million. Email us at hello@example.com")
    assert BriefInfo(raw).brand != "Dimas & Ayu"
