"""Reading a name out of the text from where a cue leaves off ("namanya …", "di …"): up to six words, ending at
punctuation or a clause word, with the lower-case particles and connectors a capitalised name may hold."""

from __future__ import annotations

import re

from .brand_cues import counted
from .brand_words import (
    _ABBR,
    _CONNECT,
    _NEVER_IN_NAME,
    _PUNCT,
    _SOFT,
    _WORD_TOKEN,
    _YEAR,
    HONORIFICS,
    LOC_NOUNS,
    NO_SANDWICH,
    NOT_NAME_WORDS,
    PARTICLES,
    STOP,
)
from .cap_runs import _hard, _is_cap
from .places import PLACES

# Unions of the word lists, built once (rebuilding a 500-word set per token was a measurable share of a parse).
NOT_NAME_OR_STOP = frozenset(NOT_NAME_WORDS | STOP)
_STOP_OR_PLACE = frozenset(STOP | PLACES)
_NAME_TAIL_DROP = frozenset(_CONNECT | {"-", "&"})


def _tokens(text: str, start: int, limit: int = 14) -> list[re.Match]:
    out = []
    for m in _WORD_TOKEN.finditer(text, start):
        out.append(m)
        if len(out) >= limit:
            break
    return out


def _next_cap(text: str, m: re.Match) -> bool:
    nxt = _WORD_TOKEN.search(text, m.end())
    return bool(nxt and _is_cap(nxt.group(0)) and nxt.group(0).lower() not in NOT_NAME_OR_STOP)


def take_name(text: str, start: int, cased: bool, require_cap: bool = False) -> tuple[str, int, int] | None:
    """Read a name starting at ``start``: up to 6 words, ending at punctuation or a clause word."""
    while start < len(text) and text[start] in " \t:=-":
        start += 1
    if start < len(text) and text[start] in "\"'":
        q = text[start]
        end = text.find(q, start + 1)
        if 0 < end - start - 1 <= 50:
            return text[start + 1:end].strip(), start + 1, end
        start += 1
    words: list[re.Match] = []
    toks = _tokens(text, start)
    for i, m in enumerate(toks):
        tok = m.group(0)
        low = tok.lower()
        if i < len(toks) and words and cased and _particle_inside(text, toks, i, words):
            words.append(m)
            continue
        if tok in _PUNCT:
            if tok == "." and words and words[-1].group(0).lower() in _ABBR:
                continue
            if tok == "&" and words:
                words.append(m)
                continue
            break
        capped = cased and _is_cap(tok)
        connector = bool(words) and cased and ((low in _CONNECT and _next_cap(text, m))
                                               or (low in _ABBR and text[m.end():m.end() + 1] == "."))
        if not words and low == "the" and (not cased or _is_cap(tok) or _next_cap(text, m)):
            words.append(m)
            continue
        sandwiched = capped and words and low not in NO_SANDWICH and low not in _NEVER_IN_NAME and i + 1 < len(toks) \
            and _is_cap(toks[i + 1].group(0)) and not _hard(toks[i + 1].group(0)) \
            and toks[i + 1].group(0).lower() not in _STOP_OR_PLACE  # "Fix It Handyman", "Lari Pagi Ceria"
        # ("Warung Sate Pak Min", "Bakso Bu Sis": after an honorific a capitalised word is the person's name)
        named = capped and bool(words) and words[-1].group(0).lower() in HONORIFICS and low not in _NEVER_IN_NAME
        if low in STOP and not connector and not sandwiched and not named:
            if not (capped and words and not _hard(tok) and low not in _NEVER_IN_NAME):
                break
        if _YEAR.match(low) or (words and i + 1 < len(toks) and counted(tok, toks[i + 1].group(0))):
            break  # "sejak 2010", "24 jam": a year or a count, never a name's end
        must_cap = require_cap or (cased and words and _is_cap(words[0].group(0)))
        if must_cap and cased and not capped and not connector and not tok[:1].isdigit():
            break
        words.append(m)
        if len(words) >= 6:
            break
    while words and (words[-1].group(0).lower() in _NAME_TAIL_DROP):
        words.pop()
    if not words:
        return None
    s, e = words[0].start(), words[-1].end()
    name = text[s:e]
    return name, s, e


def _particle_inside(text: str, toks: list[re.Match], i: int, words: list[re.Match]) -> bool:
    """"Jazz di Kebun, ..." / "Rumah di Bukit." : a lower-case particle plus ONE capitalised word that ends the
    clause belongs to a name the owner introduced explicitly; "di Pasar Baru" / "di Bandung" is a location."""
    prev = toks[i - 1].group(0) if i >= 1 else ""
    if toks[i].group(0) not in PARTICLES or not _is_cap(prev) or i + 1 >= len(toks):
        return False
    if toks[i - 1] is not words[-1] or not all(_is_cap(w.group(0)) or w.group(0) == "&" for w in words):
        return False
    nxt = toks[i + 1].group(0)
    nlow = nxt.lower()
    if not (nxt[:1].isupper() and nxt[1:2].islower()) or nlow in PLACES or nlow in LOC_NOUNS or _hard(nxt) \
            or nlow in _SOFT or nlow in STOP:
        return False
    after = toks[i + 2].group(0) if i + 2 < len(toks) else ""
    if after and after not in _PUNCT and not (after.lower() in STOP and not _is_cap(after)):
        return False
    return text[toks[i].end():toks[i + 1].start()] == " "
