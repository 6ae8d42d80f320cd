"""Spoken fillers in a fact's words: "basically kita ngajarin Scratch", "which is full project based", "literally
slotnya cepet penuh". Owners who talk the way they speak (a voice note typed out, Jakarta's code-switching) put
English fillers around what they state; the fact is what is left. Only the fillers that add nothing go: "actually"
and "honestly" opening the words or a comma's clause inside them, "which is" where it joins a comment to the words
before it ("cocok buat pemula, which is kebanyakan ibu-ibu"); inside a clause they may carry meaning ("a cake which
is sugar free") and stay."""

from __future__ import annotations

import re

_WORDS = ("basically", "literally", "honestly", "actually", "which is")
_LEAD = re.compile(r"^(?:(?:basically|literally|honestly|actually|which\s+is)\b[\s,]*)+", re.IGNORECASE)
_INSIDE = re.compile(r"(?<=,)\s*(?:basically|literally|honestly|actually|which\s+is)\b,?\s*(?=\w)", re.IGNORECASE)


def without_fillers(value: str) -> str:
    """The fact's words without the spoken fillers at their start or after a comma inside them."""
    low = value.lower()
    if not any(w in low for w in _WORDS):
        return value
    value = _LEAD.sub("", value)
    value = _INSIDE.sub(" ", value)
    return " ".join(value.split())
