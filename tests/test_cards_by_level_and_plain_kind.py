"""Two kinds of card the owner expects. A tutoring programme named by its level and sold apart ("bimbel SMP" with its
own fee, or beside "bimbel SD") is a card, while "bimbel SD" alone describes the business. The plain kind of goods
beside its flavours ("abon sapi original, abon sapi pedas") keeps "original": there it is the kind, not a claim the
goods are genuine. Our own wordings, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.level_programmes import head_and_level
from tapsite_pipeline.providers.offline_rules.plain_kinds import plain_of_kinds

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "cards"), [
    ("Bimbel Cahaya Ilmu, Kediri. Biaya: bimbel SD 200rb/bln, bimbel SMA 350rb/bln. WA 0813 2222 4545",
     ["bimbel sd", "bimbel sma"]),
    ("Bimbel Mentari Pagi di Bekasi. Tersedia bimbel TK dan bimbel SD, kelas sore. WA 0813 2222 4545",
     ["bimbel tk", "bimbel sd"]),
])
def test_a_programme_by_level_sold_apart_is_a_card(brief, cards):
    products = parse_brief(brief).products
    assert all(c in products for c in cards), products


@pytest.mark.parametrize("brief", [
    "Kami bimbel SD di Kediri, WA 0813 2222 4545",                   # who the business is, no programme sold
    "Bimbel Cahaya Ilmu Kediri: bimbel SD, SMP, SMA. WA 0813 2222 4545",  # one head, the levels it teaches
])
def test_a_level_that_only_describes_the_business_is_no_card(brief):
    products = parse_brief(brief).products
    assert not any(p.startswith("bimbel s") for p in products), products


def test_head_and_level_reads_one_level_under_the_head():
    assert head_and_level("bimbel smp") and head_and_level("bimbel sd kelas 4-6")
    assert not head_and_level("bimbel smp dan sma") and not head_and_level("bimbel matematika")
    assert not head_and_level("guru sd")


def test_the_plain_kind_beside_its_flavours_keeps_original():
    products = parse_brief("Dapur Mak Onah, Garut: dodol original 25rb, dodol wijen 30rb, dodol nangka 30rb. "
                           "WA 0813 2222 4545").products
    assert "dodol original" in products and "dodol wijen" in products


@pytest.mark.parametrize("brief", [
    "Toko Lebah Rimba jual madu hutan original 120rb dan bee pollen 90rb. WA 0813 2222 4545",
    "Kosmetik Ayu Sidoarjo, reseller serum wajah BPOM resmi dan original. WA 0813 2222 4545",
])
def test_original_as_a_claim_is_no_part_of_the_card(brief):
    assert not any("original" in p for p in parse_brief(brief).products)


def test_plain_of_kinds_needs_another_kind_named():
    assert plain_of_kinds("dodol original", "dodol", "dodol original, dodol wijen")
    assert not plain_of_kinds("dodol original", "dodol", "dodol original dan dodol asli garut")
    assert not plain_of_kinds("dodol halal", "dodol", "dodol halal, dodol wijen")


def test_a_customers_question_names_no_card():
    brief = ("Tolong buatkan web Kue Lapis Bu Tejo, Magelang. Pertanyaan pembeli:\nT: Jualnya apa saja?\n"
             "J: Lapis legit 180rb, lapis surabaya 120rb.\nT: Kirim ke mana?\nJ: Se-Jawa Tengah. WA 0813 2222 4545")
    products = parse_brief(brief).products
    assert "lapis legit" in products and "lapis surabaya" in products
    assert not any(w in p.split() for p in products for w in ("apa", "mana", "t:")), products


def test_goods_whose_name_only_looks_like_a_question_word_stay():
    products = parse_brief("Toko Aneka Mandiri jual apam selong 5rb, kue mangkok 3rb. WA 0813 2222 4545").products
    assert "apam selong" in products and "kue mangkok" in products
