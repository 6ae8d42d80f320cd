"""Software sold as a ready product by subscription, not built to order.

A business that sells the use of its own app ("plans from 250k/month, 14-day free trial", "5rb/siswa/tahun, gratis 2
bulan pertama", "IDR 1.2M per month per port") is a software product, a niche of its own that the card files under
`other` (SaaS apps); a web or app developer who builds to order is `webdev`. Hosting and servers rented by the month
stay webdev (niche.py), and a brief that says it builds to order ("jasa pembuatan", "custom", "software house") is
a developer whatever its terms.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

_PERIOD = r"(?:bulan|bln|tahun|thn|th|month|mo|year|yr|annum)"
_SEAT = (r"(?:siswa|murid|user|users|pengguna|akun|account|seat|seats|outlet|outlets|cabang|branch|branches|"
         r"sekolah|school|port|ports|device|devices|perangkat|kasir|store|stores|toko|klinik|clinic|clinics|desa|"
         r"pasien|patient|karyawan|employee|employees|staff)")
_PER = r"(?:/\s*|per\s+|tiap\s+)"

# How a product's use is sold: a free trial, plans, a subscription, or a price per user (per outlet, per school …) per
# month or year.
_SUBSCRIBED = regrouped(
    r"\b(?:free\s+trial|\d+[\s-]*(?:day|days|hari|month|months|bulan)\s+(?:free\s+)?trial|trial\s+(?:gratis|free)|"
    r"(?:gratis|free)\s+(?:uji\s+coba|trial|coba)|(?:uji\s+)?coba\s+gratis|"
    r"(?:gratis|free)\s+(?:\d+|satu|dua|tiga|one|two|three)\s+(?:hari|bulan|days|months)\s+(?:pertama|first)|"
    r"(?:first|pertama)\s+(?:\d+\s+)?(?:month|months|bulan)\s+(?:free|gratis)|"
    r"plans?\s+(?:from|start(?:ing)?\s+(?:at|from))|paket\s+langganan|berlangganan|subscriptions?|"
    rf"{_PER}{_SEAT}\s*{_PER}{_PERIOD}|{_PER}{_PERIOD}\s*{_PER}{_SEAT})\b")

# Said of building to order, or of hosting: a developer's or a host's terms, not a product's.
_BUILT_TO_ORDER = regrouped(
    r"\b(?:jasa\s+(?:pembuatan|bikin|buat)|pembuatan\s+(?:web|website|aplikasi|app|sistem|software)|custom|kustom|"
    r"sesuai\s+kebutuhan|to\s+order|tailor[\s-]made|bespoke|software\s+house|freelancer?|agency|agensi|"
    r"hosting|vps|domain|landing\s+page|websites?|web\s+developer|maintenance)\b")


def sold_as_product(lower: str) -> bool:
    """The brief sells the use of its own software (a trial, plans, per-user fees), and says nothing of building to
    order or of hosting."""
    return bool(_SUBSCRIBED.search(lower)) and not _BUILT_TO_ORDER.search(lower)


def product_or(niche: str, btype: str, lower: str) -> str:
    """A technology business's web-development niche, or `other` when what it sells is its own app by subscription."""
    if btype == "technology" and niche == "webdev" and sold_as_product(lower):
        return "other"
    return niche
