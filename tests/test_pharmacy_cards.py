"""A pharmacy's or a clinic's staff named after a professional title are no cards ("apt. Sari Dewi", "drh. Made
Ayu"), nor the title, a staff role ending on it or a degree's letter; a health check is a service even when free."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "person", "goods"), [
    ("Apotek Sehat Sentosa, apoteker penanggung jawab apt. Sari Dewi, obat resep & bebas, cek tensi gratis",
     "sari dewi", ["obat resep", "cek tensi"]),
    ("Apotek Mitra Husada di Kudus, apoteker penanggung jawab apt. Rina Wulandari, S.Farm. Sedia obat resep & obat "
     "bebas, vitamin. WA 0812 9999 1111", "rina wulandari", ["obat resep", "obat bebas", "vitamin"]),
    ("Apotek Bunda Sehat Makassar. Apoteker: apt. Yusuf Hamid. Jual obat generik, alat kesehatan, susu formula.",
     "yusuf hamid", ["obat generik", "alat kesehatan", "susu formula"]),
    ("Klinik Hewan Kasih, Salatiga. drh. Made Ayu Lestari praktek tiap hari: vaksin, steril, grooming.",
     "made ayu lestari", ["vaksin", "grooming"]),
])
def test_titled_staff_are_no_cards(text, person, goods):
    got = parse_brief(text).products
    assert all(g in got for g in goods), got
    assert not any(person in p or p in ("apt", "s", "drh") or p.endswith(" apt") for p in got), got


@pytest.mark.parametrize(("text", "check"), [
    ("Optik Terang Jaya Kediri: frame kacamata, lensa progresif, softlens, periksa mata gratis", "periksa mata"),
    ("Apotek Waras Blitar sedia obat resep, jamu, minyak kayu putih, cek kolesterol gratis", "cek kolesterol"),
])
def test_a_free_health_check_is_a_service(text, check):
    assert check in parse_brief(text).products


def test_a_free_survey_stays_a_perk():
    got = parse_brief("Bengkel Las Maju Jaya Bekasi: pagar, kanopi, teralis, survei lokasi gratis").products
    assert not any(p.startswith("survei") for p in got), got
