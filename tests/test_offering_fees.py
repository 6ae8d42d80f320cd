"""Fees, schedules, specifications and package details are facts beside an offering, never cards of their own; and
what follows an enrolment cue or an owner's "we build"/"belajar" is the offering. Briefs written for each class."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.roles import is_offering

WA = " WA 0813-2222-4545"


@pytest.mark.parametrize("phrase", [
    "iuran", "iuran bulanan", "infak", "spp", "uang pangkal", "uang gedung", "biaya pendaftaran", "biaya admin",
    "dp 30%", "ongkir", "retribusi", "tarif", "admin fee", "registration fees", "security deposit",
])
def test_a_phrase_headed_by_a_fee_word_is_no_offering(phrase):
    assert not is_offering(phrase)


@pytest.mark.parametrize("phrase", ["jasa pengurusan retribusi", "uang kuno", "kelas tari", "konsultasi pajak"])
def test_a_fee_word_inside_a_service_or_no_fee_word_still_offers(phrase):
    assert is_offering(phrase)


@pytest.mark.parametrize("phrase", [
    "kamis ba'da isya", "ba'da subuh", "selasa bada maghrib", "kadar air", "kualitas premium ekspor", "grade b",
    "mutu super", "export quality", "food grade", "5x revision", "konsep", "vector", "weekly report",
    "already used",
])
def test_schedules_specifications_and_package_details_are_no_offering(phrase):
    assert not is_offering(phrase)


@pytest.mark.parametrize("phrase", ["laporan keuangan", "maintenance genset", "kasur king size", "beras organik"])
def test_goods_or_services_beside_those_words_still_offer(phrase):
    assert is_offering(phrase)


@pytest.mark.parametrize("brief, kept, gone", [
    ("Sanggar Seni Kencana menerima siswa baru kelas gamelan Jawa, iuran 75rb per bulan." + WA,
     ["kelas gamelan jawa"], ["iuran"]),
    ("Rumah Qur'an Al Falah: belajar tahsin, tahfidz & bahasa arab, infak 40rb/bulan, jadwal Senin ba'da Isya." + WA,
     ["tahsin", "tahfidz"], ["infak", "senin ba'da isya"]),
    ("Kopi Toraja Bu Sarah jual biji kopi robusta, kadar air 11%, kualitas ekspor, grade 1." + WA,
     ["biji kopi robusta"], ["kadar air", "kualitas ekspor"]),
])
def test_fees_schedules_and_specs_in_a_brief_are_not_cards(brief, kept, gone):
    products = parse_brief(brief).products
    assert all(k in products for k in kept), products
    assert not any(g in products for g in gone), products


@pytest.mark.parametrize("brief, expected", [
    ("Hitung Cepat: we build invoice trackers and payroll templates for small shops." + WA,
     ["invoice trackers", "payroll templates"]),
    ("Little Hands Studio open class pottery and batik for kids every Saturday." + WA, ["pottery", "batik"]),
])
def test_what_follows_an_owner_verb_or_an_enrolment_cue_is_offered(brief, expected):
    products = parse_brief(brief).products
    assert all(e in products for e in expected), products
    assert not any(p.startswith(("open class", "we build")) for p in products), products


def test_what_is_added_to_a_price_with_its_own_price_is_no_card():
    brief = ("Kasir Pintar builds point of sale apps for cafes, from IDR 4 million per outlet + hosting 150K/month."
             + WA)
    assert "hosting" not in parse_brief(brief).products
    assert "hosting" in parse_brief("Awan Cepat sells domains and hosting for small shops." + WA).products


def test_an_item_added_to_a_count_is_still_offered():
    brief = "Studio Cahaya jual foto produk. paket A 15 foto 200rb, paket B 30 foto + retouch 400rb." + WA
    assert any("retouch" in p for p in parse_brief(brief).products)
