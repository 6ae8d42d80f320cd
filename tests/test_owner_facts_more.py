"""Facts an owner writes in shapes the readers did not know reach the intent in the owner's words: a break inside
the opening hours, a schedule told by the prayers, days said as a limit, a street named with an abbreviated
title, an English village address, a base with its town, a whole list of areas, a package with a written number,
an express surcharge, a negated inclusion, and labels of how the business is run and what its food is. Briefs
written for these tests, not dataset rows."""

from __future__ import annotations

import pytest

from intent_helpers import fact_pairs, fact_values
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def test_a_break_inside_the_hours_stays_with_them():
    hours = fact_values("Bengkel Las Sinar, Kendari. buka 7 pagi - 5 sore, sabtu istirahat jam 12-13. wa 0812 1111 2222",
                        "hours")
    assert any("sabtu istirahat jam 12-13" in h for h in hours)


def test_a_schedule_told_by_the_prayers_is_hours_not_a_card():
    brief = "Pengajian remaja Al Ikhlas di Sleman, tiap senin & rabu habis maghrib. wa 0813 2222 3333"
    intent = parse_brief(brief)
    assert any("maghrib" in f.value for f in intent.facts if f.kind == "hours")
    assert not any("maghrib" in p for p in intent.products)


def test_days_said_as_a_limit_are_hours():
    assert "weekdays only" in [v.lower() for v in fact_values(
        "Pottery class in Ubud, weekdays only at our studio in Penestanan. IDR 350k per person", "hours")]


def test_a_street_named_with_a_title_keeps_its_name_whole():
    assert "Jl. Letjen. Suprapto No. 9, Semarang" in fact_values(
        "Apotek Sehat Sentosa, Jl. Letjen. Suprapto No. 9, Semarang. buka 24 jam", "address")


def test_an_english_village_address_and_a_base_with_its_town():
    assert "Tenganan village, Karangasem" in fact_values(
        "We weave double ikat in Tenganan village, Karangasem, scarves from 600k.", "address")
    assert any("Ubud" in v and "Gianyar" in v for v in fact_values(
        "Vegan cooking class, held at our kitchen in Ubud, Gianyar. IDR 450k", "address"))


def test_every_place_of_an_area_list_is_read():
    areas = fact_values("Jasa sedot WC Berkah melayani wilayah Kendari, Konawe, dan Kolaka. Hub 0812 3333 4444", "area")
    assert any(all(p in a for p in ("Kendari", "Konawe", "Kolaka")) for a in areas)


def test_a_package_keeps_its_written_number():
    assert any("2.000 Wp" in v for v in fact_values(
        "Surya Timur Energi di Kupang memasang PLTS atap. Paket toko 2.000 Wp mulai Rp 25.000.000, sudah termasuk instalasi.", "package"))


def test_an_express_service_keeps_its_surcharge():
    assert any("+30%" in v for v in fact_values(
        "Jasa jahit Bu Tini, Padang. selesai 5 hari, kilat 2 hari +30%. wa 0812 4444 5555", "turnaround"))


def test_what_a_price_leaves_out_is_said_though_it_reads_like_a_request():
    assert "does not include printing costs" in fact_values(
        "Wedding invitation design 800k per design, price does not include printing costs. IG @undangan.ku", "note")


def test_how_the_business_is_run_and_what_its_food_is_are_notes_not_cards():
    intent = parse_brief("Rendang Uni Ema, Bukittinggi. rendang daging 180rb/kg. Halal, no MSG. wa 0812 5555 6666")
    notes = [f.value for f in intent.facts if f.kind == "note"]
    assert "Halal, no MSG" in notes
    assert not any("msg" in p.lower() for p in intent.products)
    assert any("home industry" in n.lower() for n in fact_values(
        "Keripik Mak Nah is a home industry in Lumajang making banana chips, 20k per pack.", "note"))


def test_a_fitting_at_the_shop_is_a_note_and_a_plain_shop_word_is_not():
    notes = fact_values("Sewa jas pria di Medan. jas 150rb/3 hari. bisa coba dulu di toko sebelum sewa. wa 0812 6666 7777",
                        "note")
    assert any("coba dulu di toko" in n for n in notes)


def test_no_note_repeats_a_fact_already_shown():
    pairs = fact_pairs("Warung Bu Sri, Solo. nasi liwet 15rb. Halal, no pork. buka 6 pagi - 10 pagi.")
    values = [v.lower() for _, v in pairs]
    assert values.count("halal, no pork") == 1
    assert not any(k == "note" and "no pork" in v.lower() and v.lower() != "halal, no pork" for k, v in pairs)
