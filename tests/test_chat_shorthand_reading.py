"""Chat shorthand read as the words it stands for, and clauses that are no area: the parse reads "lyni"/"wil"/"psg"
spelled out (chat_read.py) and gives back the owner's own words; the page spells the shorthand out for the visitor
while a brand stays as typed; a holiday or a clause of who speaks after an area word is no area; a region's towns
after a colon are its area; one more offering after an offer verb's list with ", juga" is an offering."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.values import hour_ranges
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.chat_read import in_full_words
from tapsite_pipeline.shorthand import SHORTHAND, expand


def _facts(brief: str, kind: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == kind]


# --- the lexicon --------------------------------------------------------------------------------------------------

def test_the_lexicon_holds_the_common_business_chat_words():
    assert len(SHORTHAND) >= 250
    for short, full in [("krj", "kerja"), ("wil", "wilayah"), ("psg", "pasang"), ("lyni", "layani"),
                        ("brg", "barang"), ("lgsg", "langsung"), ("tmbh", "tambah"), ("almt", "alamat")]:
        assert SHORTHAND[short] == full


@pytest.mark.parametrize("ambiguous", ["sm", "smp", "kk", "km", "cm", "ttp", "plg", "mtr", "jt", "rb", "kab", "gg",
                                       "lkp"])
def test_a_short_form_with_two_readings_is_not_in_the_lexicon_or_is_kept(ambiguous):
    assert ambiguous not in SHORTHAND or ambiguous == "sm"  # "sm" was there before: the parse keeps it as typed
    assert in_full_words(f"pesan kue {ambiguous} antar ke rumah ya")[1] == ()


def test_the_page_spells_the_shorthand_out_but_keeps_a_brand_and_an_acronym():
    shown = expand("brg dikirim lgsg, tmbh ongkir utk luar kota", protect=("Bs Grosir",))
    assert shown == "barang dikirim langsung, tambah ongkir untuk luar kota"
    assert expand("Bs Grosir jual brg murah", protect=("Bs Grosir",)).startswith("Bs Grosir jual barang")
    assert expand("PSG dan KRJ") == "PSG dan KRJ"  # upper case: an acronym


# --- the parse reads it spelled out, in the owner's words ---------------------------------------------------------

def test_a_verb_typed_short_before_the_list_is_no_part_of_the_first_offering():
    intent = parse_brief("Servis Kulkas Pak Jono di Tegal. lyni isi freon 200rb, psg kulkas baru 150rb. wa 0812 3456 7890")
    assert "isi freon" in intent.products
    assert not any(p.startswith("lyni") for p in intent.products)


def test_an_offering_typed_short_is_given_back_as_typed():
    intent = parse_brief("Servis Kulkas Pak Jono di Tegal. lyni isi freon 200rb, bongkar psg kulkas 150rb.")
    assert "bongkar psg kulkas" in intent.products


def test_the_region_word_typed_short_reads_an_area_and_no_card():
    intent = parse_brief("Tukang Kebun Mas Yanto. potong rumput 100rb, pangkas pohon 150rb. wil kota & kab Magelang.")
    assert not any(p.startswith("wil") for p in intent.products)


def test_an_english_brief_and_a_capitalised_name_are_read_as_written():
    assert in_full_words("We are open 24 hrs, psg and brg welcome") == ("We are open 24 hrs, psg and brg welcome", ())
    text, pairs = in_full_words("Krj Bakti Laundry, terima cuci brg rumah tangga")
    assert text.startswith("Krj Bakti") and pairs == (("brg", "barang"),)


# --- clauses that are no area -------------------------------------------------------------------------------------

@pytest.mark.parametrize("brief", [
    "Parsel Bu Lina, Pontianak. parsel kaleng 150rb. Di luar Lebaran kami tidak terima pesanan.",
    "Ketupat Bu Sari, Medan. ketupat 5rb. Di luar Ramadan saya libur.",
])
def test_a_season_after_luar_is_no_area(brief):
    assert _facts(brief, "area") == []


def test_a_town_after_luar_is_still_an_area():
    assert _facts("Kurir Cepat Deni, Bogor. antar paket 10rb, kirim ke luar kota juga bisa.", "area") \
        or _facts("Kurir Cepat Deni, Bogor. antar paket 10rb. Melayani luar Bogor.", "area")


def test_a_regions_towns_after_a_colon_are_its_area():
    assert _facts("Katering Mbak Tini. nasi box 20rb. area Jatim: Malang, Batu, Pasuruan.", "area") == \
        ["Jatim: Malang, Batu, Pasuruan"]
    # a capitalised word after the colon that is no known town is left out
    assert _facts("Katering Mbak Tini. nasi box 20rb. area Malang: Gratis ongkir.", "area") == ["Malang"]


# --- one more offering after the list -----------------------------------------------------------------------------

def test_one_more_offering_after_an_offer_verbs_list_with_juga():
    intent = parse_brief("Bengkel Las Pak Udin. melayani pagar besi, kanopi baja ringan, juga teralis jendela.")
    assert {"pagar besi", "kanopi baja ringan", "teralis jendela"} <= set(intent.products)


def test_a_clause_after_juga_is_no_offering():
    intent = parse_brief("Bengkel Las Pak Udin. melayani pagar besi, kanopi baja ringan, juga bisa antar ke lokasi.")
    assert not any("antar" in p for p in intent.products)


# --- the scorer reads an evening typed short ------------------------------------------------------------------------

def test_an_evening_typed_short_is_the_same_hour_as_spelled_out():
    assert hour_ranges("buka 7 pagi - 10 mlm")[0][1] == hour_ranges("buka 7 pagi - 10 malam")[0][1] == (420, 1320)


# --- the home visit typed short ---------------------------------------------------------------------------------

def test_a_home_visit_typed_short_is_a_pickup_fact():
    assert _facts("Pijat Refleksi Bu Endah. pijat badan 80rb. sy dtg ke rmh pelanggan.", "pickup") == \
        ["dtg ke rmh pelanggan"]


def test_coming_to_a_shop_typed_short_is_no_pickup():
    assert _facts("Pijat Refleksi Bu Endah. pijat badan 80rb. pelanggan dtg ke tempat kami.", "pickup") == []
