"""Owner-read fixes (session 8), each checked with wordings other than the briefs that revealed them:
amounts in millions written "1.2M" and bare "45k" prices, a note that only repeats prices already shown,
a price said inside a package line, hours whose range has words between the times ("jam 2 siang sampai jam 9
malam") keeping the day off said after them, "sampai habis", how many days the work takes read as the
turnaround (never as opening hours), a home visit labelled and walked through as one, and rental steps that
read as Indonesian."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.factcopy import highlight_cards, hours_label, info_items
from tapsite_pipeline.providers.offline_rules.copy.sections import write_section

WA = {"whatsapp": "6281234567890"}


def _facts(text: str, kind: str) -> list[Fact]:
    return [f for f in parse_brief(text).facts if f.kind == kind]


def _section(text: str, kind: str) -> str:
    return str(write_section(kind, parse_brief(text), WA).model_dump())


@pytest.mark.parametrize("brief, value, subject", [
    ("Rumah Kopi Tepi: wedding coffee cart from IDR 3.5M, corporate events too. WhatsApp 0812 5555 1111",
     "from IDR 3.5M", "wedding coffee cart"),
    ("Studio Lensa Kita in Malang, graduation shoots 450k, family portraits 1.8M. Call 0812 4444 1212",
     "1.8M", "family portraits"),
    ("Dapur Sehat Nia, salad jars 38k and cold-pressed juice 30k, delivered in Bandung", "38k", "salad jars"),
])
def test_millions_and_bare_thousands_are_prices(brief, value, subject):
    prices = {(f.value, f.subject) for f in _facts(brief, "price")}
    assert (value, subject) in prices


@pytest.mark.parametrize("brief", [
    "Sunrise 5K fun run in Sanur for charity, registration page please",
    "we shoot weddings in 4K video, Bali Films Studio",
    "trail race Ijen Ultra, 10K / 25K / 50K categories, need registration",
])
def test_a_race_distance_or_a_resolution_is_no_price(brief):
    assert not _facts(brief, "price")


@pytest.mark.parametrize("brief", [
    "Bengkel Motor Jaya, ganti oli 45rb, servis ringan 80rb, tune up 150rb. WA 0812 3333 4444",
    "Kinetic Pilates Bali: mat class 180k, reformer class 350k, 5-class pack 1.5M. WhatsApp 0812 9090 1010",
])
def test_a_note_does_not_repeat_prices_already_read(brief):
    intent = parse_brief(brief)
    prices = [f.value.lower() for f in intent.facts if f.kind == "price"]
    assert len(prices) >= 2
    for note in (f.value.lower() for f in intent.facts if f.kind == "note"):
        assert not any(p in note for p in prices), note


def test_a_note_keeps_its_own_words_beside_a_repeated_price():
    brief = "Kos Putri Melati dekat kampus, ada 12 kamar, 900rb/bln, wifi dan air panas. WA 0812 1111 2222"
    notes = [f.value for f in _facts(brief, "note")]
    assert any("12 kamar" in n for n in notes)
    assert not any("900rb" in n for n in notes)


def test_a_price_said_inside_a_package_line_is_shown_once():
    facts = (Fact(kind="package", value="paket silver 100 pax 15jt termasuk dekorasi"),
             Fact(kind="price", value="15jt", subject="paket silver"),
             Fact(kind="price", value="40rb", subject="snack box"))
    items = dict(info_items(facts, "id"))
    assert "15jt" in items["Paket"]
    assert "15jt" not in items["Harga"] and "40rb" in items["Harga"]


@pytest.mark.parametrize("brief, hours", [
    ("Mie Ayam Pak Kumis buka jam 10 pagi sampai jam 8 malam, Senin libur. WA 0812 7777 0000",
     "jam 10 pagi sampai jam 8 malam, Senin libur"),
    ("Bubur Ayam Mang Oleh buka dari jam 5 pagi sampai habis, hari Jumat tetap buka",
     "dari jam 5 pagi sampai habis, hari Jumat tetap buka"),
    ("Sunny Side Diner open Wed-Sun 7am-3pm, closed Tuesdays", "Wed-Sun 7am-3pm, closed Tuesdays"),
])
def test_hours_keep_the_day_said_after_them(brief, hours):
    assert [f.value for f in _facts(brief, "hours")] == [hours]


def test_until_sold_out_is_opening_hours_not_a_schedule():
    assert hours_label("jam 5 pagi sampai habis", "id") == "Jam buka"
    assert hours_label("setiap Sabtu pukul 15.00", "id") == "Jadwal"


@pytest.mark.parametrize("brief, turnaround", [
    ("Percetakan Undangan Asri, undangan mulai 3rb/pcs, proses 7-10 hari kerja. WA 0812 2020 3030",
     "proses 7-10 hari kerja"),
    ("Vermak Jeans Kang Ujang, pengerjaan 2-3 hari, Jl. Braga 12 Bandung", "pengerjaan 2-3 hari"),
    ("Cuci Sepatu Bersih, reguler 35rb, express 2 hari 50rb. WA 0812 6060 7070", "express 2 hari"),
])
def test_days_the_work_takes_are_the_turnaround_never_hours(brief, turnaround):
    assert turnaround in [f.value for f in _facts(brief, "turnaround")]
    assert not _facts(brief, "hours")


def test_an_express_variant_with_its_own_price_is_what_the_price_is_for():
    brief = "Cuci Sepatu Bersih, reguler 35rb, express 2 hari 50rb. WA 0812 6060 7070"
    assert ("50rb", "express") in {(f.value, f.subject) for f in _facts(brief, "price")}


def test_a_home_visit_is_labelled_and_walked_through_as_one():
    facts = (Fact(kind="pickup", value="terapis datang ke rumah area Depok"),)
    assert highlight_cards(facts, "id", "Refleksi Sehat")[0][0] == "Datang ke tempat Anda"
    laundry = (Fact(kind="pickup", value="antar jemput gratis"),)
    assert highlight_cards(laundry, "id", "Laundry Bersih")[0][0] == "Antar jemput"
    how = _section("Refleksi Sehat Bu Tini, pijat refleksi 90rb per jam, terapis datang ke rumah area Depok. "
                   "WA 0812 3434 5656", "how_to_order")
    assert "Datang sesuai jadwal" not in how
    en = _section("Glow Nails home service in Canggu: gel manicure 150k, we come to your villa. WhatsApp 0812 1212 3434",
                  "how_to_order")
    assert "Come in" not in en


def test_rental_steps_do_not_say_pick_a_pick():
    how = _section("Sewa Motor Barokah Jogja, Vario 75rb/hari, NMAX 130rb/hari, antar ke hotel. WA 0812 8888 9999",
                   "how_to_order")
    assert "Pilih pilihan" not in how


@pytest.mark.parametrize("brief, address", [
    ("Servis Kulkas Dingin Jaya, Jl. Ahmad Yani No. 45 Sidoarjo. Telp 031-8889999", "Jl. Ahmad Yani No. 45 Sidoarjo"),
    ("Toko Kue Ani di Jl. Magelang Km. 9 Sleman, buka jam 8-16", "Jl. Magelang Km. 9 Sleman"),
])
def test_a_street_address_keeps_the_number_after_no_or_km(brief, address):
    assert [f.value for f in _facts(brief, "address")] == [address]


def test_a_free_range_chicken_is_no_village():
    for brief in ("Tani Makmur jual Ayam Kampung Super 90rb/ekor dan Telur Omega, kirim area Klaten. WA 0812 3131 5151",
                  "Kami jual Telur Ayam Kampung Organik, 3rb/butir, Toko Tani Makmur Klaten"):
        assert not any("Kampung" in f.value for f in _facts(brief, "address"))


def test_how_long_the_warranty_runs_is_kept():
    brief = "AquaFix Plumbing Bali, leak repair and water heater install, 3-month warranty on all work. WhatsApp 0812 9797 1313"
    assert "3-month warranty on all work" in [f.value for f in _facts(brief, "guarantee")]


def test_a_schedule_keeps_its_whole_day_range():
    brief = "Rumah Tahfidz Al-Fatih, setoran hafalan Senin-Kamis jam 16.00 untuk anak SD. Kontak 0812 6464 8080"
    assert [f.value for f in _facts(brief, "hours")] == ["Senin-Kamis jam 16.00"]


def test_how_customers_pay_is_a_note_though_it_says_terima():
    brief = "Klinik Pratama Sehat Ceria, dokter umum dan cek gula darah, menerima BPJS. Telp 0274 555 666"
    assert any("BPJS" in f.value for f in _facts(brief, "note"))
