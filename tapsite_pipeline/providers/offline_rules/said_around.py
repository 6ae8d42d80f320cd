"""What a brief says around its goods that reads like goods: whom it is said to, how many are left, a claim about most
of the work. None of it is a card.

- the addressee of a quotation or a letter, to the end of its line: "Kepada Yth. Panitia Natal Jemaat GPIB Immanuel
  Kupang", "Kpd Yth Ibu Ketua Arisan", "To: PT Sinar Abadi" (`addressee_spans`, masked out of the offerings);
- a host's or a seller's way of calling the customers: "Kakak2 yg baru masuk", "kak", "gaes", "bestie", "moms";
- how many are left: "kamar kosong 3 unit!", "sisa 2 slot", "tinggal 5 pcs", "only 3 rooms left";
- a claim about most or all of the work: "Most repairs done in 1 hour", "semua produk halal" ("most repairs");
- when the goods are had: "Malam ini sambal cakalang cuma 38rb", "today only", "this week's menu" (`addressee_spans`
  masks these words too: "malam ini sambal cakalang" is no item's name).
(`no_goods_said`, asked for each item like the other not-a-card tests.)"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

_ADDRESSEE = regrouped(r"(?:^|(?<=[.!?;\n]))\s*(?:kepada\s+yth\.?|kepada|kpd\.?\s+yth\.?|yth\.?|yang\s+terhormat|"
                       r"to\s*:)\s*(?P<who>[^.!?;\n:,]{3,80})")  # (a comma ends it: "Yth. calon siswa, LPK X membuka …")
# When: "malam ini", "hari ini", "today", "tonight", "this week('s)".
_WHEN = regrouped(r"\b(?:(?:malam|hari|pagi|siang|sore|minggu|bulan|pekan)\s+ini|today|tonight|"
                  r"this\s+(?:week|weekend|month))(?:'s)?\b")
_CALLED = regrouped(r"(?:kakak|kak|kk|kakak-kakak|kakak2|kak2|gaes|guys|gais|bestie|besties|sis|sist|gan|agan|"
                    r"moms|bunda2|teman2|temen2|teman-teman|temen-temen|dunsanak|sanak|lur|dulur|sob|sobat)")
_LEFT = regrouped(r"(?:(?:\w+\s+){0,2}(?:kosong|tersisa|sisa|tinggal|tersedia|left|available|remaining)\s+\d+\s*"
                  r"(?:unit|kamar|slot|pcs|seat|seats|kursi|room|rooms|spot|spots|bed|beds)?|"
                  r"(?:only\s+)?\d+\s+(?:unit|kamar|slot|slots|room|rooms|seat|seats|spot|spots)\s+(?:left|lagi|tersisa))")
_MOST = regrouped(r"(?:most|all|semua|every|kebanyakan|sebagian\s+besar)\s+[a-z]+")


def addressee_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of the addressee of a quotation or a letter and of the words that say when (the module's doc)."""
    spans = [m.span() for m in _WHEN.finditer(lower)] if " ini" in lower or "t" in lower else []
    if "yth" not in lower and "kepada" not in lower and "terhormat" not in lower and "to:" not in lower:
        return spans
    return spans + [m.span("who") for m in _ADDRESSEE.finditer(lower)]


def no_goods_said(item: str) -> bool:
    """Is the item whom the brief calls, how many are left, or a claim about most of the work (the module's doc)?"""
    return bool(_CALLED.fullmatch(item) or _LEFT.fullmatch(item) or _MOST.fullmatch(item))
