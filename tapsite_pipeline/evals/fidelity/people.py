"""The people a brief names that are not the business, read by the scorer's own rules (independent of the generator's
parser, like the rest of brief.py): the owner introducing themselves ("Tiang Pak Made Sukerta, 55 tahun" — Balinese
"tiang" = I; "Kita Om Noldy, 58 taong" — Manado "kita"; "sa Markus, nelayan"; "I'm Lotte from Utrecht"), a person
signing in ("Jake from Wellington here."), a customer signing a quoted testimonial ('"berasnya pulen" – Mama Yuli,
Abepura'), and a name the owner takes back at once ("Laundry Bunda Rahma? eh bukan, Laundry Bunda Ica").

The brand check's brief-only reading skips a name standing in one of these spans: a person is not the brand. The
offerings and the numbers a page must show are not read from a testimonial, from the owner's age said with their
name, nor from a correction's own words ("oops correction, that's weekdays"): those are no facts of the business."""

from __future__ import annotations

import re
from functools import lru_cache

from .video_text import video_parts

Span = tuple[int, int]

# First-person pronouns the country's owners open a self-introduction with. Unambiguous ones: Balinese tiang/titiang,
# Minang ambo, Javanese kulo/kula, Banjar ulun, Betawi aye/ane, Papuan sa, Indonesian saya/sy/aku/gue/gw, English.
_I_SURE = (r"titiang|tiang|ambo|kulo|kula|ulun|aye|ane|sa|saya|sy|aku|gue|gw|i'm|i’m|i\s+am|my\s+name\s+is|"
           r"nama\s+saya|namaku|perkenalkan(?:\s*,?\s*(?:saya|nama\s+saya))?")
# Pronouns that are also everyday words (Manado "kita" is Indonesian "we", Ambonese "beta", Sundanese "abdi" a name
# part): a self-introduction only with a title before the name ("Kita Om Noldy", "beta Mama Yo", "abdi Kang Asep").
_I_TITLED = r"kita|beta|abdi"
_TITLE = (r"(?:ibu|bu|bapak|pak|om|tante|kak|kakak|mbak|mba|mas|bang|abang|uda|uni|mama|mamak|bapa|nek|oma|opa|"
          r"ustadz|ustadzah|ustad|buya|haji|hj\.?|bli|mbok|ni|made|wayan|nyoman|ketut|kadek|komang|putu|gede|kang|"
          r"teh|cak|ning|daeng|andi|ama|ina|engku|amang|inang|opung|koko|cici|ci|ko|mister|mr\.?|mrs\.?|ms\.?)")
# a name as people write one: capitalised words, not an acronym in capitals ("saya MC", "aku MUA")
_FIRST = r"[A-Z][a-z][\w'’-]*"
_NAME = _FIRST + r"(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
# where a clause begins: the brief's start, a sentence mark, a comma or a line break, a bracket
_CLAUSE = r"(?:^|(?<=[.!?,:;(\n]))[ \t]*"
_SELF = re.compile(
    _CLAUSE + r"(?:(?i:" + _I_SURE + r")[ \t]*,?[ \t]+(?:(?i:" + _TITLE + r")[ \t]+)?"
    r"|(?i:" + _I_TITLED + r")[ \t]+(?i:" + _TITLE + r")[ \t]+)" + _NAME, re.M)
# "Jake from Wellington here.", "Lotte here (Belgian, …)": a person signing in with where they are from, or described
# in brackets after ("Jingle Jar here!" alone may be the business itself signing in)
_HERE = re.compile(_CLAUSE + r"(?:(?i:hi|hello|hey|halo|hai)[ \t]*[,!]?[ \t]+)?" + _FIRST + r"(?:[ \t]+(?i:from|dari)[ \t]+"
                   + _NAME + r"[ \t]+(?i:here)\b|[ \t]+(?i:here)[ \t]*\([^()]{0,80}\))", re.M)
# '"…" – Mama Yuli, Abepura': the customer who signs a quoted praise, and where they live
_SIGNED = re.compile(r"[\"”][ \t]*[-–—~][ \t]*(?:(?i:" + _TITLE + r")[ \t]+)?" + _NAME
                     + r"(?:[ \t]*,[ \t]*" + _NAME + r")?")
# "X? eh bukan, Y", "X, ralat: Y", "X — oops, I mean Y": the owner takes the name back and writes another
TAKEN_BACK = re.compile(r"[ \t]*[?!.,]*[ \t]*(?:(?:(?i:eh|ups|oops|sorry|maaf)[ \t]*,?[ \t]*)?(?i:bukan|salah(?:[ \t]+"
                        r"(?:ketik|tulis))?|maksudnya|maksud\s+saya|ralat|koreksi|i\s+mean|correction)\b[ \t,:!.-]*)+"
                        r"(?=[A-Z])")


# '"berasnya pulen" – Mama Yuli, Abepura': a quoted praise and its signature, whole
_TESTIMONY = re.compile(r"[\"“][^\"”\n]{2,240}[\"”][ \t]*[-–—~][ \t]*(?:(?i:" + _TITLE + r")[ \t]+)?" + _NAME
                        + r"(?:[ \t]*,[ \t]*" + _NAME + r")?")
# what describes the person introduced, after their name: an age, where they come from ("Om Noldy, 58 taong")
_PERSON_MORE = re.compile(r"[ \t]*,[ \t]*\d{1,3}[ \t]*(?i:tahun|thn|th|taun|taon|taong|years?[ \t]+old|yo)\b")
# "oops correction, that's weekdays": a correction saying which days an amount is for, no statement of its own
_CORRECTION_TERM = re.compile(r"(?i)\b(?:(?:oops|ups|eh|sorry|sori|maaf)[ \t,]+)?(?:correction|koreksi|ralat)\b"
                              r"[ \t]*[:,!-]*[ \t]*(?:that'?s|that\s+is|it'?s|itu)[ \t]+[^\d\n,.;!?]{2,30}")


@lru_cache(maxsize=8)
def not_the_owners(text: str) -> tuple[Span, ...]:
    """The spans of what the brief says that is no offering or fact of the owner's: a customer's signed testimonial,
    the owner introducing themselves with their age, a correction saying which days an amount is for, a pasted
    video's title and its chapters' timestamps."""
    spans = [m.span() for pat in (_TESTIMONY, _CORRECTION_TERM) for m in pat.finditer(text)]
    title, _chapters, stamps = video_parts(text)  # a video's title and chapter timestamps (video_text.py)
    spans += [*title, *stamps] if stamps else []
    for m in _SELF.finditer(text):
        end = m.end()
        while more := _PERSON_MORE.match(text, end):
            end = more.end()
        spans.append((m.start(), end))
    return tuple(sorted(spans))


def owners_words(text: str) -> str:
    """The brief with what is no offering or fact of the owner's made spaces (offsets kept), and a video's chapter
    lines whole: what the video shows is no offering (video_text.py)."""
    for a, b in not_the_owners(text) + video_parts(text)[1]:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


@lru_cache(maxsize=8)
def people(text: str) -> tuple[Span, ...]:
    """The spans of the people a brief introduces, signs in or quotes: no name there is the business's."""
    spans = [m.span() for pat in (_SELF, _HERE, _SIGNED) for m in pat.finditer(text)]
    return tuple(sorted(spans))


def in_people(text: str, start: int, end: int) -> bool:
    """Whether the piece text[start:end] overlaps a person the brief introduces, signs in or quotes."""
    return any(a < end and start < b for a, b in people(text))


def taken_back(text: str, end: int) -> int | None:
    """Where the name the owner writes instead starts, when the name ending at `end` is taken back at once."""
    m = TAKEN_BACK.match(text, end)
    return m.end() if m else None
