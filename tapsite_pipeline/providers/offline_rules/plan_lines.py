"""The plan of what is sold, line by line: its stops, its programme, its week's menu. None of them is a card.

- a trip's itinerary or an event's rundown, each line opened by a clock time or a day's number ("23.30 jemput di
  Stasiun Malang / 03.30 sampai Penanjakan, liat sunrise", "17.00 gates open · papeda stalls / 19.00 jazz",
  "Day 1: Labuan Bajo, Pink Beach / Day 2: Padar"): the trip or the ticket is sold, its stops and acts are its plan.
  Two such lines or more, in a brief that calls itself an itinerary, a rundown, a trip or a tour (a studio's
  timetable, "06.00 yoga. 18.00 zumba.", sells each class and names none of those words);
- a week's menu, each dish after its day ("Mon tempeh poke bowl / Tue chicken satay / Wed salmon pepes"): three days
  or more in a row, none of them priced, in a brief that says "menu" or "meal plan": the plan is sold, the dishes are
  what it brings each day ("Monday: yoga, Wednesday: pilates" at a studio says no menu).

The spans are masked out of the offerings (offerings.py); the lines still reach the page through the notes."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .package_contents import AMOUNT
from .schedule_stops import _FULL

_OPEN = r"(?:^|(?<=[.!?;\n]))\s*[^\w\n]*"
# A line opened by a clock time ("03.30", "19:00", "jam 7") or a day's number ("Day 1", "Hari ke-2", "H1", "D2").
_TIMED = regrouped(_OPEN + r"(?P<line>(?:(?:jam|pukul|pkl)\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])"
                   r"[.:][0-5]\d)?\s+(?=[^\W\d])[^.!?;\n]*|(?:day|hari(?:\s+ke)?|h|d)[-\s]?\d{1,2}\s*[:\-–]\s*[^.!?;\n]+)")
_PLAN_WORD = regrouped(r"\b(?:itinerary|itinerari|rundown|run-down|run\s+down|susunan\s+acara|trip|tour|touring|"
                       r"perjalanan|wisata|jelajah)\b")
# The words that name the plan itself ("RUNDOWN - Malam Kuliner", "Itinerary Open Trip …"): what the page is, not sold.
_PLAN_NAME = regrouped(r"\b(?:itinerary|itinerari|rundown|run-down|susunan\s+acara)\b")
_DAY = r"(?:" + "|".join(sorted(_FULL, key=len, reverse=True)) + r")"
# A day, then the dish, up to the next slash, bullet, semicolon, line or sentence end.
_DAY_DISH = regrouped(r"(?:^|(?<=[.!?;:/|•·\n]))\s*(?P<day>" + _DAY + r")\b\.?\s*:?\s+(?P<dish>[^/|•·.!?;\n]+)")
_MENU_WORD = regrouped(r"\b(?:menu|meal\s+plan|catering|katering)\b")
_AMOUNT = regrouped(AMOUNT)


def plan_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of an itinerary's or a rundown's lines and of a week's menu's dishes (the module's doc)."""
    spans: list[tuple[int, int]] = []
    if _PLAN_WORD.search(lower):
        timed = [m.span("line") for m in _TIMED.finditer(lower) if not _AMOUNT.search(m.group("line"))]
        if len(timed) >= 2:
            spans += timed + [m.span() for m in _PLAN_NAME.finditer(lower)]
    if _MENU_WORD.search(lower):
        runs: list[list[tuple[int, int]]] = [[]]
        for m in _DAY_DISH.finditer(lower):
            if runs[-1] and lower[runs[-1][-1][1]:m.start()].strip(" /|•·.;\n!?"):
                runs.append([])  # words between two days: the run ended
            runs[-1].append(m.span("dish"))
        spans += [s for run in runs if len(run) >= 3 and not any(_AMOUNT.search(lower, a, b) for a, b in run)
                  for s in run]
    return spans
