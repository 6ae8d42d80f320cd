"""Where the name stands when the brief's form hides it (read by brand.extract_brand): a coined product name the owner
tells the reader to use or download ("Pakai GiliranKita, aplikasi catat arisan …"). What such a form holds that is no
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


def form_names(text: str, cased: bool) -> list[tuple[int, tuple[str, int, int]]]:
    """Names the brief's form sets out, with the priority each is read at."""
    out: list[tuple[int, tuple[str, int, int]]] = []
    if not cased:
        return out
    for m in _USE_COINED.finditer(text):
        if m.group(1) or m.group(3):  # downloaded, or described by an apposition
            out.append((3, (m.group(2), m.start(2), m.end(2))))
    return out
