"""Terms an owner says in passing, often in a voice note with no punctuation, that no price or package reader
holds: where the work can be done ("lokasi bisa di Pantai X atau Kawah Y"), what costs extra, with what it is for
("kalau ke kawah tambah biaya tiket sama guide", "extra charge for travel outside town"), how much a thing holds
or carries ("sound system up to 5,000 watt", "tenda sampai 300 orang"), and what a price buys, said in brackets
right after it ("paket A 1,2jt (1 hlm + domain)"). Each is said in the owner's words; what it is about stays the
offerings' to read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import fast, regrouped

from .package_contents import AMOUNT
from .price_subject import price_subject

# What costs extra: the cue, then one to four words of what it is for, joined by "sama"/"dan"/"and"/"&"/",".
# It ends at a particle or a contact word of a run-on ("… sama guide ya wa saya …"), a number (a price is the price
# reader's: "tambah biaya transport 50rb") or the clause's end.
_EXTRA_CUE = (r"(?:(?:ada\s+)?(?:tambah(?:an)?|nambah)\s+(?:biaya|ongkos)|(?:ada\s+)?biaya\s+tambahan(?:\s+(?:untuk|utk|buat))?|"
              r"(?:extra|additional)\s+(?:charges?|fees?|costs?)\s+(?:for|on)|(?:\+|plus)\s*biaya)")
_EXTRA_STOP = (r"(?:ya|yaa|yah|ok|oke|kak|kakak|gan|sis|mas|mbak|bro|wa|whatsapp|dm|ig|hubungi|call|contact|telp|hp|"
               r"dan|and|sama|sm|serta|&|or|atau|di|ke|to|at|in|dari|from|untuk|utk|buat|for|per|yg|yang|juga|jg|"
               r"kalau|kalo|klo|if|terus|trus|lalu|then|tapi|but)\b")
_EXTRA_WORD = rf"(?!{_EXTRA_STOP})[a-z][\w'-]*"
_EXTRA = regrouped(rf"\b{_EXTRA_CUE}\s+({_EXTRA_WORD}(?:\s+{_EXTRA_WORD})?(?:\s*(?:,|&|\bsama\b|\bsm\b|\bdan\b|\band\b|"
                   rf"\bserta\b)\s*{_EXTRA_WORD}(?:\s+{_EXTRA_WORD})?){{0,2}})(?!\s*(?:rp\.?\s*)?\d)")
# The condition it is said under, right before it: "kalau ke Ijen", "if outside Denpasar" (up to three words).
_EXTRA_IF = regrouped(r"\b(?:kalau|kalo|klo|kl|if|for|untuk|utk)\s+(?:[\w'-]+\s+){0,3}$")

# How much a thing holds: "up to"/"hingga"/"max" and a number with a unit of power, people, weight or data.
CAPACITY = regrouped(
    r"\b(?:(?:for|untuk|utk|buat|with|dengan|dgn)\s+)?(?:up\s+to|hingga|sampai|sampe|maks(?:imal)?\.?|max(?:imum)?\.?)\s+\d[\d.,]*\s*"
    r"(?:watts?|w|kva|kw|pax|orang|org|people|persons?|guests?|tamu|peserta|seats?|kursi|kg|ton|liters?|litres?|gb|tb|"
    r"mbps)\b"
    # and how it is counted or held, said right after: "max 6 org via zoom", "up to 20 pax per trip"
    r"(?:\s+(?:per|via|each|tiap|setiap|lewat)\s+[a-z][\w'-]*)?")
# The thing measured: the one to three words right before, back to a clause's start or a joining word.
_THING_BEFORE = regrouped(r"(?:^|[,.;:!?()\n]|\b(?:and|dan|serta|&|with|dengan|dgn|do|does|offer|offers|sewa|rent|jual)\b)"
                          r"\s*((?:[a-z][\w'-]*\s+){1,3})$")
_SEPARATED = regrouped(r"\d[.,]\d")
_WORD = regrouped(r"[a-z][\w'-]*")
_EXTRA_CUE_WORD = fast(r"biaya|ongkos|extra|additional")
CAPACITY_CUE = regrouped(r"up\s+to|hingga|samp|maks|max")
_NOT_A_THING = frozenset("we i they he she it you kami saya sy aku is are was be bisa can a an the our your out".split())


# What a price buys, in brackets right after it: a list of things, counted ("(3 sesi, 1 modul)", "(2 jam & 30 foto)") or
# joined by "+" ("(kamar + sarapan)"); a bracket of terms ("(nego)", "(DP 50%, sisa H-1)") or a length alone ("(12
# weeks)") is none.
_BOUGHT = regrouped(rf"{AMOUNT}\s*\(((?=\d|[^()\n]*\+)(?=[^()\n]*(?:\+|,|&|\b(?:dan|and|sama|plus)\b))[^()\n]{{3,60}})\)")


# Where the work can be done, as a choice of places: "lokasi prewed bisa di Pantai Pulau Merah atau Kawah Ijen",
# "location can be at the beach or the studio" (up to four words a place, to the next clause word of a run-on).
_VENUE_STOP = r"(?:tapi|tp|but|kalau|kalo|klo|if|ya|yaa|wa|dm|ig|terus|trus|lalu|then|harga|paket|package|mulai|from|nama|saya)\b"
_VENUE_WORD = rf"(?!{_VENUE_STOP})[a-z][\w'-]*"
_VENUE_PLACE = rf"{_VENUE_WORD}(?:\s+{_VENUE_WORD}){{0,3}}"
_VENUE = regrouped(rf"\b(?:lokasi|location|spot|venue)(?:\s+[a-z][\w'-]*)?\s+(?:bisa|can\s+be)\s+(?:di|at|in)\s+"
                   rf"{_VENUE_PLACE}(?:\s*(?:,|/|\batau\b|\bor\b)\s*{_VENUE_PLACE})+")


def said_terms(text: str, lower: str) -> Iterator[tuple[str, re.Match, str, int, str]]:
    """(kind, match, value, start of what is masked, subject) for each extra cost, each capacity and each bracket of
    what a price buys that the brief says."""
    whole = re.compile(r"[\s\S]+")
    for m in (_EXTRA.finditer(lower) if _EXTRA_CUE_WORD.search(lower) else ()):
        start = cond.start() if (cond := _EXTRA_IF.search(lower, max(0, m.start() - 40), m.start())) else m.start()
        if "  " in text[start:m.start()]:  # the condition named the business, blanked out of the text: the cost alone
            start = m.start()
        end = m.end(1)
        yield "note", whole.match(text, start, end) or m, text[start:end], start, ""
    for m in (_VENUE.finditer(lower) if "bisa" in lower or "can be" in lower else ()):
        yield "note", whole.match(text, m.start(), m.end()) or m, text[m.start():m.end()], m.start(), ""
    for m in (_BOUGHT.finditer(lower) if "(" in lower else ()):
        yield "package", whole.match(text, m.start(1), m.end(1)) or m, text[m.start(1):m.end(1)], m.start(1), \
            price_subject(lower, m.start())
    for m in (CAPACITY.finditer(lower) if CAPACITY_CUE.search(lower) else ()):
        thing = _THING_BEFORE.search(lower, max(0, m.start() - 50), m.start())
        words = [(w.start(), w.group(0)) for w in _WORD.finditer(lower, thing.start(1), m.start())] if thing else []
        while words and words[0][1] in _NOT_A_THING:  # "we rent out a PA system up to 2000 watt": the thing, no talk
            words.pop(0)
        if not words or any(w in _NOT_A_THING for _, w in words):
            continue
        # (masked only when its number is written with a separator, "5,000": the list reader cuts at that comma; a
        # plain count, "max 3 org", "for up to 120 pax", the offering reader trims from its item itself)
        masked = m.start() if _SEPARATED.search(lower, m.start(), m.end()) else m.end()
        yield "note", whole.match(text, words[0][0], m.end()) or m, text[words[0][0]:m.end()], masked, ""
