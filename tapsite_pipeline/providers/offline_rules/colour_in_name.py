"""A colour word that is part of what is sold, not the owner's wish for the page.

"hair colour 150rb", "kartu nama full colour", "colour grading", "color correction": the word names the service or
the print. It speaks of the page's colours only when a colour (or a colon, "colour: green") comes after it, or it
opens a clause by itself ("warna bebas", "Warna: kuning"). Read by item_bounds.until_stop, which otherwise ends an
item at the colour word (offer_words.ITEM_STOP).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .colors import is_color
from .offer_words import ITEM_STOP
from .roles import FEATURE, is_offering
from .text import EN_WORDS, ID_WORDS

COLOUR_WORDS = frozenset(["colour", "color", "colours", "colors", "warna"])
# The work a colour word heads when it opens an item ("colour grading", "color correction", "warna rambut" is not:
# "warna" opening a clause is the page's colour).
_COLOUR_WORK = frozenset("""
grading grade correction correcting corrected matching match printing print prints coating run blocking
consultation consult analysis treatment treatments
""".split())
# After the colour word: a colour-scheme word or a marker that a colour follows ("colour scheme", "warna yang",
# "colours like").
_SCHEME = frozenset("""
scheme schemes palette palet tone tones nya yang yg like seperti kayak kyk sama dominan utama utamanya of pakai pake
theme tema nuansa please pls favorit favorite kesukaan
""".split())
# How a print is coloured: "full colour", "two colour", "single color".
_PRINT_MODE = frozenset("full two single multi dua satu 1 2 4".split())
_NEXT = regrouped(r"\s*([:=]|[a-z][\w'-]*|\d|[,.;/&+()!?]|$)")


def colour_word_in_name(seg: str, k: int, end: int, prev: str = "") -> bool:
    """Is the colour word ending at ``end`` (the ``k``-th word of the item ``seg``, after the word ``prev``) part of
    the item's name? After a thing coloured or printed ("hair colour", "full colour"), or before the item's own
    amount; never after a function word ("choice of colour and size")."""
    m = _NEXT.match(seg, end)
    if not m or m.group(1) in (":", "="):
        return False  # "colour: green", or a colour already read (masked) right after: "warna pastel"
    nxt = m.group(1)
    if not k:
        return nxt in _COLOUR_WORK  # "colour grading", never "warna bebas"
    if not (_thing(prev) or prev in _PRINT_MODE or nxt[:1].isdigit()):
        return False
    if nxt[:1].isalpha():
        rest = seg[m.start(1):]
        two = " ".join(re.findall(r"[a-z]+", rest)[:2])
        return not (is_color(nxt) or is_color(two) or nxt in ITEM_STOP or nxt in _SCHEME)
    # "hair colour 150rb", "full colour, stiker"; a piece ending at "warna" was cut before a colour read already
    # ("pashmina warna [pastel] 50rb"), the English word ends a name ("hair colour")
    return bool(nxt) or seg[end - 1] != "a"


def colour_named(words: list[str]) -> bool:
    """A colour word heading a named offering: "hair colour" (after what is coloured), "colour grading" (before the
    work done); "website colour" or "warna" alone is no offering."""
    if len(words) < 2:
        return False
    if words[0] in COLOUR_WORDS:
        return words[1] in _COLOUR_WORK
    return words[-1] in COLOUR_WORDS and _thing(words[-2])


def _thing(word: str) -> bool:
    """A word naming what is coloured ("hair", "rambut", "kartu"), no function word ("of", "the", "yang")."""
    return bool(word) and word not in EN_WORDS and word not in ID_WORDS and word not in ITEM_STOP \
        and word not in FEATURE and is_offering(word)
