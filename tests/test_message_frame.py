"""A pasted message's frame (subject line, salutation, thanks, a reply's label) makes no offering card."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.message_frame import frame_masked

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", [
    "subject: re: order for 60 boxes",
    "dear mr. halim,",
    "thank you rina for the lovely review",
    "terima kasih banyak bu wati atas ulasannya",
    "balasan pemilik:",
    "reply from the owner:",
])
def test_the_frame_is_written_over(text: str) -> None:
    assert set(frame_masked(text, "#")) <= {"#", " "}


@pytest.mark.parametrize("text", [
    "hey, kopi lereng here, we roast arabica",
    "terima kasih sudah order ya kak, nasi box 25rb",
    "dear diary journals, handmade notebooks 45rb",
])
def test_the_owners_own_words_stay(text: str) -> None:
    assert frame_masked(text, "#").replace("#", "").strip(" ,") != ""
    assert "25rb" in frame_masked(text, "#") or "roast" in frame_masked(text, "#") or "45rb" in frame_masked(text, "#")


def test_a_reply_to_a_review_shows_what_is_sold_not_the_reviewer() -> None:
    brief = ("Reply from the owner: Thank you Ketut for the 5 stars! For everyone else: Warung Bu Rai in Ubud is open "
             "daily, nasi campur 30k and sate lilit 20k. WhatsApp 0812 3333 4444")
    products = [p.lower() for p in parse_brief(brief).products]
    assert not any("ketut" in p or "thank" in p for p in products)
    assert "nasi campur" in products


def test_an_email_reply_shows_no_subject_or_addressee() -> None:
    brief = ("Subject: Re: Quote for office cleaning\n\nDear Mr. Halim,\nThank you for your enquiry. Our office "
             "cleaning is IDR 2,500,000 a month and carpet shampoo is IDR 40,000 per m2.\nBest regards,\nSiti\n"
             "Kilap Clean Medan\nkilapclean@gmail.com")
    products = [p.lower() for p in parse_brief(brief).products]
    assert not any("halim" in p or "quote" in p or p.startswith("re") for p in products)
    assert "carpet shampoo" in products


def test_whom_an_offer_is_addressed_to_is_no_card() -> None:
    assert frame_masked("kepada pengelola hotel, kafe & katering di malang: kami memasok telur", "#").startswith("#" * 10)
    brief = ("Kepada pengelola hotel, villa & restoran di Lombok: Tani Segar Sembalun memasok sayur organik (wortel, "
             "kentang, kubis) langsung dari kebun. Minimal order 500rb. WA 0812 3456 0000")
    products = [p.lower() for p in parse_brief(brief).products]
    assert not any(p in ("hotel", "villa", "restoran") for p in products)
