"""A brief's header, countdown, reply to a complaint, a letter's addressee and a pasted text's source are no details:
the about section's list (the notes) never shows them, while the business's own facts stay."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.not_details import not_detail_spans
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit


def _notes(brief: str) -> list[str]:
    return [f.value.lower() for f in parse_brief(brief).facts if f.kind == "note"]


def _spans(brief: str) -> list[str]:
    text = clean(brief)
    return [text[a:b].strip() for a, b in not_detail_spans(text)]


@pytest.mark.parametrize("brief, gone", [
    ("BROSUR KURSUS JAHIT TAHUN AJARAN BARU\nLPK Benang Emas Cirebon\n- Kelas dasar 8x pertemuan Rp 900rb\n"
     "Bahan disediakan. WA 0813 2211 4455", "brosur kursus jahit"),
    ("3 DAYS LEFT to grab our durian pancake bundle\nDapur Durian Medan - pancake box 12 pcs 180k, "
     "frozen, tahan 2 minggu. WA 0812 6000 1122", "3 days left"),
    ("Tanggapan atas komplain Ibu Wati (sepatu kekecilan): Kami mohon maaf atas ketidaknyamanannya. "
     "Sebagai kompensasi, Ibu mendapat voucher Rp 50.000. Hormat kami, Toko Sepatu Langkah Ceria Jambi "
     "0741 555 8800", "komplain ibu wati"),
    ("Kepada Yth. Ibu Ketua Arisan Melati RT 04\nKue Basah Bu Ani Pontianak: risoles 3rb, pastel 3rb, min 50 pcs. "
     "WA 0812 5000 7000", "ketua arisan"),
    ("Dear Pak Hendra, Bengkel Las Sinar Jaya Cikarang menerima pagar besi dan kanopi, garansi las 1 tahun. "
     "WA 0812 9090 3030", "dear pak hendra"),
])
def test_what_is_no_detail_is_no_note(brief, gone):
    assert not any(gone in n for n in _notes(brief))


def test_the_owners_facts_beside_them_stay():
    brief = ("BROSUR KURSUS JAHIT TAHUN AJARAN BARU\nLPK Benang Emas Cirebon\n- Kelas dasar 8x pertemuan Rp 900rb\n"
             "Bahan disediakan, sertifikat keluar tiap angkatan. WA 0813 2211 4455")
    assert any("sertifikat" in n for n in _notes(brief))


@pytest.mark.parametrize("brief", [
    "Pesan H-3 ya kak, katering Bu Rina Padang, nasi kotak 25rb",          # an order's lead time, no countdown
    "Tanpa komplain sejak 2012, laundry kiloan Bersih Wangi Depok 7rb/kg",  # no complaints is a claim
    "Kami bantu balas ulasan Google Maps usaha kakak, 200rb/bulan",       # replying to reviews is the service
    "Cetak brosur dan flyer murah, 500 lembar 150rb, Percetakan Jaya Kendari",  # brochures are what is sold
    "CETAK UNDANGAN PERNIKAHAN. Percetakan Jaya Kendari",                  # a caps line that sells the writing
    "Garansi ganti rugi kalau barang rusak di jalan, Toko Kaca Sinar Solo",  # a policy, no reply to a complaint
])
def test_facts_that_look_like_them_are_kept(brief):
    assert _spans(brief) == []


def test_a_header_with_a_document_number_and_what_the_line_goes_on_to():
    assert _spans("SURAT PENAWARAN No. 07/SP/2026 - Toko Besi Makmur, Kudus") == ["SURAT PENAWARAN No. 07/SP/2026"]
    assert _spans("Copied from our IG highlights: nasi liwet 20rb") == ["Copied from our IG highlights"]
