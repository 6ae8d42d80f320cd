"""Offerings a page must not leave out (issue 9): the learned filter's drop of the last piece of a list the rules read
rests only on where it stands. A sibling it kept rescues it, also when the model added a candidate of its own beside
the list, and over a piece said free ("cek tensi gratis, …")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import learned_models, parse_brief

pytestmark = pytest.mark.unit


def test_the_gap_of_a_list_holds_a_free_word():
    assert learned_models._LIST_GAP.fullmatch(" gratis, ")
    assert learned_models._LIST_GAP.fullmatch(" free, and ")
    assert not learned_models._LIST_GAP.fullmatch(" untuk anak, ")


@pytest.mark.parametrize("brief, wanted", [
    ("Apotek Sumber Waras Kendal - obat resep, jamu, alat kesehatan, cek kolesterol gratis, konsultasi apoteker",
     "konsultasi apoteker"),
    ("Apotek Tirta Medika Sumbawa - obat bebas, vitamin, alat kesehatan, cek gula darah gratis, konsultasi apoteker",
     "konsultasi apoteker"),
    ("Klinik hewan Kasih Fauna, Bontang. Vaksin anjing & kucing, steril kucing, grooming, rawat inap, USG", "usg"),
])
def test_the_last_piece_of_a_list_is_kept_beside_its_siblings(brief, wanted):
    assert wanted in parse_brief(brief).products
