"""A service the owner rules out, promised by the page: "gak ada delivery, makan di tempat aja" on a page that
says "Pesanan bisa diantar ke alamatmu"; "walk-in only, no reservations" on a page with a booking form.

Read from the brief by its own words (independent of the generator's parser, like the rest of the scorers):
a service word with a negation just before it ("tidak melayani pesan antar", "we don't deliver", "tanpa
reservasi") or just after it ("delivery belum ada", "booking not available"). A negation limited to a place
("tidak kirim ke luar kota", "no delivery outside Ubud") rules nothing out, and neither does a fee ruled out
("gratis ongkir" is free delivery) or a condition of the price ("no booking no fee").
"""

from __future__ import annotations

import re

from .brief import BriefInfo
from .page import Page
from .text import clip

_NOT = (r"(?:gk|gak|ga|g|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak|belum|blm|bukan|no|without|tanpa|"
        r"don'?t|do\s+not|doesn'?t|does\s+not|can'?t|cannot|won'?t)")
_LEAD = (r"(?:\s+(?:usah|perlu|pake|pakai|ada|melayani|layani|menerima|terima|nerima|bisa|bs|sedia|menyediakan|"
         r"nyediain|need|offer|provide|do|take|accept|any))?(?:\s+(?:jasa|layanan|fitur|an?))?")
_AFTER = (r"\s*(?:(?:is|are)\s+)?(?:not\s+(?:available|offered|provided|possible)|unavailable|"
          r"(?:gk|gak|ga|nggak|tidak|tdk|belum|blm)\s+(?:ada|tersedia|bisa|bs|melayani))\b")
_ELSEWHERE = r"\s*(?:(?:di|ke|untuk|utk|buat|area)\s+)?(?:luar|outside|beyond)\b"
# "no booking no fee", "no cure, no pay", "gak laku gak bayar": a condition of the price, nothing ruled out
_CONDITION = r"\s*,?\s*(?:no|gak|ga|tidak|nggak|tanpa)\s+\w+"

# service: (its words in a brief, what a page says when it promises it)
SERVICES: dict[str, tuple[str, str]] = {
    "delivery": (
        r"delivery|deliver|pesan\s+antar|antar|diantar|pengiriman|kirim|dikirim|shipping|ship",
        r"(?:bisa|dapat|kami|akan|langsung)\s+(?:di)?antar(?:kan)?|diantar(?:kan)?\s+ke|pesanan\s+diantar|"
        r"(?:di)?kirim(?:kan)?\s+ke\s+alamat|antar\s+ke\s+alamat|we\s+(?:can\s+|will\s+)?deliver|delivered\s+to|"
        r"delivery\s+to\s+your|free\s+delivery|home\s+delivery|layanan\s+antar|^diantar$|^delivery$",
    ),
    "booking": (
        r"booking|book|reservasi|reservation|reservations|reserve|appointment|appointments|janji\s+temu",
        r"book\s+(?:now|a\s+(?:table|slot|session)|your)|booking\s+(?:form|sekarang|online)|formulir\s+(?:booking|"
        r"reservasi)|reservasi\s+(?:sekarang|online|meja)|make\s+a\s+reservation|reserve\s+(?:a|your)\s|"
        r"buat\s+janji|pilih\s+jadwal",
    ),
}
_RULED = {name: (re.compile(rf"\b{_NOT}{_LEAD}\s+(?:{words})\b(?!{_ELSEWHERE}|{_CONDITION})", re.I),
                 re.compile(rf"\b(?:{words}){_AFTER}(?!{_ELSEWHERE})", re.I))
          for name, (words, _) in SERVICES.items()}
_PROMISE = {name: re.compile(rf"(?:\b|^)(?:{promise})(?:\b|$)", re.I | re.M) for name, (_, promise) in SERVICES.items()}


def ruled_out(brief_text: str) -> dict[str, str]:
    """The services the brief rules out, each with the owner's words."""
    out = {}
    for name, (before, after) in _RULED.items():
        m = before.search(brief_text) or after.search(brief_text)
        if m:
            out[name] = m.group(0).strip()
    return out


def promises_ruled_out(page: Page, brief: BriefInfo) -> list[str]:
    said = ruled_out(brief.text)
    if not said:
        return []
    lines = [b.text for b in page.blocks] + [f.label for form in page.forms for f in form.fields if f.label]
    out = []
    for name, words in said.items():
        hit = next((line for line in lines if _PROMISE[name].search(line)), None)
        if hit is not None:
            out.append(f'the page promises {name} the owner ruled out ("{words}"): "{clip(hit, 70)}"')
    return out
