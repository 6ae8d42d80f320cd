"""Desks and offices let by the day or the month (coworking, shared or serviced offices, virtual offices) are a
letting of space, the card's `other`, like a kost or a shop-house; a studio that records or an IT firm that sets up a
"workspace" suite is not (issue 9)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief", [
    "Ruang Tumbuh Coworking, Malang: daily pass 50rb, meeting room 100rb/jam, virtual office 2jt/tahun. "
    "WA 0812 3456 7788",
    "Meja Bareng started in a spare room and is now a shared office in Kendari with hot desks from 40k a day and a "
    "small studio for video calls. WA 0813 2222 9090",
    "Kami menyediakan serviced office dan ruang kerja bersama di Pontianak, sewa harian atau bulanan. "
    "Email halo@mejakita.id",
])
def test_desks_let_by_the_day_are_other(brief: str) -> None:
    got = parse_brief(brief)
    assert got.business_type == "other"
    assert got.niche == "other"


@pytest.mark.parametrize(("brief", "btype"), [
    ("We set up Google Workspace and shared drives for small offices in Bali. hello@awanit.id", "technology"),
    ("Studio rekam Suara Kota: rekam podcast 2 jam 300rb, editing audio, mixing lagu. WA 0812 1111 2222", "creative"),
    ("Kost Putri Melati dekat kampus, kamar 800rb/bulan, wifi & dapur bersama. WA 0812 5656 7878", "other"),
])
def test_nearby_businesses_keep_their_type(brief: str, btype: str) -> None:
    assert parse_brief(brief).business_type == btype
