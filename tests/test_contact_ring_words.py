"""A mobile number the owner labels as a telephone is a phone to call, not a WhatsApp chat (datasets/CARD.md:
a number written with a call word is `phone`); a WhatsApp word anywhere next to it keeps the chat."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.contact import ContactPlan

SHOP = "Servis Jam Tangan Pak Harun di Pasar Baru Bandung, ganti baterai dan tali jam. "


@pytest.mark.parametrize("said", [
    "telp 0813 2200 4455",
    "Telepon: 0813-2200-4455",
    "bisa call 0813 2200 4455",
    "kontak 0813 2200 4455 (phone)",
    "nomor 0813 2200 4455 [telp]",
])
def test_a_mobile_labelled_a_telephone_is_called_not_chatted(said):
    b = make_brief(SHOP + said)
    assert b.phone == "+6281322004455" and b.whatsapp is None
    plan = ContactPlan(whatsapp=b.whatsapp, phone=b.phone)
    assert plan.channels == ("phone",)


@pytest.mark.parametrize("said, wa", [
    ("0813 2200 4455", "+6281322004455"),                   # no word at all: a mobile chats and takes calls
    ("hubungi 0813 2200 4455", "+6281322004455"),           # a word for any contact, not for a telephone
    ("telp/wa 0813 2200 4455", "+6281322004455"),           # both named
    ("WA 0813 2200 4455", "+6281322004455"),
    ("chat lewat WA aja ya, telp 0813 2200 4455", "+6281322004455"),   # asked for WhatsApp elsewhere
])
def test_a_mobile_with_a_whatsapp_word_or_no_telephone_word_keeps_its_chat(said, wa):
    assert make_brief(SHOP + said).whatsapp == wa


def test_a_telephone_word_before_an_earlier_whatsapp_number_does_not_take_the_later_one():
    b = make_brief(SHOP + "telp toko (022) 420 1133, WA 0813 2200 4455")
    assert b.whatsapp == "+6281322004455" and b.phone == "+62224201133"


def test_an_email_outranks_a_mobile_labelled_a_telephone():
    b = make_brief(SHOP + "email harun.jam@example.com / 0813 2200 4455 (phone)")
    plan = ContactPlan(whatsapp=b.whatsapp, phone=b.phone, email=b.email)
    assert plan.channels[0] == "email" and "wa" not in plan.channels
