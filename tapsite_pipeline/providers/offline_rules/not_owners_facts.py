"""What a brief says that is no fact of the owner's business, so no fact line and no audience of the page:

* a customer's testimonial ('"kelas malam cocok buat yg kerja" – Pak Rahmat') and the words that lead into it
  ("testimoni jamaah kami:", "Ulasan tamu kemarin:"): what customers say is theirs, the page's facts are what the
  owner states;
* the owner introducing themselves, with their age and where they come from ("Kita Om Noldy, 58 taong, …", "I'm
  Giulia from Turin"): who writes is no fact line; the years of experience said after it are read as a fact of their
  own (tenure.py), and what the business is, said in the same sentence, stays.
"""

from __future__ import annotations

import re

from .named_others import self_introductions, testimonies

Span = tuple[int, int]

# the short clause ending in a colon right before a quote: "testimoni jamaah kami:", "kata ortu yg udh pake kami:"
# what describes the person introduced, right after their name: an age, where they come from
_PERSON_MORE = re.compile(r"(?:\s*,\s*\d{1,3}\s*(?i:tahun|thn|th|taun|taon|taong|years?\s+old|yo)\b\.?"
                          r"|\s*,?\s+(?i:from|dari|asal|saking)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
                          r"(?=\s*(?:[,.;!?\n(]|$))")
_LEAD_IN = re.compile(r"(?:^|(?<=[.!?\n]))[^.!?\n:]{2,60}:\s*$")


def not_owners(text: str) -> list[Span]:
    """The spans of the brief that state no fact of the owner's business."""
    out = []
    for a, b in testimonies(text):
        lead = _LEAD_IN.search(text, max(0, a - 62), a)
        out.append((lead.start() if lead else a, b))
    return out


def introduced(text: str) -> list[Span]:
    """The spans of the owner introducing themselves, with their age and where they come from: no fact line (the
    audience and the trade said there stay read)."""
    out = []
    for a, b in self_introductions(text):
        while more := _PERSON_MORE.match(text, b):
            b = more.end()
        out.append((a, b))
    return out
