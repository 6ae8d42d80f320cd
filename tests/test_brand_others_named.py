"""Names a brief says that are not the owner's brand, and the owner's brand said with a word that is not theirs:
a marketplace's badge after a welcomed shop ("… Official Store"), the heading of a pasted price list ("DAFTAR HARGA"),
a line of that list ("DTF A4 ........ 25rb", "Cuci AC 60rb aja."), a run-up heading ("Siap2 17an!!"), the writer's own
group when they write for a member, and where the owner worked before. Every brief here is new wording (not dataset
rows), and each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.brief import extract_places
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_bio import list_heading, without_badge
from tapsite_pipeline.providers.offline_rules.brand_elsewhere import price_line, worked_at_before
from tapsite_pipeline.providers.offline_rules.brand_kin import go_between_named

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


# ---- a marketplace's badge after the shop's name is not the name
@pytest.mark.parametrize("brief,brand", [
    ("Selamat datang di Anyaman Pandan Ayu Official Store 🧺 tas pandan 85rb, tikar pandan 150rb. "
     "Pesanan dikirim tiap Senin & Kamis. Chat admin 0812 6100 2200", "Anyaman Pandan Ayu"),
    ("Welcome to Kulit Garut Jaya Official Shop! Hand-stitched belts 180k, wallets 220k, shipped from Garut. "
     "WA 0813 2400 7711", "Kulit Garut Jaya"),
    ("Selamat datang di Madu Hutan Sumbawa Official 🍯 madu 500ml 120rb, madu 1 liter 220rb. WA 0852 1900 3300",
     "Madu Hutan Sumbawa"),
])
def test_a_badge_after_a_welcomed_shop_is_dropped(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_a_badge_is_only_the_markets_word_at_the_end() -> None:
    assert without_badge("Sepatu Lari Kita Official") == "Sepatu Lari Kita"
    assert without_badge("Sepatu Lari Kita Store Official") == "Sepatu Lari Kita"
    assert without_badge("Official Jersey Store") == "Official Jersey Store"  # no badge after a name
    assert without_badge("Glowy Skin Store") == "Glowy Skin Store"            # a store's own word stays
    assert without_badge("AB Official") == "AB Official"                      # too little left to be a name


def test_a_shop_named_with_store_keeps_it_after_a_welcome() -> None:
    got = _brand("Selamat datang di Rumah Kebaya Store 👗 kebaya brokat 350rb, kebaya kutubaru 275rb. WA 0812 4455 0011")
    assert got == "Rumah Kebaya Store"


# ---- the heading of a pasted price list is no name; the list's lines are none either
@pytest.mark.parametrize("brief,brand", [
    ("DAFTAR HARGA\nServis ringan motor matic    55rb\nGanti kampas rem    40rb\n"
     "Bengkel Motor Dua Saudara, Jl. Diponegoro Blitar. Telp 0342 801122", "Bengkel Motor Dua Saudara"),
    ("BIAYA LES PER BULAN\nTK ......... 200rb\nSD ......... 275rb\n"
     "Les Calistung Bunda Ifa, Perum Bumi Asri Karawang. Daftar WA 0812 5100 6200", "Les Calistung Bunda Ifa"),
    ("PRICE LIST CETAK 2028 🖨️\nStiker A3 ........ 12rb\nBanner 1 meter ........ 25rb\n"
     "Percetakan Cahaya Print Jombang, jadi 1 hari. WA 0813 9000 1100", "Percetakan Cahaya Print Jombang"),
])
def test_a_price_list_heading_and_its_lines_name_no_one(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_list_heading_needs_a_list_word_first_and_the_opening() -> None:
    text = "DAFTAR HARGA TERBARU. Sate Kambing Pak Dul, Tegal."
    assert list_heading(text, 0, 20)
    named = "Menu Rasa Bu Tatik. Nasi pecel 12rb."
    assert not list_heading(named, 0, 18)  # a name that opens with a list word is still a name
    later = "Bakso Pak Min. HARGA BAKSO SPESIAL. Bakso urat 30rb."
    assert not list_heading(later, 15, 34)  # a heading of goods must open the brief
    table = "Bakso Pak Min. Menu Ukuran Harga. Bakso urat jumbo 30rb."
    assert list_heading(table, 15, 32)      # a table's header row stands anywhere
    assert not list_heading("Sate Porsi Jumbo. Enak.", 0, 16)  # a word that heads no column


def test_a_price_line_is_read_by_its_dot_leader() -> None:
    text = "Kaos Polos Premium ........ 55rb"
    assert price_line(text, len("Kaos Polos"))
    assert price_line(text, len("Kaos Polos Premium"))
    assert not price_line("Toko Kain Melati. 0812 3456 7890", len("Toko Kain Melati"))


def test_an_item_priced_in_a_clause_of_its_own_is_no_name() -> None:
    got = _brand("Diskon akhir tahun! Facial Glow 85rb aja. Salon Cantik Ayu Rembang, buka tiap hari. WA 0812 3000 4000")
    assert got == "Salon Cantik Ayu Rembang"


def test_a_name_then_its_list_keeps_the_name() -> None:
    got = _brand("Warung Lesehan Mbak Wati. Nasi liwet 20rb, ayam goreng 15rb. Buka sore. WA 0812 7000 1000")
    assert got == "Warung Lesehan Mbak Wati"


def test_a_run_up_to_independence_day_is_no_name() -> None:
    got = _brand("Siap-siap 17an!! 🇮🇩 Sewa Sound Bang Komar Bekasi, paket lomba agustusan 1,5jt seharian. "
                 "WA 0813 1100 2200")
    assert got == "Sewa Sound Bang Komar Bekasi"


# ---- the writer's own group, writing for a member
def test_the_writers_group_is_not_the_members_business() -> None:
    brief = ("Saya bendahara Paguyuban Pedagang Pasar Legi, mau bantu anggota kami Bu Sumarni yang punya usaha "
             "Jenang Bu Sumarni. Jenang dodol 30rb/kotak. Hubungi saya 0812 6000 7000")
    assert _brand(brief) == "Jenang Bu Sumarni"
    assert go_between_named(brief, brief.index("Paguyuban"), "Paguyuban Pedagang Pasar Legi")
    assert go_between_named(brief, brief.index("Bu Sumarni"), "Bu Sumarni")


def test_a_group_that_sells_for_itself_keeps_its_name() -> None:
    brief = ("Saya ketua Kelompok Tani Ngudi Makmur, anggota kami 40 petani, kami jual beras merah organik 5kg 90rb. "
             "WA 0812 8000 9000")
    assert _brand(brief) == "Kelompok Tani Ngudi Makmur"
    assert not go_between_named(brief, brief.index("Kelompok"), "Kelompok Tani Ngudi Makmur")


# ---- where the owner worked before
def test_a_former_workplace_is_not_the_business() -> None:
    brief = ("8 tahun saya bekerja di Hotel Puri Asri sebagai chef, sekarang buka katering sendiri: Dapur Chef Anton. "
             "Nasi box mulai 30rb. WA 0812 1200 3400")
    assert _brand(brief) == "Dapur Chef Anton"
    assert worked_at_before(brief, brief.index("Hotel Puri Asri"))


def test_a_business_serving_for_years_is_still_named() -> None:
    brief = "Bengkel Las Sinar Baja, sudah 12 tahun melayani pagar dan kanopi di Medan. WA 0812 5600 7800"
    assert _brand(brief) == "Bengkel Las Sinar Baja"
    assert not worked_at_before("Saya kerja di Toko Sinar Baja sejak lulus", len("Saya kerja di "))


# ---- the page check's own reader: a welcome is no place
def test_a_welcomed_shop_is_no_place_for_the_page_check() -> None:
    assert "madu hutan sumbawa official" not in extract_places("Selamat datang di Madu Hutan Sumbawa Official 🍯")
    assert "salatiga" in extract_places("Toko kami di Salatiga, kirim ke seluruh Jawa")
