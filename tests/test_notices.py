"""Notices inside a business brief that are not its offer: a job notice is never a card (nor an order-form line)
and stays on the page as one note; an announcement is never a card; a recruitment agency's hiring words are its
offer; "kami menerima pesanan" is an offer, no notice."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.notices import notice_spans
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit


def _hiring(text: str) -> list[str]:
    t = clean(text)
    return [t[s:e] for s, e in notice_spans(t)[0]]


@pytest.mark.parametrize(("brief", "notice_words"), [
    ("Warung Soto Pak Darmo, Klaten. Soto ayam 12rb, soto daging 18rb. Kami sedang hiring: 1 juru masak dan 2 "
     "pelayan, lamaran ke WA 0812 0000 1111.", "juru masak"),
    ("Bengkel Las Sinar Baja, Depok: pagar, kanopi, teralis. Dicari tukang las berpengalaman, ada mess. "
     "Telp 0813 0000 2222", "tukang las"),
    ("Toko Roti Anggrek di Malang jual roti sobek dan bolu gulung. Lowongan kerja: kasir shift pagi.",
     "kasir shift pagi"),
    ("Sunny Side Laundry, Ubud. Wash & fold 10K/kg, ironing 8K/kg. We're looking for 2 part-time helpers for "
     "weekends, email jobs@sunnyside.id.", "helpers"),
    ("Ayam Geprek Mas Bro, Jember: geprek 13rb, geprek keju 17rb. Lagi nyari 2 kurir motor, WA 0812 7000 8000",
     "kurir motor"),
    ("Dockside Diner, Batam. Burgers 45K and fish & chips 55K. Job openings: 2 line cooks, apply at the counter.",
     "line cooks"),
])
def test_a_job_notice_is_read_whole(brief: str, notice_words: str) -> None:
    found = _hiring(brief)
    assert len(found) == 1 and notice_words in found[0]


def test_a_job_notice_is_no_card_and_stays_as_a_note() -> None:
    brief = ("Kedai Bakmi Ko Aseng, Singkawang. Bakmi ayam 20rb, bakmi babat 25rb, kwetiau goreng 25rb. Kami juga "
             "lagi butuh 2 karyawan dapur, kirim CV ke kerja@bakmiaseng.id. Pesan antar WA 0812 3000 4000")
    it = parse_brief(brief)
    assert it.products[:3] == ["bakmi ayam", "bakmi babat", "kwetiau goreng"]
    assert not any(w in p for p in it.products for w in ("karyawan", "dapur", "butuh", "cv"))
    notes = [f.value for f in it.facts if f.kind == "note"]
    assert any("2 karyawan dapur" in n and "kerja@bakmiaseng.id" in n for n in notes)


def test_an_english_hiring_clause_is_no_card() -> None:
    brief = ("Harbour Bagels, Sanur. We bake plain bagels 15K, sesame bagels 18K and cream cheese tubs 30K. "
             "We are hiring a morning baker, send your CV to jobs@harbourbagels.com.")
    it = parse_brief(brief)
    assert not any("hiring" in p or "baker" in p for p in it.products)
    assert any("morning baker" in f.value for f in it.facts if f.kind == "note")


def test_an_announcement_is_no_card() -> None:
    brief = ("Toko Kue Melati, Bogor: brownies panggang 60rb, bolu pandan 45rb. Tutup sementara tanggal 1-7 "
             "untuk renovasi dapur. WA 0812 1000 2000")
    it = parse_brief(brief)
    assert not any("tutup" in p or "renovasi" in p for p in it.products)


@pytest.mark.parametrize("brief", [
    # a recruitment agency: finding workers is what it sells
    "PT Karya Insani, agen penyalur tenaga kerja di Semarang: kami bantu pabrik dan toko merekrut karyawan, "
    "dicari juga pekerja harian untuk klien.",
    "Talenta Staffing Services, Jakarta. We help startups hire engineers; we are hiring recruiters too.",
    # an offer, not a notice
    "Catering Bu Ratna, Solo. Kami menerima pesanan nasi box dan tumpeng untuk acara kantor.",
    # a hook question for what is sold
    "Butuh tukang ledeng? Jasa Pipa Mas Yono, Sleman, servis pipa bocor dan pasang toren.",
    # time needed, and what customers look for
    "Penjahit Bu Nani, Cimahi: jahit kebaya, dibutuhkan waktu 2 minggu. Model yang paling dicari: kebaya kutubaru.",
    # the owner asks for the page, no worker
    "Kami lagi butuh website untuk Toko Sepatu Langkah, Medan: sneakers dan sandal kulit.",
])
def test_no_job_notice(brief: str) -> None:
    assert _hiring(brief) == []


def test_a_recruitment_agency_keeps_its_offer() -> None:
    brief = "Mitra Kerja Outsourcing Bandung: jasa rekrutmen karyawan, penyaluran satpam dan cleaning service."
    assert any("rekrutmen" in p or "satpam" in p for p in parse_brief(brief).products)


def test_a_brief_without_a_notice_parses_as_before() -> None:
    brief = "Kami menerima pesanan kue ulang tahun dan tart buah di Kedai Manis Bu Ita, Padang. WA 0812 5555 6666"
    assert notice_spans(clean(brief)) == ([], [])


def test_a_job_application_names_someone_elses_notice() -> None:
    letter = ("Dengan hormat, menanggapi lowongan kerja di CV Maju Jaya yang saya lihat di koran, saya bermaksud "
              "melamar posisi kasir. Saya lulusan SMA.")
    assert _hiring(letter) == []
