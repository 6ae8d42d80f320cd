"""The owner's best channel leads the copy (a WhatsApp number, then email, then a phone, as the data card ranks
them), and the contact scorer tells a channel promised ("call us", "chat kami di Telegram") from a channel word that
only names what is sold ("service HP dan telepon rumah", "bot Telegram untuk toko")."""

from __future__ import annotations

import pytest

from fidelity_pages import SALON_BRIEF, good_salon_page
from tapsite_pipeline.contact import CHANNEL_RANK, ContactPlan
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.evals.fidelity.contact import PROMISES
from tapsite_pipeline.evals.fidelity.promise_context import first_promise
from tapsite_pipeline.models import Intent
from tapsite_pipeline.providers.offline_rules.copy import write_section

pytestmark = pytest.mark.unit

# ---------------------------------------------------------------- what the scorer reads as a promise


@pytest.mark.parametrize("channel, text", [
    ("phone", "Kami buka kelas reparasi telepon genggam untuk pemula."),
    ("phone", "Toko kami jual telepon bekas bergaransi."),
    ("phone", "Program kursus teknisi telepon pintar, tiga bulan."),
    ("phone", "Layanan servis telepon dan tablet di Depok."),
    ("telegram", "Kami membuat bot Telegram untuk kasir warung."),
    ("telegram", "A Telegram bot that logs your daily sales."),
    ("whatsapp", "We build WhatsApp chatbots for clinics."),
    ("whatsapp", "Paket integrasi WhatsApp untuk toko online."),
])
def test_a_channel_word_inside_what_is_sold_is_no_promise(channel, text):
    assert first_promise(PROMISES[channel], text) is None


@pytest.mark.parametrize("channel, text", [
    ("phone", "Untuk jadwal, hubungi via telepon saja."),
    ("phone", "Ada pertanyaan? Telepon kami pagi hari."),
    ("phone", "Questions about a booking? Call us any weekday."),
    ("phone", "Kami servis laptop. Telepon dulu sebelum datang."),      # a full stop ends the trade's phrase
    ("phone", "Kursus, telepon, atau datang langsung ke kantor."),       # a comma too
    ("telegram", "Tanya stok lewat Telegram ya."),
    ("whatsapp", "Order lewat WhatsApp, kami balas cepat."),
])
def test_a_channel_said_as_the_way_to_reach_us_is_still_a_promise(channel, text):
    assert first_promise(PROMISES[channel], text) is not None


def test_a_product_mention_does_not_hide_a_later_promise():
    text = "Kursus teknisi telepon genggam. Daftar? Telepon kami."
    m = first_promise(PROMISES["phone"], text)
    assert m is not None and m.start() == text.rindex("Telepon")


def test_a_page_that_teaches_phone_repair_is_not_scored_as_promising_a_call():
    html = good_salon_page(contact_lead="Kelas servis telepon genggam dibuka lagi; daftar lewat WhatsApp.")
    problems = score_page(html, SALON_BRIEF)["contact"].problems
    assert not any("phone call" in p for p in problems), problems


def test_a_page_that_asks_for_a_call_without_a_number_still_fails():
    html = good_salon_page(contact_lead="Silakan telepon kami untuk jadwal, atau chat WhatsApp.")
    problems = score_page(html, SALON_BRIEF)["contact"].problems
    assert any(p.startswith("the page promises a phone call") for p in problems), problems


# ---------------------------------------------------------------- which channel the copy leads with


def test_the_rank_follows_the_card():
    assert CHANNEL_RANK[:4] == ("wa", "email", "phone", "ig")
    plan = ContactPlan(phone="+62215550101", email="halo@contoh.id", instagram="@contoh")
    assert plan.ranked() == ("email", "phone", "ig")
    assert plan.channels[0] == "email"


def _intent(lang: str) -> Intent:
    return Intent(business_type="events", industry="venue", products=["sewa aula"], brand_name="Aula Cendana",
                  target_audience="", tone="friendly", features_requested=[], language=lang, niche="rental")


def _copy(lang: str, contact: dict) -> str:
    parts = []
    for kind in ("hero", "contact"):
        s = write_section(kind, _intent(lang), contact)
        parts.append(" ".join([s.heading or "", s.body or ""] + [f"{i.title} {i.description or ''}" for i in s.items]))
    return " ".join(parts)


@pytest.mark.parametrize("lang, said, not_said", [
    ("en", "by email", "by phone"),
    ("id", "lewat email", "lewat telepon"),
])
def test_an_email_with_a_landline_leads_with_email(lang, said, not_said):
    text = _copy(lang, {"email": "sewa@aulacendana.id", "phone": "+62215550101", "form": True})
    assert said in text and not_said not in text, text


@pytest.mark.parametrize("lang, said", [("en", "WhatsApp"), ("id", "WhatsApp")])
def test_a_whatsapp_number_still_leads_over_email_and_phone(lang, said):
    text = _copy(lang, {"whatsapp": "6281234567001", "email": "sewa@aulacendana.id", "phone": "+62215550101",
                        "form": True})
    assert said in text and "by email" not in text and "lewat email" not in text, text


@pytest.mark.parametrize("lang, said", [("en", "by phone"), ("id", "lewat telepon")])
def test_a_phone_alone_is_still_the_phone(lang, said):
    text = _copy(lang, {"phone": "+62215550101", "form": True})
    assert said in text, text
