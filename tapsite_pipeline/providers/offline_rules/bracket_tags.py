"""Short tags in brackets after an item: the sizes, letters or characters it comes in ("kaos polos (S, M, L)",
"lukisan kaligrafi (hok, fu, shou)"). They say what the item is like, and none of them is an offering of its own: the
offering rules read no card there.

A bracket holds such tags when it lists two or more single words, each of at most four letters, at least one of them
of one or two, and none a word of the business lexicon or a known goods head ("es teh (teh, kopi, susu)" lists goods,
"(mangga, jeruk)" longer words that may be).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .heads import heads, norm
from .lexicon import KEYWORDS

_BRACKET = regrouped(r"(?<=[a-z0-9])\s*\(([^()\n]{1,40})\)")
_PIECES = regrouped(r"\s*(?:,|/|&|\b(?:dan|and|atau|or)\b)\s*")


def _tag(word: str) -> bool:
    return word.isalpha() and len(word) <= 4 and word not in KEYWORDS and norm(word) not in heads()


def bracket_tags(lower: str) -> list[tuple[int, int]]:
    """The spans of brackets that hold short tags of the item before them (see above)."""
    out = []
    for m in _BRACKET.finditer(lower) if "(" in lower else ():
        pieces = [p.strip() for p in _PIECES.split(m.group(1)) if p.strip()]
        if len(pieces) >= 2 and all(_tag(p) for p in pieces) and any(len(p) <= 2 for p in pieces):
            out.append(m.span(1))
    return out
