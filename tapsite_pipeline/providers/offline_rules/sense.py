"""Does a text describe a business at all? Refuses keyboard mashing and small talk before any page is made.

Two signals, both from the lexicons the parser already uses: the share of words any lexicon knows
(Indonesian/English function words, the regional words owners mix in, trade words, business keywords, the role lexicon, places, colours),
and whether anything says what is sold or done (a business keyword, an offer verb, a business noun).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped

from . import classify
from .brand_words import _GENERIC
from .colors import is_color
from .lexicon import KEYWORDS
from .places import PLACES
from .regional import REGIONAL_WORDS
from .roles import known_word
from .text import EN_WORDS, ID_TRADE_WORDS, ID_WORDS, clean

_WORD = regrouped(r"[a-z]+(?:'[a-z]+)?")
_KEYWORD_WORDS = frozenset(w for k in KEYWORDS for w in k.split())
_PLACE_WORDS = frozenset(w for p in PLACES for w in p.split())
# Words that on their own say there is something to sell or a service to book.
_BUSINESS_CUES = regrouped(
    r"\b(?:toko|usaha|usahaku|usahanya|bisnis|jual|jualan|jualin|menjual|berjualan|dagang|jasa|layanan|melayani|"
    r"menyediakan|sedia|produk|produksi|pesanan|orderan|olshop|brand|merek|merk|perusahaan|kantor|studio|warung|"
    r"kedai|lapak|kios|outlet|cabang|pelanggan|klien|harga|tarif|sewa|rental|kursus|les|kelas|terima|menerima|"
    r"shop|store|business|company|firm|brand|sell|sells|selling|sold|offer|offers|offering|provide|provides|"
    r"service|services|serving|customers|clients|order|orders|booking|price|prices|rent|rental|class|classes|"
    r"course|courses|we\s+make|i\s+make|we\s+run|i\s+run|agency|startup|app|website|yayasan|komunitas|masjid|"
    r"gereja|koperasi|community|foundation|event|acara|festival|organizer)\b")
# A price, a phone number or an email: nobody writes those in small talk.
_TRADE_MARKS = regrouped(r"\brp\.?\s*\d|\b\d+\s*(?:rb|ribu|jt|juta|k)\b|(?:\+?62|\b0)8\d[\d\s.-]{6,}|"
                         r"\b[\w.+-]+@[\w-]+\.\w+|\b(?:idr|usd)\s*\d", re.I)
MIN_KNOWN_SHARE = 0.34
# A question to us ("berapa harga bikin website?", "can you tell me a joke") is not a description, unless the
# owner also says what they have or do.
_QUESTION = regrouped(r"\?\s*$|^\s*(?:berapa|apa|apakah|gimana|bagaimana|bisakah|bisa\s+gak|kapan|dimana|di\s+mana|"
                      r"siapa|kenapa|mengapa|how|what|what's|whats|where|when|why|who|can\s+you|could\s+you|"
                      r"would\s+you|do\s+you|is\s+it|are\s+you)\b", re.I)
_SELF = regrouped(r"\b(?:saya|sy|aku|gw|gue|kami|kita|usaha|toko|bisnis|brand|namanya|nama\s+\w+nya|we|we're|our|"
                  r"my|i'm|i\s+(?:run|own|sell|make|have)|jual|jualan|menjual|melayani|menyediakan|terima)\b", re.I)


@lru_cache(maxsize=16384)  # pure per word; most words recur from brief to brief
def _known(w: str) -> bool:
    return (w in ID_WORDS or w in EN_WORDS or w in ID_TRADE_WORDS or w in _KEYWORD_WORDS or w in _PLACE_WORDS
            or w in _GENERIC or w in REGIONAL_WORDS or known_word(w) or is_color(w) or classify._lookup_key(w) is not None)


def in_vocabulary(w: str) -> bool:
    """Does any lexicon of the parser know this lower-case word?"""
    return _known(w)


def _keywords_say_business(lower: str) -> bool:
    types, _, _ = classify.score(lower)
    return bool(types) and max(types.values()) >= 1.5


def business_check(text: str) -> str | None:
    """None when the text reads as a description of a business; otherwise why it does not."""
    lower = clean(text).lower()
    words = _WORD.findall(lower)
    if not words:
        return "it has no words"
    known = sum(1 for w in words if _known(w))
    share = known / len(words)
    # the cheap signals first: most briefs name a trade word, and then the keyword scores need not be read
    signal = (bool(_BUSINESS_CUES.search(lower)) or (len(words) >= 6 and bool(_TRADE_MARKS.search(text)))
              or _keywords_say_business(lower))
    if not signal:
        return "it does not say what the business sells or does"
    if _QUESTION.search(text) and not _SELF.search(lower):
        return "it asks a question instead of describing a business"
    if share < MIN_KNOWN_SHARE:
        return "most of its words are not words of a business description"
    return None
