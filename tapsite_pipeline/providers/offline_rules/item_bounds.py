"""Where an offered item ends: the words that close it inside a list.

`until_stop` cuts a phrase at a clause word (offer_words.ITEM_STOP), a passive, a participle with its preposition or a
year, keeping the set phrases and routes that hold "to" or "ke" ("made to order", "tour to Komodo", "antar ke
bandara"); `object_list` also ends an offer verb's list where its recipients or a condition begin. Read by
offer_reader.py and the collector (offer_collector.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped

from .colour_in_name import COLOUR_WORDS, colour_word_in_name
from .fragment_shape import IRREGULAR_PARTICIPLES
from .lexicon import KEYWORDS
from .offer_words import _BRAND_WORDS, _BRAND_WORK, _PASSIVE_OPENING, ITEM_STOP, PASSIVE

# "kartu nama" (business cards), "papan nama" (a signboard), "balik nama" / "ganti nama" (a change of title or
# name, a service): "nama" closes the compound, it marks no name to follow
_NAME_GOODS = frozenset(["kartu", "papan", "plang", "balik", "ganti", "pergantian", "penggantian"])
# "bordir nama, logo instansi", "gantungan kunci custom nama": a name closing an item is what is stitched or printed
# (a name marker has the name after it: "nama tokonya X").
_NAME_ENDS = regrouped(r"\s*(?:[,&/+;]|\b(?:dan|and|atau|or|serta)\b)")


# An English participle with its preposition after a noun opens a clause about it: "stock trackers synced with your
# POS", "mugs glazed in-house", "cakes baked to order", "designs drawn by local artists" are "stock trackers", "mugs",
# "cakes", "designs" (the irregular participles are fragment_shape.IRREGULAR_PARTICIPLES).
_PARTICIPLE = regrouped(r"[a-z]{3,}ed")
_PARTICIPLE_AFTER = regrouped(r"\s+(?:with|to|by|in|into|on|for|from|at|using|via|through|under)\b")
# A piece that opens on an English "-ing" verb and its preposition ("…, working with 120 weavers", "operating from
# Bali since 2019") is a clause about the business; a trade's work named so ("catering for weddings") is in the lexicon.
_GERUND = regrouped(r"[a-z]{3,}ing")
# An Indonesian passive after its subject, then a preposition or the end ("Pemasangan dan pelatihan dilakukan di lokasi",
# "pengiriman dilayani tiap hari"): the clause says how or where the work is done, its subject is no list of goods.
_PASSIVE_AFTER = regrouped(r"\s*(?:$|[,.;:!?]|(?:di|ke|dari|untuk|utk|oleh|dengan|dgn|secara|setiap|tiap|langsung|"
                           r"sendiri|juga|jg|dalam|dlm|selama|sampai|hingga|mulai|pada|saat)\b)")
# Prepositions that never close a name: "ship frozen to", "workshop for": a scrap cut before its object.
OPEN_END = frozenset("to for with of from by into onto untuk utk bagi dengan dgn ke dari oleh".split())


# "buka" opening a piece says when the business is open ("buka jam 8", "buka setiap hari", "buka lagi") unless what
# follows is what it opens ("buka kelas ngaji", "buka brankas", "buka PO kue lebaran").
_OPEN_WHEN = regrouped(r"\s*(?:$|[\d,.;:!?]|(?:jam|pukul|tiap|setiap|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|"
                       r"hari|harian|pagi|siang|sore|malam|mulai|dari|dr|sampai|sampe|smp|hingga|non-?stop|lagi|kembali|"
                       r"cabang|di|juga|jg|sekarang|skrg|everyday|daily|tutup|libur|sejak|tgl|tanggal|bulan|minggu|"
                       r"setiap|full|nonstop|terus|normal|seperti|spt|kok|ya|kak|dong|nih|sih|loh|yaa|lho|mulai)\b)")


# In the object list of an offer verb, "to" after the goods names who gets them ("supplies buns and loaves to cafés,
# hotels and canteens") or what they are for ("bikes to rent"): the item ends there, and the list after it is the
# recipients' (offer_reader._GOVERNING). A way somewhere is named by where it goes ("tour to Komodo", "day trips to the
# hot springs", "airport transfer to Sanur", Indonesian "antar ke bandara", "trip ke Gili"), and a few set phrases
# hold "to" ("made to order", "door to door", "farm to table", "introduction to Python").
ROUTE_HEADS = frozenset("""
tour tours trip trips daytrip daytrips transfer transfers ride rides shuttle shuttles cruise cruises excursion excursions
journey journeys visit visits pickup pickups pick-up drop-off dropoff hike hikes trek treks climb climbs walk walks
drive drives flight flights crossing crossings boat boats ferry ferries transport transportation charter charters
route routes expedition expeditions pilgrimage pilgrimages passage travel voyage voyages
wisata perjalanan antar jemput antar-jemput ziarah kunjungan mudik rute travel trayek
""".split())
_TO_SET_BEFORE = frozenset("""
made ready back farm bean grain tree seed door face day peer business point bumper nose head cheek hand ship shore
intro introduction guide gateway up wall floor ceiling ground surface air coast end one
""".split())
_TO_SET_AFTER = frozenset("order measure wear eat cook drink use go table cup door school".split())
_NEXT_WORD = regrouped(r"\s+([\w'-]+)")
# A ride to or from a hub of transport ("antar ke bandara", "antar jemput stasiun", "jemput dari pelabuhan") is a
# transfer service, sold by a rental or a travel agent; "antar" alone or to the customer's door ("free antar", "antar ke
# rumah") is the delivery of something else.
_HUBS = r"(?:bandara|bandar\s+udara|airport|stasiun|station|pelabuhan|harbou?r|port|terminal|dermaga|jetty|pier)"
_TO_HUB = regrouped(r"\s+(?:jemput\s+)?(?:ke|dari|to|from|di)?\s*" + _HUBS + r"\b")
TRANSFER = regrouped(r"(?:jasa\s+|layanan\s+)?(?:antar|jemput|antar[\s-]jemput|drop|drop-off|pickup|pick-up|pick\s+up|"
                     r"transfer|shuttle)(?:\s+jemput)?(?:\s+(?:ke|dari|to|from|di))?\s+" + _HUBS + r"(?:\s+[\w'-]+){0,2}")


def _route_to(prev: str, seg: str, end: int) -> bool:
    """Does "to" (or "ke") after `prev` go on with the name?"""
    if prev in ROUTE_HEADS or prev[:1].isdigit():  # "tour to Komodo", "10 to 12"
        return True
    nxt = _NEXT_WORD.match(seg, end)
    after = nxt.group(1) if nxt else ""
    return prev in _TO_SET_BEFORE or after in _TO_SET_AFTER or after == prev


# After the goods, the shapes or patterns they come in ("seserahan box bentuk masjid, kaligrafi, bunga", "batik motif
# parang"): a choice of design, not more goods.
_SHAPE_WORDS = frozenset("bentuk berbentuk motif bermotif corak".split())


# Subordinating conjunctions: in an object list the clause they open says when or on what condition, never what
# ("design system if you need one", "sewa tenda jika hujan", "pickup when you land"). ITEM_STOP holds the ones that
# end an item anywhere ("kalau", "karena", "biar", "supaya"); these end it in an offer verb's list, where a bare
# sentence ("money back if …") is a clause of its own and stays whole.
SUBORDINATORS = frozenset("""
if unless when whenever jika jikalau bila apabila asalkan although though meskipun walaupun
""".split())
_LIST_WORD = regrouped(r"[\w'-]+")
_IN_QUOTES = regrouped(r"(?:^|\s)['\"“‘][^'\"”’]*\Z")


@lru_cache(maxsize=4096)
def object_list(seg: str) -> str:
    """An offer verb's object list: up to a clause word (until_stop), the recipients ("… to cafés, hotels") or a
    clause of condition ("… if you need")."""
    seg = until_stop(seg)
    if " to " not in seg and not any(w in SUBORDINATORS for w in seg.split()):
        return seg
    prev = ""
    for k, w in enumerate(_LIST_WORD.finditer(seg)):
        word = w.group(0)
        if (word in SUBORDINATORS or k and word == "to" and not _route_to(prev, seg, w.end())) \
                and not _IN_QUOTES.search(seg, 0, w.start()):  # "'Selling to Japan'": a title, said whole
            return seg[:w.start()]
        prev = word
    return seg


@lru_cache(maxsize=8192)
def until_stop(seg: str) -> str:
    prev = ""
    for k, w in enumerate(re.finditer(r"[\w'-]+", seg)):
        word = w.group(0)
        # "brand identity kits", "kartu nama": the work or the goods, not a name that follows
        goods = word in _BRAND_WORDS and _BRAND_WORK.match(seg, w.end()) or word == "nama" and (
            prev in _NAME_GOODS or k and _NAME_ENDS.match(seg, w.end())) \
            or word in ("pake", "pakai") and prev == "siap" \
            or word == "buka" and not k and not _OPEN_WHEN.match(seg, w.end()) \
            or word in ("antar", "jemput") and _TO_HUB.match(seg, w.end())  # "antar ke bandara": a transfer
        before, prev = prev, word
        if goods or k and word in ("to", "ke") and _route_to(before, seg, w.end()) \
                or word in COLOUR_WORDS and colour_word_in_name(seg, k, w.end(), before):  # "hair colour", "colour grading"
            continue
        if word in ITEM_STOP or re.fullmatch(r"(?:19|20)\d\d", word) or PASSIVE.fullmatch(word) \
                or k and word in _SHAPE_WORDS \
                or k and (_PARTICIPLE.fullmatch(word) or word in IRREGULAR_PARTICIPLES) \
                and _PARTICIPLE_AFTER.match(seg, w.end()) \
                or not k and _PASSIVE_OPENING.fullmatch(word):
            return seg[:w.start()]
        if not k and _GERUND.fullmatch(word) and word not in KEYWORDS and _PARTICIPLE_AFTER.match(seg, w.end()):
            return ""
        if k and _PASSIVE_OPENING.fullmatch(word) and _PASSIVE_AFTER.match(seg, w.end()):
            # the passive's subject goes with it: from the last list comma before it ("kulit harimau, cula badak,
            # hewan dilindungi" keeps the two first)
            return seg[:max(seg.rfind(",", 0, w.start()), seg.rfind(";", 0, w.start()), 0)]
    return seg
