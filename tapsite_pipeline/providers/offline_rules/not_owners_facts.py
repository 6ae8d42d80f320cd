"""What a brief says that is no fact of the owner's business, so no fact line and no audience of the page:

* a customer's testimonial ('"kelas malam cocok buat yg kerja" – Pak Rahmat') and the words that lead into it
  ("testimoni jamaah kami:", "Ulasan tamu kemarin:"): what customers say is theirs, the page's facts are what the
  owner states;
"""

from __future__ import annotations

import re

from .named_others import testimonies

Span = tuple[int, int]

# the short clause ending in a colon right before a quote: "testimoni jamaah kami:", "kata ortu yg udh pake kami:"
_LEAD_IN = re.compile(r"(?:^|(?<=[.!?\n]))[^.!?\n:]{2,60}:\s*$")


def not_owners(text: str) -> list[Span]:
    """The spans of the brief that state no fact of the owner's business."""
    out = []
    for a, b in testimonies(text):
        lead = _LEAD_IN.search(text, max(0, a - 62), a)
        out.append((lead.start() if lead else a, b))
    return out
