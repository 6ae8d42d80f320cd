"""What a speaker says around what they state, kept when a voice note is typed out as heard or a chat is written the
way the owner talks ("(ini rekaman suara sy, diketik ponakan) … servis rutin itu 60 ribu, … terus turun mesin itu
mulai 800 ribu gitu. … udah gitu aja"). The statement is what is left once these are taken away:

- a sign-off, the end of the talk: "udah gitu aja", "wis, itu aja mbak", "ya udah", "sekian", "segitu dulu",
  "that's all", "that's it" — never a note for visitors;
- a connector or a demonstrative said around what a price is for: "terus", "trus", "nah", "lalu" before it, "itu",
  "tuh", "nih", "gitu" after it ("terus turun mesin itu mulai 800 ribu" is for "turun mesin");
- the tags a speaker closes a phrase with ("minimal 50 kotak gitu", "pernah gitu lho", "kue tart kayak gitu", "PO
  ditutup 20 Ramadan ya kak", "ndak terima cetak nah") and the hesitation sounds typed inside it ("minimal eee 50").

Only words that carry nothing in any business's statement are taken: "itu" inside a phrase ("di luar itu nambah
transport") and "terus" as "on and on" ("buka terus") stay; a particle is taken only where it ends a phrase.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.sign_offs import SIGN_OFF_PATTERN

# -- sign-offs ---------------------------------------------------------------------------------------------------
SIGN_OFF = regrouped(rf"{SIGN_OFF_PATTERN}[\s.!~]*", re.I)
_SIGN_WORDS = ("udah", "udh", "dah", "sudah", "sdh", "wis", "wes", "gitu", "itu", "segitu", "sekian", "that")


def sign_off(phrase: str) -> bool:
    """Is the phrase, whole, the speaker's sign-off ("Udah gitu aja", "Wis, itu aja mbak", "That's all")?"""
    low = phrase.strip().lower()
    return any(w in low for w in _SIGN_WORDS) and bool(SIGN_OFF.fullmatch(low))


# -- what a price is for ------------------------------------------------------------------------------------------
_LEAD = frozenset("terus trus trs nah lalu".split())
_OPENING = frozenset("jadi jd".split())  # ("jadi permak celana itu 25 ribu": "so", only where the words open)
_LEAD_PAIRS = frozenset({("abis", "itu"), ("habis", "itu"), ("setelah", "itu")})
_TAIL = frozenset("itu tuh nih gitu gituu".split())
_HESITATION = regrouped(r"e{2,}h*|e+m+|[eu]*hm+|h+m+|u+m+")


def spoken_trimmed(words: list[str]) -> list[str]:
    """The words before a price from the last connector said among them ("satu album terus paket wedding full" →
    "paket wedding full"), without the demonstrative said after them (["terus", "turun", "mesin", "itu"] →
    ["turun", "mesin"])."""
    while words and words[-1] in _TAIL:
        words = words[:-1]
    while len(words) >= 2 and words[0] in _OPENING:  # ("5rb jadi 5.150": alone, "jadi" says the price it becomes)
        words = words[1:]
    leads = [i for i, w in enumerate(words) if w in _LEAD or _HESITATION.fullmatch(w) or (
        i and (words[i - 1], w) in _LEAD_PAIRS)]
    if leads and leads[-1] < len(words) - 1:
        words = words[leads[-1] + 1:]
    elif leads:  # ("paket terus 50rb": the connector said last, the words before it name the thing)
        words = [w for i, w in enumerate(words) if i not in leads and not (i + 1 in leads and (w, words[i + 1])
                                                                             in _LEAD_PAIRS)]
    while words and words[-1] in _TAIL:
        words = words[:-1]
    return words


# A speaker stopping between the thing and its price to hesitate, ask themselves or start again ("batik tulis mulai,
# eh, mulai 450 ribu", "nasi kotak itu mulai, berapa di', 30 ribu"): the thing is the one said before the pause.
_PAUSE_WORD = r"(?:eh|e{2,}h*|e+m+|h+m+|anu|berapa\s+(?:ya|yah|di'?|sih|tuh|itu)|apa\s+(?:ya|namanya))"
_PAUSE = regrouped(rf"(?:\s+(?:itu|tuh))?(?:\s+(?:mulai|harganya|harga))?\s*,\s*(?:{_PAUSE_WORD}\s*,?\s*)+"
                   r"(?:(?:mulai|harganya|harga)\s+)?\Z", re.I)


def before_pause(lower: str, pos: int) -> int:
    """Where the words before a price end when the speaker paused between them and the price (see _PAUSE); `pos`
    when there was no pause."""
    m = _PAUSE.search(lower, max(0, pos - 40), pos)
    return m.start() if m and m.start() > 0 else pos


# -- notes ----------------------------------------------------------------------------------------------------------
_PERSON = r"(?:kak|kakak|mbak|mba|mas|sis|gan|bun|bunda|pak|bu|bang|gaes|guys)"
# a tag that closes a phrase: before a comma or at the end
_TAG = regrouped(rf"\s+(?:(?:kayak|kaya|kek|macam)\s+gitu+|gitu+(?:\s+(?:lho|loh|lo|deh|sih|kak|ya))?|ya\s+{_PERSON}|nah)"
                 r"(?=\s*(?:[,;]|$))", re.I)
# where a note divides into parts: a comma that is not inside a number ("1,8jt")
_PART_CUT = regrouped(r"\s*(?:(?<!\d),|,(?!\d))\s*")
# a connector opening a part of a note ("oli sendiri bawa juga boleh, terus turun mesin …"; not "terus terang") and a
# demonstrative said right before an amount ("turun mesin itu mulai 800 ribu"): the part is what the price shows
_PART_LEAD = regrouped(r"(?:^|(?<=,\s)|(?<=,))(?:terus|trus|trs|nah|lalu)\s+(?!terang\b)(?=\w)", re.I)
_BEFORE_AMOUNT = regrouped(r"\s+(?:itu|tuh|nih)(?=\s+(?:(?:mulai|cuma|hanya)\s+)?(?:rp\.?\s*|idr\s*)?\d)", re.I)
_HESITATIONS = regrouped(r"(?<![\w'-])(?:e{3,}h*|e+m{2,}|h+m{2,})(?![\w'-])\s*,?\s*", re.I)


def without_spoken(note: str) -> str:
    """A note without the speaker's sign-off (all of it, or a part of it set apart by a comma), the tags that close
    its phrases and the hesitation sounds inside it; "" when nothing else was said."""
    low = note.lower()
    if not any(w in low for w in ("gitu", "ya ", "nah", "ee", "mm", "udah", "udh", "dah", "wis", "wes", "itu", "sekian",
                                  "that")):
        return note
    cuts = [0, *(i for m in _PART_CUT.finditer(note) for i in (m.start(), m.end())), len(note)]
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    # the longest run of parts at the end, then at the start, that is all sign-off ("…, udah gitu aja", "Sekian, makasih")
    end = next((i for i in range(len(parts)) if sign_off(note[parts[i][0]:])), len(parts))
    parts = parts[:end]
    start = next((i for i in range(len(parts), 0, -1) if sign_off(note[:parts[i - 1][1]])), 0)
    parts = parts[start:]
    if not parts:
        return ""
    note = note[parts[0][0]:parts[-1][1]]
    note = _HESITATIONS.sub(" ", note)
    note = _TAG.sub("", note)
    note = _BEFORE_AMOUNT.sub("", _PART_LEAD.sub("", note))
    return " ".join(note.split()).strip(" ,")
