"""Occasions in brackets after an offering say what it is for ("make up (wisuda, lamaran, nikahan)"); they are not
offerings of their own, while kinds of goods in brackets still are ("kue kering (nastar, kastengel)"). Our own
wordings, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, kept, never", [
    ("Rias Bu Ani di Kendari: make up (wisuda, lamaran, nikahan), sewa kebaya. wa 0852 5677 1904",
     ["make up", "sewa kebaya"], ["wisuda", "lamaran", "nikahan"]),
    ("Sanggar Rias Melati Kendari: kursus rias (wisuda & pesta), kelas sanggul. WA 0813 2200 1100",
     ["kelas sanggul"], ["wisuda", "pesta"]),
    ("Gaun Anggun Rental: sewa gaun (pesta, wisuda, prom), sewa jas. WA 0813 2200 1100",
     ["sewa jas"], ["pesta", "wisuda"]),
])
def test_occasions_in_brackets_are_what_it_is_for(text: str, kept: list[str], never: list[str]) -> None:
    products = parse_brief(text).products
    assert all(k in products for k in kept)
    assert not [p for p in products if p in never]


def test_kinds_of_goods_in_brackets_are_still_sold() -> None:
    products = parse_brief("Toko Kue Rina: kue kering (nastar, kastengel, putri salju), bolu pandan. "
                           "WA 0812 1111 2222").products
    assert {"nastar", "kastengel", "putri salju"} <= set(products)


@pytest.mark.parametrize("text, never", [
    ("Halo, aku Sinta, ibu 2 anak di Pontianak. Dulu kerja di pabrik, thn 2021 berhenti trus iseng bikin pempek buat "
     "keluarga, eh teman pada pesan. Sekarang nerima pesanan pempek kapal selam sama tekwan. WA 0812 5656 7878",
     "dulu kerja"),
    ("Peternakan Lebah Pak Nyoman, Bangli: jual madu hutan 120rb/botol, propolis 90rb. boleh main ke peternakan "
     "lihat panen, gratis. WA 0812 5656 7878", "boleh main"),
])
def test_a_phrase_opening_on_a_modal_or_an_adverb_of_time_is_no_card(text: str, never: str) -> None:
    assert never not in parse_brief(text).products


@pytest.mark.parametrize("text, course", [
    ("Sanggar Rias Ayu Palu: kelas MUA pemula 2jt, kelas hijab do 300rb. wa 0852 5677 1904", "kelas mua pemula"),
    ("Kopi Lab Jember: kursus barista 1,5jt, kelas latte art 500rb. WA 0812 3434 5656", "kursus barista"),
])
def test_a_course_in_a_trade_teaches_the_trade(text: str, course: str) -> None:
    assert course in parse_brief(text).products
