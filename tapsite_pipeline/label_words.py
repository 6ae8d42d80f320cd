"""What a short label opening a line of the owner's list may be followed by, or say, for it to read whole on its own
("Samples on request: sales@…" tells what to write for; "Gratis ongkir: Sleman, Bantul" says a fact itself). The
generator keeps such a label as a note (providers/offline_rules/line_labels.py); the facts check does not call it a
scrap (evals/fidelity/scraps.py). Each compiles the pattern text its own way; the vocabulary is one."""

from __future__ import annotations

# a way to reach the owner, right after the label's colon
CONTACT_PATTERN = r"(?:[\w.+-]+@[\w-]+\.|@\w|\+?\d[\d\s.-]{7,}\d|https?://|www\.|wa\b|whatsapp\b|ig\b|dm\b)"
# the words of a label that says a fact itself
FACT_LABEL_PATTERN = (r"\b(?:gratis|free|diskon|disc|discount|promo|potongan|cashback|bonus|ongkir|antar|delivery|kirim|"
                      r"buka|open|tutup|closed|libur|garansi|warranty|min|minimal|minimum|max|maks|maksimal|only|hanya|"
                      r"cuma|sejak|since|halal|no|tanpa|without|bisa|can)\b")
# only bullets, emoji, numbering and spaces between a line's start and its label (the line's start given by the reader)
LINE_HEAD_REST = r"[^\w\n]*(?:\d{1,2}[.)]\s*)?$"
# how far back a line's start is looked for before a label
LINE_HEAD_WINDOW = 80
