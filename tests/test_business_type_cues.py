"""The business type where a trade word is said but is not the trade, on briefs written fresh for each mechanism.

- a typo is a slip to a neighbouring key, or a letter dropped, added or swapped; a word the vocabularies spell
  ("sanggar", "printer", "arabic", "shipping") is spelled as meant and votes for no other keyword;
- "jual" in a document's name ("akta jual beli") sells nothing, and trade words after a document head are the
  document a paperwork service draws up;
- ploughing with a tractor, a CNC machine shop and a courier agent are services, not a farm, auto repair or a shop.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.keyword_hits import _fuzzy

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("word,keyword", [
    ("restoram", "restoran"),   # m and n are neighbouring keys
    ("restroan", "restoran"),   # two letters swapped
    ("katerng", "katering"),    # a letter dropped
    ("laundryy", "laundry"),    # a letter added
])
def test_a_slip_of_the_finger_is_read_as_the_keyword(word: str, keyword: str) -> None:
    assert _fuzzy(word) == keyword


@pytest.mark.parametrize("word", ["sanggar", "printer", "daring", "arabic", "shipping", "ukuran", "tambah"])
def test_a_word_spelled_as_meant_is_no_typo(word: str) -> None:
    assert _fuzzy(word) is None


@pytest.mark.parametrize("brief,btype", [
    ("Lembaga kursus Arabic & Quran untuk dewasa di Cirebon, kelas malam tiap Selasa, Darul Lughah", "education"),
    ("Les privat daring matematika dan fisika SMA, 2x seminggu via Zoom, Bimbel Cerdas Nusa", "education"),
    ("Toko Audio Gema Nada jual speakers aktif, soundbar, amplifier dan mic wireless di Pematangsiantar", "retail"),
    ("we sell bluetooth speakers and headphones online with free shipping across Java. Dengar Audio", "retail"),
])
def test_real_words_do_not_vote_for_their_neighbours(brief: str, btype: str) -> None:
    assert parse_brief(brief).business_type == btype


@pytest.mark.parametrize("brief", [
    "Kantor Notaris & PPAT Laksmi Pratiwi, S.H., M.Kn. di Klaten: akta jual beli tanah, akta pendirian CV, "
    "balik nama sertifikat dan waris.",
    "notaris di Tangerang Selatan, bantu urus akta jual beli rumah, akta hibah, legalisasi dokumen. chat aja kak",
    "PPAT Yosef Harun SH melayani AJB (akta jual beli) dan pengecekan sertifikat di Kupang",
    "jasa bikin surat perjanjian jual beli kendaraan dan legal drafting kontrak usaha, Medan Baru",
])
def test_jual_in_a_document_name_sells_nothing(brief: str) -> None:
    assert parse_brief(brief).business_type == "services"


def test_the_land_trade_itself_is_still_read() -> None:
    assert parse_brief("jual beli tanah kavling siap bangun di Sleman, SHM, bisa cicil. Kavling Asri").business_type \
        != "services"


@pytest.mark.parametrize("brief", [
    "Jasa bajak sawah pakai traktor di Indramayu, 650rb per hektar, bisa juga rotavator. Tani Makmur Traktor",
    "sewa traktor roda 4 buat olah lahan tebu & jagung, sudah sama operatornya. Lampung Timur",
    "We plough rice fields with hand tractors for farmers around Sragen, priced per hectare. Bajak Rukun",
])
def test_ploughing_a_farmers_field_is_a_service(brief: str) -> None:
    assert parse_brief(brief).business_type == "services"


@pytest.mark.parametrize("brief", [
    "Bengkel CNC Karya Presisi, Cikarang. terima order bubut, milling, dan fabrikasi part mesin pabrik",
    "Jasa CNC machining & bubut cnc untuk spare part industri di Gresik, CV Baja Tepat",
])
def test_a_machine_shop_is_metal_work_not_auto_repair(brief: str) -> None:
    intent = parse_brief(brief)
    assert intent.business_type == "services"
    assert intent.niche != "auto_repair"


@pytest.mark.parametrize("brief", [
    "agen JNE & J&T di Pamulang, terima paket COD dan kirim ke seluruh Indonesia. Pamulang Ekspres",
    "PT Rantai Beku: cold chain trucking for frozen seafood and vaccines across Sumatra",
    "jasa kargo laut Surabaya–Ambon, per kilo atau per kubik, pick up gratis. Maluku Cargo Express",
])
def test_a_courier_or_freight_business_is_a_service(brief: str) -> None:
    assert parse_brief(brief).business_type == "services"


@pytest.mark.parametrize("brief,btype", [
    ("Perak Kencana is a family workshop making handmade silver rings and pendants in Kotagede, custom orders welcome",
     "creative"),
    ("Pesta Ceria plans birthday parties and baby showers in Bekasi, with decor, a cake, games and a mocktail bar",
     "events"),
])
def test_a_workshop_that_makes_and_a_plural_in_ies(brief: str, btype: str) -> None:
    assert parse_brief(brief).business_type == btype


def test_a_list_of_customers_runs_on_to_its_last_item() -> None:
    brief = ("Pena Hibah Kupang melayani penulisan proposal hibah dan laporan kegiatan untuk yayasan, gereja, "
             "kelompok tani, serta UMKM di NTT.")
    assert parse_brief(brief).business_type == "creative"
    # a list of goods after "untuk anak" is still goods
    assert parse_brief("jual baju untuk anak, sepatu, dan tas di Toko Ceria Kediri").business_type == "retail"


@pytest.mark.parametrize("brief", [
    "leather workshop for beginners every Sunday in Malang, make your own card holder in 3 hours. Kulit Kelas Malang",
    "Batik workshop untuk wisatawan di Lasem: 2 jam, bikin sendiri saputangan batik tulis. Omah Lasem",
])
def test_a_workshop_for_learners_is_a_class(brief: str) -> None:
    assert parse_brief(brief).business_type == "education"


def test_shipping_motorbikes_between_islands_is_a_service() -> None:
    brief = "kami terima kirim motor antar pulau pakai kapal roro, Surabaya-Kupang 5 hari, packing kayu gratis"
    assert parse_brief(brief).business_type == "services"
