"""Where a business that moves is on which day: a schedule of stops by day and place.

A night market that moves, a vegetable cart, a repair stall touring markets, a van visiting schools write their
route as a list of days, each with a place ("Senin: lapangan Desa Kemiren / Selasa: Taman Blambangan",
"Monday Ampenan, Tuesday Cakranegara", "Senin & Kamis: Boyolali kota"). Each stop is one fact, the day and the place
in the owner's words ("Senin & Kamis: Boyolali kota"); the places are never offerings and never the business's name.

A list is a schedule when two or more stops follow each other (line by line, or a comma list in one sentence) and its
places read as places: led by a word for a place ("pasar", "lapangan", "alun-alun", "perum", "school"), a known town,
or names in capitals in a brief that says it moves ("keliling", "mangkal", "route", "mobile"). "Senin-Jumat 08.00",
"Minggu libur" and "Monday: Yoga, Wednesday: Pilates" at a studio are no stops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...models import Fact
from .places import PLACES

Span = tuple[int, int]

# A day's name in either language, whole or cut short, as owners write it in lists.
_FULL = {
    "senin": "Senin", "selasa": "Selasa", "rabu": "Rabu", "kamis": "Kamis", "jumat": "Jumat", "jum'at": "Jum'at",
    "sabtu": "Sabtu", "minggu": "Minggu", "ahad": "Ahad", "sen": "Senin", "sel": "Selasa", "rab": "Rabu",
    "kam": "Kamis", "jum": "Jumat", "sab": "Sabtu", "min": "Minggu",
    "monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday", "thursday": "Thursday", "friday": "Friday",
    "saturday": "Saturday", "sunday": "Sunday", "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday",
    "wed": "Wednesday", "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
    "sat": "Saturday", "sun": "Sunday",
}
_DAY = r"(?:" + "|".join(sorted((re.escape(d) for d in _FULL), key=len, reverse=True)) + r")s?\b\.?"
_JOIN = r"\s*(?:&|,|/|\+|-|–|—|\bdan\b|\band\b|\bs/d\b|\bsd\b|\bsampai\b|\bsampe\b|\bto\b|\buntil\b|\bhingga\b)\s*"
# the part of the day a stop is made in: "Senin pagi: Pasar Kliwon", "Friday evening at Sanur Beach"
_PART = r"(?:\s+(?:pagi|siang|sore|malam|morning|afternoon|evening|night))"
# a day or days, then what leads to the place (":", "-", "di", "at", or only a space)
_HEAD = re.compile(rf"(?i)(?<![\w'])(?:(?:hari|tiap|setiap|every|on)\s+)?(?P<days>{_DAY}(?:{_JOIN}{_DAY})*{_PART}?)(?P<sep>\s*(?::|=|-|–|—|>|→)\s*|\s+(?:di|at|in|ke)\s+|\s+)"
                   rf"(?=\S)")
_DAY_WORD = re.compile(rf"(?i)(?<![\w']){_DAY}")
# a stop as this reader writes it: the days in full, a colon, the place ("Senin & Kamis: Boyolali kota")
STOP_VALUE = re.compile(rf"(?i)^(?P<days>{_DAY}(?:{_JOIN}{_DAY})*{_PART}?): (?P<place>\S.*)$")
# where a stop's head may stand: a line's start (after a bullet), or after a list's comma or a heading's colon
_BEFORE = re.compile(r"(?:^|\n)[\s\-*•·>–—\d.)]*$|[,;:|]\s*$|[.!?]\s+$|\b(?:dan|and)\s+$")
# where a place's words end: a time, a price, an aside in brackets or a new sentence
_PLACE_END = re.compile(r"(?i),?\s*\(|[.;|!?](?:\s|$)|,\s*(?=\d|jam\b|pukul\b|mulai\b|buka\b|open\b|from\b|start)|"
                        r"\s+(?:jam|pukul|mulai|from|start(?:ing)?|buka|open)\s+\d|\s+\d{1,2}[.:]\d\d")
# what follows a day and is no place: a time, being closed or open, a part of the day
_NOT_PLACE = re.compile(r"(?i)^(?:\d|jam\b|pukul\b|pkl\b|buka\b|tutup\b|libur\b|off\b|closed?\b|open\b|only\b|saja\b|aja\b|"
                        r"pagi\b|siang\b|sore\b|malam\b|morning\b|afternoon\b|evening\b|night\b|ini\b|depan\b|lalu\b|"
                        r"besok\b|kemarin\b|next\b|last\b|this\b|ba'?da\b|setelah\b|after\b|before\b|sebelum\b|sampai\b|"
                        r"until\b|till\b|legi\b|pahing\b|pon\b|wage\b|kliwon\b|wib\b|ya\b|yg\b|yang\b|kami\b|we\b|i\b|"
                        r"saya\b|sy\b|ada\b|bisa\b|can\b|tiap\b|every\b|full\b|24\b|nonstop\b|fee\b|free\b|gratis\b)")
# words that name a place an owner stops at
_PLACE_WORD = re.compile(
    r"(?i)^(?:(?:di|at|in|ke|depan|dpn|samping|sebelah|belakang|near|opposite|outside)\s+)?(?:pasar|psr|lapangan|lap\.?|"
    r"alun-alun|alun2|taman|pantai|desa|ds\.?|dusun|kampung|kp\.?|perum|perumahan|griya|komplek|kompleks|perumnas|"
    r"cluster|jl\.?|jln\.?|jalan|gg\.?|gang|rt|rw|kelurahan|kel\.?|kecamatan|kec\.?|balai|gor|stadion|terminal|stasiun|"
    r"halaman|masjid|musholla|mushola|gereja|sekolah|sd|smp|sma|smk|kampus|kantor|rumah|ruko|plaza|mall|mal|"
    r"cfd|car\s+free\s+day|bundaran|simpang|pertigaan|perempatan|parkiran|pelataran|dermaga|pelabuhan|kota|"
    r"market|square|park|beach|school|campus|village|town|station|plaza|mall|car\s+park|parking|harbour|harbor|"
    r"pier|street|st\.?|road|rd\.?|field|hall|office|home|church|mosque)\b")
# English puts the kind of place last: "Ubud Market", "Sanur Beach", "Green Valley School"
_PLACE_TAIL = re.compile(r"(?i)\b(?:market|square|park|beach|school|campus|village|station|hall|field|mall|plaza|"
                         r"church|mosque|office|harbou?r|pier)$")
# a brief that says it moves: its capitalised stops are places even when no word says so
_MOVES = re.compile(r"(?i)\b(?:keliling|mangkal|ngider|rute|route|routes|mobile|berpindah|pindah-pindah|touring|"
                    r"tour|visits?|visiting|mampir|moves|moving|roaming|van|gerobak|cart|truck|food\s+truck|lapak)\b")
# a heading the list stands under ("Jadwale:", "Weekly route:", "jadwal mangkal:"): read with the stops, no note alone
_HEADING = re.compile(r"(?i)(?:^|[.!?\n]\s*)((?:[a-z]+\s+){0,2}(?:jadwal\w*|rute|route|schedule|lokasi|mangkal|stops|"
                      r"itinerary)(?:\s+[a-z]+){0,2}\s*:\s*)$")
# a heading over a list by day that is no route: the day's menu, classes, lessons or duty ("Menu harian:", "Kelas:")
_NOT_ROUTE = re.compile(r"(?i)\b(?:menu|kelas|class|classes|mapel|pelajaran|materi|tema|theme|piket|shift|sesi|session)"
                        r"\b[^.\n]{0,25}$")
_CUT = re.compile(r"[\s,:\-–—&]+$")
_MAX_WORDS = 7
_MAX_FACTS = 20


@dataclass
class Stops:
    """The schedule's stops as facts, and the spans of the brief they were read from."""

    facts: list[Fact] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def merged(self, facts: list[Fact], spans: list[Span], read: list[Span]) -> tuple[list[Fact], list[Span], list[Span]]:
        """The brief's other facts with the stops in their place: an address, area or note that only says a stop's
        place (or day) is the stop, read again."""
        if not self.facts:
            return facts, spans, read
        said = " ".join(f.value.lower() for f in self.facts)
        kept = [f for f in facts if not (f.kind in ("address", "area", "note") and f.value.lower() in said)]
        room = max(0, _MAX_FACTS - len(kept))  # an intent holds 24 facts: the notes and profile lines come after
        return [*kept, *self.facts[:room]], [*spans, *self.spans], [*read, *self.spans]


def _days_shown(days: str) -> str:
    """The days as the owner joined them, each cut-short name written whole ("Sen & Kam" → "Senin & Kamis")."""
    return _DAY_WORD.sub(lambda m: _FULL.get(m.group(0).lower().rstrip(".").removesuffix("s"),
                                             _FULL.get(m.group(0).lower().rstrip("."), m.group(0))), days.strip())


def _place(text: str, start: int, end: int) -> tuple[str, int]:
    """The place said from `start` up to `end` (the next stop or the line's end), and where it ends."""
    seg = text[start:end]
    if m := _PLACE_END.search(seg):
        seg = seg[:m.start()]
    seg = _CUT.sub("", seg)
    seg = re.sub(r"(?i)\s+(?:dan|and)$", "", seg)
    return seg.strip(), start + len(seg.rstrip())


def _known(place: str) -> bool:
    return any(w in PLACES for w in re.findall(r"[a-z][a-z'-]+", place.lower()))


def _trade(place: str) -> bool:
    """A name in capitals made of a trade's words ("Nasi Kuning", "Calistung Dasar", "Hatha Yoga"): goods or a
    class, not a place."""
    from .lexicon import KEYWORDS
    return any(w in KEYWORDS for w in re.findall(r"[a-z][a-z'-]+", place.lower()))


def _capitalised(place: str) -> bool:
    first = re.sub(r"(?i)^(?:di|at|in|ke)\s+", "", place)
    return first[:1].isupper()


def schedule_stops(text: str) -> Stops:
    """The stops of a schedule by day and place in the brief, each as a note "Senin & Kamis: Boyolali kota"."""
    if not _DAY_WORD.search(text):
        return Stops()
    heads = [m for m in _HEAD.finditer(text) if _BEFORE.search(text[max(0, m.start() - 40):m.start()])]
    moves = bool(_MOVES.search(text))
    runs: list[list[tuple[str, str, Span, str]]] = []
    run: list[tuple[str, str, Span, str]] = []
    last_end = -1
    for i, m in enumerate(heads):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        nxt = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        place, end = _place(text, m.end(), min(line_end, nxt))
        words = place.split()
        ok = bool(place) and len(words) <= _MAX_WORDS and not _NOT_PLACE.match(place) \
            and not re.search(r"\d\s*(?:rb|ribu|k|jt|%)\b|rp\s*\d|\d[.:]\d\d", place, re.I) \
            and not (m.group("sep").isspace() and not _capitalised(place))  # "Monday Ampenan"; never "senin ada"
        kind = "place" if _PLACE_WORD.match(place) or _PLACE_TAIL.search(place) or _known(place) else \
            "goods" if _trade(place) else "name"
        gap = text[last_end:m.start()] if last_end >= 0 else ""
        # (a cleaned brief's lines end in ". ": a short gap, a time or a bullet, still joins one stop to the next)
        joined = last_end >= 0 and len(gap.strip(" ,;|.\n-*•·")) <= 25 and "\n\n" not in gap
        if not ok or not joined:
            if len(run) >= 2:
                runs.append(run)
            run = []
        if ok and (kind == "place" or _capitalised(place)):
            run.append((m.group("days"), place, (m.start(), end), kind))
            last_end = end
        else:
            last_end = -1
    if len(run) >= 2:
        runs.append(run)
    out = Stops()
    for r in runs:
        kinds = [k for *_, k in r]
        # a list of the day's dishes or classes ("Senin: Nasi Kuning", "Rabu: Calistung Dasar") is no route: names in
        # capitals are stops when a place word or a known town says so, or the brief says it moves and none is goods
        if "place" not in kinds and ("goods" in kinds or not moves or _NOT_ROUTE.search(text, max(0, r[0][2][0] - 40),
                                                                                       r[0][2][0])):
            continue
        r = [s for s in r if s[3] != "goods"]
        if len(r) < 2:
            continue
        if h := _HEADING.search(text, max(0, r[0][2][0] - 40), r[0][2][0]):
            out.spans.append(h.span(1))
        for days, place, span, _kind in r:
            out.facts.append(Fact(kind="note", value=f"{_days_shown(days)}: {place}"[:120]))
            out.spans.append(span)
    return out
