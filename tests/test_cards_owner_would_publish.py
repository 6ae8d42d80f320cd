"""Cards an owner would publish: examples in brackets are what an offering holds, the parts of a place or of a
business's books in brackets are no goods, a passive that says how goods are made is no card, and the owner's own
verb of making ("sy jahit …") names what is made. Our own wordings, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.fragment_shape import fragment

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, kept, never", [
    ("Rental Kostum Riang Palu: sewa kostum karakter (ada hello kitty, spongebob, dino), sewa tenda pesta. "
     "WA 0813 2200 1100", ["sewa kostum karakter", "sewa tenda pesta"], ["hello kitty", "spongebob", "dino"]),
    ("Sanggar Ukir Pak Darto: ukiran kayu jati (misalnya kaligrafi, relief wayang), kursi ukir. WA 0813 2200 1100",
     ["ukiran kayu jati"], ["relief wayang"]),
])
def test_examples_in_brackets_are_what_the_offering_holds(text: str, kept: list[str], never: list[str]) -> None:
    products = parse_brief(text).products
    assert all(k in products for k in kept), products
    assert not [p for p in products if p in never], products


def test_parts_of_a_place_in_brackets_are_where_the_work_is_done() -> None:
    products = parse_brief("Jasa Lukis Dinding Bang Ucok: mural kafe, ornamen plafon masjid (tiang & mimbar). "
                           "WA 0813 2200 1100").products
    assert not {"tiang", "mimbar"} & set(products), products


def test_kinds_in_brackets_after_goods_stay_cards() -> None:
    products = parse_brief("Kebun Bibit Sumber Rejeki: bibit buah (mangga, jeruk, rambutan), pupuk organik. "
                           "WA 0813 2200 1100").products
    assert {"mangga", "jeruk", "rambutan"} <= set(products), products


@pytest.mark.parametrize("phrase", ["dirajut tangan", "dikukus tiap subuh", "dijahit rapi", "diukir halus",
                                    "lovingly baked"])
def test_a_passive_saying_how_goods_are_made_is_no_card(phrase: str) -> None:
    assert fragment(phrase, phrase.split())


@pytest.mark.parametrize("phrase", ["dimsum ayam", "diamond ring", "diet catering", "dinding partisi",
                                    "digital printing", "daily bread"])
def test_names_that_open_like_a_passive_stay(phrase: str) -> None:
    assert not fragment(phrase, phrase.split())


@pytest.mark.parametrize("text, kept", [
    ("Permisi, sy Mbak Yuli di Magelang, sy jahit seragam sekolah & mukena. WA 0812 7000 1234",
     ["seragam sekolah", "mukena"]),
    ("Halo semua, kami masak nasi kuning dan ayam woku buat hajatan, Dapur Oma Manado. WA 0812 7000 1234",
     ["nasi kuning", "ayam woku"]),
    ("Assalamualaikum, kami servis mesin cuci panggilan se-Bandung, Teknik Jaya. WA 0812 7000 1234",
     ["servis mesin cuci"]),
])
def test_the_owners_own_verb_names_what_is_made(text: str, kept: list[str]) -> None:
    products = parse_brief(text).products
    assert all(k in products for k in kept), products


def test_a_pronoun_of_a_shop_name_opens_no_offer() -> None:
    products = parse_brief("jual tas anyaman pandan, nama toko saya Anyam Cantik. WA 0812 7000 1234").products
    assert "cantik" not in products, products
    assert "tas anyaman pandan" in products, products


def test_the_owner_speaks_again_after_a_credential() -> None:
    products = parse_brief("halo, sy Nita, lulusan tata boga yg hobi baking 😄 sy bikinin kue ulang tahun 250rb, "
                           "kue kering 100rb. WA 0812 7000 1234").products
    assert "kue ulang tahun" in products, products


@pytest.mark.parametrize("text, kept, never", [
    ("mangga, Bengkel Las Mang Ujang Cianjur sadean pagar minimalis, kanopi baja ringan. wa 0812 7000 1234",
     ["pagar minimalis"], ["sadean pagar minimalis"]),
    ("sugeng rawuh, Sanggar Rias Ayu Wonogiri nyediakake paes ageng, sewa beskap. wa 0812 7000 1234",
     ["paes ageng"], ["nyediakake paes ageng"]),
    ("mbak-mbak, Dapur Bu Narti saiki nerima pesanan tumpeng mini sama nasi box buat arisan. wa 0812 7000 1234",
     ["tumpeng mini", "nasi box"], []),
])
def test_regional_and_chat_verbs_of_trade_open_the_list(text: str, kept: list[str], never: list[str]) -> None:
    products = parse_brief(text).products
    assert all(k in products for k in kept), products
    assert not [p for p in products if p in never], products


def test_the_end_of_a_range_of_services_is_the_service() -> None:
    products = parse_brief("Teknisi Andi Bekasi terima pasang kabel lan, setting router, sampe servis printer "
                           "kantor. wa 0812 7000 1234").products
    assert "servis printer kantor" in products, products
    assert not [p for p in products if p.startswith("sampe")], products


@pytest.mark.parametrize("text, kept, never", [
    ("Sanggar Tari Lestari: kelas tari jaipong, tari saman. tingkatan dr pemula sampe persiapan lomba tingkat "
     "provinsi. wa 0812 7000 1234", ["kelas tari jaipong", "tari saman"], ["persiapan lomba tingkat provinsi"]),
    ("kursus renang anak dari pemula sampai mahir, kelas privat dewasa. Swim Ceria. wa 0812 7000 1234",
     ["kursus renang anak", "kelas privat dewasa"], ["mahir"]),
])
def test_a_range_of_levels_from_a_beginner_is_whom_it_takes(text: str, kept: list[str], never: list[str]) -> None:
    products = parse_brief(text).products
    assert all(k in products for k in kept), products
    assert not [p for p in products if p in never], products
