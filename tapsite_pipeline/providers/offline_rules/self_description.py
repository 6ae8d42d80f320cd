"""The offering the owner names in their self-description: "gue Oci, buka katering harian rumahan di Bekasi",
"EO wisuda & perpisahan sekolah se-Banjarbaru.", "I run a Balinese cooking class at my family compound".

The offer reader (offer_reader.py) reads such a phrase into the `described` candidates, and the owner's lists win
over them (offerings._said). That is right when the self-description only names the range the list goes on to
name ("rumah makan padang …, menu andalan rendang, gulai", "kursus coding: scratch, python"); it loses the offering
when the self-description is the offering and what the brief lists is something else: the contents of a package,
prices, a feature of the place, the dishes cooked in a class. Here:

- `intro`: a pronoun and a name opening the brief ("gue Oci,", "saya Rina,", "ambo Uni Ros,"): the owner says who
  they are, and what follows the comma is their self-description, not the object of a clause word;
- `self_offerings`: which of the opening sentence's self-described offerings stand beside the lists. The opening
  sentence must hold no list of its own (a list there is the self-description's kinds), and the phrase must name
  an offering, not the trade (a premises or a maker word before or after it: "kedai kopi", "makeup artist"):
  a service named with its object ("katering harian", "EO wisuda", "boarding", "sewa pick up") always, goods
  ("madu hutan sialang") only when the brief lists at most one other thing (else the list names their kinds).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.phrase_find import phrase_spans

from .lexicon import KEYWORDS
from .offer_words import ITEM_STOP, VENUE, is_place
from .roles import AGENT, AUDIENCE, PROVIDER

# Pronouns an owner opens with before their name, the regional ones too (Minang "ambo", Betawi "aye", Manado "kita").
_INTRO_PRONOUNS = frozenset("gue gw gua aku ak saya sy sya aye ane ambo awak kami kita i i'm im".split())
_INTRO = regrouped(r"\s*(" + "|".join(sorted(_INTRO_PRONOUNS, key=len, reverse=True)) + r")\s+([a-z][\w'-]*)"
                   r"(?:\s+([a-z][\w'-]*))?\s*")


def intro(piece: str) -> bool:
    """"gue Oci", "saya Rina": a pronoun and one or two words that name no goods, no trade and no clause word."""
    m = _INTRO.fullmatch(piece)
    if not m:
        return False
    names = [w for w in m.groups()[1:] if w]
    return all(w not in KEYWORDS and w not in VENUE and w not in PROVIDER and w not in ITEM_STOP for w in names)


# Words of work done for the customer: a self-description holding one names a service with its object ("katering
# harian", "EO wisuda", "boarding & daycare", "sewa pick up", "balinese cooking class", "satellite internet").
SERVICE_WORDS = frozenset("""
katering catering eo event events kelas class classes kursus course courses les lesson lessons
training pelatihan bimbingan tour tours trip trips sewa rental rentals rent hire charter boarding daycare penitipan
titip grooming ekspedisi pengiriman kirim angkutan angkut pindahan shipping cargo delivery cuci laundry foto photo
photos photography video videos videography desain design pasang pemasangan instalasi installation servis service
repair perbaikan reparasi konsultasi consultation terapi therapy pijat massage antar jemput cleaning rias makeup
streaming rekaman recording sablon cetak printing jahit tailoring bordir las renovasi renovation internet wifi
hosting coaching tutoring guiding diving snorkeling outbound retreat retreats gathering gatherings
""".split())
# Premises and makers: beside them the phrase names the trade ("leather workshop", "boarding house", "barista
# training school", "wedding band"), never a card.
_TRADE_WORDS = (VENUE | PROVIDER | AGENT | frozenset("band choir duo trio quartet ensemble orchestra".split())) \
    - frozenset("jasa layanan service services".split())
# What names the business after its self-description: "kursus jahit & pola baju, namanya Rumah Jahit Bu Endang".
_NAME_MARKER = regrouped(r"\b(?:nama|namanya|nama\s+usaha|nama\s+toko|bernama|called|named|brand|merek)\b")
_WORD = regrouped(r"[a-z0-9][\w'-]*")
_APPOSED = regrouped(r",|\s[-\u2013\u2014]\s")
_LAST_WORD = regrouped(r"([a-z0-9][\w'-]*)\s+\Z")
# An Indonesian active verb ("membuka", "menerima", "berlokasi"): after a phrase opening the sentence, its predicate.
_ID_VERB = regrouped(r"\b(?:me[mn]?|meng|meny|ber)[a-z]{4,}\b")


def _service(item: str) -> bool:
    return any(w in SERVICE_WORDS for w in item.split())


def _names_goods(item: str) -> bool:
    return item in KEYWORDS or any(w in KEYWORDS and len(w) >= 3 for w in item.split())


def _same(a: str, b: str) -> bool:
    """One phrase's words inside the other's: the page would show one offering twice."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def _names_business(item: str, lower: str, sentence: tuple[int, int], name: str) -> bool:
    """The phrase opens its sentence and the business's name follows it there ("Japanese language course, Sakura
    Nihongo Center in Bekasi", "tambak udang vaname, CV …", "kursus jahit, namanya …"): it says what the business is
    called to be, its category, and the list after it names what it sells. A trade word right after the phrase
    ("boarding house", "indie game studio") names the business too."""
    start, end = sentence
    found = False
    for m_at, m_to in phrase_spans(item, lower[start:end]):
        found = True
        at, to = start + m_at, start + m_to
        nxt = _WORD.search(lower, to, end)
        if nxt and lower[to:nxt.start()].strip() == "" and nxt.group(0) in _TRADE_WORDS:
            return True
        before = _LAST_WORD.search(lower, start, at)  # "Kebun Buah Naga Pak Sugeng": the premises, then its name
        if before and before.group(1) in _TRADE_WORDS:
            return True
        if not _WORD.search(lower, start, at) and _ID_VERB.search(lower, to, end):
            return True  # "Kursus Menjahit Ina membuka pendaftaran …": the subject of the sentence is the business
        named = lower.find(name, to, end) if name else -1  # after a comma or a dash: "X, Brand", "X - Brand"
        if not _WORD.search(lower, start, at) and (named >= 0 and _APPOSED.search(lower, to, named)
                                                   or _NAME_MARKER.search(lower, to, end)):
            return True
    return not found  # not in the owner's words ("lukisan" of "pelukis cat minyak" names the maker)


def self_offerings(described: list[str], opening_listed: bool, listed: list[str], lower: str,
                   sentence: tuple[int, int] = (0, 0), name: str = "") -> list[str]:
    """Of the offerings the opening sentence (`sentence`, a span of `lower`) named in its self-description
    (`described`), those that stand beside the brief's lists (`listed`); none when the opening sentence holds a list
    of its own (`opening_listed`). `name` is the business's name, lower case."""
    if opening_listed or not described:
        return []
    out = []
    for item in described:
        words = item.split()
        while len(words) > 1 and words[0] in _INTRO_PRONOUNS:  # "ambo jahit mukena …": the owner, then their work
            words = words[1:]
        item = " ".join(words)
        # who it is for ("les bhs inggris anak2 TK-SMP"): the self-description says whom the business serves, and
        # what it teaches or sells comes after it
        if len(item) < 3 or any(w in _TRADE_WORDS or w in AUDIENCE for w in words) \
                or any(is_place(" ".join(words[k:k + n])) for n in (1, 2) for k in range(len(words))) \
                or _names_business(item, lower, sentence, name):
            continue  # a trade ("leather workshop"), a place ("sewa alat pesta lampung"), the business's category
        if any(_same(item, o) for o in listed + out):
            continue
        if _service(item) and (len(words) > 1 or item in KEYWORDS or item in SERVICE_WORDS) \
                or len(listed) <= 1 and _names_goods(item):
            out.append(item)
    return out
