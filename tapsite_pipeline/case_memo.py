"""The case of the text a rule scans, remembered: the rules scan one brief with dozens of patterns in a row
(fastre.py), and each asks whether it is lower case and for its lower-case form. Both are kept for the last string
asked about, keyed by the string itself, so an answer is only ever read for the string it was made for (a reader
that finds the memo between its clearing and its refill asks afresh). The dicts are kept, never replaced, and hold
only strings and booleans: nothing for the garbage collector to track, and a caller's gc.freeze() is left whole.
"""

from __future__ import annotations

LAST_CASE: dict[str, bool] = {}
LAST_FOLD: dict[str, str] = {}


def is_lower(text: str) -> bool:
    """`text.islower()`, remembered for the last text."""
    low = LAST_CASE.get(text)
    if low is None:
        low = text.islower()
        LAST_CASE.clear()
        LAST_CASE[text] = low
    return low


def folded(text: str) -> str:
    """`text.lower()`, remembered for the last text."""
    out = LAST_FOLD.get(text)
    if out is None:
        out = text.lower()
        LAST_FOLD.clear()
        LAST_FOLD[text] = out
    return out
