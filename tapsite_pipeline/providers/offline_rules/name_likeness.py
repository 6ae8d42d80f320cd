"""How much a brand candidate looks like a name: the share of its words that are ordinary words of the language.

A document's heading ("PENAWARAN HARGA No", "Form Pesanan Paket"), a class or trip's title ("Kelas Intensif UTBK",
"Itinerary Open Trip Bromo"), a one-word answer ("Yes") or the goods a flyer lists ("MESIN CUCI") is made of the words
the lexicons already hold (trades, goods, audiences, function words, places) plus the kinds of document, event and
answer below; a business's name holds a word of its own ("Dapur Sasando Katering": a trade word and a proper name).

The role test reads what stands before a candidate: after "Kepada / Yth / untuk / for / client" it is the addressee
of a quotation or an invitation, and one after (or opening with) "Desa / Kel. / Kec. / Kab." is a place.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .brand_words import GENERIC_WORDS, HONORIFICS, LOC_NOUNS, NOT_NAME_WORDS, STOP
from .language_pairs import LANGUAGES
from .lexicon import KEYWORDS
from .notice_words import NOTICE_WORDS
from .places import PLACES
from .roles import AUDIENCE

# The kinds of document an owner pastes (its heading names the document, not the sender), of class, event and trip
# (the title of what is held) with the levels and times a title gives, and the words of a reply or a form's field.
DOCUMENT_KINDS = frozenset("""
penawaran quotation quote invoice nota kuitansi kwitansi receipt struk rincian estimasi estimate proposal brosur
brochure flyer pamflet poster spanduk itinerary jadwal schedule rundown agenda form formulir pesanan order pendaftaran
registration katalog catalog catalogue pricelist daftar list sms broadcast poll polling survei survey pengumuman memo
surat letter caption postingan post template harga price prices no nomor number paket package
""".split())
EVENT_KINDS = frozenset("""
kelas class classes workshop kursus course pelatihan training seminar webinar bootcamp intensif intensive privat
private reguler regular trip tour open camp race run fun lomba kompetisi festival bazar bazaar expo gathering meetup
konser concert pameran exhibition pemula beginner beginners lanjutan advanced dasar basic menengah intermediate
pagi siang sore malam morning afternoon evening night midnight sunrise sunset weekend weekday diri sendiri self
""".split())
# The kinds of class, event and trip a title opens with.
EVENT_OPENERS = frozenset("""
kelas class workshop kursus course pelatihan training seminar webinar bootcamp open trip tour lomba festival
""".split())
# The common nouns of a place's name ("Pulau Pahawang", "Kawah Ijen"): what a trip goes to, not who runs it.
GEOGRAPHY = frozenset("""
pulau pantai gunung danau kawah bukit lembah goa gua curug air terjun telaga sungai teluk tanjung hutan desa island
islands beach mount mountain lake crater hill valley cave waterfall river bay forest
""".split())
# The words of a prayer or a formula of thanks a company profile opens with ("Puji syukur ke hadirat Allah SWT", "Tuhan
# Yang Maha Esa"): never the sender's name.
DEVOTION_WORDS = frozenset("""
allah swt tuhan maha yesus kristus alhamdulillah bismillah insyaallah subhanahu
""".split())
ANSWER_WORDS = frozenset("yes ya iya ok oke okay bisa ada tidak nggak gak no sure tentu back up out off over down".split())

# The kinds of document whose name no business's name opens with: "Itinerary Open Trip Ijen Blue Fire" is a title.
DOCUMENT_OPENERS = frozenset("""
penawaran quotation quote invoice nota kuitansi kwitansi receipt struk rincian estimasi estimate proposal brosur
brochure flyer pamflet itinerary jadwal schedule rundown agenda form formulir pendaftaran registration pricelist sms
broadcast poll polling survei survey pengumuman memo surat letter caption postingan template
""".split())
# The headings of a company profile or a letter's opening page, two words that name the document ("KATA PENGANTAR",
# "Company Profile"); their first word alone opens names too ("Kata Hati Florist").
DOCUMENT_HEADINGS = frozenset({
    ("kata", "pengantar"), ("kata", "sambutan"), ("company", "profile"), ("profil", "perusahaan"),
    ("profil", "usaha"), ("profil", "lembaga"), ("about", "us"), ("tentang", "kami"),
})
_HEADING_WORDS = frozenset(w for pair in DOCUMENT_HEADINGS for w in pair) | {"foreword", "preface", "sambutan"}

_ORDINARY = (set(KEYWORDS) | STOP | GENERIC_WORDS | NOT_NAME_WORDS | LOC_NOUNS | set(NOTICE_WORDS) | set(AUDIENCE)
             | DOCUMENT_KINDS | EVENT_KINDS | GEOGRAPHY | ANSWER_WORDS | DEVOTION_WORDS | _HEADING_WORDS) - HONORIFICS
_PHRASES = frozenset(k for k in KEYWORDS if " " in k)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_NUMBER = re.compile(r"\d")  # "5k", "2d1n", "2027": a count, a size or a year

# A word that makes what follows the addressee of a document ("Kepada Yth. Panitia …", "Penawaran harga utk Panitia
# …", "Quotation for Villa Kembang Office", "client: …", a receipt's "Terima dari: Ibu …"), or a place ("hajatan Pak Kades, Desa Sukamulya").
_ADDRESSEE_BEFORE = regrouped(r"(?i)\b(?:terima\s+dari|diterima\s+dari|received\s+from|kepada|kpd|yth|untuk|utk|buat|to|dear|for|attn|client|klien|customer|"
                              r"pelanggan)\b\.?\s*(?:(?:yth|bapak|ibu|bpk|sdr|mr|mrs|ms)\b\.?\s*)?:?\s*$")
_PLACE_WORDS = frozenset("desa kel kelurahan kec kecamatan kab kabupaten kota dusun kampung kp village".split())


def words_of(name: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(name)]


def ordinary_share(name: str) -> float:
    """The share of a candidate's words that are ordinary words, places or numbers (1.0: no word of its own).

    A two-word phrase of the trade lexicon counts both its words ("mesin cuci", "open trip")."""
    words = words_of(name)
    if not words:
        return 1.0
    plain = [w in _ORDINARY or w in PLACES or bool(_NUMBER.match(w)) for w in words]
    for i in range(len(words) - 1):
        if f"{words[i]} {words[i + 1]}" in _PHRASES:
            plain[i] = plain[i + 1] = True
    return sum(plain) / len(words)


def opens_with_document(name: str) -> bool:
    """Whether a candidate opens with a kind of document ("Itinerary …", "PENAWARAN HARGA …", "Form Pesanan …") or is
    a profile's heading ("KATA PENGANTAR", "Company Profile")."""
    words = words_of(name)
    return words[:1] in ([w] for w in DOCUMENT_OPENERS) or tuple(words[:2]) in DOCUMENT_HEADINGS or words[:1] in (
        ["foreword"], ["preface"])


def opens_with_event(name: str) -> bool:
    """Whether a candidate opens with a kind of class, event or trip ("WORKSHOP …", "Kelas …", "Open Trip …")."""
    return words_of(name)[:1] in ([w] for w in EVENT_OPENERS)


def only_answer(name: str) -> bool:
    """Whether a candidate is a reply's word and nothing else ("Yes", "Bisa")."""
    return all(w in ANSWER_WORDS for w in words_of(name))


def class_title(name: str) -> bool:
    """Whether a candidate holds a kind of class or event or a language ("Conversational English", "Kelas Pagi
    Batik"): it may name what is taught rather than who teaches it."""
    return any(w in EVENT_KINDS or w in LANGUAGES for w in words_of(name))


def has_own_word(name: str) -> bool:
    """Whether a candidate holds a word that is no ordinary word, place or number: a name's own word."""
    return ordinary_share(name) < 1.0


def role_taken(text: str, start: int) -> bool:
    """Whether the words before ``start`` on its line make the candidate an addressee or a place, or it opens with a
    word of a village or district ("Desa Sukamulya")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start]
    if _ADDRESSEE_BEFORE.search(before):
        return True
    first = words_of(text[start:start + 20])[:1]
    tail = words_of(before)[-1:]
    return bool(first and first[0] in _PLACE_WORDS) or bool(tail and tail[0] in _PLACE_WORDS)
