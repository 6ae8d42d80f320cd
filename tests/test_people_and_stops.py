"""Who the owner names and where a sentence ends: a person to call, written after the number ("(pak Darto)",
"a.n. Bu Sumi"), is no name of the business; a person's name read alone keeps the title written before it
("coach Fajar" → "Coach Fajar"); a title's full stop ("drh. Maya") ends no sentence of a note; a range keeps the
noun it counts ("Groups of 2-12", not "of 2-12"); a name ending in its own full stop closes a sentence with one
stop. Every brief here is new wording (not dataset rows)."""

from __future__ import annotations

import pytest

from intent_helpers import fact_values
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.util import tidy

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,person", [
    ("jasa kuras toren dan sumur bor wilayah bekasi, bergaransi. telp 021 8899 7766 (pak Harun)", "Harun"),
    ("terima jahitan seragam & gamis, hub 0813 2211 4455 a.n. Bu Warsih", "Warsih"),
    ("servis mesin cuci panggilan area depok, cp: mas Yogi 0857 1234 0099", "Yogi"),
])
def test_the_person_to_call_is_no_name_of_the_business(brief, person):
    brand = parse_brief(brief).brand_name or ""
    assert person not in brand


@pytest.mark.parametrize("brief,brand", [
    ("les badminton anak & remaja pak Arif, gor kecamatan cimahi. wa 0812 4000 1122", "Pak Arif"),
    ("les gitar privat coach Andre, datang ke rumah area cibubur. wa 0812 4000 1122", "Coach Andre"),
    ("Pilates class with coach Laras every Saturday in Sanur. DM @laraspilates", "Coach Laras"),
])
def test_a_person_read_alone_keeps_the_title_before_the_name(brief, brand):
    assert parse_brief(brief).brand_name == brand


def test_a_named_business_keeps_its_name_when_a_coach_is_mentioned():
    brief = "Sanggar Tari Kencana, Malang: tari tradisional anak dibimbing coach Wulan. WA 0812 7788 9900"
    assert parse_brief(brief).brand_name == "Sanggar Tari Kencana"


@pytest.mark.parametrize("brief,note", [
    ("Praktek Hewan Sehat Sentosa - dokter jaga drh. Nugroho. Vaksin, steril, rawat inap. WA 0812 3300 4411",
     "dokter jaga drh. Nugroho"),
    ("Toko Obat Berkah, apoteker apt. Wulan Sari. Obat resep dan alkes. Buka 24 jam", "apoteker apt. Wulan Sari"),
])
def test_a_title_full_stop_ends_no_sentence_of_a_note(brief, note):
    notes = fact_values(brief, "note")
    assert note in notes
    assert not any(n.endswith(("drh", "apt")) for n in notes)


@pytest.mark.parametrize("brief,note", [
    ("Raja Ampat Dive Trips runs reef dives from Waisai. Groups of 4-8, licensed dive masters.", "Groups of 4-8"),
    ("Kelas melukis anak di Bogor, kelompok isi 5-7 anak. Sanggar Warna Ceria.", "kelompok isi 5-7 anak"),
])
def test_a_range_keeps_the_noun_it_counts(brief, note):
    assert note in fact_values(brief, "note")


def test_a_name_that_ends_in_a_full_stop_closes_a_sentence_with_one_stop():
    assert tidy("Order your soap from Bali Suds Co.. We ship daily.", "Bali Suds Co.") == \
        "Order your soap from Bali Suds Co. We ship daily."
    assert tidy("Tunggu ya... kami balas.") == "Tunggu ya... kami balas."  # an ellipsis stays


@pytest.mark.parametrize("brief,brand", [
    ("jasa sedot wc dan saluran mampet wilayah kediri, 24 jam. telp 0354 667 889", "WC"),
    ("service ac rumah & kantor area cibinong, cuci ac 80rb. wa 0812 1010 2020", "AC"),
])
def test_a_name_made_from_the_brief_writes_acronyms_in_capitals(brief, brand):
    name = parse_brief(brief).brand_name
    assert brand in name.split() and brand.capitalize() not in name.split()


@pytest.mark.parametrize("brief,brand", [
    ("Mie Ayam Pak Min Wonogiri, seporsi 12rb, bisa bungkus. WA 0812 3030 4040", "Mie Ayam Pak Min Wonogiri"),
    ("Jamu Gendong Mbok Sis keliling area Sukoharjo: kunyit asam, beras kencur. WA 0813 5050 6060", "Jamu Gendong Mbok Sis"),
    ("Bakmi Kita jual bakmi ayam dan pangsit rebus, Palembang. WA 0812 7070 8080", "Bakmi Kita"),
    ("Laundry Kami melayani cuci kiloan dan setrika, Cimahi. WA 0812 9090 1010", "Laundry Kami"),
])
def test_a_name_of_common_words_the_owner_made_their_own_is_kept(brief, brand):
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    ("Coding for Teens by Kak Raka — Python and Scratch classes in Denpasar, ages 10-15. WA 0812 4545 6767",
     "Coding for Teens by Kak Raka"),
    ("Piano for Beginners with Miss Ola: private lessons at home, Makassar. WA 0813 2323 4545",
     "Piano for Beginners with Miss Ola"),
])
def test_a_name_joined_by_a_small_word_before_its_person_is_read_whole(brief, brand):
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    ("Licensed since 2010, we repair and service split AC units in Denpasar. Sejuk Teknik Bali. WA 0812 6600 7700",
     "Sejuk Teknik Bali"),
    ("Certified & insured. Atap Kuat Roofing, Batam: pasang atap spandek dan baja ringan. WA 0812 3456 7890",
     "Atap Kuat Roofing"),
])
def test_what_vouches_for_the_business_said_first_is_no_name(brief, brand):
    assert parse_brief(brief).brand_name == brand


def test_where_the_business_works_said_first_is_no_name():
    brief = "Area Bekasi Kota & Cikarang, jasa cuci kasur dan sofa panggilan. WA 0812 3456 7890"
    assert not (parse_brief(brief).brand_name or "").startswith("Area")


def test_a_titled_person_on_the_staff_is_no_name_of_the_business():
    brief = "Apotek Sumber Waras, apoteker penanggung jawab apt. Rina Kartika. Obat resep dan alkes. Buka 24 jam"
    assert "Rina" not in (parse_brief(brief).brand_name or "")


@pytest.mark.parametrize("brief,note", [
    ("Sabun Sereh Wangi, Bogor: sabun batang dan lilin aromaterapi. Wholesale for resorts from 200 pcs. WA 0812 1111 3333",
     "Wholesale for resorts from 200 pcs"),
    ("Kerupuk Ikan Pak Darsa, Indramayu. Grosir mulai 10 bal, eceran juga ada. WA 0812 1111 4444", "Grosir mulai 10 bal"),
])
def test_a_least_order_keeps_what_it_is_for(brief, note):
    assert any(note in n for n in fact_values(brief, "note"))
