"""The shape of an offering's name: a card title names a thing, so it is a noun phrase.

The role lexicon (roles.py) asks what each word of a phrase is; this asks what the phrase as a whole looks
like. A phrase that opens with a preposition ("melalui email", "pada hari kerja", "incl board"), holds a
clock time ("lessons daily 7am"), says what is or is not included ("paket udh termasuk ustadz", "diluar
pajak"), ends on a word that needs more after it ("grosir dan"), or is made only of calendar words
("libur nasional", "akhir pekan") or of what a price is ("costs", "biaya"), names a person by title ("Ceu Nining")
or says how the customer is served ("makan ditempat", "take away") is a scrap of a sentence, never the name of
something sold; so are the fragments of fragment_shape.py (a measure alone, a clause with a modal or a bare passive).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .fragment_shape import ALONE as _ALONE
from .fragment_shape import fragment
from .lexicon import KEYWORDS
from .manner_words import manner_dropped
from .offer_words import PASSIVE
from .problem_said import problem_clause
from .roles import TITLES, UNIT, known_word
from .stage_lines import booth_number

_LEAD = frozenset("""
melalui lewat via pada di ke dari dengan dgn tanpa setiap tiap per sebelum sesudah setelah selama kecuali termasuk
sampai hingga smp antara
through on at in into by with without every each before after during except incl including excl excluding
until between depending to under over above below near around dekat see
""".split())
# (an English auxiliary ends a clause's subject, no name: "the workshop has [made …]", "our studio is [open …]"; so does
# the spoken "itu" after a subject: "servis rutin itu [60 ribu]")
_TAIL = frozenset("""
depending tergantung dan and atau or yang yg untuk utk for with dengan dgn dari from mulai di ke the an of dulu
has have had is are was were itu
""".split())
_INCLUDED = regrouped(r"\b(?:termasuk|include[sd]?|incl|including|exclud\w*|excl|diluar|tergantung|depending)\b"
                      r"|\bdi\s+luar\b|\bbelum\s+(?:termasuk|trmsk)\b")
_CLOCK = regrouped(r"\b\d{1,2}\s?(?:am|pm)\b|\b\d{1,2}[.:]\d{2}\b|\bjam\s?\d")
_CALENDAR = UNIT | frozenset("""
libur liburan nasional kerja akhir pekan merah holiday holidays public national daily harian setiap tiap every
pagi siang sore malam hari
""".split())
_PRICE_WORDS = frozenset("""
cost costs biaya harga price prices pricing fee fees tarif ongkos rate rates info informasi detail details syarat
ketentuan terms
""".split())
_WORD = regrouped(r"[^\W_]+(?:['-][^\W_]+)*")  # "on-call IT support" opens with one word, not with "on"
# How the customer is served, not what: "makan ditempat", "dine in", "take away", "bisa bungkus".
_SERVICE_MODE = regrouped(r"(?:makan|dine|eat|ngopi|nongkrong)[\s-]*(?:di\s*tempat|ditempat|in|here|on\s*site|onsite)|"
                          r"take[\s-]*away|takeaway|take[\s-]*out|dibungkus|bungkus\s+(?:bawa\s+)?pulang|"
                          r"dine[\s-]*in|self[\s-]*service|prasmanan\s+sendiri")
# What the customer may bring of their own ("bawa oli sendiri", "oli sendiri bawa", "bring your own wine"): a term of
# the service, never a thing it sells.
_OWN_BROUGHT = regrouped(r"(?:bawa|bring)\s+(?:[a-z]+\s+){0,2}(?:sendiri|your\s+own)(?:\s+[a-z]+){0,2}"
                         r"|(?:[a-z]+\s+){1,2}sendiri\s+(?:di)?bawa|byo(?:\s+[a-z]+){0,2}")
# Words that say what something does or is like, never what it is: a verb of being somewhere or taking place
# ("berdomisili", "berlangsung", "sits", "lies"), an adverb of habit ("biasa"). Alone such a word, or a passive
# (offer_words.PASSIVE: "dikasih", "dikirim"), is a scrap of a sentence; after a noun it is that noun's predicate
# ("kursus berlangsung 3 bulan", "foto katalog dikasih"): a clause about the offering, never its name. "biasa" alone
# is the adverb ("biasa jualan lwt tiktok"), after a noun the adjective ("kopi biasa").
# How a sentence opens before what it names: "kini ado juo …" ("now there is also …"), "wonten ugi …".
_OPENERS = frozenset("kini sekarang ado juo wonten enten ugi uga oge".split())
# Function words, verbs and adverbs of the regional languages owners write in (regional.py holds their everyday
# words for the sense check): in a phrase they make it a clause, "utawa njupuk neng kandang" ("or fetch it at the
# barn"), "sajak 1998" ("since 1998", Minang); said before the name they are only the sentence's start ("kini ado
# juo nasi kapau": "now there is also nasi kapau"). Prepositions ("kanggo manten": for weddings) and titles that
# are also these words ("neng", "ning") are left out.
REGIONAL_CLAUSE = frozenset("""
utawa atawa wis wes sampun durung dereng badhe arep ajeng saged iso isa njupuk jupuk mundhut tuku tumbas mawon wae
ugi uga sajak alah indak ndak baa bana ado juo tos atos parantos acan bade rek hoyong hayang teu henteu oge kagak
nyang kudu mboten ora wonten enten
""".split())
PREDICATE = frozenset("""
biasanya umumnya kadang-kadang seringnya kecil2an kecil-kecilan kecilan
berdomisili domisili berlokasi bertempat berada berdiri beroperasi berlangsung berjalan berpengalaman bergerak
berbasis berpusat berkantor berangkat bertahan berlaku bekerja berkapasitas berukuran beralamat bergabung
sits lies stands located situated nestled perched overlooking
""".split())


# A sentence's subject or the word that opens a clause of when or why ("beliau iseng bikin …", "waktu pandemi pesanan
# sepi", "kalau hujan tutup"): a piece of the owner's story cut at a comma, never the name of something sold.
_CLAUSE_OPENING = frozenset("""
beliau dia ia saya sy aku gue gw kami mereka i we she he they
waktu sewaktu semasa semenjak ketika tatkala kalau kalo klo jika jikalau apabila karena karna krn soalnya when while
because whenever
""".split())


# A compound participle alone says how the goods are made ("hand-stitched", "hand-painted", "sun-dried",
# "slow-roasted"): a description, never the name of an offering.
_HOW_MADE = regrouped(r"[a-z]+-[a-z]{2,}(?:ed|en)")


def _predicate(word: str) -> bool:
    return word in PREDICATE or bool(PASSIVE.fullmatch(word))


# Titles that are also goods or trades ("teh tarik", "haji plus", "mas kawin"), never read as a person.
_TITLE_GOODS = frozenset("teh haji hj mas om ci ko aa mak lik ning gus bunda mama mami papa papi".split())


def _person(words: list[str]) -> bool:
    """"Ceu Nining", "Bang Oji", "pak haji mamat": a title and one or two names the lexicons do not know."""
    return (2 <= len(words) <= 3 and words[0] in TITLES and words[0] not in _TITLE_GOODS
            and not any(w in KEYWORDS or known_word(w) and w not in TITLES for w in words[1:]))


def name_shaped(phrase: str) -> str | None:
    """The phrase as the name of an offering, or None when its shape says it cannot be one. A name of two or
    more words that trails off ("protein bars under the") loses its dangling words, and one said with how it is made
    at home its manner phrase (manner_words.py); a shorter one ("grosir dan", "switch the") is a scrap."""
    phrase = manner_dropped(phrase)  # "cakalang fufu the home way", "rendang ala rumahan": the manner, no name
    lower = phrase.lower()
    words = _WORD.findall(lower)
    if not words or words[0] in _LEAD or len(words) > 1 and lower.split()[0] in _CLAUSE_OPENING:
        return None
    if words[-1] in _TAIL:
        spans = [m.span() for m in _WORD.finditer(lower)]
        keep = len(words)
        while keep and (words[keep - 1] in _TAIL or words[keep - 1] in _LEAD):
            keep -= 1
        if keep < 2:
            return None
        phrase, lower, words = phrase[:spans[keep - 1][1]].strip(), lower[:spans[keep - 1][1]], words[:keep]
    if _INCLUDED.search(lower) or _CLOCK.search(lower) or booth_number(lower):  # (nor "booth 31": where it stands)
        return None
    # "march-november": a season's months, one word to the pattern; "musim panen": a season, when and not what (a
    # season with its months is a fact line, seasons.py); "weekend rate", "tarif hari libur": a price said of a time
    if all(p in _CALENDAR for w in words for p in w.split("-")) or words[0] == "musim" \
            or all(w in _PRICE_WORDS or w in _CALENDAR for w in words) and any(w in _PRICE_WORDS for w in words):
        return None
    if _person(words) or _SERVICE_MODE.fullmatch(" ".join(words)) or _OWN_BROUGHT.fullmatch(" ".join(words)):
        return None
    if any(_predicate(w) for w in words[1:]) or len(words) == 1 and (_predicate(words[0]) or words[0] in _ALONE):
        return None
    if problem_clause(words):  # "laptops keep breaking", "ac sering bocor": the trouble fixed (problem_said.py)
        return None
    if fragment(lower, words):  # "5 yrs", "d mahir", "satu drone mampu", "drawn", "plastik disetor" (fragment_shape.py)
        return None
    if len(words) == 1 and _HOW_MADE.fullmatch(words[0]):  # "hand-stitched", "sun-dried": how the goods are made
        return None
    lead = 0
    while lead < len(words) - 1 and words[lead] in _OPENERS:
        lead += 1
    if lead and not any(w in REGIONAL_CLAUSE for w in words[lead:]):
        spans = [m.span() for m in _WORD.finditer(lower)]
        return name_shaped(phrase[spans[lead][0]:].strip())  # "kini ado juo nasi kapau" names "nasi kapau"
    if any(w in REGIONAL_CLAUSE for w in words) or (len(words) > 1 and bool(PASSIVE.fullmatch(words[0]))):
        return None  # "utawa njupuk neng kandang", "dipanen sendiri": a clause, not a name
    return phrase
