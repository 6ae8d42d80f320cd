"""A rumah tahfidz or rumah quran where children learn to recite and memorise is a school (education, niche course);
a pesantren where pupils board stays `other` (datasets/CARD.md). Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def test_a_quran_house_for_children_is_a_course() -> None:
    intent = parse_brief("Rumah Quran Nurul Huda di Bima buka kelas hafalan dan tahsin untuk anak SD tiap sore, "
                         "infaq 75rb per bulan. daftar lewat wa 0852 1111 0000")
    assert (intent.business_type, intent.niche) == ("education", "course")


def test_a_boarding_pesantren_stays_other() -> None:
    intent = parse_brief("Pondok Pesantren Tahfidz Al Bayan di Garut menerima santri mukim putra usia SMP, "
                         "program hafalan 30 juz dan kitab kuning.")
    assert intent.business_type == "other"
