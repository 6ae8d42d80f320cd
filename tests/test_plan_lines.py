"""An itinerary's or a rundown's timed lines and a week's menu's dishes are the plan of what is sold, never cards;
a studio's timetable and a priced day list keep their cards."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.plan_lines import plan_spans

pytestmark = pytest.mark.unit


def _masked(text: str) -> list[str]:
    lower = text.lower()
    return [lower[a:b].strip() for a, b in plan_spans(lower)]


def test_an_itinerarys_timed_lines_are_its_plan():
    text = ("Itinerary Trip Kawah Ijen. 00.30 jemput di hotel Banyuwangi. 02.00 mulai hiking, lihat blue fire. "
            "06.00 turun. Harga 300rb/org")
    assert _masked(text) == ["00.30 jemput di hotel banyuwangi", "02.00 mulai hiking, lihat blue fire",
                             "06.00 turun", "itinerary"]


def test_a_weeks_menu_dishes_are_what_the_plan_brings():
    text = "Weekly menu Dapur Hijau: Mon nasi merah ayam / Tue soto betawi / Wed pecel. Langganan 5 hari 250rb"
    assert _masked(text) == ["nasi merah ayam", "soto betawi", "pecel"]


@pytest.mark.parametrize("text", [
    "Studio Gerak: 06.00 yoga. 18.00 zumba. Drop-in 50rb",                  # no itinerary word: classes sold
    "Menu: Mon nasi uduk 15rb / Tue soto 20rb / Wed pecel 15rb",            # each dish priced: sold one by one
    "Jadwal kelas: Monday: yoga, Wednesday: pilates, Friday: barre",        # no menu
])
def test_a_timetable_or_a_priced_day_list_is_left_alone(text):
    assert _masked(text) == []


def test_a_trips_stops_never_reach_the_cards():
    intent = parse_brief("Itinerary Open Trip Kawah Ijen\n00.30 jemput di Stasiun Karangasem\n"
                         "02.00 mulai hiking, lihat blue fire\n06.00 Danau Kawah, Paltuding\n"
                         "Harga 300rb/org. WA 0812 5555 6666")
    names = " ".join(p.lower() for p in intent.products)
    for stop in ("blue fire", "paltuding", "stasiun", "itinerary"):
        assert stop not in names, names
