"""A person's own profile (providers/offline_rules/personal_profiles.py) is refused by the brief check; a business's
bio, written in the same form, is not. Texts invented for this test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import prepared_text
from tapsite_pipeline.providers.offline_rules.personal_profiles import personal_profile
from tapsite_pipeline.providers.offline_rules.sense import business_check
from tapsite_pipeline.providers.offline_rules.text import clean

pytestmark = pytest.mark.unit

PEOPLE = [
    "🌼 Tiara | 20 | Bogor\n🎧 anak indie katanya\n📸 foto2 random tiap weekend\n💭 overthinker profesional",
    "Yoga (26) • Denpasar • surfing pagi, kerja siang, tidur malem • akun pribadi",
    "she/her 🌙 | 24 y.o. | Balikpapan | cat lover & bad cook | my little corner of the internet",
    "Mama dari 3 bocil 👧👦👶 | Pontianak | pecinta drakor | hidup cuma sekali, nikmati aja",
    "Just a dad of two boys, 38 years old, Cirebon. Fishing on Sundays, badminton on Wednesdays.",
]
BUSINESSES = [
    "🌼 Tiara Bakery | Bogor\n🎂 custom cake & dessert box\n📲 order WA 0812-5566-7788\n🛵 kirim area Bogor kota",
    "Yoga (26) • Denpasar • surf instructor: private lessons for beginners, 350k per session, book via DM",
    "she/her 🌙 | MUA Balikpapan | makeup wisuda & wedding | DM for booking",
    "Mama dari 3 bocil, jualan frozen food homemade di Pontianak: dimsum, risol, nugget. Pre-order tiap Kamis 🧡",
    "Just a dad of two who bakes sourdough in Cirebon every Friday — loaves 45k, order by Wednesday.",
]


def _lower(text: str) -> str:
    return clean(prepared_text(text)).lower()


@pytest.mark.parametrize("text", PEOPLE)
def test_a_persons_profile_is_refused(text: str) -> None:
    assert personal_profile(_lower(text))
    assert "profile" in (business_check(prepared_text(text)) or "")


@pytest.mark.parametrize("text", BUSINESSES)
def test_a_business_bio_in_the_same_form_is_not(text: str) -> None:
    assert business_check(prepared_text(text)) is None


def test_a_long_text_with_an_age_is_no_bio() -> None:
    story = ("Saya 24, anak sulung, " + "cerita panjang tentang hari ini yang tidak ada habisnya " * 8).strip()
    assert not personal_profile(_lower(story))
