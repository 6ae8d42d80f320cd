"""Facts that used to reach the page broken: a list of what the owner does not do, cut after its first item and the
rest glued to the next statement; an audience cut before its youngest age and its second group; a price said after
how often and how long its sessions are, left as a bare amount; and a price that ran on into the next sentence
because its word began with "per"."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _facts(brief: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(brief).facts]


# --- what is not done, said as a list ----------------------------------------------------------------------------

def test_a_denied_list_is_one_line_and_the_next_denial_its_own():
    facts = _facts("Sanggar Tari Melati di Solo, kelas tari jawa klasik untuk remaja. Kami tidak melayani tari "
                   "modern, jaipong atau salsa, dan tidak menerima pentas luar kota. WA 0813 4400 1122")
    notes = [v for k, v in facts if k == "note"]
    assert "tidak melayani tari modern, jaipong atau salsa" in notes
    assert "tidak menerima pentas luar kota" in notes
    assert not any(v.startswith(("jaipong", "dan ")) for v in notes)


def test_an_english_denied_list_reads_whole():
    notes = [v for k, v in _facts("Fixit Corner repairs laptops in Malang. We do not repair tablets, printers or "
                                  "cameras. WA 0813 4400 1122") if k == "note"]
    assert "do not repair tablets, printers or cameras" in " ".join(notes)


@pytest.mark.parametrize("brief, kept", [
    # what is done instead is no item of the denied list
    ("Kue Bu Rina, bolu pandan. gak terima COD, transfer atau tunai saja ya. WA 0813 4400 1122", "gak terima COD"),
    # "no X" opens no list: the next items are a statement of their own
    ("Sate Pak Min Depok, no delivery, takeaway and dine-in only. WA 0813 4400 1122", "no delivery"),
])
def test_a_denial_does_not_take_what_follows_it(brief, kept):
    notes = [v for k, v in _facts(brief) if k == "note"]
    assert kept in notes


# --- an audience with its youngest age --------------------------------------------------------------------------

@pytest.mark.parametrize("brief, audience", [
    ("Sekolah Renang Lumba, Depok: kelas renang untuk anak mulai 4 tahun dan dewasa. WA 0813 4400 1122",
     "anak mulai 4 tahun dan dewasa"),
    ("Lingo Kids English, Medan: conversation classes for kids from age 6 and parents. WA 0813 4400 1122",
     "kids from age 6 and parents"),
])
def test_an_audience_keeps_its_age_and_its_second_group(brief, audience):
    assert ("audience", audience) in _facts(brief)


def test_a_start_date_after_an_audience_is_no_age():
    facts = _facts("Sekolah Renang Lumba, Depok: kelas renang untuk anak, mulai 3 Juli. WA 0813 4400 1122")
    assert ("audience", "anak") in facts


# --- how often and how long, said before a price -----------------------------------------------------------------

@pytest.mark.parametrize("brief, price", [
    ("Les Biola Nada, Bogor: kelas privat 4x sebulan @60 menit Rp450.000. WA 0813 4400 1122",
     "4x sebulan @60 menit Rp450.000"),
    ("Bimbel Cemerlang Ciamis, SD-SMP, 2x seminggu 90 menit 350rb/bulan. WA 0813 4400 1122",
     "2x seminggu 90 menit 350rb/bulan"),
])
def test_sessions_said_before_a_price_are_the_prices(brief, price):
    facts = _facts(brief)
    assert ("price", price) in facts
    assert not any(k == "note" and v in price for k, v in facts)


def test_sessions_in_a_clause_of_their_own_stay_apart():
    facts = _facts("Les Biola Nada, Bogor, buka 2x seminggu. Rp 450rb per bulan. WA 0813 4400 1122")
    assert ("price", "Rp 450rb per bulan") in facts


# --- "per" only before a unit ------------------------------------------------------------------------------------

def test_a_price_ends_before_a_sentence_that_starts_with_per():
    prices = [v for k, v in _facts("Kursus Jahit Bu Tini, Klaten: kelas dasar Rp350.000. Perlengkapan dibawa "
                                   "sendiri. WA 0813 4400 1122") if k == "price"]
    assert prices and all("erlengkapan" not in v for v in prices)


@pytest.mark.parametrize("said", ["20rb perporsi", "20rb per porsi", "150rb perorang"])
def test_per_glued_to_its_unit_stays_with_the_price(said):
    assert any(k == "price" and v == said for k, v in _facts(f"Nasi Kebuli Bu Ida, Bekasi. {said}. WA 0813 4400 1122"))
