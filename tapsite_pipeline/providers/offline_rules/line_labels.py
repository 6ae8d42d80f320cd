"""Labels that open a line of the owner's list: "📍 Cabang 2: Jl. Pramuka, Rajabasa", "- Tiban: Jl. Gajah Mada",
"What we teach: basic mountaineering, …", "Slide 3: Pengingat bayar otomatis, …", "1/3 Utas: jasa bersih2 makam …".

A short label (three words at most) standing at the head of its line, with a colon and the line's content after it,
heads that content: shown alone ("Cabang 2", "What we teach") it says nothing. The notes leave such a label out when
a reader took what it labels, unless the label says a fact itself ("Gratis ongkir: Sleman, Bantul") (a part's number, "Slide 1", is dropped with the line's layout: part_labels.py).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# only bullets, emoji, numbering and spaces between the line's start and the label (the parse reads a brief whose line
# breaks became ". ", so a sentence's start, or a heading's colon before the list, is a line's start too)
_LINE_HEAD = regrouped(r"(?:^|\n|[.!?:]\s)[^\w\n]*(?:\d{1,2}[.)]\s*)?$")
# the colon after the label and the start of what it heads, on the same line
_HEADS = regrouped(r"[ \t]*[:=][ \t]*(?=[^\s:])")
# a way to reach the owner after the colon: the label then says what to write for ("Samples on request:
# sales@…", "Pesan: 0812…"), a statement of its own
_CONTACT = regrouped(r"(?i)(?:[\w.+-]+@[\w-]+\.|@\w|\+?\d[\d\s.-]{7,}\d|https?://|www\.|wa\b|whatsapp\b|ig\b|dm\b)")


# a label that says a fact itself ("Gratis ongkir: Sleman, Bantul", "Buka 24 jam: …", "Promo Ramadan: …")
_SAYS = regrouped(r"(?i)\b(?:gratis|free|diskon|disc|discount|promo|potongan|cashback|bonus|ongkir|antar|delivery|"
                  r"kirim|buka|open|tutup|closed|libur|garansi|warranty|min|minimal|minimum|max|maks|maksimal|only|"
                  r"hanya|cuma|sejak|since|halal|no|tanpa|without|bisa|can)\b")


def line_label_heads(text: str, s: int, e: int) -> int | None:
    """Where the content text[s:e] labels starts, when text[s:e] is a short label opening its line ("Cabang 2"
    of "📍 Cabang 2: Jl. Pramuka"); None otherwise."""
    if not 1 <= len(text[s:e].split()) <= 3 or not _LINE_HEAD.search(text, 0, s) or _SAYS.search(text, s, e):
        return None
    m = _HEADS.match(text, e)
    return m.end() if m and not _CONTACT.match(text, m.end()) else None
