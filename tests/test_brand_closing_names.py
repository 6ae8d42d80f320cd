"""Brands owners write last, after a dash, a credit or "Ini …", and profiles that open with a foreword: the second
look at the brand (brand_recheck.py, name_likeness.py) reads them."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.name_likeness import class_title, opens_with_document, ordinary_share

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "brand"), [
    # a poll's options are classes; the school names itself after a dash at the end of the post
    ("Vote for our next term! 🗳️\n▢ Japanese Conversation (evenings)\n▢ JLPT N4 prep (weekends)\n▢ Japanese for "
     "hotel staff\n10 meetings, IDR 900,000. Classes start 3 May at Jl. Kenanga 12 — Sakura Ruang Belajar Manado. "
     "WA 0813 2222 1111", "Sakura Ruang Belajar Manado"),
    ("Polling kelas bulan depan 🗳️\n▢ Kelas Bahasa Korea Dasar (malam)\n▢ TOPIK I (Sabtu)\nBiaya 650rb/8x pertemuan. "
     "Mulai 2 Juni di Jl. Cendana 7 — Hangeul Pintar Kupang. WA 0812 3434 5656", "Hangeul Pintar Kupang"),
    # a credit's verb is no part of the name
    ("Rara & Dimas — Prewedding di Dieng 📷\n\nPhotographed by Lensa Kabut Studio, Wonosobo. Prewedding packages "
     "from IDR 3 million, album included. WA 0813 1111 2222", "Lensa Kabut Studio"),
    # a company profile's foreword and its prayer, then the business said to have been founded or to serve
    ("KATA PENGANTAR\nPuji syukur kepada Tuhan Yang Maha Esa. Bengkel Las Karya Besi Mandiri telah berdiri sejak 2011 "
     "dan melayani pembuatan pagar, kanopi, dan teralis. Alamat: Jl. Pahlawan 9, Kendari. Telp 0401 555 1234.\n"
     "Hormat kami, Pimpinan", "Bengkel Las Karya Besi Mandiri"),
    ("Company Profile\nPuji syukur ke hadirat Allah SWT, sejak 2015 Toko Kue Melati Harum melayani pesanan kue basah "
     "dan tumpeng untuk acara kantor. Alamat Jl. Sudirman 3, Jambi. WA 0812 9999 8888.", "Toko Kue Melati Harum"),
    # an auto-reply's "WA Business" is no name; the owner's "Ini …" is
    ("Auto-reply WA Business kami 🐾\nHalo! Ini Kandang Oyen Petcare Palu. Ketik:\nA – makanan kucing 30rb/kg\n"
     "B – grooming 60rb\nAdmin jam 09.00–18.00. Nomor ini: 0811 2233 4455", "Kandang Oyen Petcare Palu"),
])
def test_closing_name_is_the_brand(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize(("brief", "brand"), [
    # "by" after a noun is part of a name: only a verb's credit is taken off
    ("Makeup by Ayu Pratiwi, Bekasi. Makeup wisuda 350rb, makeup pengantin mulai 3 jt. WA 0812 4545 6767",
     "Makeup by Ayu Pratiwi"),
    # after a dash, a model with its price is an offering, not the name signing the brief
    ("Sewa mobil Kupang - Avanza Veloz 400rb sehari, Innova 650rb sehari. WA 0812 7000 8000", "Sewa Mobil Kupang"),
    # a class's title with no name closing the brief stays
    ("Kelas Pagi Batik Tulis untuk pemula, 4x pertemuan 400rb, bahan termasuk. Jl. Melati 2, Solo. WA 0812 1212 3434",
     "Kelas Pagi Batik Tulis"),
])
def test_name_stays(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_word_lists() -> None:
    assert opens_with_document("KATA PENGANTAR") and opens_with_document("Company Profile")
    assert not opens_with_document("Kata Hati Florist")
    assert ordinary_share("Allah SWT") == 1.0
    assert class_title("Conversational English") and not class_title("Bahasa Bridge Jayapura")
