"""The towns of a business's branches, said as a list after a count or a label with a street in brackets or after a
colon, are one area fact; the count alone ("2 cabang") is never left as a note with the towns lost."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.branches import branch_places


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(text).facts]


def test_the_count_of_branches_is_kept_beside_their_towns():
    facts = _facts("Apotek Sehat Sentosa punya 3 cabang: Kebumen (Jl. Pemuda 12), Gombong & Karanganyar. Obat generik.")
    assert ("area", "Kebumen, Gombong & Karanganyar") in facts
    assert any("3 cabang" in v for k, v in facts if k == "note")


@pytest.mark.parametrize("text, area", [
    ("Apotek Sehat Sentosa punya 3 cabang: Kebumen (Jl. Pemuda 12), Gombong & Karanganyar. Obat generik murah.",
     "Kebumen, Gombong & Karanganyar"),
    ("Mie Ayam Pak Gino, two outlets: Wonosobo and Temanggung. Mie ayam bakso 18k.", "Wonosobo and Temanggung"),
    ("Bengkel Motor Jaya has branches in Sleman (Jl. Kaliurang km 9) and Bantul. Servis ringan 60rb.",
     "Sleman and Bantul"),
])
def test_the_branches_towns_are_one_area(text, area):
    assert ("area", area) in _facts(text)


def test_a_street_in_brackets_stays_the_address():
    facts = _facts("Apotek Sehat Sentosa punya 3 cabang: Kebumen (Jl. Pemuda 12), Gombong & Karanganyar.")
    assert any(k == "address" and "Pemuda" in v for k, v in facts)


@pytest.mark.parametrize("text", [
    "Toko: Roti Sobek, Bolu Pandan dan Donat",              # goods after a label, no towns
    "outlet: Es Teh Manis, Kopi Susu & Roti Bakar",
    "Kami buka cabang baru bulan depan",                     # a branch said, no list of places
    "cabang Semarang saja",                                  # one place: no list
])
def test_no_branch_list_without_two_places_after_the_cue(text):
    assert list(branch_places(text)) == []


def test_a_list_the_area_reader_reads_whole_is_left_to_it():
    text = "Bakso Pak Narto, cabang di Cilacap dan Purwokerto. Bakso urat 15rb"
    assert list(branch_places(text)) == []
    assert ("area", "Cilacap dan Purwokerto") in _facts(text)
