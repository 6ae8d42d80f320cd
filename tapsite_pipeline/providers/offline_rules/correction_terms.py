"""An owner's correction that says which days or whom an amount just written is for, rather than a new amount:
"rooms 200k/night, oops correction, that's weekdays, Sat–Sun 250k", "paket 150rb, eh ralat, itu weekday". The
amount keeps the term the correction gives it ("rooms 200k/night (weekdays)"), and the correction's own words are no
statement of their own (a page never shows "oops correction"). Corrections of the amount itself are corrections.py's.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .amounts import _AMOUNT

# the marker, then "that's …" / "itu …" and the term, to the clause's end
_TERM = regrouped(r"(?i)[ \t]*[,;]?[ \t]*(?:(?:oops|ups|eh|sorry|sori|maaf)[ \t,]+)?(?:correction|koreksi|ralat)\b"
                  r"[ \t]*[:,!-]*[ \t]*(?:that'?s|that\s+is|that\s+was|it'?s|itu(?:\s+(?:harga|buat|untuk))?|yg\s+itu|"
                  r"yang\s+itu)[ \t]+([^\d\n,.;!?]{2,30}?)(?=[ \t]*(?:[,.;!?\n]|$))")
# the amount the term is of, with its unit: "200k/night", "150rb per orang"
_PRICED = regrouped(rf"({_AMOUNT})(?:\s*/\s*[a-z]+|\s+per\s+[a-z]+)?", re.I)


def with_terms(text: str) -> str:
    """The text with each such correction folded into the amount before it, in its clause or line."""
    if not re.search(r"(?i)correction|koreksi|ralat", text):
        return text
    for _ in range(5):
        m = next((m for m in _TERM.finditer(text) if _last_amount(text, m.start()) is not None), None)
        if m is None:
            break
        amount = _last_amount(text, m.start())
        assert amount is not None
        text = text[:amount.end()] + f" ({m.group(1).strip()})" + text[amount.end():m.start()] + text[m.end():]
    return text


def _last_amount(text: str, at: int) -> re.Match[str] | None:
    """The last amount of the line before ``at``, with its unit."""
    start = text.rfind("\n", 0, at) + 1
    found = None
    for m in _PRICED.finditer(text, start, at):
        found = m
    return found
