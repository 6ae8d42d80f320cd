"""A schedule said between an offering and its price is not what the price is for, and how long a project takes to
hand over is a turnaround, not a delivery to the customer's door. Wordings written for these tests."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.price_subject import price_subject

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("said", "subject"), [
    ("beginner pilates every mon/wed 6pm 120k", "beginner pilates"),
    ("kelas tari saman tiap jumat sore 60rb", "kelas tari saman"),
    ("senam lansia sabtu & minggu pagi 25rb", "senam lansia"),
    ("kids coding class saturdays 9am 250k", "kids coding class"),
    ("latihan futsal jam 8 malam 40rb", "latihan futsal"),
    ("sewa lapangan 1 minggu 900rb", "sewa lapangan"),  # a week's hire, not Sunday
])
def test_a_schedule_before_a_price_is_not_what_it_is_for(said: str, subject: str) -> None:
    assert price_subject(said, said.rfind(" ") + 1) == subject


def test_the_price_of_a_scheduled_class_reaches_the_facts() -> None:
    facts = parse_brief("Private Muay Thai coaching in Canggu 400k, group class every Tue/Fri 5pm 180k. "
                        "wa 0812 3300 4400").facts
    prices = {f.subject: f.value for f in facts if f.kind == "price"}
    # the schedule said between the class and its price is shown with the price (priced_notes.py)
    assert prices.get("group class") == "every Tue/Fri 5pm 180k" and not any(s in ("fri", "tue") for s in prices)


@pytest.mark.parametrize("brief", [
    "We design brand identities for cafés, 4-week delivery, two revision rounds. Bandung. studio@garisbaru.id",
    "Landing pages for clinics, delivered in 10 days, from 6jt. hello@klinikweb.id",
    "Custom ERP for distributors, handover within 3 months. wa 0811 2323 4545",
])
def test_how_long_a_project_takes_is_a_turnaround(brief: str) -> None:
    kinds = {f.kind for f in parse_brief(brief).facts}
    assert "turnaround" in kinds and "delivery" not in kinds
