"""What the owner says of the goods beside naming them: the motif they carry ("Dayak Ngaju motifs", "motif
Jlamprang") and what a company buys them as ("custom batik for corporate gifts"). Each is a note in the owner's words
(read by facts.py); the clause it sits in stays the notes reader's."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

# The motif or pattern the goods carry, named for a people, a place or a tradition: "Dayak Ngaju motifs", "traditional
# Rote motifs", "motif Jlamprang", "corak khas Toraja", "motif Parang Rusak". A fact of what the goods are like, said
# inside the clause that names them; only a capitalised name is read ("motif custom", "motif apa aja" are no fact).
_MOTIF_NAME = r"(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){0,2}"
MOTIF = fast(
    rf"\b(?:(?:traditional|classic|ethnic)\s+)?{_MOTIF_NAME}\s+(?:motifs?|patterns?|ornaments?)\b|"
    # (written in lower case: "Motif Ruai is a clothing label" opens with a name)
    rf"\b(?-i:motif|corak|ragam\s+hias)\s+(?:(?:khas|asli|tradisional|adat)\s+)?{_MOTIF_NAME}", re.I)
# What the goods are bought as, for a company: "custom batik for corporate gifts", "tumbler untuk souvenir kantor",
# "kue kering untuk hampers perusahaan". Said with the goods it is said of (the words before it in its clause).
GIFT_USE = fast(r"\b(?:for\s+corporate\s+(?:gifts?|gifting|events?|hampers?|souvenirs?|merchandise|merch)|"
                r"untuk\s+(?:hampers|souvenir|suvenir|kado|hadiah|acara|merchandise|merch)\s+"
                r"(?:kantor|perusahaan|korporat|corporate))\b", re.I)
_GIFT_USE_LEAD = regrouped(r"(?i)^(?:.*\b(?:and|dan|or|atau|serta|also|juga|we|kami|saya|i|make|makes|made|sell|sells|"
                           r"jual|menjual|bikin|membuat|produksi|offer|offers|provide|terima|menerima)\b|.*&)\s*")


def said_of(text: str, m: re.Match) -> int:
    """Where the goods a use is said of begin: up to three words before it in its clause, after the last word that
    joins or opens the clause ("we make scarves and custom batik for corporate gifts" → "custom batik")."""
    clause = max(text.rfind(c, 0, m.start()) for c in ",.;:!?()\n") + 1
    words = text[clause:m.start()].split()[-3:]
    lead = " ".join(words)
    kept = _GIFT_USE_LEAD.sub("", lead)
    return m.start() - len(kept) - 1 if kept else m.start()
