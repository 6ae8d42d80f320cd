"""Goods a discount or a voucher may be spent on: "potongan Rp 100.000 utk pembelian kasur busa, bantal latex, atau
sprei katun berikutnya", "10% off for your next facial or massage", "berlaku untuk pembelian sepatu & sandal". A reply
to a complaint or a promo often names what is sold only there: the list after the purchase's word is the goods."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .offer_words import MASK

# the purchase's word, then the list up to the sentence's end
_SPENT_ON = regrouped(r"\b(?:(?:berlaku\s+)?(?:untuk|utk|buat|bagi)\s+(?:pembelian|pembelanjaan|belanja|pemesanan|order)|"
                      r"(?:valid\s+)?(?:for|on)\s+(?:your\s+next|(?:the\s+)?purchase\s+of|any|every)|"
                      r"(?:next\s+time|lain\s+kali)\s*:)\s+((?:(?!\s[-–—]\s)[^.!?;:\n\x00]){3,160})")
_SPLIT = re.compile(r"\s*(?:,|&|\+|/|\batau\b|\bdan\b|\bor\b|\band\b|\bmaupun\b)\s*")
_LEAD = regrouped(r"^(?:a|an|the|one|your|produk|product|item|jasa|layanan)\s+")
_TAIL = regrouped(r"\s+(?:berikutnya|selanjutnya|lagi|next|kami|kita|ours?|with\s+us|di\s+toko\s+kami)$")
# a list of no goods: "semua produk", "any service", "minimal 500rb"
_NOT_GOODS = frozenset("""
semua seluruh all any every apa apapun anything everything minimal min minimum di at ke to dengan with produk product
products item items barang menu layanan service services jasa transaksi order pesanan
""".split())


def spent_on(lower: str, text: str) -> list[str]:
    """The goods each list after a purchase's word names, two or more of them (one alone may be anything)."""
    out: list[str] = []
    for m in _SPENT_ON.finditer(lower):
        said = text[m.start(1):m.end(1)].split(MASK)[0]  # up to a name or a fact masked out
        pieces = [_TAIL.sub("", _LEAD.sub("", p.strip())) for p in _SPLIT.split(said)]
        pieces = [p for p in pieces if p]
        if len(pieces) < 2 or any(len(p.split()) > 4 or not p[0].isalpha() or p.split()[0] in _NOT_GOODS
                                  or any(c.isdigit() for c in p) for p in pieces):
            continue
        out += [p for p in pieces if p not in out]
    return out

