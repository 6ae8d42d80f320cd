"""A video's description pasted as the brief: its chapter lines and the title above them say what the video shows,
never what the business sells.

* Chapter lines: a run of lines that each open with a timestamp ("00:00 intro", "04:05 sending WhatsApp reminders",
  "1:05:00 closing"), the first at zero (a video's chapters start at 0:00) and each later than the one before. A
  rundown or a timetable ("07:00 check-in, 09:00 snorkeling") starts at the hour it starts, never at zero.
* The title: the one or two lines the brief opens with, right above the chapters ("X app — walk-through for clinic
  owners (8 min)", "How we make kue lapis legit at home", "… Wedding Film (4K)").

No card is read from either (line_forms.py). A chapter line may still carry what the owner states (a price, a count, a
length: "03:10 the 60 minute package, 150k"): the fact readers read every line, and such a chapter stays open to the
notes; a chapter with no figure beside its timestamp and the title are no notes. The chapters are no sign of the
trade either ("00:00 why patients hate waiting" of a queue app): the title is, as the owner's own heading.
"""

from __future__ import annotations

from typing import NamedTuple

from tapsite_pipeline.fastre import regrouped

Span = tuple[int, int]
Line = tuple[int, int, str]

# a timestamp opening a line: "00:00", "4:05", "1:05:00", then the chapter's words
_CHAPTER = regrouped(r"^\s*(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)\s+(?=\S)")
_DIGIT = regrouped(r"\d")
_TITLE_LINES = 2
_LEAST_CHAPTERS = 2


def _seconds(line: str) -> tuple[int, int] | None:
    """(seconds into the video, where the chapter's words start) of a chapter line, else None."""
    m = _CHAPTER.match(line)
    if not m:
        return None
    hours, minutes, seconds = (int(g) if g else 0 for g in m.groups())
    return hours * 3600 + minutes * 60 + seconds, m.end()


class Video(NamedTuple):
    """Where a brief's video lines are (in the brief as the parse reads it): the title and the chapters without a
    figure (no cards, no notes), every chapter (no sign of the trade: the video shows it, the business is not it),
    and the chapters with a figure (no cards, still notes)."""

    quiet: list[Span]
    chapters: list[Span]
    figured: list[Span]


NO_VIDEO = Video([], [], [])


def video_lines(lines: list[Line]) -> Video:
    """The video lines of a brief's lines (line_forms._lines), or NO_VIDEO when it holds no chapter run from zero."""
    for n, (_a, _b, t) in enumerate(lines):
        first = _seconds(t)
        if first is None or first[0] != 0:
            continue
        run, last = [], -1
        for a, b, line in lines[n:]:
            said = _seconds(line)
            if said is None or said[0] <= last:
                break
            run.append((a, b, said[1], line))
            last = said[0]
        if len(run) < _LEAST_CHAPTERS:
            continue
        title = [(a, b) for a, b, _t in lines[:n]] if n <= _TITLE_LINES else []  # the lines the brief opens with
        figured = [(a, b) for a, b, words, line in run if _DIGIT.search(line, words)]
        chapters = [(a, b) for a, b, _w, _l in run]
        return Video(title + [c for c in chapters if c not in figured], chapters, figured)
    return NO_VIDEO
