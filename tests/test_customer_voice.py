"""A customer telling how a purchase went (providers/offline_rules/customer_voice.py) is refused by the brief check;
an owner quoting a customer, replying to a review or offering with prices is not. Texts invented for this test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import prepared_text
from tapsite_pipeline.providers.offline_rules.customer_voice import customer_tells
from tapsite_pipeline.providers.offline_rules.sense import business_check
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit

CUSTOMERS = [
    "Nyesel pesen martabak di Martabak Bang Udin, udah bayar 60rb, datangnya gosong & dingin. Ga bakal order lagi",
    "Jaket yg kubeli di Shopee 185rb ternyata bahannya tipis, ga sesuai foto. Bintang 2 deh",
    "I ordered two birthday cakes from Sweet Tooth Bakery and paid 450k upfront; one arrived squashed. Never again.",
    "Stayed at Pondok Melati homestay in Ubud, 300k a night. Clean room, friendly staff, slow wifi. 4/5",
    "Pesanan aku udah seminggu belum sampai, chat ke penjual ga dibalas. Gimana ya cara refund?",
]
OWNERS = [
    "Testimoni pelanggan: 'aku pesan 3 loyang brownies buat arisan, enak bgt, bintang 5!' — Brownies Bu Lina, "
    "Magelang, pesan WA 0813-2233-4455",
    "Terima kasih Kak Wulan atas ulasan bintang 5 nya 🙏 ditunggu kedatangannya lagi di Bakmi Pak Tono, Jl. Pemuda 8",
    "Homestay Melati, Ubud: 4 kamar bersih, 300rb/malam, sarapan. Rating 4.8/5 dari tamu kami. Booking WA 0812 9988 7766",
    "Customers say it's the best sambal they've ever had: Sambal Mbok Sri, 25k a jar, we deliver around Semarang",
    "Kue lapis legit, udah 10 th jualan, pelanggan bilang ga pernah kecewa. 275rb/loyang, pesan H-3 ya",
]


@pytest.mark.parametrize("text", CUSTOMERS)
def test_a_customers_complaint_or_review_is_refused(text: str) -> None:
    assert customer_tells(clean(prepared_text(text)).lower())
    assert business_check(prepared_text(text)) is not None


@pytest.mark.parametrize("text", OWNERS)
def test_an_owner_quoting_or_answering_customers_is_not(text: str) -> None:
    assert business_check(prepared_text(text)) is None
