"""Offerings said as a label before their own amount ("Pasang kanopi 2 meter: 1,8jt") and the goods a discount may be
spent on ("potongan 50rb utk pembelian gorden, vitrase atau roller blind berikutnya"). Briefs written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.label_prices import labelled_items, priced_label
from tapsite_pipeline.providers.offline_rules.room_rates import room_rates
from tapsite_pipeline.providers.offline_rules.spent_on import spent_on

pytestmark = pytest.mark.unit


def test_labels_before_amounts_are_items() -> None:
    lower = ("halo kak, berikut harganya ya. desain logo 3 konsep: 750rb, kartu nama 2 sisi: 250rb, "
             "feed instagram 9 post: 1,2jt. total: 2,2jt. dp: 50%")
    assert labelled_items(lower, lower) == ["desain logo 3 konsep", "kartu nama 2 sisi", "feed instagram 9 post"]


def test_a_scope_after_the_item_is_no_part_of_it() -> None:
    lower = "- website sekolah 10 halaman: 4,5jt. - maintenance 1 thn: 1,2jt"
    assert labelled_items(lower, lower) == ["website sekolah", "maintenance"]


@pytest.mark.parametrize("lower", ["total: 450rb.", "ongkir: 15rb", "gaji: 4jt/bulan", "budget: 10jt",
                                   "problem: warung susah nagih 50rb", "jam buka: 08.00-17.00"])
def test_sums_charges_and_sections_are_no_items(lower: str) -> None:
    assert labelled_items(lower, lower) == []


def test_a_priced_label_is_no_form_section() -> None:
    text = "Servis AC 1 unit: Rp 85.000"
    assert priced_label(text, text.index(":"))
    assert not priced_label("Problem: UMKM susah", len("Problem"))


def test_labelled_price_list_gives_cards() -> None:
    got = parse_brief("Halo kak, ini penawaran dari Jasa Web Cepat ya 🙏\n- Website sekolah 10 halaman: 4,5jt\n"
                      "- Undangan digital: 150rb\n- Toko online + ongkir otomatis: 6jt\nPengerjaan 2 minggu. "
                      "WA 0812 5566 7788")
    assert {"website sekolah", "undangan digital", "toko online + ongkir otomatis"} <= set(got.products)


def test_goods_a_discount_is_spent_on() -> None:
    lower = ("mohon maaf atas keterlambatan. sebagai gantinya ibu dapat potongan rp 50.000 utk pembelian gorden, "
             "vitrase, atau roller blind berikutnya.")
    assert spent_on(lower, lower) == ["gorden", "vitrase", "roller blind"]


@pytest.mark.parametrize("lower", ["diskon 10% untuk pembelian semua produk dan aksesoris.",
                                   "gratis ongkir untuk pembelian minimal 200rb atau 3 pcs.",
                                   "voucher berlaku untuk pembelian sepatu."])
def test_no_goods_after_the_purchase_word(lower: str) -> None:
    assert spent_on(lower, lower) == []


def test_reply_names_goods_only_as_what_the_voucher_buys() -> None:
    got = parse_brief("Balasan untuk keluhan Ibu Wati (gorden telat dikirim):\nKami mohon maaf atas keterlambatan. "
                      "Sebagai kompensasi, Ibu mendapat potongan Rp 50.000 utk pembelian gorden blackout, vitrase, atau "
                      "roller blind berikutnya.\nSalam, Toko Gorden Anugrah Medan - 061 455 7788")
    assert {"gorden blackout", "vitrase", "roller blind"} <= set(got.products)


def test_room_kinds_before_their_rates() -> None:
    lower = ("q: do you have a room for 3? a (owner): yes, our triple room has a balcony, idr 480,000/night. "
             "deluxe twin is idr 390,000. kamar ekonomi 150rb. the rooms are idr 300,000 on weekdays.")
    assert room_rates(lower, lower) == ["triple room", "deluxe twin", "kamar ekonomi"]


def test_a_guesthouse_qa_leads_with_its_rooms() -> None:
    got = parse_brief("From our Google reviews Q&A:\nQ (Mia): Do you have a room for a family?\nA (Owner): Yes, our "
                      "garden suite sleeps 4, IDR 720,000/night. Superior twin is IDR 410,000 with breakfast.\n"
                      "Q (Ben): Bikes?\nA (Owner): Bicycle rental IDR 40,000/day.\nPondok Kenari Homestay, Ubud · "
                      "WhatsApp +62 812 3000 4455")
    assert got.products[:2] == ["garden suite", "superior twin"]


@pytest.mark.parametrize("lower", ["villa kenanga. weekday: idr 1.200.000, weekend: idr 1.500.000.",
                                   "tiket masuk. dewasa: 25rb, anak: 15rb."])
def test_days_and_whom_before_a_rate_are_no_items(lower: str) -> None:
    assert labelled_items(lower, lower) == []


def test_no_room_outside_a_stay() -> None:
    lower = "kopi kami: single origin is idr 85,000 per 250 g, double shot espresso idr 30,000."
    assert room_rates(lower, lower) == []


def test_what_the_next_visit_may_be_is_offered() -> None:
    lower = "we have refunded the delivery fee. next time: pet portraits, maternity shoot or a family session - 10% off"
    assert spent_on(lower, lower) == ["pet portraits", "maternity shoot", "family session"]
    got = parse_brief("how we replied to a 3-star review, posting it bc it sums us up:\n\"Hi Dimas, fair point, the "
                      "prints were late and we are sorry. We have refunded the delivery fee. Next time: pet portraits, "
                      "maternity shoot or a family session - 10% off, just mention DIMAS10.\"\nLensa Senja Studio, "
                      "Malang · WA 0812 9090 1122")
    assert "family session" in got.products
