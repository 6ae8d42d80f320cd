"""The plain kind of goods sold beside its flavours: "abon sapi original, abon sapi pedas", "kue keranjang original
1 kg 70rb, kue keranjang pandan 80rb". There "original" is the kind (the unflavoured one), not a claim that the goods
are genuine ("madu hutan original" alone is honey, offer_collector._CERTIFIED): the card keeps the word."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

_PLAIN = regrouped(r"\s+(?:original|ori)$")
# words that may follow the goods' name without naming another kind of them (a claim or a certificate neither:
# "skincare BPOM resmi dan original")
_NO_KIND = frozenset("""original ori asli bpom halal sni iso pirt p-irt mui kemenag resmi bergaransi berstandar terdaftar
ber-bpom ber-sni dan atau serta and or yang juga jg aja saja di ke dari dr untuk utk buat per isi
harga mulai cuma hanya ready ada bisa bs sudah udah with for from only the kami""".split())


def plain_of_kinds(item: str, bare: str, lower: str) -> bool:
    """Is `item` ("abon sapi original") the plain kind of `bare` ("abon sapi"), which the brief also names with
    another kind's word after it ("abon sapi pedas")?"""
    if not _PLAIN.search(item) or not bare:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(bare)}\s+([a-z][\w-]*)", lower):
        if m.group(1) not in _NO_KIND and len(m.group(1)) >= 3:
            return True
    return False
