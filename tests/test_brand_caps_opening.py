"""A brief that opens on a name in capitals and goes on in Title Case reads as uncased, but where the case changes the
name ends. Briefs written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.caps_opening import caps_opening

pytestmark = pytest.mark.unit


def test_caps_name_then_title_case_sentence() -> None:
    got = parse_brief("BENGKEL LAS KARYA BAJA Melayani Pembuatan Pagar, Kanopi dan Teralis. Hubungi 0813 2222 3333")
    assert got.brand_name.lower() == "bengkel las karya baja"


@pytest.mark.parametrize("text,name", [
    ("SALON MELATI Menerima Rias Pengantin Dan Wisuda", "SALON MELATI"),
    ("TOKO BESI SINAR 77 Jual Besi Beton Dan Hollow", "TOKO BESI SINAR 77"),
])
def test_caps_opening_reads(text: str, name: str) -> None:
    found = caps_opening(text)
    assert found is not None and found[0] == name and text[found[1]:found[2]] == name


@pytest.mark.parametrize("text", [
    "HALO KAK Saya Mau Bikin Web Untuk Usaha Kue",     # a greeting in capitals
    "KAMI JUAL Kue Kering Lebaran",                     # a sentence in capitals
    "SEMUA HURUF BESAR TANPA HURUF KECIL",              # all capitals: nothing changes case
    "Salon Melati Menerima Rias Pengantin",             # no capitals run at all
])
def test_caps_opening_negatives(text: str) -> None:
    assert caps_opening(text) is None
