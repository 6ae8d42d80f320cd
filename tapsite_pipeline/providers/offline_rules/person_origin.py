"""Where the owner comes from is their story, not where the business is: "Ciao! I'm Giulia from Turin, and my husband
and I run a pasta kitchen in Senggigi, Lombok" is a business in Senggigi.

A person introducing themselves by name and a hometown no Indonesian gazetteer knows ("I'm Hannah from Freiburg",
"saya Tom dari Perth" is known, so it stays) has come from abroad; the page names the place the brief says next, when
it says one. (An owner from an Indonesian town, "Saya Budi dari Bandung, jual bakso", is read as in that town.)
"""

from __future__ import annotations

from collections.abc import Callable

from tapsite_pipeline.fastre import regrouped

from .places import PLACES

_INTRO = regrouped(r"(?i:\b(?:i'm|i\s+am|my\s+name\s+is|this\s+is|saya|aku|nama\s+saya))\s+"
                   r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?i:from|dari)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")

Found = tuple[str | None, tuple[int, int] | None, bool]


def past_origin(found: Found, text: str, lower: str, cased: bool, read: Callable[[str, str, bool], Found]) -> Found:
    """``found`` unless it is a self-introduced owner's foreign hometown and the brief names another place."""
    place, span, _prep = found
    if not span or not place or place.lower() in PLACES:
        return found
    for m in _INTRO.finditer(text):
        if m.start(1) <= span[0] < m.end(1):
            s, e = m.span(1)
            blank = " " * (e - s)
            other = read(text[:s] + blank + text[e:], lower[:s] + blank + lower[e:], cased)
            return other if other[0] else found
    return found
