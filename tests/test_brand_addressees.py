"""Whom a reply thanks or greets, a bulletin's heading, a letter's sign-off and a promo headline: brand readings."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.addressees import addressed, bulletin_heading

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "brand"), [
    ("Owner's reply: Thank you Ratih for the kind review! For everyone else: Bakmi Ayam Pak Lim in Singkawang is open "
     "7am-2pm, bakmi ayam 25k, pangsit goreng 15k. WA 0812 1111 2222", "Bakmi Ayam Pak Lim"),
    ("Balasan pemilik: Terima kasih banyak Bu Sinta atas ulasannya 🙏 Info buat yg lain: Laundry Wangi Melati, Kudus "
     "terima cuci kiloan 7rb/kg dan setrika 5rb/kg. WA 0813 2222 3333", "Laundry Wangi Melati"),
    ("Hi Mr. Gunawan,\nThanks for writing to Kilau Pool Care Bali. A weekly pool clean is IDR 600,000 a month. "
     "Best,\nMade\nkilaupool@gmail.com", "Kilau Pool Care Bali"),
    ("Info Usaha Warga RW 07 — Pengumuman Gereja Kristus Raja:\nJahit Kebaya Mama Ina menerima jahit kebaya dan "
     "permak. WA 0812 5555 6666", "Jahit Kebaya Mama Ina"),
    ("Regarding your enquiry for 40 boxes on Friday. Our lunch box is IDR 40,000 with free delivery in Medan. "
     "Warm regards,\nSiska - Dapur Poda Catering\nsiska@dapurpoda.id", "Dapur Poda Catering"),
    ("FLASH SALE 🎉 Rajut Ceria, Bandung\ntas rajut ~150rb~ 120rb\nboneka rajut ~90rb~ 75rb\nWA 0812 7777 8888",
     "Rajut Ceria"),
])
def test_the_business_not_the_customer_or_the_heading(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_a_greeting_set_off_by_its_comma_opens_the_owners_words() -> None:
    text = "Hey, Lensa Timur Studio here, we shoot weddings in Kupang"
    assert not addressed(text, "Lensa Timur Studio", 5)
    text = "Hi Mrs. Tan, thanks for asking"
    assert addressed(text, "Mrs. Tan", 3)


def test_a_bulletin_heading_is_only_a_heading_with_a_bulletins_word() -> None:
    text = "Warta Jemaat Minggu Ini - Iklan: Roti Bu Maria menerima pesanan"
    span = bulletin_heading(text)
    assert span is not None and text[span[0]:span[1]] == "Warta Jemaat Minggu Ini - Iklan"
    assert bulletin_heading("Kopi Senja Bandung: kopi susu 18rb, americano 15rb") is None


def test_a_district_before_its_town_is_no_name() -> None:
    from tapsite_pipeline.providers.offline_rules.brand_forms import district
    text = "Free tasting at our kitchen in Gubeng, Surabaya. Kind regards, Rina - Dapur Lestari Catering."
    assert district(text, "Gubeng", text.index("Gubeng"))
    assert parse_brief(text).brand_name == "Dapur Lestari Catering"
    assert not district("Ngopi di Kopi Senja, Bandung", "Kopi Senja", 9)
