"""Where the name stands when the brief's form hides it (read by brand.extract_brand): the owner introducing the
business with "Kami" ("Ahlan! Kami Kursus Bahasa Arab Bait Dhad di Bangil"), a coined product name the owner tells the
reader to use or download ("Pakai GiliranKita, aplikasi catat arisan …"), a board's or flyer's first line in capitals
("STUDIO FOTO LAMAKNEN ATAMBUA" over its price list). What such a form holds that is no name is brand_forms.py's.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .brand_runs import trade_heading
from .brand_words import _HONOR_SET, STOP
from .name_reader import take_name
from .roles import VERB

# "Ahlan! Kami Kursus Bahasa Arab Bait Dhad di Bangil": "Kami" opening a sentence, then a capitalised name (no verb:
# "Kami Melayani …", "Kami Juga …" go on to what the business does).
_KAMI = regrouped(r"(?:^|(?<=[.!?,;:\n])|(?<=[.!?,;:]\s))[ \t]*(?i:kami)(?:\s+(?i:adalah|ialah))?\s+(?=[A-Z])")
_NOT_INTRO = frozenset("""
melayani menerima menyediakan menjual jual hadir siap buka juga ada bisa sudah telah sedang akan ingin mau
mengundang mengajak memberikan memberi membuka menawarkan mohon sangat selalu tidak bukan percaya berharap
""".split())
# "Pakai GiliranKita, aplikasi catat arisan …", "Download Antriin di Play Store", "Try KasirKu, the POS app …":
# a coined word (CamelCase, or a domain-like ".id") the reader is told to use, described as what it is.
_USE_COINED = regrouped(r"(?i:\b(?:pakai|pake|gunakan|gunain|coba|cobain|use|try|(download|unduh|install|get)))\s+"
                        r"([A-Z][a-z]+[A-Z][A-Za-z]*|[A-Za-z]+\.(?:id|app|io|co))\b"
                        r"(\s*[,—–-]\s*(?i:(?:sebuah|an?|the|satu)\s+)?(?:[\w-]+\s+){0,2}?(?i:aplikasi|app|apps|platform|sistem|system|"
                        r"software|website|situs|web|layanan|tool)\b)?")


# A first line (or sentence) of two to six words in capitals, the brief going on in another case after it.
_CAPS_FIRST = regrouped(r"[ \t]*((?:[A-Z0-9&][\w&'-]*[ \t]+){1,5}[A-Z0-9&][\w&'-]*)[ \t]*(?:\n|[.!]\s)")


def form_names(text: str, cased: bool) -> list[tuple[int, tuple[str, int, int]]]:
    """Names the brief's form sets out, with the priority each is read at."""
    out: list[tuple[int, tuple[str, int, int]]] = []
    if not cased:
        return out
    for m in _USE_COINED.finditer(text):
        if m.group(1) or m.group(3):  # downloaded, or described by an apposition
            out.append((3, (m.group(2), m.start(2), m.end(2))))
    return out
