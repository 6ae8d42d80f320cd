"""What a package or a priced offering holds: the contents after a package's name and colon ("Paket Basic 350rb: 3
konsep logo, …"), counted contents, what a price is said with ("sewa 350k with helmet"), and inclusions said before
or after their cue ("…, mask, fins and lunch included"). Their spans are masked out of the offerings (`offerings`);
the package named before its contents is sold (`package_contents`, read by intent.py)."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .offer_words import (
    APPENDED_HOLDS_CUE,
    CONTENTS_CUE,
    CONTENTS_END,
    FACILITIES_CUE,
    FEATURE_CUE,
    FITTED_CUE,
    FITTED_UNIT,
    HAS_CUE,
    HOLDS_CUE,
    PRICED,
    PRODUCT_UNIT,
    RANGE_BEFORE,
)
from .offering_parts import sentence_start

# An amount of money as owners write it: "Rp 25.000", "IDR 150k", "25rb", "1,2jt".
AMOUNT = r"(?:\b(?:rp|idr|usd)\.?\s*\d[\d.,]*|\d[\d.,]*\s*(?:k|rb|ribu|jt|juta|million|mio)\b)"

# "aesan gede 1,2jt sm aksesoris", "sewa 350k with helmet": one or two words a price is said with, closing the clause,
# are what it buys besides the offering (a priced item after it, "kopi 15rb sama teh 5rb", is one more item).
_PRICE_WITH = regrouped(AMOUNT + r"(?:\s*/\s*[a-z]+)?\s+(?:sm|sama|ama|dgn|dengan|with)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?"
                        r"\s*(?=[,.;!?\n]|$)")
_WITH_WORD = regrouped(r"\s(?:sm|sama|ama|dgn|dengan|with)\s")


_PACKAGE_COLON = regrouped(r"\b(?:paket|package|bundle|combo)\b[^:.!?\n]{0,40}:\s*(?=[^.!?\n:]*\+)")


# A package named before what it holds: "Paket Basic 350rb: 3 konsep logo, 2x revisi, file PNG", "Gold package 2jt:
# 40 edited photos, 1 album", "paket 1 juta isi 12 feed, 4 reels". Its contents are counted ("3 konsep logo", "2x
# revisi") or the package carries a price: the package is the card, what it holds a fact beside it.
_PACKAGE_HEAD = regrouped(r"\b(?P<name>(?:paket|package|bundle|combo|hampers|hamper|parcel|parsel)(?:\s+(?!isi\b|berisi\b|dapat\b|dapet\b)[a-z0-9][\w'-]*){0,3}?|"
                          r"(?:[a-z][\w'-]*\s+){1,2}(?:package|bundle|combo))"
                          # a price in plain rupiah too: "Paket mitra Rp 12.500.000: mesin, banner"
                          r"(?P<price>\s+(?:mulai\s+|from\s+)?(?:(?:rp\.?\s*|idr\s*)\d[\d.,]*(?:\s*(?:k|rb|ribu|jt|juta|million))?|"
                          r"\d[\d.,]*\s*(?:k|rb|ribu|jt|juta|million))\b"
                          r"(?:\s*/\s*[a-z]+)?)?\s*(?::|\b(?:isi|isinya|berisi|dapat|dapet|dpt|you\s+get|gets?)\b)\s*")
_PRICE_AFTER = regrouped(r"[\s,]*(?:(?:harga|mulai|cuma|only|from)\s+)?(?:rp\.?|idr)\s*\d")
# A run-on without full stops goes on to the next item: "… dapet 40 foto sama album terus paket wedding 5 juta …"
_RUN_ON_NEXT = regrouped(r"\s(?:(?:terus|trus|lalu|kemudian|then|abis\s+itu|habis\s+itu)\s|(?=(?:paket|package)\s))")
# (a decimal comma is none of its joins: "prewedding outdoor 2,5jt" counts nothing)
_COUNTED_CONTENT = regrouped(r"(?:^|(?<!\d),|[&+]|\bdan\b|\band\b)\s*\d+\s*(?:x\s*)?[a-z]")


# The words that name a package, a gift hamper among them ("hampers parcel isi 4 toples + kurma 385rb").
_HELD_WORDS = ("paket", "package", "bundle", "combo", "hamper", "parcel", "parsel")


def _held_word(lower: str) -> bool:
    return any(w in lower for w in _HELD_WORDS)


def packages_held(lower: str) -> list[str]:
    """The packages named before what they hold ("paket basic", "gold package"): each one a card."""
    return [name for name, _ in package_contents(lower)]


def package_contents(lower: str) -> list[tuple[str, tuple[int, int]]]:
    """(package, span of what it holds) for each package named before its contents: "Paket Basic 350rb: 3 konsep logo,
    2x revisi" holds "3 konsep logo, 2x revisi". The contents are the card's description, not cards."""
    if not _held_word(lower):
        return []
    held = dict(_counted_contents(lower))
    return [(m.group("name"), (m.end(), held[m.end()])) for m in _PACKAGE_HEAD.finditer(lower) if m.end() in held]


def _counted_contents(lower: str) -> list[tuple[int, int]]:
    """The spans of what packages hold (see _PACKAGE_HEAD), to the end of the sentence or the next package."""
    spans = []
    for m in _PACKAGE_HEAD.finditer(lower):
        end = CONTENTS_END.search(lower, m.end())
        stop = end.start() if end else len(lower)
        nxt = _PACKAGE_HEAD.search(lower, m.end(), stop) or _RUN_ON_NEXT.search(lower, m.end(), stop)
        stop = nxt.start() if nxt else stop
        # the package's price said after what it holds ends the contents: "paket kapal selam isi 10 Rp 150.000"
        # holds "10" (the dot of "150.000" ends no sentence, and the amount is the package's, not held by it)
        price = _PRICE_AFTER.search(lower, m.end(), stop + 8)
        stop = price.start() if price and price.start() < stop else stop
        held = lower[m.end():stop]
        # goods named in brackets ("Paket A: 3 toples (nastar, kastengel)") are what is sold, by the package too
        if held.strip(" ,") and "(" not in held and (m.group("price") or _COUNTED_CONTENT.search(held)):
            spans.append((m.end(), stop))
    return spans


def contents_spans(lower: str) -> list[tuple[int, int]]:
    spans = _counted_contents(lower) if _held_word(lower) else []
    for m in _PRICE_WITH.finditer(lower):
        w = _WITH_WORD.search(lower, m.start(), m.end())
        if w:
            spans.append((w.start(), m.end()))
    if "+" in lower:  # "paket halal bihalal: tenda 4x6 + 50 kursi + MC 2,5jt": what the package holds, after its name
        for m in _PACKAGE_COLON.finditer(lower):
            end = CONTENTS_END.search(lower, m.end())
            spans.append((m.end(), end.start() if end else len(lower)))
    cues = [m for m in CONTENTS_CUE.finditer(lower)]
    for m in HOLDS_CUE.finditer(lower):
        # "Harga kanopi mulai Rp 375.000 per meter, termasuk …": the dot of a number ends no sentence
        if PRICED.search(lower, sentence_start(lower, m.start()), m.start()):  # "Rent is 200k and includes water"
            cues.append(m)
    if "termasuk" in lower or "including" in lower or "trmsk" in lower:
        cues += [m for m in APPENDED_HOLDS_CUE.finditer(lower)
                 if not RANGE_BEFORE.search(lower, sentence_start(lower, m.start()), m.start())]
    cues += FACILITIES_CUE.finditer(lower)
    for m in FITTED_CUE.finditer(lower):
        sentence = max(lower.rfind(c, 0, m.start()) for c in ".!?;\n")
        if FITTED_UNIT.search(lower, sentence + 1, m.start()):  # "kamar ukuran 3x4 udah ada kasur, lemari"
            cues.append(m)
    spans += _feature_spans(lower)
    for m in cues:
        end = CONTENTS_END.search(lower, m.end())
        spans.append((m.start(), _contents_stop(lower, m.end(), end.start() if end else len(lower))))
    if "incl" in lower or "termasuk" in lower or "trmsk" in lower:
        spans += _included_list(lower)
    if "incl" in lower:
        for m in _INCLUDED_AFTER.finditer(lower):  # "(10 hrs, fuel incl.)": what is included is said before the cue
            start = max(lower.rfind(c, 0, m.start()) for c in ",;:(\n") + 1
            if lower.rfind("(", 0, m.start()) > lower.rfind(")", 0, m.start()):  # inside the brackets of a price note
                spans.append((start, m.end()))
    return spans


_FEATURE_SLOT = regrouped(r"[^,&+/]+")


def _feature_spans(lower: str) -> list[tuple[int, int]]:
    """A made product's features: after "ada fitur …", "features: …", "ada" or "has", each only after a product unit in
    its sentence ("undangan kami dibikin custom, ada RSVP, musik"; a feature cue with no product named before it was
    wrong on another writer's brief), to the end of the clause; unless what follows is priced (then it lists what is
    sold: "aplikasi kasir ada paket bulanan 99rb, tahunan 900rb"). A slot the lexicon knows as a product sold on its
    own ("…, e-raport", a school system) stays an offering."""
    cues = []
    if PRODUCT_UNIT.search(lower):
        cues = [m for cue in (FEATURE_CUE, HAS_CUE) for m in cue.finditer(lower)
                if PRODUCT_UNIT.search(lower, sentence_start(lower, m.start()), m.start())]
    spans = []
    for m in cues:
        end = CONTENTS_END.search(lower, m.end())
        stop = end.start() if end else len(lower)
        if PRICED.search(lower, m.end(), stop):
            continue
        at = m.start()
        for slot in _FEATURE_SLOT.finditer(lower, m.end(), stop):
            if _product_of_its_own(slot.group().strip(" ")):
                spans.append((at, slot.start()))
                at = slot.end()
        spans.append((at, stop))
    return spans


def _product_of_its_own(slot: str) -> bool:
    from .keyword_hits import _keyword_hits  # the business lexicon (imported late: it imports the readers)
    hits = _keyword_hits(slot)
    return len(hits) == 1 and hits[0][2] == slot and hits[0][3][1] >= 3


# "paket premium 4jt + photobooth", "dikerjain 3 hari + video tutorial", "hosting 1 thn + desain": what is added
# after an amount or a time is what that price buys with the offering, to the end of the clause. An add-on said with
# its own amount ("+ telur 3rb") is left to be read as priced.
_ADDED_AFTER = regrouped(r"(?:" + AMOUNT + r"|\b\d+(?:\s*-\s*\d+)?\s*(?:hari|jam|menit|minggu|bulan|thn|tahun|days?|hours?|"
                         r"weeks?|months?|years?)\b)\s*(\+)\s*(?=[a-z])")
_AMOUNT_RE = regrouped(AMOUNT)


def _slot_comma(lower: str, start: int, stop: int) -> int:
    """The next comma between list slots (not the decimal comma of "1,5jt"), or -1."""
    at = lower.find(",", start, stop)
    while at > 0 and lower[at - 1].isdigit() and at + 1 < len(lower) and lower[at + 1].isdigit():
        at = lower.find(",", at + 1, stop)
    return at


def added_after(lower: str) -> list[tuple[int, int]]:
    spans = []
    for m in _ADDED_AFTER.finditer(lower):
        end = CONTENTS_END.search(lower, m.end())
        stop = end.start() if end else len(lower)
        # the list runs on to a slot with an amount of its own: the next item ("…, paket keluarga 500rb")
        comma = _slot_comma(lower, m.end(), stop)
        while comma >= 0:
            nxt = _slot_comma(lower, comma + 1, stop)
            if _AMOUNT_RE.search(lower, comma, nxt if nxt >= 0 else stop):
                stop = comma
                break
            comma = nxt
        if not _AMOUNT_RE.search(lower, m.end(), stop):
            spans.append((m.start(1), stop))
    return spans


# A comma slot after the contents that is an offering of its own: goods or a service named before their own price
# ("…, board rental 100k/day", "…, sewa alat 150rb/hari"; "min saldo 1jt" is a condition), or, when such a slot
# follows in the sentence, a slot naming a service, a trip or a rental ("…, surf trips to Medewi, …"). Without a
# priced slot after them, a trip or a rental in the list is still what the package holds ("include bus, hotel,
# boat trip to Samosir, and outbound games", "all in: panggung, sound, sewa toga").
_PRICEAMOUNT = r"(?:\b(?:rp|idr|usd)\.?\s?\d|\d[\d.,]*\s?(?:k|rb|ribu|jt|juta|million)(?![a-z]))"
_PRICED_SLOT = regrouped(r"^\s*(?:(?:dan|and|&)\s+)?(?!(?:min|minimal|minimum|max|maks|maksimal|mulai|from|start|"
                         r"starting|harga|price|dp|ongkir|biaya|fee|free|gratis|plus|extra|tambah|add)\b)"
                         r"[a-z][\w'/-]*(?:\s+[a-z][\w'/-]*){0,5}\s+" + _PRICEAMOUNT)
_SERVICE_SLOT = regrouped(r"\b(?:services?|jasa|layanan|trips?|tours?|rentals?|rent|hire|sewa)\b")


def _contents_stop(lower: str, start: int, stop: int) -> int:
    """Where the contents after a cue end: at `stop`, or at the first comma slot after the first that is an offering
    of its own ("incl. board & rashguard, surf trips to Medewi, board rental 100k/day" holds only the board and
    the rashguard)."""
    if "," not in lower[start:stop] or lower.rfind("(", 0, start) > lower.rfind(")", 0, start):
        return stop  # a bracketed note on a price ("(blm termasuk saldo iklan, min saldo 1jt)") holds no offerings
    slots = []
    comma = lower.find(",", start, stop)
    while comma >= 0:
        nxt = lower.find(",", comma + 1, stop)
        slots.append((comma, lower[comma + 1:nxt if nxt >= 0 else stop]))
        comma = nxt
    priced = next((k for k, (_, slot) in enumerate(slots) if _PRICED_SLOT.search(slot)), None)
    if priced is None:
        return stop
    named = next((k for k, (_, slot) in enumerate(slots[:priced]) if _SERVICE_SLOT.search(slot)), priced)
    return slots[named][0]


# "…, mask, fins and lunch included.", "…, tenda, porter dan makan sudah termasuk": the cue said after what comes
# with the offering, closing its clause.
_INCLUDED_CLOSE = regrouped(r"(?<=[a-z])\s+(?:(?:are|is|all|semua|sudah|sdh|udah|udh|dah|already)\s+)*"
                            r"(?:included|include|incl\.?|inclusive|termasuk|trmsk)"
                            # the clause ends there, or a way to reach the owner follows it
                            r"(?=\s*(?:[,;!?\n]|\.(?!\d)|$|\b(?:wa|whatsapp|hp|telp|call|contact|hubungi|info|ig|dm)\b))")
_SLOT_WORD = regrouped(r"[\w'-]+")
_LIST_LINK = frozenset("and dan & + serta sama sm plus".split())
# Words that tie a slot to more than a thing: where, whence, for whom, how ("trips from Amed", "les untuk SD").
_SLOT_TIES = frozenset("in at from to for with near di dari ke untuk utk buat bagi dengan dgn pakai via per".split())


def _included_list(lower: str) -> list[tuple[int, int]]:
    """The things a trailing "included" covers: the coordination closed by "and" right before it ("snorkeling trips
    from Amed, mask, fins and lunch included" holds mask, fins and lunch), walking back over the comma slots of one
    to three bare words, up to a slot that says more (the offering, with its place). Without "and" before the cue, or
    with no such slot before the list, only the cue's own slot is covered: "nastar, kastengel, toples included" sells
    the cookies."""
    spans = []
    for m in _INCLUDED_CLOSE.finditer(lower):
        if lower.rfind("(", 0, m.start()) > lower.rfind(")", 0, m.start()):
            continue  # a bracketed note on a price (_INCLUDED_AFTER)
        start = sentence_start(lower, m.start())
        cuts = [start - 1] + [k for k in range(start, m.start()) if lower[k] == ","]
        if len(cuts) < 2:
            continue  # "sewa motor helm dan jas hujan sudah termasuk": no comma sets the list apart
        own = _SLOT_WORD.findall(lower[cuts[-1] + 1:m.start()])
        if not own or len(own) > 7 or any(w in _SLOT_TIES for w in own):
            continue
        first = len(cuts) - 1
        if any(w in _LIST_LINK for w in own):
            k = first - 1
            while k >= 1:
                words = _SLOT_WORD.findall(lower[cuts[k] + 1:cuts[k + 1]])
                if not words or len(words) > 3 or any(w in _LIST_LINK or w in _SLOT_TIES or w.isdigit() for w in words):
                    break
                k -= 1
            if k >= 0 and (k > 0 or len(_SLOT_WORD.findall(lower[start:cuts[1]])) > 3
                           or any(w in _SLOT_TIES for w in _SLOT_WORD.findall(lower[start:cuts[1]]))):
                first = k + 1
        spans.append((cuts[first] + 1, m.end()))
    return spans


# "(…, fuel incl.)", "(breakfast included)": the cue after what a price holds, closing its bracket.
_INCLUDED_AFTER = regrouped(r"(?<=[a-z])\s+(?:incl\.?|included)(?=\s*\))")
