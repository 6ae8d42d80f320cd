"""A job seeker's post is refused by the brief check (sense.py, "a job application"); an owner who is hiring, or
who offers help with CVs, is not. Texts invented for this test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.sense import business_check

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", [
    "Halo semua, aku lulusan SMK otomotif 2026, masih nyari kerja di bengkel daerah Cikarang. Ada loker ga ya?",
    "Mantan kasir minimarket 3 tahun, pengen kerja lagi setelah melahirkan, domisili Tegal. Mohon doanya 🙏",
    "Open to work: junior graphic designer in Bandung, fluent in Figma and Illustrator, portfolio on request",
    "Could someone look over my resume? I'm applying for a barista job at a coffee chain next week",
])
def test_a_job_seekers_post_is_refused(text: str) -> None:
    assert business_check(text) is not None


@pytest.mark.parametrize("text", [
    "Bengkel Motor Jaya Cikarang lagi cari mekanik berpengalaman, sekalian kami terima servis injeksi & ganti oli",
    "Jasa bikin CV & surat lamaran kerja ATS-friendly, 50rb per CV, selesai 1 hari. WA 0812 4455 6677",
])
def test_an_owner_hiring_or_helping_with_cvs_is_not(text: str) -> None:
    assert business_check(text) is None
