"""An Indonesian clause said by the owner ("kami", "saya") is a note when it says how the work is done: what is used,
brought or kept to, by whose hand ("kami hanya pakai mentega asli", "alat dan bahan kami bawa sendiri"); a clause
of who speaks that only invites or sells ("kami siap melayani", "kami tunggu orderannya") stays out of the notes."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _notes(brief: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == "note"]


@pytest.mark.parametrize("brief,note", [
    ("Bakpia Pak Hadi, jual bakpia kacang hijau dan keju. Kami hanya pakai kacang hijau pilihan. wa 0812 4100 2200",
     "Kami hanya pakai kacang hijau pilihan"),
    ("Jasa poles mobil Kilap Jaya. Kami datang bawa mesin poles sendiri, tinggal siapkan air. wa 0813 5100 6200",
     "Kami datang bawa mesin poles sendiri"),
    ("Sablon Garis Tepi, sablon kaos dan hoodie. Kaos dari pelanggan atau dari kami. wa 0857 7100 8200",
     "Kaos dari pelanggan atau dari kami"),
    ("Warung Pecel Bu Sum, jual pecel dan rawon. Sambal kacangnya saya ulek sendiri tiap pagi. wa 0812 9100 1300",
     "Sambal kacangnya saya ulek sendiri tiap pagi"),
])
def test_how_the_owner_works_is_a_note(brief: str, note: str) -> None:
    assert any(note in n for n in _notes(brief)), _notes(brief)


@pytest.mark.parametrize("brief", [
    "Toko Kue Lestari, jual brownies dan bolu. Kami siap melayani pesanan. wa 0812 3100 4200",
    "Rental Motor Gading, sewa motor matic harian. Kami tunggu kabarnya ya kak. wa 0813 3100 5200",
])
def test_who_speaks_alone_is_no_note(brief: str) -> None:
    assert not any(n.lower().startswith("kami") for n in _notes(brief)), _notes(brief)
