"""Two things a reader sees on the page (issue 9), from invented briefs:

* a closing day said in brackets after the hours ("10.00–17.00 (Senin libur)", "8am-5pm (closed Sundays)") is part
  of the hours, said with them, not a note repeating the hours;
* an offering that also stands in the shop's Title Case name ("Es Dawet & Cendol Bu Sri … es dawet 8rb") keeps the
  owner's plain writing in running text ("es dawet"), not the name's capitals ("es Dawet").
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.brief import prepared_text
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.written_case import owner_capitals

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "hours"), [
    ("Es Dawet Bu Sri, Solo\n⏰ 10.00–17.00 (Senin libur)\ndawet 8rb. WA 0812 3333 4444", "10.00-17.00 (Senin libur)"),
    ("Roti Kita bakery, Malang. open 8am-5pm (closed Sundays). sourdough 45k. WA 0812 3333 4444",
     "8am-5pm (closed Sundays)"),
])
def test_a_closing_day_in_brackets_is_part_of_the_hours(brief: str, hours: str) -> None:
    facts = [(f.kind, f.value) for f in parse_brief(prepared_text(brief)).facts]
    assert ("hours", hours) in facts, facts
    assert not any(k == "note" and ("libur" in v.lower() or "closed" in v.lower()) for k, v in facts), facts


def test_a_bracket_of_goods_after_the_hours_is_no_exception() -> None:
    facts = [(f.kind, f.value) for f in parse_brief("Es Dawet Bu Sri, Solo. 10.00–17.00 (dawet 8rb). WA 0812 3333 4444").facts]
    assert ("hours", "10.00-17.00") in facts and ("price", "8rb") in facts, facts


def test_an_offering_in_the_title_case_name_keeps_its_plain_writing() -> None:
    brief = "Es Dawet & Cendol Bu Sri 🍧\n📍 Pasar Gede, Solo\nes dawet 8rb | cendol nangka 10rb\nWA 0812 3333 4444"
    assert "es dawet" not in owner_capitals(brief, ["es dawet", "cendol nangka"])
    # a name the owner writes with capitals in running text keeps them
    assert owner_capitals("Trip ke Pulau Padar dan Pink Beach 1,2jt. WA 0812 3333 4444", ["pink beach"]) == {
        "pink beach": "Pink Beach"}
