"""Does a text describe a business at all? Refuses keyboard mashing and small talk before any page is made.

Two signals, both from the lexicons the parser already uses: the share of words any lexicon knows
(Indonesian/English function words, the regional words owners mix in, trade words, business keywords, the role lexicon, places, colours),
and whether anything says what is sold or done (a business keyword, an offer verb, a business noun).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped

from . import business_text, classify, customer_voice, news_report, personal_profiles, seekers
from .brand_words import GENERIC_WORDS
from .colors import is_color
from .keyword_hits import _lookup_key
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
# The request for the page itself ("pls build website", "bikinin landing page dong") says nothing of the business: a
# trade word must be found beside it ("jasa bikin website" keeps "jasa"; "websites" of a web studio are its goods).
_SITE_REQUEST = regrouped(
    r"\b(?:build|make|create|design|bikin|bikinin|bikinkan|buat|buatin|buatkan)\s+(?:me\s+|us\s+|saya\s+|aku\s+|"
    r"kami\s+|gw\s+)?(?:a\s+|an\s+|my\s+|our\s+)?(?:new\s+)?(?:website|web|webpage|landing\s*page|site|situs)\b")
# A question to us ("berapa harga bikin website?", "can you tell me a joke") is not a description, unless the
# owner also says what they have or do, or offers something with its terms.
_QUESTION = regrouped(r"\?\s*$|^\s*(?:berapa|apa|apakah|gimana|bagaimana|bisakah|bisa\s+gak|kapan|dimana|di\s+mana|"
                      r"siapa|kenapa|mengapa|how|what|what's|whats|where|when|why|who|can\s+you|could\s+you|"
                      r"would\s+you|do\s+you|is\s+it|are\s+you)\b", re.I)
# A question put to us is a short message; in a longer text ("Cari oleh-oleh khas Medan? …") it is a hook, and whether
# the rest describes a business is left to the model of other writing.
_QUESTION_MAX_WORDS = 40
_SELF = regrouped(r"\b(?:saya|sy|aku|gw|gue|kami|kita|usaha|toko|bisnis|brand|namanya|nama\s+\w+nya|we|we're|our|"
                  r"my|i'm|i\s+(?:run|own|sell|make|have)|jual|jualan|menjual|melayani|menyediakan|terima)\b", re.I)


# Writing that is about something else than a business of the writer's: a job application, an office memo or
# meeting notice, a lost-and-found notice, a shopping list. Each may name trades, prices and numbers
# ("melamar sebagai kasir", "bring the budget sheet", "imbalan 500rb"), none describes a business.
_OTHER_GENRES = (
    ("a job application", regrouped(
        r"\b(?:bermaksud\s+melamar|melamar\s+(?:pekerjaan|kerja|sebagai|posisi|di\s+perusahaan)|lamaran\s+(?:kerja|pekerjaan)|"
        r"surat\s+lamaran|apply(?:ing)?\s+for\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}(?:position|job|role|vacancy)|"
        r"job\s+application|cover\s+letter|(?:cv|resume)\s+(?:terlampir|attached|dan\s+pas\s+foto)|"
        r"(?:terlampir|attached\s+is\s+my|please\s+find\s+(?:attached\s+)?my)\s+(?:cv|resume)|"
        r"(?:sedang\s+)?mencari\s+(?:pekerjaan|lowongan)|looking\s+for\s+(?:a\s+)?(?:job|work)\b|"
        r"(?:lagi\s+|sedang\s+|masih\s+)(?:nyari|cari)\s+(?:kerja|kerjaan|pekerjaan|lowongan|loker)\b|"
        r"ada\s+(?:info\s+)?(?:loker|lowongan)\s+(?:ga|gak|nggak|ngga|gk|kah|ya|tidak)\b|"
        r"butuh\s+(?:kerja|kerjaan|pekerjaan)\b|open\s+to\s+work|seeking\s+(?:a\s+)?(?:new\s+)?(?:job|position|"
        r"role|employment)\b|cv\s+(?:saya|aku|gw|gue)|(?:my|the\s+top\s+of\s+my)\s+(?:cv|resume)\b|switch\s+careers|"
        r"(?:pengen|ingin|mau)\s+(?:bekerja|kerja)\s+(?:lagi|kembali)\b)")),
    ("a meeting notice", regrouped(  # a meeting set, moved or called off, and who must come: not a rented room
        r"\b(?:meeting\s+(?:has\s+(?:been\s+)?|is\s+)?(?:moved|rescheduled|postponed|cancell?ed)|"
        r"rapat\s+(?:\w+\s+){0,2}(?:akan\s+)?(?:diadakan|dilaksanakan|diundur|dibatalkan|dipindah)|"
        r"(?:diharapkan|dimohon|wajib)\s+hadir|notulen\s+rapat|minutes\s+of\s+the\s+(?:last\s+)?meeting|"
        r"(?:all\s+staff|everyone)\s+(?:must|should|please)\s+attend)\b")),
    ("a lost-and-found notice", regrouped(
        r"\b(?:(?:kucing|anjing|dompet|hp|kunci|motor|tas|burung)\s+(?:\w+\s+){0,2}hilang|telah\s+hilang|"
        r"(?:lost|missing)\s+(?:\w+\s+)?(?:cat|dog|kitten|puppy|wallet|keys|phone|bag)|yang\s+menemukan|"
        r"(?:whoever|anyone\s+who)\s+finds|finder\s+will|imbalan\s+bagi\s+yang)\b")),
    ("a shopping list", regrouped(
        r"\b(?:daftar\s+belanja(?:an)?|shopping\s+list|grocery\s+list|jangan\s+lupa\s+beli|don'?t\s+forget\s+to\s+buy|"
        r"titip\s+belanja(?:an)?\s+(?:dong|ya))\b")),
    ("an invitation", regrouped(   # a wedding, a circumcision, a birthday: the hosts invite their guests
        r"\b(?:bermaksud\s+(?:menyelenggarakan|mengadakan|mengundang)\s+(?:acara\s+)?(?:pernikahan|resepsi|walimah|"
        r"khitanan|syukuran|tasyakuran|aqiqah)|berkenan\s+(?:hadir|datang)\s+(?:dan\s+)?(?:memberikan\s+doa|"
        r"pada\s+acara)|(?:merupakan\s+)?(?:suatu\s+)?kehormatan\s+(?:dan\s+kebahagiaan\s+)?bagi\s+kami\s+apabila|"
        r"turut\s+mengundang|you\s+are\s+(?:cordially\s+)?invited\s+to\s+(?:the\s+|our\s+)?(?:wedding|birthday|"
        r"celebration|party)|request\s+the\s+(?:honou?r|pleasure)\s+of\s+your\s+(?:presence|company)|"
        r"kindly\s+rsvp|rsvp\s+by)\b")),
    ("a neighbourhood notice", regrouped(   # residents called to a clean-up, a night watch, a dues meeting
        r"\b(?:(?:kepada\s+)?(?:seluruh\s+|para\s+|bapak[\s/-]+ibu\s+)?warga\s+(?:rt|rw|komplek|kompleks|perumahan|"
        r"blok|dusun|desa)\b|kerja\s+bakti|ronda\s+malam|jadwal\s+ronda|iuran\s+(?:warga|rt|rw|kebersihan|sampah|"
        r"keamanan)|(?:ketua|pak|bu)\s+(?:rt|rw)\b|(?:attention|notice\s+to|dear)\s+(?:all\s+)?(?:residents|"
        r"neighbou?rs|tenants\s+of\s+block))")),
    ("a school notice", regrouped(   # a teacher writes to the parents or pupils of a class
        r"\b(?:(?:yth\.?\s+)?(?:bapak[\s/-]+ibu\s+)?(?:orang\s*tua|orangtua|wali)(?:[\s/-]+wali)?\s+(?:murid|siswa|"
        r"peserta\s+didik)\s+(?:kelas|yth|yang|diharapkan|dimohon|mohon)|(?:siswa|murid|anak-anak)(?:/i)?\s+"
        r"(?:kelas\s+\w+\s+)?(?:diharapkan|dimohon|wajib|harap)\s+(?:membawa|mengumpulkan|hadir|memakai|datang)|"
        r"(?:dear|to\s+all)\s+parents\s+(?:of|and)|(?:pupils|students)\s+(?:of\s+(?:class|year|grade)\s+\w+\s+)?"
        r"(?:must|should|are\s+(?:asked|reminded)\s+to)\s+(?:bring|wear|submit|hand\s+in))\b")),
    ("a writing or homework request", regrouped(   # the writer's own essay, poem or school task, not a trade
        r"\b(?:(?:write|tuliskan|buatkan|bikinin|bikinkan)\s+(?:me\s+|saya\s+|aku\s+|gw\s+)?(?:an?\s+)?"
        r"(?:\d+[- ]?(?:word|kata)\s+)?(?:essay|esai|makalah|puisi|poem|cerpen|short\s+story|pantun|skripsi|"
        r"thesis|summary|ringkasan|rangkuman)|(?:for|untuk)\s+(?:my|tugas)\s+(?:school\s+|college\s+|class\s+)?"
        r"(?:assignment|homework|sekolah\s+(?:saya|aku)|kuliah\s+(?:saya|aku)|pr\s+(?:saya|aku)))\b")),
)
# Words by which a text describes a business of its writer's, whatever else it is about.
_OWN_BUSINESS = regrouped(
    r"\b(?:(?:toko|usaha|bisnis|warung|kedai|studio|jasa|layanan)\s+(?:kami|saya|ku|aku)|kami\s+(?:menjual|jual|"
    r"menyediakan|melayani|menerima)|(?:we|i)\s+(?:sell|offer|provide|make|run|rent|deliver|cater|bake|repair|fix|teach|"
    r"take\s+orders)|our\s+(?:shop|store|business|"
    r"studio|services?|products?)|jual|jualan|menjual|open\s+order|pre-?order|for\s+sale|dijual|tarif|"
    r"jasa\W+\w+|layanan\s+\w+|les\s+(?:privat|private)|kursus|pelatihan|sewa|rental|katalog|daftar\s+harga|"
    r"price\s*list|pricelist|tukang\s+\w+|punya\s+(?:usaha|toko|bisnis|warung|kedai|studio|bengkel|salon|kios|lapak)|"
    r"(?:usaha|toko|bisnis|warung|kedai|studio|brand)\s+(?:\w+\s+)?(?:bernama|namanya)|(?:i|we)\s+(?:have|own)\s+an?\s+"
    r"(?:\w+\s+){0,2}(?:shop|store|business|stall|studio|salon|cafe|bakery|workshop|garage))\b")


# A recipe: a heading or an ingredients/steps label, and cooking steps in the imperative. A seller's "resep nenek"
# beside a price is no recipe (see other_genre).
_RECIPE_HEAD = regrouped(r"(?:^|[.!:\n]\s*)resep\b|\b(?:bahan(?:-bahan|\s+bahan)?|bumbu(?:\s+halus)?|ingredients|"
                         r"cara\s+(?:membuat|bikin|masak|memasak)|langkah(?:-langkah)?|directions|method)\s*:|\brecipe\b")
_COOKING_STEPS = regrouped(
    r"\b(?:goreng|tumis|ulek|haluskan|aduk|rebus|kukus|masukkan|tambahkan|siram|iris|cincang|campurkan|panaskan|"
    r"angkat|sajikan|bakar|blender|fry|stir|boil|simmer|chop|slice|whisk|preheat|bake|drain|season)\b")


def _recipe(lower: str) -> bool:
    return bool(_RECIPE_HEAD.search(lower)) and len(set(_COOKING_STEPS.findall(lower))) >= 3


def other_genre(lower: str, text: str = "", names_own: bool | None = None) -> str | None:
    """What a text is instead of a business description (a job application, a meeting notice, …), or None.
    `names_own`: whether _OWN_BUSINESS was found in it already (None: look)."""
    if _OWN_BUSINESS.search(lower) if names_own is None else names_own:
        return None
    if _recipe(lower) and not _TRADE_MARKS.search(text or lower):
        return "a recipe"
    return next((name for name, pattern in _OTHER_GENRES if pattern.search(lower)), None)


@lru_cache(maxsize=16384)  # pure per word; most words recur from brief to brief
def _known(w: str) -> bool:
    return (w in ID_WORDS or w in EN_WORDS or w in ID_TRADE_WORDS or w in _KEYWORD_WORDS or w in _PLACE_WORDS
            or w in GENERIC_WORDS or w in REGIONAL_WORDS or known_word(w) or is_color(w) or _lookup_key(w) is not None)


def in_vocabulary(w: str) -> bool:
    """Does any lexicon of the parser know this lower-case word?"""
    return _known(w)


def _keywords_say_business(lower: str) -> bool:
    types, _, _ = classify.score(lower)
    return bool(types) and max(types.values()) >= 1.5


def business_check(text: str) -> str | None:
    """None when the text reads as a description of a business; otherwise why it does not: the rules below first,
    then the learned model of other writing (business_text.py), asked only about a text that does not name the
    writer's own trade."""
    lower = clean(text).lower()
    names_own = bool(_OWN_BUSINESS.search(lower))
    if why := _rules(text, lower, names_own):
        return why
    if not _own(text, lower, names_own) and business_text.reads_as_other_writing(text):
        return "it reads as writing of another kind (a message, a notice, a story), not a description of a business"
    return None


# An offer with its terms: a price with an order word or a unit ("pesan H-2", "275rb/loyang", "harga mulai 50rb"). A
# buyer's complaint or an invitation names a price or a number too, but not how to order it.
_ORDERING = r"pesan|pesen|order|ready|tersedia|open\s+po|pre-?order|po|ongkir|cod|delivery|antar|kirim|harga(?:nya)?"
_PRICED_OFFER = regrouped(
    rf"\b(?:{_ORDERING}|"
    r"mulai|start(?:ing)?\s+from|per\s+(?:pcs|porsi|box|kg|loyang|pack|paket|orang|jam|malam|bulan|sesi))\b|"
    r"\d\s*(?:rb|ribu|k|jt|juta)?\s*/\s*(?:pcs|porsi|box|kg|loyang|pack|paket|orang|jam|malam|bulan|sesi|pax)\b")


# Notices a group passes round that often carry a member's advert ("Info dari Bu Ani blok C: terima pesanan kue
# lebaran, 85rb/toples, pesan ke 0812…"): with a price or a number beside an order word they are that advert. A unit
# alone is not enough: dues are asked "Rp 20.000 per bulan" too.
_ADVERT_CARRIERS = frozenset({"a neighbourhood notice", "a school notice"})
_ORDER_WORD = regrouped(rf"\b(?:{_ORDERING}|pesanan|booking|book)\b")


def _orders(text: str, lower: str) -> bool:
    return bool(_TRADE_MARKS.search(text)) and bool(_ORDER_WORD.search(lower))


def own_business(text: str) -> bool:
    """Does the text name the writer's own trade ("kami menjual", "jasa …", "our shop", "sewa"), or offer something
    with its terms (a price beside an order word or a unit)?"""
    return _own(text, clean(text).lower())


def _own(text: str, lower: str, names_own: bool | None = None) -> bool:
    if _OWN_BUSINESS.search(lower) if names_own is None else names_own:
        return True
    return bool(_TRADE_MARKS.search(text)) and bool(_PRICED_OFFER.search(lower))


def rules_verdict(text: str) -> str | None:
    """The rules' verdict alone: None, or why the text describes no business."""
    return _rules(text, clean(text).lower())


def _rules(text: str, lower: str, names_own: bool | None = None) -> str | None:
    words = _WORD.findall(lower)
    if not words:
        return "it has no words"
    if seekers.asks_for_seller(lower, text):   # before the trade words: they name what the writer looks for
        return "it asks others for a seller or a service and offers nothing itself"
    if personal_profiles.personal_profile(lower) and not _own(text, lower, names_own) \
            and not seekers.offers(lower, text):
        return "it is a person's own profile, not a description of a business"
    if customer_voice.customer_tells(lower) or news_report.reads_as_news(lower):
        own = _OWN_BUSINESS.search(lower) if names_own is None else names_own
        if not own and not seekers.offers_strongly(lower, text):
            return ("a customer tells how a purchase went (a complaint or a review), it offers nothing"
                    if customer_voice.customer_tells(lower) else "it reports news about others, it offers nothing")
    if (genre := other_genre(lower, text, names_own)) and not (genre in _ADVERT_CARRIERS and _orders(text, lower)):
        return f"it is {genre}, not a description of a business"
    known = sum(1 for w in words if _known(w))
    share = known / len(words)
    # the cheap signals first: most briefs name a trade word, and then the keyword scores need not be read
    said = _SITE_REQUEST.sub(" ", lower)
    signal = (bool(_BUSINESS_CUES.search(said)) or (len(words) >= 6 and bool(_TRADE_MARKS.search(text)))
              or _keywords_say_business(said))
    if not signal:
        return "it does not say what the business sells or does"
    if (_QUESTION.search(text) and len(words) < _QUESTION_MAX_WORDS and not _SELF.search(lower)
            and not _own(text, lower, names_own)):
        return "it asks a question instead of describing a business"
    if share < MIN_KNOWN_SHARE:
        return "most of its words are not words of a business description"
    return None
