"""Phrases of a brief that read as cards but are not offerings, or are cut wrong:

- what comes with the offering, listed before a closing "included" / "sudah termasuk" (package_contents._included_list);
- how the goods are to be had: "ready stock", "PO", "pre-order", "indent" (offer_words.AVAILABILITY);
- a list of school levels said after a card of teaching (levels.unglued_levels);
- printed matter coordinated after a two-word compound, which takes no head from it (coordination._OWN_GOODS).

Every wording is written for its class (other trades, cities and registers than any dataset row), with the negative
beside it: the same shape where the words ARE offerings."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.levels import unglued_levels

pytestmark = pytest.mark.unit

WA = " WA 0813-2222-4545"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


@pytest.mark.parametrize("brief, kept, gone", [
    ("Komodo Blue runs snorkeling trips from Labuan Bajo, mask, fins and lunch included.",
     ["snorkeling trips"], ["mask", "fins", "lunch"]),
    ("Yoga retreats in Sidemen, meals, transfers and a daily massage included, from 5 million.",
     ["yoga retreats"], ["meals", "transfers"]),
    ("Laundry kiloan di Jatinangor, setrika, pewangi dan plastik sudah termasuk",
     ["laundry kiloan"], ["setrika", "pewangi", "plastik"]),
    ("Camping ground di Lembang, tenda, matras, sleeping bag dan api unggun udah include",
     ["camping ground"], ["tenda", "matras", "sleeping bag", "api unggun"]),
    ("Kue ulang tahun custom di Medan, lilin, pisau dan kartu ucapan included",
     ["kue ulang tahun custom"], ["lilin", "pisau"]),
])
def test_what_a_closing_included_covers_is_no_card(brief, kept, gone):
    products = _products(brief)
    for k in kept:
        assert k in products, (brief, products)
    for g in gone:
        assert g not in products, (brief, products)


@pytest.mark.parametrize("brief, kept", [
    # a list closed by "dan" before the cue is the offerings; only the slot with the cue is what comes with them
    ("Warung Bu Tini jual nasi pecel, soto, rawon dan es teh, kerupuk termasuk", ["nasi pecel", "soto", "rawon"]),
    ("Kami menjual sepatu kulit di Garut, sandal, dompet dan ikat pinggang, ongkir sudah termasuk",
     ["sepatu kulit", "sandal", "dompet", "ikat pinggang"]),
    # no "and" before the cue: the list is what is sold
    ("Toko Kue Ranti: nastar, kastengel, putri salju, toples included", ["nastar", "kastengel", "putri salju"]),
])
def test_offerings_before_an_included_stay(brief, kept):
    products = _products(brief)
    for k in kept:
        assert k in products, (brief, products)


@pytest.mark.parametrize("brief, kept", [
    ("Jual hijab instan dan pashmina di Padang, ready stock dan PO", ["hijab instan", "pashmina"]),
    ("Toko Sepatu Langkah jual sneakers lokal, ready stock & pre-order", ["sneakers lokal"]),
    ("Jual madu hutan asli dari Sumbawa, stok ready, bisa COD", ["madu hutan"]),
    ("We sell handmade leather bags in Yogyakarta, ready stock and made to order", ["handmade leather bags"]),
    ("Toko Kue Dewi: kue kering dan brownies, ready stock setiap hari", ["kue kering", "brownies"]),
])
def test_availability_is_no_card(brief, kept):
    products = _products(brief)
    for k in kept:
        assert k in products, (brief, products)
    assert not any(p in ("stock", "stok", "ready stock", "po", "pre-order", "pre order", "stok ready",
                         "made to order") for p in products), (brief, products)


@pytest.mark.parametrize("brief, card, glued", [
    ("Bimbingan belajar SD, SMP, SMA di Depok namanya Cerdas Prima", "bimbingan belajar", "bimbingan belajar sd"),
    ("Les privat bahasa Inggris SD, SMP dan SMA di Bogor, namanya Smart Kids",
     "les privat bahasa inggris", "les privat bahasa inggris sd"),
    ("Bimbel Pintar Jaya buka kelas matematika SD-SMP di Cilegon", "kelas matematika", "kelas matematika sd-smp"),
])
def test_school_levels_listed_after_teaching_leave_the_card(brief, card, glued):
    products = _products(brief)
    assert card in products and glued not in products, (brief, products)


def test_one_level_or_goods_by_level_stay():
    lower = "les matematika sd dan fisika sma di tegal, seragam sd, smp dan sma, les sd-smp"
    out = unglued_levels(["les matematika sd", "fisika sma", "seragam sd", "les sd-smp"], lower)
    assert out == ["les matematika sd", "fisika sma", "seragam sd", "les sd-smp"]


@pytest.mark.parametrize("brief, kept, gone", [
    ("Percetakan Maju di Kudus jual kartu nama dan brosur, stiker juga", ["kartu nama", "brosur"], ["kartu brosur"]),
    ("Percetakan Cahaya cetak undangan, kartu nama dan kalender di Solo", ["kartu nama"], ["kartu kalender"]),
    # a kind after the head still takes it
    ("Grooming kucing & anjing di Depok, namanya Paw Spa", ["grooming kucing", "grooming anjing"], []),
])
def test_printed_matter_takes_no_head(brief, kept, gone):
    products = _products(brief)
    for k in kept:
        assert k in products, (brief, products)
    for g in gone:
        assert g not in products, (brief, products)


@pytest.mark.parametrize("brief, card, exam", [
    ("Bimbel Pintar Nusa di Jember: persiapan UTBK dan les calistung", "persiapan utbk", "UTBK"),
    ("Rumah Bahasa Kenari in Ambon offers IELTS preparation and conversation classes", "ielts preparation", "IELTS"),
])
def test_an_exam_prepared_for_is_a_card_not_a_level(brief, card, exam):
    intent = parse_brief(brief + WA)
    assert card in intent.products, intent.products
    assert not any(f.kind == "level" and f.value == exam for f in intent.facts), intent.facts


def test_an_exam_named_in_no_card_stays_a_level():
    intent = parse_brief("Les privat SMA di Bekasi, target UTBK" + WA)
    assert any(f.kind == "level" and f.value == "UTBK" for f in intent.facts), intent.facts


@pytest.mark.unit
@pytest.mark.parametrize("brief, absent, present", [
    # whichever reader brings them, how the goods are had and a titled person are never cards
    ("Reseller mukena & sajadah travel, ready stock dan PO, kirim dari Garut. Toko: Rumah Mukena Azzahra.",
     "stock", {"mukena"}),
    ("Reseller gamis & hijab syari, ready stock dan PO, kirim dari Tasik. Toko: Aisyah Hijab Store.",
     "stock", {"gamis", "hijab syari"}),
    ("Toko Obat Waras milik apt. Lestari, S.Farm di Jambi: obat resep, vitamin anak, alat tes gula.",
     "lestari", {"obat resep", "vitamin anak"}),
])
def test_availability_and_titled_people_are_never_cards(brief, absent, present):
    products = parse_brief(brief).products
    assert absent not in products and present <= set(products), products
