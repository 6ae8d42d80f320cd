"""People a brief names who are not the brand: a parent the writer names by kinship ("anaknya Bu …", "on behalf
of my mother Mrs. …") and the customer of a finished job ("buat Dek …", "rumah Bu …"). Every wording here is made up
for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.brand_kin import customer_named, kin_named

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


@pytest.mark.parametrize(("text", "want"), [
    ("tumpeng mini buat Dek Naura yang ulang tahun ke-5 🎉 makasih ya bunda! Dapur Tumpeng Lestari, Ambon. wa 0812 "
     "9090 8080", "Dapur Tumpeng Lestari"),
    ("minggu ini pasang kanopi di rumah Pak Sugeng, Gresik, rangka baja ringan. Bengkel Las Karya Baja Gresik, "
     "survei gratis", "Bengkel Las Karya Baja Gresik"),
])
def test_the_customer_of_a_finished_job_is_not_the_brand(text: str, want: str) -> None:
    assert parse_brief(text).brand_name == want


def test_customer_named_reads_who_the_work_was_for() -> None:
    text = "kue buat Dek Naura, renovasi dapur rumah Bu Tini"
    assert customer_named(text, text.index("Dek Naura"), "Dek Naura")
    assert customer_named(text, text.index("Bu Tini"), "Bu Tini")
    assert customer_named(text, text.index("dapur rumah"), "dapur rumah Bu Tini")
    # negatives: a business the owner wrote as a name, and a titled person with no recipient cue before
    assert not customer_named("Warung Keluarga Pak Slamet, Blitar", 0, "Warung Keluarga Pak Slamet")
    assert not customer_named("hubungi Bu Tini di 0812", 8, "Bu Tini")
