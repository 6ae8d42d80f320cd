"""The brief read with its chat shorthand spelled out ("sy yg dtg ke rmh" → "saya yang datang ke rumah"), so that
every reader (cards, facts, areas, hours, the brand's cues) meets the words it knows; what the parse reads is then
spelt back in the owner's words (regional.in_owner_words), and the page spells the facts out for the visitor
(tapsite_pipeline.shorthand).

Only a word typed in lower case is read spelled out: a capitalised or upper-case one is part of a name or an
acronym ("Bs Laundry", "BS", "Dr Andi"). An English brief is left as written ("24 hrs", "dr", "th" are English
there). The short forms the readers' own patterns already hold as typed ("yg", "utk", "dgn", "bs", "udh", "rmh",
"tmbh", …: the first lexicon and those below) are left to them: spelled out, a pattern tuned on the typed form
would read a different clause.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.shorthand import CHAT_SHORTHAND

from .text import detect_language

_KEPT = frozenset("""bgmn bhs blh blom blum bpk bwt dg hri jm karna kmi knp ltr mlm nm pkt pny pnya psn ptg rmh
sbg sja skg sya tf tmbh trima trmsk tsb wrna""".split())
_READ = {short: full for short, full in CHAT_SHORTHAND.items() if short not in _KEPT}
_KEYS = frozenset(_READ)
_LETTERS = regrouped(r"[a-z0-9]+")
# A lower-case shorthand word standing alone: never inside a handle, a domain, a number or a hyphenated word.
_SHORT = re.compile(r"(?<![\w@#./-])(" + "|".join(sorted(_READ, key=len, reverse=True)) + r")(?![\w@'-]|\.\w)")


def in_full_words(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The brief with its lower-case chat shorthand spelled out, and the (as typed, spelled out) pairs replaced
    (none: the brief itself)."""
    if _KEYS.isdisjoint(_LETTERS.findall(text)) or detect_language(text.lower()) != "id":
        return text, ()
    pairs: list[tuple[str, str]] = []

    def swap(m: re.Match[str]) -> str:
        word = m.group(1)
        pairs.append((word, _READ[word]))
        return _READ[word]
    out = _SHORT.sub(swap, text)
    return out, tuple(dict.fromkeys(pairs))
