"""A pasted writing's label ("Gig title:", "Isi kartu ucapan …", "Kode harga …"), whom a greeting hails ("Hi box
members!") and a greeting's self-introduction ("Halo! Ini Toko X.") make no offering card (message_labels.py)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.message_labels import labels_masked

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, gone", [
    ("gig title: i will edit your wedding videos. highlight film 3 minutes $80", "gig title"),
    ("naskah iklan radio 15 detik: kue lapis legit 150rb", "naskah"),
    ("isi pesan yg kami tempel di tiap kotak. bolu pandan 40rb", "isi pesan"),
    ("kode harga jahit seragam. js-1 kemeja 90rb", "kode harga"),
    ("\x00\x00\x00 dear subscribers! sourdough loaf 55k", "subscribers"),
    ("\x00\x00\x00\x00! ini toko bangunan sinar abadi. semen 60rb", "sinar abadi"),
])
def test_the_label_is_written_over(text: str, gone: str) -> None:
    masked = labels_masked(text, "#")
    assert gone not in masked
    assert any(w in masked for w in ("$80", "150rb", "40rb", "90rb", "55k", "60rb"))


@pytest.mark.parametrize("text", [
    "isi ulang galon 6rb, antar gratis",  # a refill is sold: "isi" opens no writing here
    "\x00\x00\x00\x00\x00\x00 jual kue kering lebaran!",  # after a masked name the owner's goods, no people hailed
    "kode promo hemat10 berlaku sampai akhir bulan",  # a code said in a sentence, no label over a list
])
def test_the_owners_own_words_stay(text: str) -> None:
    assert labels_masked(text, "#") == text


def test_a_gig_label_and_a_hailed_list_make_no_cards() -> None:
    brief = ("Hi cake lovers!\nGig title: Custom birthday cakes by Dapur Manis Kendari\n"
             "Kami jual bolu pandan 45rb dan brownies kukus 50rb. WA 0812 4455 6677")
    products = [p.lower() for p in parse_brief(brief).products]
    assert not any("gig" in p or "title" in p or "lovers" in p for p in products)
    assert "bolu pandan" in products


def test_an_auto_reply_introduction_is_no_card() -> None:
    brief = ("Balasan otomatis 🐾\nHalo! Ini Toko Ikan Hias Mina Lestari Palu. Ketik:\n1 – ikan cupang mulai 15rb\n"
             "2 – pakan ikan 10rb\nNomor ini: 0813 5566 7788")
    products = [p.lower() for p in parse_brief(brief).products]
    assert not any(p.startswith("ini ") or "mina lestari" in p for p in products)


def test_occasions_in_a_heading_are_no_cards() -> None:
    brief = ("BIRTHDAYS, PROPOSALS & CORPORATE DINNERS ON THE LAKE\nDanau Biru Cruises, Toba\n"
             "DINNER CRUISE: 2 hours, IDR 5 million\nWA 0812 1111 2222")
    assert "proposals" not in parse_brief(brief).products
    # an occasion with its own kind stays the service sold
    assert "marriage proposals" in parse_brief("We arrange marriage proposals and private dinners in Ubud from IDR 5 "
                                               "million. WA 0812 1111 2222").products
