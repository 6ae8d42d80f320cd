"""Forms a brief takes that say something about the message or about others, not about what is sold: a notice
heading ("PENGUMUMAN", "SEGERA DIBUKA") is no name; the owner's words about the message itself ("ini voice note,
diketik anak") and a speaker's hesitations are no cards; a list of work turned away ("tidak terima: …") and the
others a business sets itself apart from ("beda sama pabrik besar") are no cards; an owner of two businesses who
says which one the page is for has no name read off the list of both; the copy does not double a kind word
before a name that opens with it."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.util import tidy
from tapsite_pipeline.providers.offline_rules.message_about import spoken_filler

pytestmark = pytest.mark.unit

WA = " WA 0812 3030 4040"


@pytest.mark.parametrize(("brief", "brand"), [
    ("PENGUMUMAN PINDAH TOKO\nToko Kue Melati Bogor pindah ke Jl. Pajajaran No. 5 mulai 3 Maret. Tetap jual bolu, "
     "brownies." + WA, "Toko Kue Melati Bogor"),
    ("SEGERA DIBUKA — Kolam Renang Tirta Asri, Cianjur. Tiket masuk 25rb." + WA, "Kolam Renang Tirta Asri"),
    ("BUKA KEMBALI! Warung Sate Pak Jono Solo, sate kambing 30rb." + WA, "Warung Sate Pak Jono Solo"),
    ("Grand Opening Bakso Mas Darto, Sleman. bakso urat 15rb." + WA, "Bakso Mas Darto"),
])
def test_a_notice_heading_is_no_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize(("brief", "brand"), [
    ("Info Loker Jogja: lowongan kerja harian tiap hari." + WA, "Info Loker Jogja"),
    ("Pindah Rumah Express Surabaya, jasa pindahan 500rb." + WA, "Pindah Rumah Express Surabaya"),
])
def test_a_name_holding_a_notice_word_stays(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief", [
    "(ini voice note sy, diketikin cucu) Soto Ayam Mbah Sri Kudus, soto ayam 15rb, soto babat 18rb." + WA,
    "maaf ini rekaman suara ya. Toko Roti Mawar Garut, roti sobek 20rb, roti tawar 15rb." + WA,
    "(VN, typed up by my son) Lake View Homestay, Toba: double room 350k, family room 500k." + WA,
])
def test_words_about_the_message_are_no_cards(brief: str) -> None:
    cards = " ".join(parse_brief(brief).products)
    for word in ("voice", "rekaman", "diketik", "typed", "vn", "suara"):
        assert word not in cards.split(), cards
    assert parse_brief(brief).products


def test_a_recording_studio_keeps_its_recording() -> None:
    cards = parse_brief("Studio Rekam Nada Bandung: rekaman suara 300rb, voice over 500rb." + WA).products
    assert "rekaman suara" in cards


def test_a_typist_keeps_the_transcripts_sold() -> None:
    cards = parse_brief("Jasa Ketik Rina: ketik skripsi 5rb/lembar, transkrip wawancara 20rb." + WA).products
    assert "transkrip wawancara" in cards


@pytest.mark.parametrize(("item", "filler"), [
    ("eee", True), ("ehm", True), ("hmmm", True), ("eh anu", True), ("ee", True),
    ("es teh", False), ("emping", False), ("ehem jaya", False), ("anu kopi", False),
])
def test_a_hesitation_is_no_phrase(item: str, filler: bool) -> None:
    assert spoken_filler(item) is filler


def test_a_list_of_work_turned_away_gives_no_cards() -> None:
    cards = parse_brief("Sound Sistem Mas Bejo Klaten. sewa sound 1,5jt. kami tidak terima dangdut koplo, acara "
                        "partai, kampanye." + WA).products
    assert cards == ["sewa sound"]
    cards = parse_brief("Tenda Pak Darmo: tidak melayani: pesta malam, acara luar kota. sewa tenda 1jt." + WA).products
    assert not {"pesta malam", "acara luar kota"} & set(cards)


def test_a_refusal_that_turns_to_what_is_taken_keeps_it() -> None:
    intent = parse_brief("Kue Bu Ani Depok. ga terima COD, transfer aja. bolu pandan 50rb, brownies 60rb." + WA)
    assert {"bolu pandan", "brownies"} <= set(intent.products)


@pytest.mark.parametrize(("brief", "others"), [
    ("Jahit Bu Rina Depok. beda sama butik mahal, kami jahit kebaya 300rb, gamis 200rb." + WA, "butik mahal"),
    ("Kopi Pagi Malang: cheaper than chain cafes, we serve kopi tubruk 8rb and es kopi susu 15rb." + WA,
     "chain cafes"),
    ("Cuci Sofa Kinclong Bekasi, nggak kayak laundry kiloan biasa: cuci sofa 150rb, cuci karpet 20rb/m." + WA,
     "laundry kiloan biasa"),
])
def test_the_others_set_apart_are_no_cards(brief: str, others: str) -> None:
    cards = parse_brief(brief).products
    assert cards and not any(others in c or c in others for c in cards), cards


def test_a_difference_within_the_offer_is_no_comparison() -> None:
    cards = parse_brief("Tas Rajut Nia: harga beda sama ukuran, tas kecil 50rb, tas besar 90rb." + WA).products
    assert {"tas kecil", "tas besar"} <= set(cards)


def test_the_list_of_two_businesses_names_neither() -> None:
    intent = parse_brief("aku punya dua usaha: warung kopi sama jasa foto. yg dibikin web jasa fotonya. Lensa Senja "
                         "Studio: foto wisuda 300rb." + WA)
    assert intent.brand_name == "Lensa Senja Studio"
    assert "warung kopi" not in intent.products


def test_a_named_business_of_two_keeps_its_name() -> None:
    intent = parse_brief("saya punya 2 usaha: Warung Bu Sri sama Laundry Kilat Jaya. yang mau dibuat web Laundry "
                         "Kilat Jaya aja. cuci setrika 7rb/kg." + WA)
    assert intent.brand_name == "Laundry Kilat Jaya"


def test_a_kind_word_before_a_name_opening_with_it_is_said_once() -> None:
    out = tidy("Tempat les Les Piano Nada Indah di Sleman.", keep="Les Piano Nada Indah")
    assert out == "Tempat Les Piano Nada Indah di Sleman."


def test_a_kind_word_before_another_name_stays() -> None:
    assert tidy("Tempat les Nada Indah di Sleman.", keep="Nada Indah") == "Tempat les Nada Indah di Sleman."
    assert tidy("Les Piano Nada, les terbaik.", keep="Les Piano Nada") == "Les Piano Nada, les terbaik."
