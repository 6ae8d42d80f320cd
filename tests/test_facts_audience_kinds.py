"""Who the business is for, beyond people: the buildings it serves in a list ("untuk rumah, toko, gereja, dan
kantor", "untuk ruko, gudang, dan sekolah"), whom the work helps ("membantu UMKM", "helps foreign investors"), and
who they are said before them ("elderly patients", "busy professionals")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _audiences(brief: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == "audience"]


@pytest.mark.parametrize("brief,audience", [
    ("Pasang alarm dan CCTV Waspada untuk rumah, toko, masjid, dan kantor di Pati. WA 0813 2200 4400",
     "rumah, toko, masjid, dan kantor"),
    ("Jasa instalasi listrik Terang Jaya untuk ruko, gudang, dan apartemen di Cikarang. telp 0812 6600 1100",
     "ruko, gudang, dan apartemen"),
    ("Konsultan Digital Naik Kelas membantu UMKM jualan online lewat marketplace. wa 0857 3300 2200",
     "UMKM"),
    ("Tanjung Visa Agency helps foreign investors get a KITAS and open a bank account. Email hi@tanjungvisa.id",
     "foreign investors"),
    ("Home nursing Sahabat Lansia, we care for elderly patients after surgery in Surabaya. WA +62 812 5500 6600",
     "elderly patients"),
])
def test_whom_it_serves_is_read(brief: str, audience: str) -> None:
    assert any(a.startswith(audience) for a in _audiences(brief)), _audiences(brief)


@pytest.mark.parametrize("brief", [
    "Rak Besi Kokoh, jual rak gudang dan rak minimarket buat toko saya sendiri juga. wa 0812 7700 8800",
    "Ibu kost mau bikin web buat kost putri sy, Kost Melati, dekat kampus. wa 0812 7700 9900",
    "Renovasi rumah Pak Darto, bangun rumah dan dapur. wa 0812 7700 1122",
])
def test_the_owners_own_place_or_a_house_alone_is_no_audience(brief: str) -> None:
    assert _audiences(brief) == []
