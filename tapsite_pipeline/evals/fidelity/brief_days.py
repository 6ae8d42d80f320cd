"""Single days the owner names outside an opening-days range ("live tiap malam Jumat", "vet visits every
Saturday", "every second Sunday", "Saturday 9 Aug"): the page must name the same day, in either language."""

from __future__ import annotations

import re

_DAYS = (("senin", "monday"), ("selasa", "tuesday"), ("rabu", "wednesday"), ("kamis", "thursday"),
         ("jumat", "friday"), ("sabtu", "saturday"), ("minggu", "sunday"), ("ahad", "sunday"))
_DAY = re.compile(r"\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
                  r"saturday|sunday)s?\b", re.I)
# "minggu" is also "week": "2 minggu", "seminggu", "tiap minggu", "per minggu" count weeks, not Sundays
_WEEK = re.compile(r"(?:\d\s*|\b(?:se|per|tiap|setiap|dalam|satu|dua|tiga|beberapa|a|one)\s)$", re.I)


def brief_days(text: str, ranges: list[tuple[int, int]]) -> list[tuple[str, tuple[str, ...]]]:
    """(day as written, its names in both languages) for each day named outside the spans in `ranges`
    (the opening-days ranges another fact reads), once each."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for m in _DAY.finditer(text):
        if any(a <= m.start() < b for a, b in ranges):
            continue
        w = m.group(1).lower().replace("'", "")
        if w == "minggu" and (_WEEK.search(text[max(0, m.start() - 12):m.start()]) or m.group(1).islower()
                              and re.match(r"\s*(?:sekali|lalu|depan|ini)\b", text[m.end():])):
            continue
        names: tuple[str, ...] = next(pair for pair in _DAYS if w in pair)
        if names[1] == "sunday":  # "Ahad" and "Minggu" are one day
            names = ("minggu", "ahad", "sunday")
        out.setdefault(names[-1], (m.group(0), names))
    return list(out.values())
