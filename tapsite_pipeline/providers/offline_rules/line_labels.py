"""Labels that open a line of the owner's list: "📍 Cabang 2: Jl. Pramuka, Rajabasa", "- Tiban: Jl. Gajah Mada",
"What we teach: basic mountaineering, …", "Slide 3: Pengingat bayar otomatis, …", "1/3 Utas: jasa bersih2 makam …".

A short label (three words at most) standing at the head of its line, with a colon and the line's content after it,
heads that content: shown alone ("Cabang 2", "What we teach") it says nothing. The notes leave such a label out when
a reader took what it labels, unless the label says a fact itself ("Gratis ongkir: Sleman, Bantul") (a part's number, "Slide 1", is dropped with the line's layout: part_labels.py).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.label_words import CONTACT_PATTERN, FACT_LABEL_PATTERN, LINE_HEAD_REST, LINE_HEAD_WINDOW

# only bullets, emoji, numbering and spaces between the line's start and the label (the parse reads a brief whose line
# breaks became ". ", so a sentence's start, or a heading's colon before the list, is a line's start too)
_LINE_HEAD = regrouped(r"(?:^|\n|[.!?:]\s)" + LINE_HEAD_REST)
# the colon after the label and the start of what it heads, on the same line
_HEADS = regrouped(r"[ \t]*[:=][ \t]*(?=[^\s:])")
_CONTACT = regrouped(r"(?i)" + CONTACT_PATTERN)   # "Samples on request: sales@…": says what to write for
_SAYS = regrouped(r"(?i)" + FACT_LABEL_PATTERN)   # "Gratis ongkir: Sleman, Bantul": a fact of its own


def line_label_heads(text: str, s: int, e: int) -> int | None:
    """Where the content text[s:e] labels starts, when text[s:e] is a short label opening its line ("Cabang 2"
    of "📍 Cabang 2: Jl. Pramuka"); None otherwise."""
    if not 1 <= len(text[s:e].split()) <= 3 or not _LINE_HEAD.search(text, max(0, s - LINE_HEAD_WINDOW), s) or _SAYS.search(text, s, e):
        return None
    m = _HEADS.match(text, e)
    return m.end() if m and not _CONTACT.match(text, m.end()) else None
