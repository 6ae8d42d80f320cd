"""A cooperative, a village-owned enterprise (BUMDes) or a pesantren's business unit that sells or makes goods is the
trade of what it sells ("Koperasi Wanita … jual keripik singkong" is a snack seller, "unit usaha pesantren …
produksi sabun" a shop): its legal form names who owns it, not what the customers get. The form keeps the business
"other" where the brief says no goods of its own, where the unit lends and saves (koperasi simpan pinjam), and where
its members grow, raise or catch what it sells (a farmers' or fishermen's cooperative is a farm, the card's `other`).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import fast

# The forms of ownership: a cooperative, a village enterprise, a pesantren's cooperative or business unit.
_UNIT = fast(r"\b(?:koperasi|kopontren|bumdes|bum\s+desa|badan\s+usaha\s+milik\s+desa|unit\s+usaha|cooperative|"
             r"co-?op)\b")
# Selling or making goods.
_TRADES = fast(r"\b(?:jual|jualan|menjual|dijual|berjualan|produksi|memproduksi|diproduksi|mengolah|olahan|membuat|"
               r"bikin|sell|sells|selling|produce|produces|producing|make|makes|making|weave|weaves|menenun|menganyam|"
               r"order|pesan|reseller)\b")
# A unit that lends and saves, or whose members grow, raise or catch what it sells: the form is what it is.
_NOT_GOODS = fast(r"\b(?:simpan\s+pinjam|ksp|kopdit|pinjaman|pinjam|kredit|simpanan|tabungan|pembiayaan|savings?|"
                  r"loans?|credit|bmt|petani|tani|farmers?|farming|farms?|nelayan|fishermen|fishers?|peternak\w*|"
                  r"pekebun|kebun|panen|harvest\w*|budidaya|beekeepers?|growers?|we\s+grow|we\s+raise|we\s+catch|"
                  r"air\s+bersih|wisata|simpan)\b")
# The words of the form (and of the pesantren that owns a unit): their hits are demoted when the unit trades goods.
FORM_WORDS = frozenset("koperasi kopontren bumdes bum badan unit cooperative coop co-op pesantren ponpes pondok santri "
                       "desa".split())
FORM_LABELS = frozenset({"non-profit", "religious", "government"})
FORM_WEIGHT = 0.15


def trading_unit(lower: str) -> bool:
    """Whether the brief's business is a cooperative, BUMDes or pesantren unit that sells or makes goods (not a
    lender, not a farm)."""
    return bool(_UNIT.search(lower) and _TRADES.search(lower) and not _NOT_GOODS.search(lower))


def is_form_hit(matched: str, industry: str) -> bool:
    """A keyword hit that names the unit's form of ownership ("koperasi wanita", "pesantren", "desa")."""
    return industry in FORM_LABELS and not FORM_WORDS.isdisjoint(matched.split())
