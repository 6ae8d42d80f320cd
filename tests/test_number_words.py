"""Numbers the owner spells out (voice notes typed by speech-to-text, owners who write as they speak) are read as
amounts, and shown in the owner's words."""

import pytest

from tapsite_pipeline.providers.offline_rules import brand_and_place, parse_brief
from tapsite_pipeline.providers.offline_rules.number_words import read_numbers


@pytest.mark.parametrize("said, read", [
    ("harganya tiga juta tujuh ratus lima puluh ribu", "harganya 3,75 juta"),
    ("cuma dua puluh lima ribu per porsi", "cuma 25 ribu per porsi"),
    ("sewa sebulan empat juta enam ratus", "sewa sebulan 4,6 juta"),       # the "ribu" left out, as said
    ("iuran seratus lima puluh ribu", "iuran 150 ribu"),
    ("satu setengah juta sudah termasuk", "1,5 juta sudah termasuk"),
    ("sejak tahun dua ribu dua belas", "sejak tahun 2012"),
    ("usia sembilan sampai lima belas tahun", "usia 9 sampai 15 tahun"),
    ("buka jam delapan pagi", "buka jam 8 pagi"),
    ("tickets IDR seventy five thousand", "tickets IDR 75,000"),
    ("a trip costs three million two hundred thousand", "a trip costs 3.2 million"),
])
def test_spelled_out_numbers_are_read_as_digits(said, read):
    assert read_numbers(said)[0] == read


@pytest.mark.parametrize("text", [
    "harga 35 ribu, paket 2 juta",          # digits already: the scale word alone is no number
    "salah satu toko tertua",
    "satu-satunya di kampung",
    "garansi satu tahun, antar dua kali seminggu",   # single words: the readers know them as words
    "Kedai Tiga Saudara, Sembilan Rasa",     # capitalised words of a cased brief are a name
    "ratusan pelanggan, ribuan porsi",
    "one of the best, two or three days",
])
def test_words_that_are_no_amount_stay_words(text):
    assert read_numbers(text) == (text, ())


def test_spelled_price_is_read_and_shown_in_the_owners_words():
    brief = ("halo kak saya buka jasa rias pengantin namanya Rias Ayu Kinanti di Kebumen paket akad "
             "satu juta delapan ratus ribu paket resepsi tiga juta lima ratus wa 0812 3300 4411")
    prices = [f.value for f in parse_brief(brief).facts if f.kind == "price"]
    assert "satu juta delapan ratus ribu" in prices
    assert "tiga juta lima ratus" in prices
    assert not any(any(c.isdigit() for c in p) for p in prices)   # spelt back, not "1,8 juta"


def test_without_spelled_numbers_the_parse_is_unchanged():
    brief = "Warung Soto Pak Darto di Klaten, soto ayam 15rb, es teh 4rb. WA 0813 2200 1199"
    assert read_numbers(brief) == (brief, ())
    assert parse_brief(brief).brand_name == "Warung Soto Pak Darto"


def test_a_name_with_a_number_word_keeps_its_words():
    brief = "usaha saya namanya Bakso Seribu Rasa di Garut, bakso urat dua puluh ribu, wa 0812 1100 2299"
    assert brand_and_place(brief)[0] == parse_brief(brief).brand_name
    assert "Seribu" in (parse_brief(brief).brand_name or "")

