"""The stops of a moving business's schedule, read from the brief alone ("Senin: lapangan Desa Kemiren",
"Monday Ampenan, Tuesday Cakranegara", "Senin & Kamis: Boyolali kota"): the page must name each stop's first day and
its place, as a gold fact [["Senin", "Monday"], ["Kemiren"]] asks.

A schedule is two or more stops one after the other (line by line, or a comma list), each a day's name, a ":", "-",
"di"/"at" or a space, then a place: a name in capitals or led by a word for a place ("pasar", "lapangan", "market").
A time, "libur" or "closed" after a day is an opening day, read elsewhere (brief_days.py)."""

from __future__ import annotations

import re

from .lexicon import Lexicon

_DAYS = {
    "senin": ("senin", "monday", "mon"), "selasa": ("selasa", "tuesday", "tue"), "rabu": ("rabu", "wednesday", "wed"),
    "kamis": ("kamis", "thursday", "thu"), "jumat": ("jumat", "friday", "fri"), "sabtu": ("sabtu", "saturday", "sat"),
    "minggu": ("minggu", "sunday", "sun"), "ahad": ("ahad", "minggu", "sunday"),
}
_SHORT = {"sen": "senin", "sel": "selasa", "rab": "rabu", "kam": "kamis", "jum": "jumat", "sab": "sabtu", "min": "minggu",
          "mon": "senin", "tue": "selasa", "wed": "rabu", "thu": "kamis", "fri": "jumat", "sat": "sabtu", "sun": "minggu"}
_DAY = (r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|sen|sel|rab|kam|jum|sab|min|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)s?\.?")
_STOP = re.compile(
    rf"(?im)(?:^|(?<=[,;:.|]\s)|(?<=[,;:.|]))[\s\-*•·]*(?P<day>{_DAY})(?:\s*(?:&|,|/|-|–|—|dan|and|to|sampai|s/d)\s*{_DAY})*"
    rf"(?:\s*[:=\-–—]\s*|\s+(?:di|at|in)\s+|\s+)(?P<place>[^\n,.;|()]{{2,60}}?)(?=\s*(?:[,.;|(\n]|$))")
_NOT_PLACE = re.compile(r"(?i)^(?:\d|jam|pukul|buka|tutup|libur|off|closed?|open|only|saja|aja|pagi|siang|sore|malam|"
                        r"morning|afternoon|evening|night|ini|depan|lalu|next|last|ba'?da|setelah|after|sampai|until|"
                        r"fee|free|gratis|tiap|every)\b")
_PLACE_WORD = re.compile(r"(?i)^(?:(?:di|at|in)\s+)?(?:pasar|lapangan|alun-alun|taman|pantai|desa|dusun|kampung|perum|"
                         r"perumahan|griya|komplek|kompleks|jl|jalan|gang|balai|gor|terminal|stasiun|halaman|masjid|"
                         r"sekolah|kampus|kantor|rumah|cfd|market|square|park|beach|school|campus|village|station|"
                         r"street|road|hall)\b")
# a brief that says the business moves: capitalised names after days are its stops ("Monday Ampenan"); elsewhere
# they may be a rota's people ("Senin Aldi") or a timetable's subjects
_MOVES = re.compile(r"(?i)\b(?:keliling|mangkal|ngider|rute|route|mobile|berpindah|touring|tour|visits?|visiting|"
                    r"mampir|roaming|van|gerobak|cart|truck|lapak)\b")
# words of a place that say what kind of place it is, not which one: the page needs the name
_GENERIC = frozenset("""di at in pasar psr lapangan lap alun-alun alun2 taman pantai desa ds dusun kampung kp perum
perumahan griya komplek kompleks jl jln jalan gang gg balai gor terminal stasiun halaman masjid sekolah kampus kantor
rumah kota belakang depan samping dekat sebelah market square park beach school campus village station street road
hall town city the""".split())


def _names(day: str) -> tuple[str, ...]:
    w = day.lower().rstrip(".").replace("'", "")
    w = w[:-1] if w.endswith("s") and w[:-1] in _SHORT else w
    key = w if w in _DAYS else _SHORT.get(w[:3], w)
    return _DAYS.get(key, (w,))


def brief_stops(text: str, lex: Lexicon | None = None) -> list[tuple[str, tuple[tuple[str, ...], ...]]]:
    """(the stop as written, its groups: the day's names, then the place's own words) for each stop of a schedule of
    two or more stops. A list by day whose names in capitals hold a trade's words (`lex`: "Senin: Nasi Kuning",
    "Rabu: Bahasa Inggris") is the day's dishes or classes, unless a word for a place says otherwise."""
    stops: list[tuple[str, tuple[tuple[str, ...], ...], int, int, bool, bool]] = []
    for m in _STOP.finditer(text):
        place = m.group("place").strip()
        if _NOT_PLACE.match(place) or re.search(r"\d", place) or len(place.split()) > 6:
            continue
        bare = re.sub(r"(?i)^(?:di|at|in)\s+", "", place)
        if not (_PLACE_WORD.match(place) or bare[:1].isupper()):
            continue
        own = [w for w in re.findall(r"[a-z][\w'-]*", place.lower()) if w not in _GENERIC][:2]
        if not own and (after := re.match(r",\s*([A-Z][\w'-]+)", text[m.end():])):  # "Sabtu: di rumah, Babadan"
            own = [after.group(1).lower()]
        if own:
            stops.append((m.group(0).strip(" -*•·\n"), (_names(m.group("day")), *((w,) for w in own)),
                          m.start(), m.end(), bool(_PLACE_WORD.match(place)),
                          bool(lex and not _PLACE_WORD.match(place) and lex.niche_scores(place))))
    moves = bool(_MOVES.search(text))
    out, run = [], []
    for s in [*stops, None]:  # a schedule: stops one after another, no sentence of other things between them
        if run and (s is None or len(text[run[-1][3]:s[2]].strip(" ,;|.\n-*•·")) > 25):
            out += run if len(run) >= 2 and (any(r[4] for r in run) or moves and not any(r[5] for r in run)) else []
            run = []
        if s is not None:
            run.append(s)
    return [(label, groups) for label, groups, *_ in out]
