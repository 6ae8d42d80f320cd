"""A business that sells its own app by subscription ("Catat Kios is a cashier and stock app …, Pro IDR 49,000/month",
"aplikasi KasMasjid …, langganan 45rb/bulan", "Antre Aja app …: Starter IDR 99,000/month"): a software product, not a
studio that builds websites and apps for clients. Its niche is none of the trades' ("other"): the web-development
niche's copy ("custom websites for your business") would sell a service it does not offer.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import fast

# the product is an app: "aplikasi …", "… app", "apps" alone is a studio's work ("we build Android and iOS apps")
_APP = fast(r"\b(?:aplikasi|app)\b")
# it is paid for by the month or the year, as a subscription ("/month", "per bulan", "langganan", "Pro 25rb/bln")
_RECURRING = fast(r"(?:/|\bper\s+|\s+a\s+)(?:month|bulan|bln|mo|year|tahun|thn)\b|\b(?:langganan|subscription|"
                  r"subscribe)\b")
# ... unless it is built for the client: a studio's verbs of making to order
_BUILT_TO_ORDER = fast(r"\b(?:jasa\s+(?:pembuatan|bikin|buat)|pembuatan\s+(?:aplikasi|website|web)|we\s+build|"
                       r"i\s+build|custom\s+(?:apps?|software|website)|software\s+house|bikinin)\b")


def sold_app(lower: str) -> bool:
    """The brief sells an app of its own by subscription, and builds nothing to order."""
    return bool(_APP.search(lower) and _RECURRING.search(lower) and not _BUILT_TO_ORDER.search(lower))
