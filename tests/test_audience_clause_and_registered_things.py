"""Whom a business serves ends where a new clause's subject starts ("For overseas couples we arrange the permits" is
for "overseas couples"), so no hero says "… for overseas couples we arrange the."; and registering a thing for the
customer ("civil registration paperwork", "pendaftaran merek") is a service sold, not a sign-up the page asks for
("Register now"). Invented briefs (issue 9)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.page_features import features

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "audience"), [
    ("Bali Aisle weddings. For overseas couples we arrange the permits and the venue, packages from IDR 60 million.",
     "overseas couples"),
    ("Les musik Nada Ceria untuk anak TK kami datang ke rumah, 100rb/sesi. Kediri", "anak tk"),
])
def test_an_audience_ends_where_a_new_clause_starts(brief: str, audience: str) -> None:
    assert parse_brief(brief).target_audience == audience


@pytest.mark.parametrize("text", [
    "we handle the civil registration paperwork for foreign couples, 5 million",
    "jasa pendaftaran merek dan pendaftaran usaha, mulai 1,5jt",
    "vehicle registration renewal done in a day",
])
def test_registering_a_thing_is_no_sign_up(text: str) -> None:
    assert "registration" not in features(text)


@pytest.mark.parametrize("text", ["registration is open for the new term", "pendaftaran siswa baru dibuka"])
def test_a_sign_up_is_still_one(text: str) -> None:
    assert "registration" in features(text)
