"""A stop of a moving business's schedule (schedule_stops.py) as a line of the about list: its days as the label and
its place as the value ("Senin & Kamis — Boyolali kota"), so the route reads as a schedule, not as loose notes."""

from __future__ import annotations

from ..schedule_stops import STOP_VALUE
from .util import cap


def note_line(note: str) -> tuple[str, str]:
    """(label, value) of an owner's note: a stop's days and place, any other note alone as its label."""
    m = STOP_VALUE.match(note)
    return (cap(m.group("days")), cap(m.group("place"))) if m else (cap(note), "")
