"""A child writing for a parent names the parent by kinship ("anaknya Bu …", "on behalf of my mother Mrs. …"): that
person is not the brand; the business named elsewhere is. Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_kin import kin_named

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "want"), [
    ("halo saya Tari, anaknya Bu Marni, mau dibikinin web buat usaha ibu saya: Rujak Cingur Bu Marni, Surabaya",
     "Rujak Cingur Bu Marni"),
    ("Hello, I'm Andre, writing on behalf of my father Mr. Halim. His workshop is Halim Motor in Bitung, tune ups "
     "and oil changes.", "Halim Motor"),
])
def test_the_parent_named_by_kinship_is_not_the_brand(text: str, want: str) -> None:
    assert parse_brief(text).brand_name == want


@pytest.mark.parametrize(("text", "want"), [
    # a kinship word before a business name: the name stays
    ("ini buat usaha mama saya, Katering Mama Ani di Bitung, nasi kuning dan ayam rica", "Katering Mama Ani"),
    # "anak" as the customers, not a kinship: the name after it stays
    ("kursus menggambar untuk anak, Kuas Ceria", "Kuas Ceria"),
])
def test_names_after_a_kinship_or_audience_word_stay(text: str, want: str) -> None:
    assert parse_brief(text).brand_name == want


def test_kin_named_reads_the_words_before_and_the_name() -> None:
    text = "saya Tari, anaknya Bu Marni, dan"
    at = text.index("Bu Marni")
    assert kin_named(text, at, "Bu Marni")
    assert not kin_named(text, 5, "Tari")  # no kinship word before
    text = "sy anak dr Pak Udin, Bengkel Las Udin"
    assert kin_named(text, text.index("Pak Udin"), "Pak Udin")
    assert not kin_named("anak dr Bengkel Las Udin", 8, "Bengkel Las Udin")  # a trade word: a business
