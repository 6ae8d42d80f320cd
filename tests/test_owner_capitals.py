"""The page names an offering with the capitals its owner gave it inside a sentence ("trips to Padar", "servis
laptop ASUS"); a capital that only opens a sentence, a line or a list item, or a shouted word, is not kept."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Brief
from tapsite_pipeline.pipeline import Runtime, content_step, design_step, intent_step
from tapsite_pipeline.written_case import aligned_lower, as_written, is_cased, owner_capitals, recase

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,items,expected", [
    ("Snorkelling trips to Menjangan Island and Pemuteran Bay, gear included", ["trips to menjangan island"],
     ["trips to Menjangan Island"]),
    ("Kami terima servis laptop ASUS dan Lenovo, ganti LCD juga bisa", ["servis laptop asus", "ganti lcd"],
     ["servis laptop ASUS", "ganti LCD"]),
    ("Nastar, kastengel dan putri salju. Pesan sebelum Lebaran ya", ["nastar", "kastengel"], ["nastar", "kastengel"]),
    ("- Kue Lapis\n- Bolu Pandan\nWA 0812 7700 1122", ["kue lapis", "bolu pandan"], ["kue lapis", "bolu pandan"]),
    ("Toko kami JUAL BERAS dan minyak, juga gula Pasir Lokal", ["beras", "gula pasir lokal"],
     ["beras", "gula Pasir Lokal"]),
])
def test_capitals_the_owner_gave_inside_a_sentence_are_kept(brief: str, items: list[str], expected: list[str]) -> None:
    assert as_written(items, brief, aligned_lower(brief), is_cased(brief)) == expected


@pytest.mark.parametrize("brief,items,expected", [
    # five or six capitals no one could say as a word, among lower-case words: a name
    ("Bimbel kami siapkan kursus IELTS dan TOEFL untuk pelajar di Medan", ["kursus ielts", "toefl"],
     ["kursus IELTS", "TOEFL"]),
    ("Kelas biola untuk ujian ABRSM tingkat awal, Semarang", ["kelas biola untuk ujian abrsm"],
     ["kelas biola untuk ujian ABRSM"]),
    # a sayable word in capitals is emphasis, and a run of capitals is shouting
    ("Jual bata RINGAN dan semen, antar GRATIS se-Kota Kediri", ["bata ringan"], ["bata ringan"]),
    ("Toko kami: READY STOCK sepatu futsal dan kaos kaki, Depok", ["ready stock sepatu futsal"],
     ["ready stock sepatu futsal"]),
])
def test_an_unsayable_word_in_capitals_is_an_acronym(brief: str, items: list[str], expected: list[str]) -> None:
    assert as_written(items, brief, aligned_lower(brief), is_cased(brief)) == expected


def test_a_brief_whose_capitals_mean_nothing_changes_nothing() -> None:
    for brief in ("jual kopi gayo dan kopi toraja", "JUAL KOPI GAYO DAN KOPI TORAJA", "Jual Kopi Gayo Dan Kopi Toraja"):
        assert as_written(["kopi gayo"], brief, aligned_lower(brief), is_cased(brief)) == ["kopi gayo"]


def test_the_copy_is_recased_wherever_it_names_the_offering() -> None:
    written = owner_capitals("Boat trips to Gili Nanggu and sunset cruises from Sekotong", ["boat trips to gili nanggu",
                                                                                           "sunset cruises"])
    assert written == {"boat trips to gili nanggu": "boat trips to Gili Nanggu"}
    assert recase("Boat trips to gili nanggu, every morning. Book boat trips to gili nanggu now", written) == \
        "Boat trips to Gili Nanggu, every morning. Book boat trips to Gili Nanggu now"
    assert recase("Sunset cruises daily", written) == "Sunset cruises daily"


def test_the_page_copy_keeps_the_owner_s_capitals(tmp_path) -> None:
    rt = Runtime.local(tmp_path)
    brief = Brief(text="We are Laut Biru Trips, a small boat crew in Sanur. Day trips to Nusa Penida and "
                       "snorkelling at Crystal Bay. WhatsApp +62 812 3300 4455")
    intent = intent_step(brief, rt)
    assert any("nusa penida" in p for p in intent.products)  # the intent's offerings stay lower case
    content = content_step(intent, design_step(intent, rt), brief, rt)
    text = " ".join(s.heading + " " + s.body for s in content.sections)
    assert "Nusa Penida" in text and "nusa penida" not in text


def test_a_short_word_in_a_shouted_line_is_shouting_not_an_acronym() -> None:
    brief = "Brosur kami:\nSERVIS PANGGILAN — KULKAS • MESIN CUCI • DISPENSER\nHubungi Pak Darto, Depok"
    assert owner_capitals(brief, ["mesin cuci", "kulkas"]) == {}
    # an acronym that cannot be said as a word, or one beside words in lower case, keeps its capitals
    assert owner_capitals("Servis AC dan pasang CCTV, cuci AC 75rb", ["pasang cctv", "cuci ac"]) == \
        {"pasang cctv": "pasang CCTV", "cuci ac": "cuci AC"}
    assert owner_capitals("Kamar kos dekat kampus, ada WIFI dan AC", ["kamar kos"]) == {}
    assert owner_capitals("Setup SPF/DKIM, upgrade RAM/SSD, kursus AIDA 2. Tiket VIP table IDR 900,000",
                          ["spf/dkim", "upgrade ram/ssd", "aida 2", "vip table"]) == {
        "spf/dkim": "SPF/DKIM", "upgrade ram/ssd": "upgrade RAM/SSD", "aida 2": "AIDA 2", "vip table": "VIP table"}
