"""What the owner reads in the facts and notes: hours keep their day exceptions whole ("jumat buka abis
jumatan", "Sunday closed", "kecuali Selasa"), a facility that runs round the clock ("cctv 24 jam") is not
opening hours, chat shorthand is spelled out on the page ("udh" → "sudah", "dkt" → "dekat") while the scorer
still finds the brief's facts, and a business whose offerings are rentals is described as a rental."""

from __future__ import annotations

import pytest

from intent_helpers import WA, fact_values, page_text
from tapsite_pipeline.evals.fidelity.gold import alternative_in
from tapsite_pipeline.evals.fidelity.text import has_phrase, norm
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.sections import write_section
from tapsite_pipeline.shorthand import expand


def _hours(text: str) -> list[str]:
    return fact_values(text, "hours")


@pytest.mark.parametrize("brief, hours", [
    ("Toko Roti Ani buka 10.00-22.00, jumat buka abis jumatan", "10.00-22.00, jumat buka abis jumatan"),
    ("Warung Bu Sri buka tiap hari kecuali selasa jam 7-15", "tiap hari kecuali selasa jam 7-15"),
    ("Bengkel Jaya buka senin-jumat 08.00-16.00, sabtu sampai jam 12, minggu libur",
     "senin-jumat 08.00-16.00, sabtu sampai jam 12, minggu libur"),
    ("Laundry Kita buka jam 7-21, libur hari minggu", "jam 7-21, libur hari minggu"),
    ("Bright Dental Clinic in Denpasar, open Mon-Sat 9am-6pm, sunday closed.", "Mon-Sat 9am-6pm, sunday closed"),
    ("Green Cafe open 9am-5pm daily except Mondays", "9am-5pm daily except Mondays"),
    ("Bengkel Jaya buka senin-jumat 08.00-16.00, sabtu 08.00-12.00", "senin-jumat 08.00-16.00, sabtu 08.00-12.00"),
])
def test_a_day_exception_stays_whole_with_the_hours(brief, hours):
    assert _hours(brief) == [hours]


def test_hours_followed_by_their_days_keep_them():
    assert _hours("Salon Ayu buka 09.00-18.00 senin-sabtu") == ["09.00-18.00 senin-sabtu"]


def test_the_page_shows_the_exception_with_the_day_as_a_name():
    page = page_text("Toko Roti Ani buka 10.00-22.00, jumat buka abis jumatan")
    assert "10.00-22.00, Jumat buka abis jumatan" in page
    assert "10.00-22.00, jumat." not in page.lower()


@pytest.mark.parametrize("brief, note", [
    ("Kost Melati fasilitas wifi, dapur bersama, parkir motor, cctv 24 jam", "cctv 24 jam"),
    ("Kost Putra Bima kamar AC, air panas 24 jam, penjagaan 24 jam", "penjagaan 24 jam"),
    ("Sunrise Guesthouse rooms with AC, wifi, security 24/7", "security 24/7"),
])
def test_round_the_clock_facility_is_a_note_not_opening_hours(brief, note):
    intent = parse_brief(brief)
    assert not [f for f in intent.facts if f.kind == "hours"]
    assert any(note in f.value for f in intent.facts if f.kind == "note")
    assert "Jam buka" not in page_text(brief) and "Opening hours" not in page_text(brief)


@pytest.mark.parametrize("brief, hours", [
    ("Apotek Sehat buka 24 jam, wifi gratis", "24 jam"),
    ("Gym Kuat open 24/7, personal trainer", "24/7"),
    ("Kost Mawar wifi kenceng, buka 24 jam", "24 jam"),
])
def test_open_round_the_clock_is_still_opening_hours(brief, hours):
    assert _hours(brief) == [hours]


@pytest.mark.parametrize("typed, shown", [
    ("Udh termasuk listrik & air", "Sudah termasuk listrik & air"),
    ("Bs survei dulu kapan aja, tinggal kabarin", "Bisa survei dulu kapan aja, tinggal kabarin"),
    ("dkt kampus Undip", "dekat kampus Undip"),
    ("Walk in aja gk usah booking", "Walk in aja nggak usah booking"),
    ("1,2jt/bln udh termasuk wifi", "1,2jt/bulan sudah termasuk wifi"),
    ("kak, jln Merdeka no 5", "Jl. Merdeka no 5"),
    ("min, dkt pasar", "dekat pasar"),
    ("min 30 org", "min 30 orang"),  # "min" without a comma is "minimal", never a greeting
    ("praktek dr Andi tdk buka hr minggu", "praktek dr Andi tidak buka hari minggu"),  # a doctor's title stays
    ("SM Bakery", "SM Bakery"),  # an acronym in capitals is a name
    ("@udh.yg", "@udh.yg"),  # a handle is never touched
    ("Dokter hewan dtg tiap sabtu, tlp dulu", "Dokter hewan datang tiap sabtu, telepon dulu"),
])
def test_chat_shorthand_is_spelled_out_for_thepage_text(typed, shown):
    assert expand(typed) == shown


def test_a_protected_name_keeps_its_words():
    assert expand("Bs Laundry yg murah", protect=("Bs Laundry",)) == "Bs Laundry yang murah"


def test_an_english_page_only_tidies_the_street():
    assert expand("near the bs dr office, jl Sunset 5", lexicon=False) == "near the bs dr office, Jl. Sunset 5"


def test_owner_text_on_the_page_is_spelled_out():
    page = page_text("Kost Putri Anggrek dkt kampus Undip, 1,2jt/bln udh termasuk listrik & air. "
                 "Bs survei dulu kapan aja, tinggal kabarin")
    assert "dekat kampus Undip" in page and "sudah termasuk listrik" in page and "Bisa survei dulu kapan aja" in page
    assert "dkt " not in page and "udh " not in page and "Bs survei" not in page


@pytest.mark.parametrize("brief_words, page_words", [
    ("udh termasuk listrik", "Sudah termasuk listrik"),
    ("dkt kampus undip", "dekat kampus Undip"),
    ("gk usah booking", "nggak usah booking"),
])
def test_the_scorer_finds_a_spelled_out_fact_both_ways(brief_words, page_words):
    assert has_phrase(norm(page_words), norm(brief_words))
    assert has_phrase(norm(brief_words), norm(page_words))
    assert alternative_in(page_words, brief_words) and alternative_in(brief_words, page_words)


def test_the_scorer_still_tells_different_words_apart():
    assert not has_phrase(norm("sudah termasuk air"), norm("belum termasuk air"))
    assert not alternative_in("blm termasuk air", "sudah termasuk air")


@pytest.mark.parametrize("brief, niche", [
    # a photo booth is hired out too, and drawn as photography (as the page set labels it)
    ("Kotak Cekrek Photobooth sewa photobooth unlimited print 2 jam 1,5jt, 360 video booth, props lucu. "
     "buat wedding, ultah, gathering kantor", "photo"),
    ("Kostum Ceria sewa kostum karnaval dan baju adat anak", "rental"),
    ("Bali Party Hire: marquee hire, furniture hire and lighting for weddings", "rental"),
    ("Tenda Jaya sewa tenda, kursi, meja untuk hajatan dan pernikahan", "rental"),
    ("Audio Prima rental sound system dan lighting buat konser", "rental"),
])
def test_a_business_renting_things_out_is_a_rental(brief, niche):
    intent = parse_brief(brief)
    assert intent.niche == niche
    page = page_text(brief).lower()
    assert "penyelenggara acara" not in page and "event organiser" not in page


@pytest.mark.parametrize("brief, niche", [
    ("EO Ceria jasa event organizer, MC, dan sewa sound", "organizer"),  # runs the event; renting is a part of it
    ("Kost Melati sewa kamar bulanan dekat kampus", "other"),  # a boarding house, not a rental business
])
def test_renting_inside_another_trade_keeps_that_trade(brief, niche):
    assert parse_brief(brief).niche == niche


@pytest.mark.parametrize("brief, address, offer", [
    ("Sakinah Wedding Organizer melayani pernikahan adat Sunda. Konsultasi gratis di kantor kami di Buah Batu.",
     "kantor kami di Buah Batu", "Konsultasi gratis"),
    ("Jasa desain interior Ruang Kita, gratis survei ke lokasi, workshop kami di Desa Tegallalang",
     "workshop kami di Desa Tegallalang", "gratis survei ke lokasi"),
    ("Kue Bu Rina terima pesanan nastar, free ongkir, dapur kami di Pondok Gede", "dapur kami di Pondok Gede", None),
])
def test_where_the_business_works_from_is_its_address_whole(brief, address, offer):
    facts = parse_brief(brief).facts
    assert address in fact_values(brief, "address")
    if offer:
        assert offer in [f.value for f in facts if f.kind == "offer"]


def test_a_shop_in_a_town_said_as_what_it_is_is_no_address():
    assert not [f for f in parse_brief("Boba shop in Surabaya, brown sugar fresh milk and matcha latte").facts
                if f.kind == "address"]


def test_a_portfolio_project_a_course_gives_is_a_note():
    intent = parse_brief("Ngoding Bareng online IT course: python basics, 8-week bootcamp 1.5jt, "
                         "certificate + portfolio project")
    assert "certificate + portfolio project" in [f.value for f in intent.facts if f.kind == "note"]


def test_contact_details_in_the_owners_words_are_spelled_out_too():
    intent = parse_brief("Kost Putri Melati dkt kampus Undip, kamar AC 1,2jt/bln. buka 08.00-21.00, jumat libur")
    contact = write_section("contact", intent, {**WA, "address": "dkt kampus Undip", "hours": "08.00-21.00, jumat libur"})
    text = str(contact.model_dump())
    assert "dekat kampus Undip" in text and "dkt" not in text
    assert "Jumat libur" in text


@pytest.mark.parametrize("brief, hours", [
    ("Harbour Gym Fremantle, open 5am-10pm weekdays, saturday 7am-2pm, sunday closed. free trial class",
     "5am-10pm weekdays, saturday 7am-2pm, sunday closed"),
    ("Kedai Kopi Senja buka jam 8-22 hari kerja, akhir pekan sampai jam 24",
     "jam 8-22 hari kerja, akhir pekan sampai jam 24"),
])
def test_weekdays_and_weekends_are_days_of_the_hours(brief, hours):
    assert _hours(brief) == [hours]


def test_near_a_landmark_stays_near():
    facts = parse_brief("Tenda Barokah sewa tenda & kursi, dkt pasar Ciputat. bs antar pasang").facts
    assert [f.value for f in facts if f.kind == "address"] == ["dkt pasar Ciputat"]
    assert "Alamat: dekat pasar Ciputat" in str(write_section("contact", parse_brief(
        "Tenda Barokah sewa tenda & kursi, dkt pasar Ciputat. bs antar pasang"), WA).model_dump())


@pytest.mark.parametrize("brief, note", [
    ("Lapak Bekas Bagus jual preloved tas & sepatu. live tiap malem jumat di tiktok", "live tiap malem jumat di tiktok"),
    ("Yoga with Rina, online classes every second Sunday on Zoom, beginners welcome",
     "online classes every second Sunday on Zoom"),
    ("Kajian Muslimah Al Ikhlas, kajian rutin setiap kamis pertama via zoom", "kajian rutin setiap kamis pertama via zoom"),
])
def test_a_recurring_session_keeps_the_platform_it_is_held_on(brief, note):
    assert note in fact_values(brief, "note")


def test_a_price_after_abbreviated_harga_names_its_subject():
    prices = [f for f in parse_brief("Tenda Barokah sewa tenda & kursi. bs antar pasang, hrg tenda 3x3 350rb/hr").facts
              if f.kind == "price"]
    # (the size is part of what the price is for: a 3x3 tent)
    assert [(f.subject, f.value) for f in prices] == [("tenda 3x3", "350rb/hr")]


@pytest.mark.parametrize("brief, hours", [
    ("Dr Paws Vet Clinic in Sanur. open daily 9am-8pm except public holidays, vaccination and grooming",
     "daily 9am-8pm except public holidays"),
    ("Apotek Sehat buka 08.00-21.00 kecuali tanggal merah, obat resep dan alkes", "08.00-21.00 kecuali tanggal merah"),
])
def test_a_holiday_exception_stays_with_the_hours_and_is_no_offering(brief, hours):
    intent = parse_brief(brief)
    assert _hours(brief) == [hours]
    assert not [p for p in intent.products if "holiday" in p or "merah" in p]


def test_a_price_subject_keeps_its_acronyms_in_the_about_list():
    """"kamar AC kamar mandi dalam 1,2jt/bln" was listed as "Harga — Kamar ac kamar mandi: 1,2jt/bulan"."""
    from tapsite_pipeline.models import Fact
    from tapsite_pipeline.providers.offline_rules.copy.factcopy import info_items
    facts = (Fact(kind="price", value="1,2jt/bulan", subject="kamar ac kamar mandi dalam"),
             Fact(kind="price", value="800rb", subject="kamar non ac"))
    (label, value), = [(k, v) for k, v in info_items(facts, "id") if v]
    assert "Kamar AC kamar mandi dalam: 1,2jt/bulan" in value and "kamar non AC: 800rb" in value


def test_a_price_line_beside_the_cards_keeps_the_subjects_acronyms():
    import tempfile
    from pathlib import Path

    from tapsite_pipeline.brief import make_brief
    from tapsite_pipeline.pipeline import Runtime, generate_site
    with tempfile.TemporaryDirectory() as home:
        r = generate_site(make_brief("Kost Putri Melati dkt kampus Undip Tembalang. kamar AC kamar mandi dalam "
                                     "1,2jt/bln, non AC 800rb, udh termasuk listrik & air. wa 0812-2900-4567"),
                          Runtime.local(home))
        html = Path(r.deployment.index_path).read_text(encoding="utf-8")
    assert "non AC" in html and "non ac" not in html
