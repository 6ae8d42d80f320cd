"""Characters no page may carry: controls, bidi overrides and isolates, invisible format characters,
surrogates, private-use and unassigned code points, noncharacters.

Applied to every field a person types (brief, brand, contact, campaign columns) and, as the Jinja
`finalize` of the site stage, to every value a page renders (model-written copy included), so a
right-to-left override cannot reverse a phone number and an ESC or a lone surrogate cannot reach HTML.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE_LIKE = {"\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u2028", "\u2029"}
_DROP = {"Cc", "Cf", "Cs", "Co", "Cn"}
_ZWJ = "\u200d"
_ASCII_SPACES = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def _emoji(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or "\ufe00" <= ch <= "\ufe0f"


def _kept(value: str):
    """(character, what it becomes: itself, a space, or '' for dropped) for each character of `value`."""
    for i, ch in enumerate(value):
        if ch in _SPACE_LIKE:
            yield ch, " "
        elif unicodedata.category(ch) in _DROP:
            joins = ch == _ZWJ and 0 < i < len(value) - 1 and _emoji(value[i - 1]) and _emoji(value[i + 1])
            yield ch, ch if joins else ""
        else:
            yield ch, ch


def clean_text(value: str) -> str:
    """`value` without unsafe characters; line breaks and other control spaces become plain spaces.

    A zero-width joiner between two emoji stays (it joins 👩 and 💻 into one picture); anywhere else
    it is only a way to hide text, and goes.
    """
    if value.isprintable():   # no character of a dropped category: the common case, at C speed
        return value
    if value.isascii():
        return _ASCII_CONTROL.sub("", _ASCII_SPACES.sub(" ", value))
    return "".join(out for _, out in _kept(value))


def unsafe_characters(value: str) -> list[str]:
    """The characters clean_text would drop from `value`, as U+XXXX (for tests and reports)."""
    return [f"U+{ord(ch):04X}" for ch, out in _kept(value) if out == ""]
