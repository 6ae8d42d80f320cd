"""A feature the owner rules out is not offered: "walk in aja gk usah booking" on a barbershop brief gave a page
whose button said "Booking Sekarang" and whose steps were "Cara Booking — Konfirmasi jadwal", contradicting
the owner. A negated mention ("gk usah booking", "tanpa reservasi", "no booking needed", "booking not
required") does not ask for the feature; a ruled-out booking, or "walk-in" said outright, makes the flow a
walk-in one (come during opening hours), unless the business goes to the customer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.providers.offline_rules import page_features

BARBER = ("barbershop Kumis Tipis di Jl. Kaliurang km 7. haircut 35rb, shaving, hair coloring. buka 10.00-22.00. "
          "walk in aja gk usah booking")
BARBER_EN = "Sharp Lads Barbers in Canggu: fades, beard trims and hot towel shaves. No booking needed, just walk in."
BOOKED = "Salon Ayu di Depok, potong rambut, creambath, smoothing. Booking lewat WA 0812-3456-7890"
BOOKING_WORDS = re.compile(r"\bbook(?:ing)?\b|\breservasi\b|konfirmasi jadwal|atur jadwal", re.I)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("walk in aja gk usah booking", {"walk_in"}, {"booking"}),
    ("tanpa reservasi, langsung datang ke toko", {"walk_in"}, {"booking"}),
    ("no booking needed, just walk in", {"walk_in"}, {"booking"}),
    ("booking not required", {"walk_in"}, {"booking"}),
    ("reservasi ga perlu, datang aja", {"walk_in"}, {"booking"}),
    ("without an appointment", {"walk_in"}, {"booking"}),
    ("bisa booking lewat wa", {"booking", "whatsapp"}, {"walk_in"}),
    # a booking asked for elsewhere in the brief still counts
    ("walk-ins welcome, or booking via wa", {"walk_in", "booking"}, set()),
    ("no cod ya, transfer aja", set(), {"delivery"}),
    # a number is never a refusal: "no wa" is "nomor WA"
    ("no whatsapp 0812-3456-7890", {"whatsapp"}, set()),
    ("jual lemari pakaian dan walk-in closet custom", set(), {"walk_in"}),
])
def test_a_feature_the_owner_rules_out_is_not_asked_for(text, wanted, unwanted):
    got = set(page_features.features(text))
    assert wanted <= got and not (unwanted & got)


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return Runtime.local(tmp_path_factory.mktemp("home"))


def _visible(html: str) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("brief, walk_in_words", [
    (BARBER, "tanpa perlu booking"),
    (BARBER_EN, "no booking needed"),
])
def test_a_walk_in_business_gets_no_booking_flow(rt, brief, walk_in_words):
    r = generate_site(make_brief(brief), rt)
    html = Path(r.deployment.index_path).read_text(encoding="utf-8")
    assert "walk_in" in r.intent.features_requested and "booking" not in r.intent.features_requested
    how = r.content.section("how_to_order")
    steps = " ".join(f"{i.title} {i.description}" for i in how.items) if how else ""
    # the steps say to come in, not to book a slot; the page says booking is not needed, and has no booking form
    assert walk_in_words in _visible(html).lower()
    assert not BOOKING_WORDS.search(steps.replace(walk_in_words, "").replace("booking needed", ""))
    assert "/booking" not in html


def test_a_salon_that_takes_bookings_keeps_its_booking_flow(rt):
    r = generate_site(make_brief(BOOKED), rt)
    html = Path(r.deployment.index_path).read_text(encoding="utf-8")
    assert "booking" in r.intent.features_requested and "walk_in" not in r.intent.features_requested
    assert "/booking" in html and "tanpa perlu booking" not in html.lower()
