"""What an owner reads about how long they have been going, where they are, and what they are: a since-year or
years of experience said any way ("udah dari 2012", "10 tahun pengalaman", "15 years of experience") is one
fact rendered as a sentence; a town after a trade and a name is the place, not part of the name; a daycare is
written as a daycare (no "delivered to your address" for "antar jemput"); a wedding organiser selling only
packages is still named as one in the headline."""

from __future__ import annotations

import re

import pytest

from intent_helpers import WA, fact_pairs, fact_values, page_text
from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules import brand_and_place, parse_brief
from tapsite_pipeline.providers.offline_rules.copy import write_section
from tapsite_pipeline.providers.offline_rules.copy.factcopy import highlight_cards
from tapsite_pipeline.providers.offline_rules.places import PLACES


@pytest.mark.parametrize("brief, want", [
    ("Bengkel Maju udah dari 2012 servis motor", ("since", "2012")),
    ("Laundry Bersih sudah sejak 2008 cuci kiloan", ("since", "2008")),
    ("Toko Kue Ani berdiri tahun 2010 jual nastar", ("since", "2010")),
    ("Ani Bakery since 2015 sells sourdough", ("since", "2015")),
    ("Jasa renovasi Karya Jaya, 10 tahun pengalaman, renovasi rumah", ("experience", "10 tahun")),
    ("Fotografer Rudi, berpengalaman lebih dari 8 thn", ("experience", "lebih dari 8 tahun")),
    ("Wijaya Plumbing, over 15 yrs of experience fixing leaks", ("experience", "over 15 years")),
    ("Sudah 20 tahun melayani pelanggan, Toko Emas Cahaya", ("experience", "20 tahun")),
])
def test_since_and_experience_are_one_fact_each(brief, want):
    assert fact_pairs(brief, "since", "experience") == [want]


@pytest.mark.parametrize("brief", [
    "Penitipan anak Bunda Ceria untuk usia 1-5 tahun",   # an age
    "servis AC garansi 1 tahun",                         # a warranty
    "kost putri, sewa minimal 1 tahun",                  # a contract
    "tahun ajaran 2025/2026 sudah dibuka",               # a school year
])
def test_other_years_are_no_tenure(brief):
    assert fact_pairs(brief, "since", "experience") == []


def test_experience_reads_as_a_sentence_not_the_owners_scrap():
    fact = (Fact(kind="experience", value="lebih dari 8 tahun"),)
    (title, desc, kind), = highlight_cards(fact, "id", "Rudi Foto")
    assert (title, desc, kind) == ("Pengalaman lebih dari 8 tahun", "Berpengalaman lebih dari 8 tahun di bidangnya.",
                                   "experience")
    (title, desc, _), = highlight_cards((Fact(kind="experience", value="over 15 years"),), "en", "Wijaya")
    assert title == "Over 15 years of experience" and desc == "Over 15 years in the trade."


def test_gazetteer_holds_every_regency_but_not_everyday_words():
    assert {"tulungagung", "nganjuk", "kepulauan seribu", "hulu sungai selatan", "sulawesi tenggara"} <= PLACES
    assert not {"gunung mas", "intan jaya", "landak", "lingga"} & PLACES  # names of shops, or plain words


@pytest.mark.parametrize("brief, brand, place", [
    ("Toko bangunan Sumber Rejeki Tulungagung jual semen, pasir, besi beton", "Sumber Rejeki", "Tulungagung"),
    ("usaha kami bengkel Jaya Abadi Nganjuk, servis motor dan ganti oli", "Jaya Abadi", "Nganjuk"),
    # a name given as a name keeps the town the owner wrote into it
    ("gw jual iphone second, nama toko Gudang iPhone Bekasi. warna hitam", "Gudang IPhone Bekasi", "Bekasi"),
    ("Rattan House Cirebon manufactures rattan chairs and lamps", "Rattan House Cirebon", "Cirebon"),
    # what is left must still be a name: one word, trade words only, or a number keep the town
    ("toko Soto Kudus jual soto", "Soto Kudus", "Kudus"),
])
def test_a_town_after_a_trade_and_a_name_is_the_place(brief, brand, place):
    assert brand_and_place(brief) == (brand, place)


DAYCARE = ("Penitipan anak Bunda Ceria di Depok untuk usia 1-5 tahun, buka Senin-Jumat jam 7-17, ada antar jemput. "
           "WA 081298765432")


def test_a_daycare_is_written_as_a_daycare():
    intent = parse_brief(DAYCARE)
    assert intent.industry == "childcare"
    words = page_text(intent, ("hero", "highlights", "about", "how_to_order"))
    assert "urusan yang beres" not in words  # the neutral services benefit
    assert "diantar" not in words and "antar ke alamat" not in words  # children are picked up, not delivered
    assert "Cara Daftar" in words and "diasuh" in words


@pytest.mark.parametrize("brief, lang, noun", [
    ("Wedding organizer Janji Suci di Solo, paket intimate dan paket lengkap. WA 081234567890", "id",
     "Wedding organizer Janji Suci"),
    ("Sunset Vows is a wedding planner in Bali: elopement package and full wedding package. "
     "WhatsApp 081234567892", "en", "a wedding planner"),
])
def test_a_headline_of_packages_says_what_the_business_is(brief, lang, noun):
    intent = parse_brief(brief)
    assert intent.language == lang and intent.niche == "wedding"
    assert noun in (write_section("hero", intent, WA).heading or "")


@pytest.mark.parametrize("brief, btype", [
    # what the business makes comes first; what it "also" does is a side line
    ("Tanah Studio makes stoneware bowls and cups in Bandung. We also run weekend pottery classes.", "creative"),
    ("Bimbel Cerdas: les matematika dan fisika SD-SMP, juga jual buku latihan soal", "education"),
])
def test_a_side_line_after_also_does_not_decide_the_trade(brief, btype):
    assert parse_brief(brief).business_type == btype


def test_a_town_is_not_read_as_a_typo_of_a_trade_word():
    from tapsite_pipeline.providers.offline_rules.classify import score
    hits: list = []
    score("toko sepatu di bandung dan cirebon", [], hits)
    assert not any(h[0] == "bandeng" for h in hits)  # "bandung" is one letter from "bandeng" (milkfish)


@pytest.mark.parametrize("brief, brand", [
    ("Cookie hampers for Christmas and Eid, homemade chocolate chip and oatmeal cookies, by Oven Kecil", "Oven Kecil"),
    ("Tas rajut dan dompet rajut buatan tangan, made by Rumah Benang", "Rumah Benang"),
])
def test_a_maker_signing_the_brief_is_the_brand(brief, brand):
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief, brand", [
    # a contact line or the opening hours, standing as a sentence, never name the business
    ("Bengkel las Karya Logam Sidoarjo menerima pembuatan pagar dan kanopi. Hubungi 0822 1111 3333",
     "Karya Logam Sidoarjo"),
    ("We are a small farm shop in Malang selling organic vegetables. Open Saturday and Sunday 7am-12pm. "
     "WhatsApp 081355556666. We're Kebun Pagi.", "Kebun Pagi"),
    ("Open Kitchen Bali, catering sehat. WA 0812 3333 4444", "Open Kitchen Bali"),
    ("Daycare Pelangi Kecil menerima penitipan anak usia 1-5 tahun, buka Senin-Jumat 07.00-17.00, ada antar jemput. "
     "Sudah sejak 2015. Telp 021 7788 9900", "Daycare Pelangi Kecil"),
])
def test_contact_lines_and_hours_are_not_names(brief, brand):
    assert brand_and_place(brief)[0] == brand


@pytest.mark.parametrize("value, label", [
    ("Setiap Sabtu pukul 15.00", "Jadwal"),          # when a class meets
    ("Fridays at 7pm", "Schedule"),
    ("Senin-Jumat 07.00-17.00", "Jam buka"),         # a range of time: opening hours
    ("buka Sabtu-Minggu", "Jam buka"),
    ("Mon-Sat 8am to 5pm", "Opening hours"),
])
def test_a_single_time_is_a_schedule_not_opening_hours(value, label):
    from tapsite_pipeline.providers.offline_rules.copy.factcopy import hours_label
    assert hours_label(value, "en" if label in ("Schedule", "Opening hours") else "id") == label


def test_the_contact_section_says_schedule_for_a_class_time():
    intent = parse_brief("Sanggar tari Sekar Arum di Surakarta membuka kelas tari Jawa untuk anak. Latihan setiap "
                         "Sabtu pukul 15.00. Email sekararum@gmail.com")
    body = write_section("contact", intent, {"email": "sekararum@gmail.com"}).body or ""
    assert "Jadwal: " in body and "Jam buka" not in body


def test_a_day_is_not_a_turnaround():
    kinds = [f.kind for f in parse_brief("TPA Ceria Bunda: penitipan anak usia 1-5 tahun, makan 3x sehari").facts]
    assert "turnaround" not in kinds
    assert ("turnaround", "sehari selesai") in fact_pairs("cuci sepatu sehari selesai")


def test_an_age_range_is_labelled_as_ages_in_the_about_list():
    from tapsite_pipeline.providers.offline_rules.copy.factcopy import info_items
    assert info_items((Fact(kind="level", value="usia 1-5 tahun"),), "id") == [("Usia", "Usia 1-5 tahun")]
    assert info_items((Fact(kind="level", value="SD"),), "id") == [("Jenjang", "SD")]  # a school level stays one


def test_the_since_sentence_reads_whole_without_a_town():
    intent = parse_brief("Daycare Pelangi Kecil menerima penitipan anak usia 1-5 tahun. Sudah sejak 2015. "
                         "Telp 021 7788 9900")
    body = write_section("about", intent, {"phone": "+62217788990"}).body or ""
    assert "2015" in body and "hadir." not in body


def test_a_page_people_sign_up_on_never_asks_them_to_order():
    intent = parse_brief(DAYCARE)
    text = page_text(intent, ("about", "contact"))
    assert not re.search(r"\b(?:pesan|pesanan|memesan|pemesanan)\b", text)


@pytest.mark.parametrize("brief, package", [
    # "paket" + what it is (a count and its unit among the words) + its price + what it includes
    ("Paket umrah reguler 9 hari mulai Rp29.500.000, umrah plus Turki", "Paket umrah reguler 9 hari mulai Rp29.500.000"),
    ("pasang cctv kantor. paket 4 kamera cctv 3,2jt udh include pasang + hdd 1tb. Jaringan Aman Tech, hub 0813 1100 7788",
     "paket 4 kamera cctv 3,2jt udh include pasang + hdd 1tb"),
    ("Paket intimate wedding 50 tamu mulai Rp25.000.000, sudah termasuk katering, dekorasi, dan MC. WA 0812 2222 3333",
     "Paket intimate wedding 50 tamu mulai Rp25.000.000, sudah termasuk katering, dekorasi, dan MC"),
    ("paket 4 kamera bisa dipantau dr hp", "paket 4 kamera"),
])
def test_a_package_is_read_whole(brief, package):
    assert package in fact_values(brief, "package")


def test_two_packages_named_together_are_two():
    got = fact_values("tersedia paket A 12jt, paket B 18jt", "package")
    assert got == ["paket A 12jt", "paket B 18jt"]


def test_a_package_that_says_more_than_its_card_is_shown():
    from tapsite_pipeline.providers.offline_rules.copy.factcopy import info_items
    facts = (Fact(kind="package", value="Paket intimate wedding 50 tamu mulai Rp25.000.000"),
             Fact(kind="price", value="mulai Rp25.000.000"))
    items = info_items(facts, "id", products=("paket intimate wedding",))
    assert items == [("Paket", "Paket intimate wedding 50 tamu mulai Rp25.000.000")]  # the price once, inside it
    assert info_items((Fact(kind="package", value="paket intimate wedding"),), "id",
                      products=("paket intimate wedding",)) == []  # the card says it all


@pytest.mark.parametrize("brief, fact", [
    ("Free shipping for orders above IDR 150,000. Contact hello@lumi.example.com",
     ("delivery", "Free shipping for orders above IDR 150,000")),
    ("Grace Church welcomes everyone to Sunday services at 8am and 5pm, youth fellowship on Fridays",
     ("hours", "Sunday services at 8am and 5pm")),
])
def test_an_amount_or_a_days_times_are_read_whole(brief, fact):
    assert fact in fact_pairs(brief)


@pytest.mark.parametrize("brief, value", [
    ("Wijaya Plumbing has served Surabaya households for over 15 years: leak repairs. Call 031 555 0199.",
     "over 15 years"),
    ("Bengkel Jaya melayani warga Depok selama 10 tahun, servis motor", "10 tahun"),
])
def test_years_of_service_after_a_serving_verb(brief, value):
    assert ("experience", value) in fact_pairs(brief)
    assert not fact_values("sewa rumah selama 2 tahun", "experience")


def test_a_greeting_is_no_note():
    assert not [f for f in parse_brief("Good afternoon. Wijaya Plumbing fixes leaks in Surabaya.").facts
                if f.kind == "note"]


def test_an_english_age_range_reads_as_a_sentence():
    (title, desc, _), = highlight_cards((Fact(kind="level", value="aged 1-5"),), "en", "Little Sprouts")
    assert (title, desc) == ("Ages", "For children aged 1-5.")


@pytest.mark.parametrize("brief, note", [
    ("Lumi Skin Lab is a local skincare brand registered with BPOM and certified halal. Our range: serum.",
     "registered with BPOM and certified halal"),
    ("Kelompok Tani Sumber Makmur memproduksi sayuran organik bersertifikat: kentang, kol.", "organik bersertifikat"),
    ("Keripik Bu Ani sudah izin PIRT dan halal MUI, kirim se-Jawa", "izin PIRT dan halal MUI"),
    ("Biro umrah kami berizin resmi Kemenag, paket reguler", "berizin resmi Kemenag"),
])
def test_what_certifies_the_business_is_stated(brief, note):
    assert ("note", note) in fact_pairs(brief)
    assert not [f for f in parse_brief("sayur organik dan buah segar, Kebun Kita").facts if "organik" in f.value]


@pytest.mark.parametrize("brief, audience", [
    ("Pondok Pesantren Al Falah menerima santri putra dan putri usia SMP-SMA untuk program tahfidz.",
     "santri putra dan putri"),
    ("Sinau Desa adalah platform pelatihan daring bagi perangkat desa dan kader posyandu.",
     "perangkat desa dan kader posyandu"),
    ("Sanggar Batik Omah menyediakan pelatihan membatik bagi wisatawan serta pelajar.", "wisatawan serta pelajar"),
])
def test_who_it_is_for_names_the_people(brief, audience):
    assert ("audience", audience) in fact_pairs(brief)
    assert not fact_values("Warung Bu Sri menerima pesanan nasi box", "audience")


@pytest.mark.parametrize("brief, note", [
    ("Grace Church Batam welcomes everyone to Sunday services at 8am, youth fellowship on Fridays.",
     "youth fellowship on Fridays"),
    ("Ocean Clean Lombok — we organise beach cleanups every second Sunday. Join us.",
     "beach cleanups every second Sunday"),
    ("jual preloved tas. live tiap malem jumat di tiktok. namanya lapak bekas", "live tiap malem jumat di tiktok"),  # and where it is held
])
def test_a_weekly_day_keeps_its_activity(brief, note):
    assert ("note", note) in fact_pairs(brief)


def test_book_on_whatsapp_asks_for_booking():
    brief = ("Bright Paws is a dog grooming salon in Canggu. Bath & trim and nail clipping. "
             "Book on WhatsApp 0813 9999 0000")
    assert "booking" in parse_brief(brief).features_requested
    assert "booking" not in parse_brief("this book on cooking, Dapur Buku").features_requested
