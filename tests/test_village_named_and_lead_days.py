"""Where the business is when the owner names a village the gazetteer cannot know (after the name's comma, before its
region; after the name's dash on the heading line), a day's notice said with the way to order between ("titip belanja
lewat WA sehari sebelumnya"), and a pickup truck that is no pickup service ("mobil pick up")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.village_named import named_place

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,place", [
    ("Kerupuk Kulit Bu Darmi, Sukorejo Kendal. kerupuk kulit 25rb/bungkus. WA 0812 4000 5000", "Sukorejo, Kendal"),
    ("TOKO BANGUNAN SINAR JAYA — PAGUYANGAN\nSemen 60rb/sak, pasir 300rb/pickup. WA 0813 6000 7000", "Paguyangan"),
])
def test_a_village_the_gazetteer_does_not_know_is_where_the_business_is(brief: str, place: str) -> None:
    assert parse_brief(brief).location == place


@pytest.mark.parametrize("brand,text", [
    ("KOPI SENJA", "KOPI SENJA — ESPRESSO BAR. kopi susu 18rb"),   # what it is, not where
    ("Roti Bu Ani", "Roti Bu Ani — Enak dan Murah. roti 5rb"),     # a slogan
    ("Warung Bu Sri", "Warung Bu Sri, Pasar Boyolali. nasi 10rb"),  # the market's word, not a village
])
def test_no_village_is_made_up(brand: str, text: str) -> None:
    place = "Boyolali" if "Boyolali" in text else None
    assert named_place(place, brand, text) == place


def test_a_days_notice_with_the_way_to_order_between_is_a_lead_time() -> None:
    facts = [(f.kind, f.value) for f in parse_brief(
        "Sayur Segar Mbak Tini, Lumajang. sayur, ikan, tempe. Bisa titip belanja lewat WA sehari sebelumnya ya, "
        "0858 1111 2222").facts]
    assert ("turnaround", "Bisa titip belanja lewat WA sehari sebelumnya") in facts


def test_a_pickup_truck_is_no_pickup_service() -> None:
    facts = parse_brief("Buah Keliling Pak Joko (mobil pick up biru), Jember. jeruk 20rb/kg. WA 0812 3333 1111").facts
    assert not any(f.kind == "pickup" for f in facts)


# --- the counts of a voice note's run-on -------------------------------------------------------------------------

_RUN_ON = ("eee jadi gini kak saya jualan ikan bandeng presto di sidoarjo namanya Bandeng Presto Bu Yati eee bandeng "
           "presto biasa harga empat puluh ribu sekilo yang tanpa duri lima puluh ribu bisa pesan buat oleh oleh "
           "minimal sepuluh kilo dikirim tiap sabtu ya kak WA 0812 5151 6262 makasih")


def test_a_count_of_a_run_on_is_a_note_said_as_a_count() -> None:
    notes = [f.value for f in parse_brief(_RUN_ON).facts if f.kind == "note"]
    assert "minimal sepuluh kilo" in notes
    assert not any("oleh" in v.lower() for v in notes)  # never the run-on's words around the count


def test_a_short_clause_with_a_greeting_keeps_its_counts_to_the_other_readers() -> None:
    notes = [f.value for f in parse_brief("Halo kak, minimal 3 kotak ya WA 0812 7171 8282. Kue Lapis Bu Ana, Medan").facts
             if f.kind == "note"]
    assert not any("WA" in v for v in notes)


def test_a_note_that_only_names_the_town_is_not_said_twice() -> None:
    from tapsite_pipeline.providers.offline_rules.copy import write_section
    intent = parse_brief("Kerupuk Kulit Bu Darmi, Sukorejo Kendal. kerupuk kulit 25rb/bungkus. WA 0812 4000 5000")
    assert intent.location == "Sukorejo, Kendal"
    about = write_section("about", intent, {"whatsapp": "6281240005000"})
    assert not any(i.title == "Sukorejo Kendal" for i in about.items)


@pytest.mark.parametrize("said,read", [
    ("size tujuh puluh enam puluh lima ribu sekilo", "size 70 65 ribu sekilo"),  # two numbers said one after the other
    ("tiga ratus dua puluh lima ribu", "325 ribu"),                              # one number
    ("seratus lima puluh", "150"),
])
def test_two_spoken_numbers_in_a_row_are_read_as_two(said: str, read: str) -> None:
    from tapsite_pipeline.providers.offline_rules.number_words import read_numbers
    assert read_numbers(said)[0] == read


@pytest.mark.parametrize("said,read", [
    ("panen tiap dua bulan bisa", "panen tiap 2 bulan bisa"),  # a rhythm
    ("minimal tiga kilo", "minimal 3 kilo"),                    # a least order
    ("tiap minggu dua kali", "tiap minggu dua kali"),           # no unit after it: the readers know "dua kali"
    ("satu tahun", "satu tahun"),
])
def test_a_single_spoken_number_between_a_bound_and_its_unit_is_read(said: str, read: str) -> None:
    from tapsite_pipeline.providers.offline_rules.number_words import read_numbers
    assert read_numbers(said)[0] == read
