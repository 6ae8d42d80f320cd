"""On a poster that sells one class with a sign-up deadline or a quota, what the class teaches is no class of its
own; a school's list of classes keeps its cards."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.class_topics import topic_spans

pytestmark = pytest.mark.unit


def _masked(text: str) -> list[str]:
    lower = text.lower()
    return [lower[a:b].strip() for a, b in topic_spans(lower)]


def test_one_class_posters_topics_are_masked():
    text = ("Kelas Baking Pemula. Sabtu 10 Mei. Belajar roti sobek, donat, pizza. Biaya 250rb. Kuota 10 orang. "
            "WA 0812 1234 5678")
    assert _masked(text) == ["roti sobek, donat, pizza"]
    text = "KELAS PERSIAPAN CPNS. TWK + TIU + TKP. batas daftar 1 Maret. WA 0813 1111 2222"
    assert _masked(text) == ["twk + tiu + tkp"]


@pytest.mark.parametrize("text", [
    "Kelas musik Nada: les piano, gitar, vokal. Belajar piano, gitar dan biola. WA 0812",   # no sign-up deadline
    "Toko Kue Ani. Belajar bikin kue? Kuota 10. Kelas: brownies, bolu",                     # no class heading
])
def test_a_schools_classes_are_left_alone(text):
    assert _masked(text) == []
