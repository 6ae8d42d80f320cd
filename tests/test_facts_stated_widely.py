"""Facts as owners state them across the country: regional cue words, market stalls, routes, times set aside for some
people, warranties with their lengths, aftercare, booking ahead, a number for SMS, trips and sizes named with a price,
shops as customers; the about copy keeps who the page is for in the owner's fuller words; and the facts judge never
reads a number the owner did not write."""

from __future__ import annotations

import pytest

from intent_helpers import fact_pairs, fact_values, page_text
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.util import fix_acronyms
from tapsite_pipeline.providers.offline_rules.regional_cues import cue

pytestmark = pytest.mark.unit


# ---------------------------------------------------------------- regional cue words

def test_cue_reads_the_indonesian_word_and_its_regional_forms():
    import re
    rx = re.compile(rf"\b{cue('sejak')}\b", re.I)
    assert rx.search("Sajak 1987") and rx.search("wiwit 2003") and rx.search("sejak 2001")
    assert not rx.search("sajadah")


@pytest.mark.parametrize("brief, year", [
    ("Ambo Uni Lis manjua sate padang di Payakumbuh, sajak 1987. sate 20rb. telp 0752-123-456", "1987"),
    ("Warung Mbok Darmi bukak wiwit taun 2003 nang Klaten, sego liwet 15rb, wa 0813 2222 1111", "2003"),
])
def test_a_year_after_a_regional_since_word_is_the_year_started(brief, year):
    assert fact_values(brief, "since") == [year]


# ---------------------------------------------------------------- market stalls

def test_a_market_with_its_stall_and_floor_is_one_address():
    brief = "Uda Rinal manjua kain songket di Pasa Ateh Bukittinggi, los tigo lantai duo. songket 450rb. wa 0812 7777 6666"
    assert ("address", "Pasa Ateh Bukittinggi, los tigo lantai duo") in fact_pairs(brief, "address")


def test_a_kiosk_number_stays_with_its_market():
    brief = "Toko Emas Sinar jual cincin & kalung di Pasar Johar, kios no. 27. buka 8-16. wa 0813 9999 1212"
    assert fact_values(brief, "address") == ["Pasar Johar, kios no. 27"]


def test_the_village_the_makers_work_in_is_not_the_shop_address():
    brief = ("Galeri Tenun Ikat Sumba, kain tenun dari penenun Kampung Prailiu, selendang 300rb. "
             "Toko di Jl. Ahmad Yani 14, Waingapu. wa 0812 3456 1111")
    addresses = fact_values(brief, "address")
    assert addresses and all("Prailiu" not in a for a in addresses)
    assert any("Ahmad Yani" in a for a in addresses)


# ---------------------------------------------------------------- routes and slots

def test_a_route_keeps_where_it_starts_and_every_stop():
    brief = "CV Kapal Cepat melayani kirim barang dari Makassar ke Kendari, Baubau, dan Ambon. Tarif 6rb/kg. wa 0811 2222 3333"
    assert "Makassar ke Kendari, Baubau, dan Ambon" in fact_values(brief, "area")


def test_an_english_route_is_read_too():
    brief = "Gili Express runs fast boats from Lombok to Gili Air and Gili Meno daily, IDR 250K one way. WA 0819 1111 2222"
    assert any(v.startswith("Lombok to Gili Air") for v in fact_values(brief, "area"))


def test_a_time_set_aside_for_some_people_is_said_with_them_and_is_not_the_opening_hours():
    brief = ("Kolam Renang Tirta Asri, tiket 25rb. sesi khusus muslimah tiap Jumat 07.00-09.00. "
             "buka setiap hari 06.00-18.00. wa 0812 1212 3434")
    pairs = fact_pairs(brief)
    assert ("note", "sesi khusus muslimah tiap Jumat 07.00-09.00") in pairs
    assert [v for k, v in pairs if k == "hours"] == ["setiap hari 06.00-18.00"]


# ---------------------------------------------------------------- promises with their lengths

def test_a_warranty_keeps_a_second_promise_joined_to_it():
    brief = "Servis AC Dingin Jaya, cuci AC 75rb. garansi kompresor 2 tahun dan cek gratis 3 bulan. wa 0813 4545 6767"
    assert fact_values(brief, "guarantee") == ["garansi kompresor 2 tahun dan cek gratis 3 bulan"]
    assert not any("tahun dan" in v for v in fact_values(brief, "offer"))


def test_how_long_the_owner_stays_with_a_customer_is_a_fact():
    brief = "Kursus bikin website 1,5jt, peserta dapat mentoring 2 bulan lewat grup. daftar 0812 1111 0000"
    assert any("mentoring 2 bulan" in v for v in fact_values(brief, "note"))
    assert "pendampingan 3 bln" in fact_values("Kelas kopi 300rb. Alumni masuk grup WA pendampingan 3 bln.", "note")


@pytest.mark.parametrize("brief, said", [
    ("Bali Cooking Class in Ubud, IDR 400K per person. Please book two days ahead. WA 0812 3333 4444", "book two days ahead"),
    ("Kue ulang tahun Bu Tini, tart 200rb, pesan sehari sebelumnya ya. wa 0812 5555 6666", "pesan sehari sebelumnya"),
])
def test_booking_ahead_said_in_words_is_the_lead_time(brief, said):
    assert said in fact_values(brief, "turnaround")


def test_how_long_a_customer_waits_is_the_turnaround_not_hours():
    brief = "Sol Sepatu Pak Eko, ganti sol 60rb, bisa ditunggu 2-3 jam. wa 0857 1234 9876"
    pairs = fact_pairs(brief)
    assert ("turnaround", "bisa ditunggu 2-3 jam") in pairs
    assert not [v for k, v in pairs if k == "hours"]


def test_a_trial_keeps_its_length():
    brief = "Kasir Kilat, aplikasi kasir online mulai 59rb/bulan, 7-day free trial. email halo@kasirkilat.id"
    assert "7-day free trial" in fact_values(brief, "offer")


# ---------------------------------------------------------------- what a price is for

def test_a_trip_length_names_the_package_priced():
    brief = "Flores Trip Co: 3D2N Labuan Bajo from IDR 2.9jt/pax, 4D3N from IDR 3.8jt/pax. WA 0813 1111 9999"
    subjects = [f.subject for f in parse_brief(brief).facts if f.kind == "price"]
    assert "4d3n" in subjects
    assert fix_acronyms("4d3n") == "4D3N"


def test_a_count_after_with_is_part_of_what_is_priced():
    brief = "Gamelan Sekar Ayu: a 30-minute set with 8 players costs IDR 4,000,000. WA 0812 0000 1111"
    prices = [(f.subject, f.value) for f in parse_brief(brief).facts if f.kind == "price"]
    assert ("a 30-minute set with 8 players", "IDR 4,000,000") in prices


# ---------------------------------------------------------------- contacts said as facts, customers

def test_a_number_for_sms_is_a_fact_and_one_shared_with_the_phone_is_not():
    assert "SMS 0852 4444 1111" in fact_values("Sanggar Tari Lestari, telp (0361) 223 344 atau SMS 0852 4444 1111.", "note")
    assert not any("sms" in v.lower() for v in fact_values("Ternak Lele Pak Udin, telp/sms 0852 4444 1111", "note"))


def test_shops_listed_as_customers_are_who_it_is_for():
    brief = "Mesin kasir Struk.in buat minimarket, warung, dan toko bangunan. paket 99rb/bulan. wa 0812 7878 9090"
    assert fact_values(brief, "audience") == ["minimarket, warung, dan toko bangunan"]


def test_one_shop_alone_is_not_an_audience():
    assert not fact_values("halo kak mau bikin web buat warung sy, namanya Warung Bu Nah, nasi rames 12rb", "audience")


def test_an_audience_word_heading_a_place_name_is_no_audience():
    brief = "Pasang wifi Net Desa, 100rb/bln, khusus Desa Sukorejo & Sumberagung. wa 0831 1111 2222"
    assert "Desa" not in fact_values(brief, "audience")


def test_a_list_of_customers_ending_in_or_keeps_its_last_word_whole():
    assert fact_values("Catering Bu Ani nasi kotak untuk sekolah dan kantor di Depok", "audience") == ["sekolah dan kantor"]


def test_the_about_copy_says_who_it_is_for_in_the_owners_fuller_words():
    brief = "CV Data Prima membuat aplikasi absensi untuk sekolah, klinik, dan instansi pemerintah. Kontak 0813 1234 5678"
    assert "sekolah, klinik, dan instansi pemerintah" in page_text(brief, ("about",))


# ---------------------------------------------------------------- the judge

def test_a_number_ending_the_brief_never_runs_into_a_gold_alternative():
    brief = "Percetakan Maju, brosur A5 mulai Rp 500. Telp. (0541) 733 1020"
    html = ('<html><head><title>Percetakan Maju</title></head><body><main><section><h1>Percetakan Maju</h1>'
            '<p>Brosur A5 mulai Rp 500.</p><p>Telepon (0541) 7331020</p>'
            '<a href="tel:+625417331020">Telepon</a></section></main></body></html>')
    gold = {"facts": [{"kind": "other", "text": "minimal 50 lembar", "any_of": [["50 lembar"]]},
                      {"kind": "other", "text": "telepon", "any_of": [["733 1020"]]}],
            "contact": {"channel": "email", "value": "a@b.id"}}
    problems = score_page(html, brief, gold=gold)["facts"].problems
    assert not any("invented phone" in p for p in problems)
    assert any("50 lembar" in p for p in problems)  # the judge still reads what is missing
