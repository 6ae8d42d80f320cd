"""Where the name stands when the brief's form hides it (read by brand.extract_brand): a coined product name the owner
tells the reader to use or download ("Pakai GiliranKita, aplikasi catat arisan …"), the business a letter's writer
signs for ("Kind regards, Wulan - Saji Rasa Catering") and the one a reply thanks the customer for choosing ("Thanks
for writing to Licin Crew Batam"). What such a form holds that is no
name is brand_forms.py's. ("Kami <Name>" and a board's first line in capitals as the name each lowered a held-out batch
at the gate and are left to the readers that were there.)
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# "Pakai GiliranKita, aplikasi catat arisan …", "Download Antriin di Play Store", "Try KasirKu, the POS app …":
# a coined word (CamelCase, or a domain-like ".id") the reader is told to use, described as what it is.
_USE_COINED = regrouped(r"(?i:\b(?:pakai|pake|gunakan|gunain|coba|cobain|use|try|(download|unduh|install|get)))\s+"
                        r"([A-Z][a-z]+[A-Z][A-Za-z]*|[A-Za-z]+\.(?:id|app|io|co))\b"
                        r"(\s*[,—–-]\s*(?i:(?:sebuah|an?|the|satu)\s+)?(?:[\w-]+\s+){0,2}?(?i:aplikasi|app|apps|platform|sistem|system|"
                        r"software|website|situs|web|layanan|tool)\b)?")

# A letter's or an e-mail's sign-off: the closing, the writer, then the business they write for ("Kind regards,
# Wulan - Saji Rasa Catering", "Salam, Bu Ratna | Katering Dahlia").
_SIGNED = regrouped(r"(?i:(?:kind|best|warm|warmest)\s+regards|regards|cheers|sincerely|salam\s+hangat|hormat\s+(?:kami|saya)|"
                    r"salam)[,.]?\s+(?:(?:Bu|Pak|Ibu|Bapak|Mr|Mrs|Ms|Kak|Mbak|Mas)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                    r"\s*[-–—|,]\s*((?:[A-Z][\w&'-]*[ \t]+){0,4}[A-Z][\w&'-]*)")
# A thanks for the customer's choice, the business named as what was chosen or written to ("Thanks for writing to
# Licin Crew Batam", "Thank you for considering Rinjani Vows", "terima kasih sudah memilih Laundry Wangi").
_CHOSEN = regrouped(r"(?i:\bfor\s+(?:writing\s+to|contacting|choosing|considering|trusting|reaching\s+out\s+to)|"
                    r"\b(?:sudah|telah|udah)\s+(?:memilih|menghubungi|mempercayakan\s+\w+\s+(?:kepada|ke|pada)))\s+"
                    r"((?:[A-Z][\w&'-]*[ \t]+){0,4}[A-Z][\w&'-]*)")


def form_names(text: str, cased: bool) -> list[tuple[int, tuple[str, int, int]]]:
    """Names the brief's form sets out, with the priority each is read at."""
    out: list[tuple[int, tuple[str, int, int]]] = []
    if not cased:
        return out
    for pattern in (_SIGNED, _CHOSEN):
        out += [(3, (m.group(1), m.start(1), m.end(1))) for m in pattern.finditer(text)]
    for m in _USE_COINED.finditer(text):
        if m.group(1) or m.group(3):  # downloaded, or described by an apposition
            out.append((3, (m.group(2), m.start(2), m.end(2))))
    return out
