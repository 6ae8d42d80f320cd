"""The brand check's own reader of the people a brief names (evals/fidelity/people.py): an owner introducing
themselves, a person signing in, a customer signing a testimonial, a name taken back. Own wording."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.brief import extract_brand
from tapsite_pipeline.evals.fidelity.people import people

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    # regional first-person pronouns before the owner's name; the business is named after
    ("Om swastiastu. Tiang Bu Komang Ayu, 48 tahun. Warung kami, Warung Nasi Jinggo Sanur, buka tiap malam.",
     "Warung Nasi Jinggo Sanur"),
    ("Ulun Acil Ijah, 50 tahun. Lontong kami, Lontong Orari Acil Ijah, jual 20rb. WA 0812 1111 2222",
     "Lontong Orari Acil Ijah"),
    # a customer's signature under a quoted praise
    ('ulasan: "kuenya lembut" – Mama Ester, Sentani. Dapur Roti Sentani Indah, Jayapura. WA 0812 3333 4444',
     "Dapur Roti Sentani Indah"),
    # a name taken back at once
    ("nama usahanya Bengkel Maju Jaya? eh bukan, Bengkel Maju Terus Motor. WA 0812 5555 6666",
     "Bengkel Maju Terus Motor"),
])
def test_a_person_is_not_the_brand(brief: str, brand: str) -> None:
    assert extract_brand(brief) == brand


def test_an_introduced_person_alone_is_no_brand() -> None:
    # "kita" with a title is the owner (Manado); nothing else is named: no brand to check, not the person
    assert extract_brand("Kita Om Ferry, 60 taong, so 30 taong bekeng perahu. Hubungi 0812 7777 8888") is None


@pytest.mark.parametrize("brief,brand", [
    # "Kita" without a title opens a name
    ("Kita Kopi Roastery, kopi sangrai Manado. WA 0812 1212 3434", "Kita Kopi Roastery"),
])
def test_a_business_is_not_a_person(brief: str, brand: str) -> None:
    assert extract_brand(brief) == brand


@pytest.mark.parametrize("brief,person", [
    ("Hi, Nora from Auckland here. We fix boats.", "Hi, Nora from Auckland here"),
    ("sa Yonas, nelayan di Biak", "sa Yonas"),
    ("perkenalkan, kulo Mbak Sri, jualan pecel", "kulo Mbak Sri"),
])
def test_the_reader_finds_the_people(brief: str, person: str) -> None:
    assert [brief[a:b].strip(" ,") for a, b in people(brief)] == [person]


def test_an_acronym_or_a_business_signing_in_is_no_person() -> None:
    assert people("saya MC acara nikahan, aku MUA juga") == ()
    assert people("Hey! Lumen Studio Bali here, we shoot weddings.") == ()


def test_no_offering_or_number_is_read_from_what_is_not_the_owners() -> None:
    from tapsite_pipeline.evals.fidelity.brief import BriefInfo
    from tapsite_pipeline.evals.fidelity.brief_numbers import brief_numbers

    brief = ('Kita Om Ferry, 61 taong. "perahunya kuat, so 12 taong masih bagus" – Pak Dion, Bitung\n'
             "Galangan Perahu Tumbak: perahu pelang 8 jt, oops correction, that's tanpa mesin, perbaikan lambung "
             "500rb. WA 0812 7777 8888")
    assert [n for _, n in brief_numbers(brief)] == []  # the age and the testimonial's years are no facts
    offered = BriefInfo(brief).offerings
    assert not any("kuat" in o or "correction" in o or "tanpa mesin" in o for o in offered)
