"""Who licensed or certified the staff, said right after them, stays with the note: "pelatih berlisensi PRSI",
"terapis bersertifikat CIDESCO", "instruktur bersertifikat dari BNSP"; a contact word after them is no body."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _notes(brief: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == "note"]


@pytest.mark.parametrize("brief,note", [
    ("Sekolah Renang Lumba, les renang anak. Pelatih berlisensi PRSI. wa 0812 6611 2233",
     "Pelatih berlisensi PRSI"),
    ("Griya Spa Kenanga, pijat dan facial. Terapis bersertifikat CIDESCO, ruangan ber-AC. wa 0813 6611 2244",
     "Terapis bersertifikat CIDESCO"),
    ("Kursus Las Baja Muda, kelas las listrik. Instruktur bersertifikat dari BNSP. telp 0812 6611 2255",
     "Instruktur bersertifikat dari BNSP"),
])
def test_the_body_stays_with_the_credential(brief: str, note: str) -> None:
    assert note in _notes(brief), _notes(brief)


def test_a_contact_word_after_is_no_body() -> None:
    notes = _notes("Bengkel Motor Gesit, servis injeksi. Mekanik berpengalaman WA 0812 6611 2266")
    assert "Mekanik berpengalaman" in notes, notes
