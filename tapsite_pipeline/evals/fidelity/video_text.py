"""A video's description pasted as the brief, read by the scorer's own rules (independent of the generator's parser):
its chapter lines, a run of lines each opening with a timestamp, the first at zero ("00:00 intro", "04:05 sending
WhatsApp reminders", "1:05:00 closing"), and the title of one or two lines the brief opens with above them
("Antre Aja app — walk-through for clinic owners (8 min)", "Live at Rooftop 27 Semarang — Sunday Sunset Session").

They say what the video shows, not what the business sells: no offering a page must show is read from them, and no
fact from the title or a timestamp ("(8 min)" is the video's length, "Sunday" its session's day). A chapter's own
words may still state a fact (a price, a length, a place), which the fact readers read as said.
"""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

_STAMP = re.compile(r"[ \t]*(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)(?=[ \t]+\S)")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_MOST_TITLE_LINES = 2


def _at(line: str) -> tuple[int, int] | None:
    m = _STAMP.match(line)
    if not m:
        return None
    h, mi, s = (int(g) if g else 0 for g in m.groups())
    return h * 3600 + mi * 60 + s, m.end()


@lru_cache(maxsize=8)
def video_parts(text: str) -> tuple[tuple[Span, ...], tuple[Span, ...], tuple[Span, ...]]:
    """(title lines, chapter lines, their timestamps) of a brief that holds a chapter run from zero, else empty."""
    lines = [m.span() for m in _LINE.finditer(text)]
    for n, (a, b) in enumerate(lines):
        if (first := _at(text[a:b])) is None or first[0] != 0:
            continue
        chapters, stamps, last = [], [], -1
        for c, d in lines[n:]:
            said = _at(text[c:d])
            if said is None or said[0] <= last:
                break
            chapters.append((c, d))
            stamps.append((c, c + said[1]))
            last = said[0]
        if len(chapters) < 2:
            continue
        title = tuple(lines[:n]) if n <= _MOST_TITLE_LINES else ()
        return title, tuple(chapters), tuple(stamps)
    return (), (), ()


def blanked(text: str, spans: tuple[Span, ...] | list[Span]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def without_video_title(text: str) -> str:
    """The brief with a video's title and chapter timestamps made spaces (offsets kept): what facts are read from."""
    title, _chapters, stamps = video_parts(text)
    return blanked(text, title + stamps) if stamps else text
