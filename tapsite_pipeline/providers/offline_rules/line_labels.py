"""Labels that open a line of the owner's list: "📍 Cabang 2: Jl. Pramuka, Rajabasa", "- Tiban: Jl. Gajah Mada",
"What we teach: basic mountaineering, …", "Slide 3: Pengingat bayar otomatis, …", "1/3 Utas: jasa bersih2 makam …".

A short label (three words at most) standing at the head of its line, with a colon and the line's content after it,
heads that content: shown alone ("Cabang 2", "Slide 1", "What we teach") it says nothing. The notes leave such a
label out when a reader took what it labels, and always when it only numbers a part of the brief (a slide, a step,
a thread's "1/3"), which is how the owner laid the text out, never something a visitor is told.
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
# a numbered part of the brief: "Slide 3", "Bagian 2", "Step 1", "Part II", a WhatsApp "Status 2", "Story 1/3"; a
# thread's bare "2/5" (only in a brief that numbers itself so: "1/2 kg", "24/7" stay what they are)
_NAMED_PART = (r"(?:bagian|part|section|step|langkah|tahap|poin|point|slide|halaman|page|bab|chapter|no|nomor|nomer|"
               r"item|status|story|utas|thread|twit|tweet|post)\.?\s*(?:\d{1,2}[a-z]?|[ivx]{1,4})(?:\s*/\s*\d{1,2})?")
_THREAD_PART = r"\d{1,2}\s*/\s*\d{1,2}(?:\s*(?:utas|thread|twit|tweet|post|story|status))?"
_PART = regrouped(rf"(?i)(?:{_NAMED_PART}|{_THREAD_PART})")
_NAMED_ONLY = regrouped(rf"(?i){_NAMED_PART}")
# a thread's numbering at the start of a line or sentence: "1/3 Utas: …", ". 2/3 bersihin …"
_THREAD_MARK = regrouped(r"(?:^|\n|[.!?]\s)[^\w\n]*(\d{1,2})\s*/\s*(\d{1,2})\b")


def numbers_itself(text: str) -> bool:
    """Whether the brief is a thread that numbers its parts ("1/3 …", "2/3 …"): two parts or more of one count."""
    seen: dict[str, set[str]] = {}
    for m in _THREAD_MARK.finditer(text):
        if 1 <= int(m.group(1)) <= int(m.group(2)):
            seen.setdefault(m.group(2), set()).add(m.group(1))
    return any(len(parts) >= 2 for parts in seen.values())


def line_label_heads(text: str, s: int, e: int) -> int | None:
    """Where the content text[s:e] labels starts, when text[s:e] is a short label opening its line ("Cabang 2"
    of "📍 Cabang 2: Jl. Pramuka"); None otherwise."""
    if not 1 <= len(text[s:e].split()) <= 3 or not _LINE_HEAD.search(text, 0, s):
        return None
    m = _HEADS.match(text, e)
    return m.end() if m and not _CONTACT.match(text, m.end()) else None


def part_label(piece: str, thread: bool) -> bool:
    """Whether the words only number a part of the brief ("Slide 3", "Bagian 2"; "1/3 Utas" in a thread)."""
    return (_PART if thread else _NAMED_ONLY).fullmatch(piece.strip(" -*•·>–—📍\t")) is not None


_PART_LEAD = regrouped(rf"(?i)(?:{_NAMED_PART}|{_THREAD_PART})(?:\s*[:.)\-–—]\s*|\s+)(?=\w)")


def without_part_label(value: str) -> str:
    """The words after a thread's part number that opens them ("2/3 bersihin makam …" → "bersihin makam …"); ask
    only of a brief that numbers_itself."""
    m = _PART_LEAD.match(value)
    return value[m.end():] if m else value
