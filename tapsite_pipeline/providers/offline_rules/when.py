"""When and how a service is given, as the owner said it: an event's date ("12 July", "Saturday 9 Aug"),
a recurrence ("every second Sunday", "setiap Jumat pertama"), a frequency ("3 days a week", "2x seminggu")
and the mode ("online only", "full online"). Opening hours are read in hours.py; these are the other
"when" statements a visitor needs and that are never an offering.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import fast, regrouped

from .brand_words import STOP
from .seasons import season_notes

_MONTH = (r"(?:januari|january|jan|februari|pebruari|february|feb|maret|march|mar|april|apr|mei|may|juni|june|jun|"
          r"juli|july|jul|agustus|august|agu|agt|aug|september|sept|sep|oktober|october|okt|oct|november|nopember|"
          r"nov|desember|december|des|dec)")
# Months that are also common words ("may", "mar"): only after a day number, never before one.
_MONTH_FIRST = r"(?:january|februari|february|maret|march|april|juni|june|juli|july|agustus|august|september|" \
               r"oktober|october|november|desember|december)"
# After a season's word a short month is no ordinary word ("season Apr-Nov"), but "may" and "mar" stay out
_MONTH_FIRST_OR_SHORT = (r"(?:januari|january|jan|februari|pebruari|february|feb|maret|march|april|apr|juni|june|jun|"
                         r"juli|july|jul|agustus|august|agu|agt|aug|september|sept|sep|oktober|october|okt|oct|"
                         r"november|nopember|nov|desember|december|des|dec)")
# What takes in new students or members at a time of year: "batch", "angkatan", "intake", "cohort", "pendaftaran".
_INTAKE = r"(?:batch|angkatan|gelombang|intake|intakes|cohort|pendaftaran|registration|enrol(?:l)?ment)"
# (after such a word "mei" is the month; "may" and "mar" stay words)
_INTAKE_MONTH = rf"(?:{_MONTH_FIRST_OR_SHORT}|mei)"
_WEEKDAY = (r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday|mon|tue|wed|thu|fri|sat|sun)")
_WEEKLY_DAY = r"(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\b"
_ORDINAL = r"(?:first|second|third|fourth|last|other|1st|2nd|3rd|4th|pertama|kedua|ketiga|keempat|terakhir)"

_DATED = (
    # "Saturday 9 Aug", "12 July", "5-10 Agustus 2025", "Sabtu, 9 Agustus"
    rf"\b(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:\s*(?:-|–|s/?d|sampai|to)\s*\d{{1,2}})?\s+{_MONTH}\b(?:\s+(?:19|20)\d\d)?|"
    # "July 12", "August 9th, 2025"
    rf"\b{_MONTH_FIRST}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d)?")
_UNDATED = (
    # "every second Sunday", "setiap Minggu kedua", "tiap Jumat pertama"
    rf"\b(?:every|each)\s+{_ORDINAL}\s+{_WEEKDAY}\b|\b(?:setiap|tiap)\s+{_WEEKDAY}\s+{_ORDINAL}\b|"
    # "3 days a week", "2x seminggu", "4x sebulan", "twice a week"
    r"\b(?:(?:\d{1,2}|two|three|four|five|six)\s*(?:x|kali|days?|hari|times)|twice|once)\s+(?:a|per|in\s+a|dalam)?\s*"
    r"(?:week|minggu|seminggu|sepekan|month|bulan|sebulan)\b|"
    # "on Fridays", "on weekends", "tiap malem jumat", "every Saturday morning": a weekly day
    # ("on Tuesdays and Fridays": the days said together are one schedule)
    rf"\bon\s+{_WEEKLY_DAY}(?:\s*(?:,|&|and|or)\s*{_WEEKLY_DAY})*|"
    rf"\b(?:setiap|tiap)\s+(?:malam|malem|pagi|sore|siang)\s+{_WEEKDAY}\b|"
    # "tiap sabtu", "setiap hari Minggu", "every Saturday": a weekly day ("tiap minggu" alone is "every week")
    rf"\b(?:setiap|tiap|tiap2|every|each)\s+(?:hari\s+{_WEEKDAY}|(?!minggu\b){_WEEKDAY})\b"
    rf"(?:\s*(?:,|&|dan|and|-)?\s*{_WEEKDAY}\b)*(?:\s+(?:pagi|siang|sore|malam|malem|morning|afternoon|evening|night)\b)?|"
    # "season Apr-Nov", "closed Dec-Mar", "musim panen Juni sampai Agustus", "tutup Januari": when in the year
    rf"\b(?:(?:high|low|peak|dry|wet|rainy|diving|dive|surf|climbing)\s+season|season|musim(?:\s+[a-z]+)?|"
    rf"open|buka|closed|tutup|libur)\s+(?:from\s+|dari\s+|mulai\s+|:\s*)?{_MONTH_FIRST_OR_SHORT}\b"
    rf"(?:\s*(?:-|–|to|until|till|sampai|sampe|s/?d|hingga)\s*{_MONTH}\b)?|"
    # "buka batch Januari", "next cohort starts in March", "intake every April and October", "pendaftaran gelombang 2
    # dibuka Juli": the month a new class or intake begins
    rf"\b(?:(?:next|new|upcoming)\s+)?{_INTAKE}(?:\s+{_INTAKE})?(?:\s+(?:baru|berikutnya|selanjutnya|\d))?\s+"
    rf"(?:(?:dibuka|buka|mulai|dimulai|starts?|opens?|begins?|every|each|setiap|tiap)\s+)?(?:(?:in|on|pada|bulan)\s+)?"
    rf"{_INTAKE_MONTH}\b(?:\s*(?:,|&|and|dan|atau|or|-|–|to|until|till|through|sampai|sampe|s/?d|hingga)\s*"
    rf"{_INTAKE_MONTH}\b)*|"
    # "online, weekends", "offline on weekdays", "daring akhir pekan", "weekends only": how a class runs and when,
    # said as a bare list item of a terse brief
    r"\b(?:(?:online|offline|in[\s-]person|daring|luring)\s*(?:,|&|\+|and|dan)?\s*(?:on\s+|tiap\s+|setiap\s+)?"
    r"(?:weekends|weekdays|akhir\s+pekan|hari\s+kerja)|(?:weekends|weekdays)\s+only)\b|"
    # "online only", "hanya online", "full online", "100% online"
    r"\b(?:online[\s-]+only|only\s+online|(?:hanya|khusus|full|fully|100%)\s+(?:secara\s+)?(?:online|daring))\b")
WHEN = fast(_DATED + "|" + _UNDATED, re.I)
# The same for a text without a digit, where no date can match: the other alternatives, in the same order.
WHEN_UNDATED = fast(_UNDATED, re.I)


# The platform a recurring live session or class is held on: "di tiktok", "on Instagram Live", "via Zoom".
_ONLINE_WHERE = regrouped(r"\s+(?:di|on|via|lewat|at|pake|pakai)\s+(?:(?:live|siaran)\s+)?(?:tiktok|instagram|ig|youtube|yt|zoom|"
                          r"google\s+meet|gmeet|meet|shopee|facebook|fb|twitch|discord|whatsapp|wa)\b(?:\s+live\b)?")
_WEEKLY_LEAD = regrouped(r"(?i)(?:on|every|each|setiap|tiap)\b")
_ACTIVITY_BEFORE = regrouped(r"((?:[A-Za-z][\w'-]*\s+){1,3})$")


def _with_activity(text: str, m: re.Match) -> str:
    """A weekly day with the activity said right before it ("youth fellowship on Fridays"): "On Fridays" alone
    on a page says nothing. Only names come along, never a pronoun or a verb of the sentence ("we meet")."""
    value = text[m.start():m.end()]
    if not _WEEKLY_LEAD.match(value):
        return value
    back = _ACTIVITY_BEFORE.search(text[max(0, m.start() - 40):m.start()])
    if not back:
        return value
    words = back.group(1).split()
    if words and words[-1].lower() in _CLOSED:  # "Closed on Fridays": without "closed" it says the opposite
        return words[-1] + " " + value
    while words and (words[0].lower() in STOP or words[0].lower() in _WEEKLY_VERBS):
        words = words[1:]  # "we organise beach cleanups every second Sunday": the activity, not who does it
    if not words or any(w.lower() in STOP or w.lower() in _WEEKLY_VERBS for w in words):
        return value
    return " ".join(words) + " " + value


_CLOSED = frozenset("closed tutup libur off".split())
_WEEKLY_VERBS = frozenset("meet meets open opens buka tutup closed closes run runs held hold holds host hosts organise "
                          "organize organises organizes adakan mengadakan bikin".split())


def when_notes(text: str, lower: str, dated: bool) -> Iterator[tuple[re.Match, str]]:
    """(match, value) for each date, recurrence, frequency, season and "online only" of the brief, with the platform a
    live session is held on and the activity a weekly day is for. ``dated``: the brief holds a digit."""
    for m in (WHEN if dated else WHEN_UNDATED).finditer(lower):
        if where := _ONLINE_WHERE.match(lower, m.end()):  # "live tiap malem jumat di tiktok": where it is held
            m = re.compile(r"[\s\S]+").match(lower, m.start(), where.end()) or m
        yield m, _with_activity(text, m)
    # the part of the year it is open at all: "Cuma buka musim wisuda (Agustus–Oktober)", "Ramadan ini buka lagi"
    yield from season_notes(text, lower)
