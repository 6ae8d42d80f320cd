"""What the owner tells the builder to leave out ("tokonya ga usah", "jangan ditulis") and the owner's other work
("kerja kantoran", "nyambi") are never fact lines; the list of businesses the owner runs is no note once the brief
says which one the page is for. A price after a count of sessions alone says what it buys ("10 pertemuan: 900rb"),
and a lone modifier after "&" before a price shares the head said before it ("rias pengantin adat & modern")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.owner_requests import skipped_piece
from tapsite_pipeline.providers.offline_rules.price_subject import price_subject

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("said", [
    "bengkelnya ga usah ya",
    "yang lama gak perlu",
    "alamat rumah jangan dicantumkan",
    "harga nggak usah ditampilin",
    "please don't mention the old shop",
    "aku guru honorer sambil nyambi jualan kue",
    "this is my side hustle",
])
def test_what_the_owner_tells_the_builder_is_no_fact(said: str) -> None:
    assert skipped_piece(said)


@pytest.mark.parametrize("said", [
    "gak usah ngantre di loket",  # what a visitor is spared: a fact
    "tidak usah bawa alat sendiri",
    "jangan ragu tanya stok",
    "pengerjaan 2 hari kerja",
])
def test_what_a_visitor_is_spared_stays_a_fact(said: str) -> None:
    assert not skipped_piece(said)


def test_the_other_job_and_the_left_out_business_are_no_notes() -> None:
    brief = ("halo kak, aku Dina, kerja kantoran sambil nyambi jahit. webnya buat jahitan aja ya, kantornya ga usah. "
             "Jahit Dina Bekasi: vermak celana 25rb, jahit kebaya 350rb. selesai 3 hari. WA 0813 5555 0101")
    facts = [f.value.lower() for f in parse_brief(brief).facts]
    assert not any("kantor" in v or "nyambi" in v for v in facts)
    assert any("3 hari" in v for v in facts)


def test_the_list_of_businesses_is_no_note_when_one_is_chosen() -> None:
    brief = ("aku punya dua usaha: bengkel motor sama cuci sepatu. yg dibikin web cuci sepatunya ya. "
             "Bersih Kaki Solo: deep clean 45rb, unyellowing 60rb. WA 0857 1111 2222")
    notes = [f.value.lower() for f in parse_brief(brief).facts if f.kind == "note"]
    assert not any("bengkel" in n for n in notes)


@pytest.mark.parametrize(("lower", "subject"), [
    ("les piano anak di depok. 10 pertemuan 900rb", "10 pertemuan"),
    ("kelas lukis cat air 6 sesi 750rb", "kelas lukis cat air"),  # the class is named: it is what is priced
])
def test_a_count_of_sessions_alone_says_what_the_price_buys(lower: str, subject: str) -> None:
    assert price_subject(lower, lower.rfind(" ") + 1) == subject


@pytest.mark.parametrize(("lower", "subject"), [
    ("sanggar ayu: rias pengantin adat & modern 4jt", "rias pengantin adat & modern"),
    ("kue kering: nastar & kastengel 85rb", "kastengel"),  # two goods: the price's words are the second's
])
def test_a_lone_modifier_after_and_shares_the_head(lower: str, subject: str) -> None:
    assert price_subject(lower, lower.rfind(" ") + 1) == subject


def test_the_item_with_a_lone_modifier_is_the_pair() -> None:
    brief = "Sanggar Rias Ayu Klaten: rias pengantin adat & modern 4jt, rias wisuda 300rb. WA 0812 3333 4444"
    products = parse_brief(brief).products
    assert "rias pengantin adat & modern" in products
    assert "modern" not in products


@pytest.mark.parametrize("lower", [
    "guru datang ke rumah. 6x pertemuan 450rb",  # the price's own words say the sessions: no subject repeats them
    "jam tangan bekas, tahun 2015 jam 90rb",  # a year is no count of what is bought
])
def test_no_count_subject_where_the_price_says_it_or_it_is_no_count(lower: str) -> None:
    assert price_subject(lower, lower.rfind(" ") + 1) == ""


def test_a_number_after_and_is_no_price_for_a_pair() -> None:
    products = parse_brief("Konsultan Aman Data, Surabaya. audit keamanan & ISO 27001 consulting. WA 0812 9999 1234").products
    assert not any(p.endswith("& iso") for p in products)
