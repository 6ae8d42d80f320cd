"""The case of the text a rule scans, remembered: the rules scan one brief with dozens of patterns in a row
(fastre.py), and each asks whether it is lower case and for its lower-case form. Both are kept for the last string
asked about: a string never changes, and holding it keeps its identity from being reused. Each (string, answer)
pair is swapped whole, so a reader never sees one string's answer paired with another string.
"""

from __future__ import annotations

LAST_CASE: list[tuple[str, bool]] = [("", False)]
LAST_FOLD: list[tuple[str, str]] = [("", "")]


def is_lower(text: str) -> bool:
    """`text.islower()`, remembered for the last text."""
    last = LAST_CASE[0]
    if last[0] is text:
        return last[1]
    low = text.islower()
    LAST_CASE[0] = (text, low)
    return low


def folded(text: str) -> str:
    """`text.lower()`, remembered for the last text."""
    last = LAST_FOLD[0]
    if last[0] is text:
        return last[1]
    out = text.lower()
    LAST_FOLD[0] = (text, out)
    return out
