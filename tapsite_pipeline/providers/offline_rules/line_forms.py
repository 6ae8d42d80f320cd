"""Whole lines of a brief that are a written form, not the offer, and are never read for cards.

* A pantun opening: four short lines with no amount in them, the first closed by a comma, rhyming a-b-a-b (loosely:
  the last letters; or only the a-lines, each closed by a comma, on their last two letters): "Naik sampan ke hulu
  sungai, / petik kelapa di tepi paya. / ...". Its words are the verse's images and its message; the offer follows.
* The English twin of a bilingual brief: where the owner writes each line in Indonesian and then again in English
  (two such pairs at least), the English line says the same goods again in other words.
* What follows the rating on a pasted Maps profile's rating line ("4,5 ★ (210) · Toko kue"), and a short category
  line right under it: the directory's category of the place, not what it sells.
* A pasted video description's chapter lines and its title above them (video_lines.py): what the video shows.

The spans cover each line whole (the notes skip them too), but for a Maps rating itself, which is a fact of the page.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .text import clean, language_scores
from .video_lines import NO_VIDEO, Video, video_lines

Span = tuple[int, int]

_RATING = regrouped(r"^\s*\d[.,]\d\s*★+\s*(?:\([^)]*\))?")
_LAST_WORD = regrouped(r"([a-z]+)[^a-z]*$")
_DIGIT = regrouped(r"\d")


_SENTENCE_END = regrouped(r"(?<=[.!?])\s+")


def _lines(lower: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each line that holds a letter; of each sentence, where the brief came with its lines
    joined into sentences (as the pipeline's brief does)."""
    out, at = [], 0
    pieces = lower.split("\n") if lower.count("\n") >= 2 else _SENTENCE_END.split(lower)
    for line in pieces:
        at = lower.find(line, at)
        if any(c.isalpha() for c in line):
            out.append((at, at + len(line), line))
        at += len(line)
    return out


def _halves(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A verse joined into sentences ("baris satu, baris dua. baris tiga, baris empat."): its two sentences split at
    their one comma."""
    out = []
    for a, _, t in lines[:2]:
        if t.count(",") != 1:
            return []
        cut = t.index(",") + 1
        out += [(a, a + cut, t[:cut]), (a + cut, a + len(t), t[cut:].strip())]
    return out + lines[2:]


def _ending(line: str) -> str:
    m = _LAST_WORD.search(line)
    return m.group(1) if m else ""


def _pantun(lines: list[tuple[int, int, str]]) -> list[Span]:
    if len(lines) < 5:  # the verse, then the offer
        return []
    verse = lines[:4]
    if any(not 2 <= len(t.split()) <= 8 or _DIGIT.search(t) for _, _, t in verse):
        return []
    if not verse[0][2].rstrip().endswith(","):
        return []
    ends = [_ending(t) for _, _, t in verse]
    if not all(ends) or ends[0][-1] != ends[2][-1]:
        return []
    # a-b-a-b by the last letters; or the a-lines, both closed by a comma, sharing their last two letters
    if ends[1][-1] != ends[3][-1] and not (verse[2][2].rstrip().endswith(",") and ends[0][-2:] == ends[2][-2:]):
        return []
    return [(a, b) for a, b, _ in verse]


def _leans(line: str) -> str:
    """"id" or "en" where a line of three words or more plainly reads as one language, else ""."""
    if len(line.split()) < 3:
        return ""
    ind, eng = language_scores(line)
    if ind >= 1.0 and eng * 2 < ind:
        return "id"
    if eng >= 1.0 and ind * 2 < eng:
        return "en"
    return ""


_SHARED = regrouped(r"[a-z]{4,}|\d+")


def _shares(one: str, other: str) -> bool:
    """Do two lines say a word of four letters or more, or a number, again (a name, an amount)?"""
    return bool(set(_SHARED.findall(one)) & set(_SHARED.findall(other)))


def _english_twins(lines: list[tuple[int, int, str]]) -> list[Span]:
    twins: list[int] = []
    alike = False
    i = 0
    while i + 1 < len(lines):
        if _leans(lines[i][2]) == "id" and _leans(lines[i + 1][2]) == "en":
            twins.append(i + 1)
            alike = alike or _shares(lines[i][2], lines[i + 1][2])
            i += 2
        else:
            i += 1
    if len(twins) < 2 or not alike:
        return []
    # a bilingual brief: a line of names and amounts ("Sasak massage, 60 minutes, 120k") is a twin too, where it
    # reads more English than Indonesian and says again what the line before it says
    for i in range(len(lines) - 1):
        if i + 1 in twins or i in twins:
            continue
        ind, eng = language_scores(lines[i + 1][2])
        before = language_scores(lines[i][2])
        if eng > ind and before[0] >= before[1] and _shares(lines[i][2], lines[i + 1][2]):
            twins.append(i + 1)
    return [lines[n][:2] for n in sorted(twins)]


def _maps_lines(lines: list[tuple[int, int, str]]) -> list[Span]:
    out: list[Span] = []
    for n, (a, b, t) in enumerate(lines):
        if (rating := _RATING.match(t)) and rating.end() < len(t):
            out.append((a + rating.end(), b))  # the rating itself is a fact of the page
            if n + 1 < len(lines):
                c, d, under = lines[n + 1]
                if len(under.split()) <= 4 and not _DIGIT.search(under) and not any(p in under for p in ",.:;!?"):
                    out.append((c, d))
    return out


def _located(raw_lower: str, lower: str, found: list[Span]) -> list[Span]:
    """The raw lines' spans as they stand in `lower` (the cleaned brief, where the lines are joined into sentences)."""
    spans: list[Span] = []
    at = 0
    for a, b in sorted(found):
        said = clean(raw_lower[a:b]).lower().strip(" .,;:!?")
        where = lower.find(said, at) if said else -1
        if where >= 0:
            spans.append((where, where + len(said)))
            at = where + len(said)
    return spans


def form_lines(raw: str, lower: str) -> list[Span]:
    """The spans of these lines in `lower`, read neither for cards nor for notes. Only a brief of several lines (or
    sentences) has any."""
    return read_lines(raw, lower)[0]


def read_lines(raw: str, lower: str) -> tuple[list[Span], list[Span], Video]:
    """The spans of form_lines, of the English twins among them (a twin says again the prices and terms of the
    line before it, which the facts read once, from the owner's first line), and a pasted video's lines
    (video_lines.py), each list of spans located in `lower`."""
    raw_lower = raw.lower()
    lines = _lines(raw_lower)
    if len(lines) < 4:
        return [], [], NO_VIDEO
    twins = _english_twins(lines)
    found = (_pantun(lines) or (_pantun(_halves(lines)) if "\n" not in raw_lower else [])) + twins
    if "★" in raw_lower:
        found += _maps_lines(lines)
    video = video_lines(lines) if ":" in raw_lower else NO_VIDEO
    if video.chapters:
        video = Video(*(_located(raw_lower, lower, spans) if spans else [] for spans in video))
    return _located(raw_lower, lower, found) + video.quiet, _located(raw_lower, lower, twins) if twins else [], video
