"""Street money words and SMS-style price lists: slang amounts are read as prices and shown as the owner wrote them,
price lists' own introductions, day ranges and a correction's leftover words are no cards."""

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.money_slang import slang_amounts
from tapsite_pipeline.providers.offline_rules.not_cards import names_no_goods
from tapsite_pipeline.providers.offline_rules.number_words import read_numbers
from tapsite_pipeline.providers.offline_rules.price_subject import price_subject


@pytest.mark.parametrize("said, read", [
    ("cilok goceng", "cilok 5 ribu"),
    ("bakso urat ceban", "bakso urat 10 ribu"),
    ("paket hemat gocap", "paket hemat 50 ribu"),
    ("kerupuk seribuan", "kerupuk 1 ribu"),
    ("desain poster 3 ratus rebu", "desain poster 300 rebu"),
    ("vektor wajah 4 ratus ribuan", "vektor wajah 400 ribu"),
    ("stiker 5 puluh ribu", "stiker 50 ribu"),
])
def test_slang_amounts_read_as_digits(said, read):
    assert read_numbers(said)[0] == read
    assert slang_amounts(said)[1]   # the owner's words are kept to be shown


@pytest.mark.parametrize("text", [
    "Kedai Goceng Pak Ali di Depok jual soto",    # a capitalised slang word inside a cased brief is a name
    "goceng-an",                                  # not a whole word
    "harga 2 ratus",                              # no thousands word: no amount read
    "12 ratus ribu",                              # two digits before "ratus": left as written
])
def test_no_slang_amount_where_none_is_said(text):
    assert slang_amounts(text) == (text, [])


def test_slang_priced_items_are_cards_and_the_page_keeps_the_slang():
    intent = parse_brief("Kantin Bu Sri, Cibubur: lontong sayur goceng, nasi campur ceban, tumpeng mini gocap. "
                         "WA 0812 1111 2222")
    assert {"lontong sayur", "nasi campur", "tumpeng mini"} <= set(intent.products)
    assert not any(w in p for p in intent.products for w in ("goceng", "ceban", "gocap"))
    prices = {f.subject: f.value for f in intent.facts if f.kind == "price"}
    assert prices["lontong sayur"] == "goceng" and prices["nasi campur"] == "ceban"


def test_digit_hundreds_price_is_read():
    intent = parse_brief("jasa ilustrasi Garis Kita, Bogor: sketsa wajah 2 ratus rebu, maskot 450rb. WA 0812 1111 2222")
    prices = {f.subject: f.value for f in intent.facts if f.kind == "price"}
    assert prices.get("sketsa wajah") == "2 ratus rebu"


@pytest.mark.parametrize("item", ["ini daftar sewa", "berikut daftar harga", "here is our menu", "sat-sun",
                                  "senin-jumat", "weekend", "sabtu & minggu", "oops correction", "eh salah ketik",
                                  "ralat"])
def test_list_words_days_and_corrections_name_no_goods(item):
    assert names_no_goods(item)


@pytest.mark.parametrize("item", ["daftar menu sehat", "paket weekend", "nasi minggu pagi", "kelas sabtu pagi",
                                  "salah satu menu", "koreksi warna foto"])
def test_goods_named_with_such_words_stay(item):
    assert not names_no_goods(item)


def test_list_intro_after_a_regional_yes_is_no_card():
    intent = parse_brief("Engghi, ini daftar sewa kami, Sewa Alat Pesta Barokah Sumenep:\n"
                         "Kursi lipat 4rb\nTenda kerucut 3x3 300rb\nWA 0812 1111 2222")
    assert not {"engghi", "iya", "ini daftar sewa"} & set(intent.products)
    assert "kursi lipat" in intent.products


def test_days_opening_their_clause_name_the_price():
    text = "guesthouse 300k/night, sat-sun 350k. breakfast"
    assert price_subject(text, text.index("350k")) == "sat-sun"
    text = "yoga flow class every sat 9am 120k"   # the schedule inside the clause: what the price is for comes before
    assert price_subject(text, text.index("120k")) == "yoga flow class"
