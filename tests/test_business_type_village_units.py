"""A village enterprise (BUMDes) writing for one of its units: the unit's trade is the business type, the BUMDes only
who owns it; a BUMDes listing all its units, or saying no unit at all, stays a community body ("other"). Every brief
here is new wording (not dataset rows), and each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _type(brief: str) -> str:
    return parse_brief(brief).business_type


@pytest.mark.parametrize("brief,btype", [
    ("BUMDes Sido Makmur, Desa Wonosari, membuka unit usaha toko desa: beras, minyak goreng, gas elpiji 3 kg dan "
     "token listrik. Buka 07.00-20.00 di samping kantor desa. Hubungi 0274 555 123.", "retail"),
    ("Unit persewaan BUMDes Tirta Sari, Desa Batuan: sewa tenda pesta Rp1.200.000, sewa kursi lipat Rp3.000/buah, "
     "sewa panggung Rp2.500.000 untuk hajatan dan pernikahan. Telepon 0361 111 222.", "events"),
])
def test_a_village_enterprise_unit_is_typed_by_its_trade(brief: str, btype: str) -> None:
    assert _type(brief) == btype


def test_a_village_enterprise_listing_its_units_stays_other() -> None:
    assert _type("BUMDes Sumber Rejeki dari Desa Kedungsari mengelola unit pengelolaan sampah, simpan pinjam, dan "
                 "pasar desa. Kami butuh website profil resmi.") == "other"


def test_a_village_enterprise_without_a_unit_stays_other() -> None:
    assert _type("BUMDes Sumber Rejeki, Desa Kedungsari: website profil BUMDes, laporan kegiatan dan pengurus.") \
        == "other"
