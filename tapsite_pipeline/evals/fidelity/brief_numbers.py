"""Every number the owner wrote that no other fact reads (minimum orders, class sizes, levels, rooms
left, durations, dates, curfews, model numbers): a page that drops "min 30 org" or "sisa 3 kamar" has
lost something the owner said, whatever kind of fact it is. The page must show the same number. A number said of
competitors ("beda dengan bimbel franchise yang kelasnya isi 25 anak") is theirs, not the business's (rivals.py)."""

from __future__ import annotations

import re

from . import values
from .no_details import no_fact_spans
from .people import not_the_owners
from .rivals import AGAINST_CLAUSE

# a bare number, or the ends of a range ("1-10", "3–4", "20 to 500"); never part of a word or a decimal
_NUMBER = re.compile(r"(?<![\w.,/@+])(?<![A-Za-z]-)(\d{1,4})(?![\w@]|[.,:]\d)")
# spans other facts read (prices, clock times, phones, e-mails, handles, addresses, web addresses)
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|id|co|net|org|sch)\b\S*", re.I)
# "jam 10", "pukul 19:00": a clock time the hours fact (or the page's own format) covers
_CLOCK = re.compile(r"\b(?:jam|pukul|pkl|at)\s*\d{1,2}(?:[.:]\d{2})?\b|\b\d{1,2}[.:]\d{2}\b"
                    r"|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)", re.I)
# "24/7", "24 jam": the all-hours fact covers it; "H-1", "H-2": days before, a label not a count
_OTHER = re.compile(r"\b24\s?(?:/\s?7|jam|hours|x\s?7)\b|\bH-\d\b", re.I)


def _masked(text: str, read: tuple[re.Pattern[str], ...]) -> str:
    spans = [m.span() for pat in (*read, values.PRICE, values.PHONE, values.EMAIL, values.AT_HANDLE, values.ADDRESS,
                                  _URL, _CLOCK, _OTHER, AGAINST_CLAUSE) for m in pat.finditer(text)]
    hours = {label for label, _ in values.hour_ranges(text)}  # "level 1-10" is a range, not opening hours
    spans += [m.span() for m in values.HOURS.finditer(text) if m.group(0).strip() in hours]
    spans += not_the_owners(text)  # a testimonial's numbers, the owner's age (people.py)
    spans += no_fact_spans(text)   # a countdown's, a reply to a complaint's (no_details.py)
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def brief_numbers(text: str, read: tuple[re.Pattern[str], ...] = ()) -> list[tuple[str, str]]:
    """(context as written, number) for each number of the brief no other fact reads (`read`: the
    patterns of the facts that do, e.g. turnaround or warranty), in order, once each."""
    masked = _masked(text, read)
    out: dict[str, str] = {}
    for m in _NUMBER.finditer(masked):
        n = str(int(m.group(1)))
        a, b = max(0, m.start() - 15), min(len(text), m.end() + 15)
        out.setdefault(n, text[a:b].strip())
    return [(ctx, n) for n, ctx in out.items()]


# small numbers a page may spell out ("dua kamar", "three days")
_WORDS = {1: "satu|one|se", 2: "dua|two", 3: "tiga|three", 4: "empat|four", 5: "lima|five", 6: "enam|six",
          7: "tujuh|seven", 8: "delapan|eight", 9: "sembilan|nine", 10: "sepuluh|ten"}


def number_regex(n: str) -> str:
    """The number on the page as a number of its own ("08" shows 8; "1.800" does not show 800), or
    spelled out when it is ten or less."""
    digits = rf"(?<![\d.,])0*{n}(?!\d|[.,]\d)"
    word = _WORDS.get(int(n))
    return rf"{digits}|\b(?:{word})\b" if word else digits
