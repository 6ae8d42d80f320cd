"""Tickets sold by a business that is no events one (a swimming pool, a fishing pond, an orchard tour) let a visitor
in: the copy names no event ("acara", "event"); an events business keeps its event words. Our own wordings."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Intent
from tapsite_pipeline.providers.offline_rules.copy import write_section

pytestmark = pytest.mark.unit

WA = {"whatsapp": "6281234567890"}


def _intent(bt: str, niche: str, industry: str, brand: str, products: list[str], lang: str = "id") -> Intent:
    return Intent(business_type=bt, industry=industry, products=products, brand_name=brand, target_audience="",
                  tone="friendly", features_requested=["tickets", "whatsapp"], language=lang, niche=niche)


def _copy(it: Intent, contact: dict | None = WA) -> str:
    out = []
    for name in ("hero", "products", "how_to_order"):
        s = write_section(name, it, contact)
        out += [s.heading or "", s.body or ""] + [f"{i.title} {i.description or ''}" for i in s.items]
    return " ".join(out).lower()


@pytest.mark.parametrize("contact", [WA, None])
def test_entry_tickets_of_a_place_name_no_event(contact) -> None:
    it = _intent("other", "other", "recreation", "Telaga Biru Wisata", ["sewa perahu dayung", "kolam renang anak"])
    text = _copy(it, contact)
    assert "acara" not in text and "tiket" in text


def test_entry_tickets_in_english_name_no_event() -> None:
    it = _intent("other", "other", "agriculture", "Sunny Orchard Farm", ["apple picking", "hay rides"], lang="en")
    text = _copy(it)
    assert "event" not in text and "ticket" in text


def test_an_events_business_keeps_its_event_words() -> None:
    it = _intent("events", "organizer", "concerts & festivals", "Pesta Musik Pantai", ["tiket presale", "tiket vip"])
    assert "acara" in _copy(it)
    en = _intent("events", "organizer", "concerts & festivals", "Beach Sound Fest", ["early bird pass"], lang="en")
    assert "event" in _copy(en)
