"""Everyday words of the regional languages owners mix into Indonesian (Javanese ngoko and krama, Sundanese,
Minang, Balinese, Betawi, Batak, Bugis-Makassar, Madurese): function words, greetings and politeness, and common trade
words. A brief written partly in them ("nyuwun sewu, kami sanggar karawitan …, nyewakake gamelan jangkep
kanggo manten") describes a business as surely as one in Indonesian; the sense check (sense.py) counts these
as known words so that such a brief is not refused as gibberish. Words that are also everyday English or
Indonesian need not be here; two-letter particles are left out (too easily the letters of a mash).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tapsite_pipeline.fastre import regrouped

from ...models import Intent
from .chat_read import in_full_words
from .correction_terms import with_terms
from .corrections import corrected
from .number_words import comma_groups, read_numbers

REGIONAL_WORDS = frozenset("""
nyuwun sewu kulo kula panjenengan sampeyan monggo mangga sugeng rawuh nggih inggih mboten ora opo iki iku niki
niku nika kanggo kangge karo kaliyan lan sing ingkang wonten enten ana saking teka ning neng ten dhateng marang
sedaya kabeh sami sampun wis wes durung dereng badhe arep ajeng saged iso isa nyewakake nyewakaken nyewani
dodol sade tumbas tuku regi rego larang griya omah dalem manten mantenan tingkeban mitoni selametan kenduri
jangkep komplit kathah akeh sekedhik sithik eco matur nuwun suwun enjing sonten dalu dinten saben kados kaya
koyo pados golek ngersakaken ngagem nganggo mawon wae kok tho pinarak dhahar mangan ngunjuk ngombe kagem
pesenan pesen dipesen ngeterke diterke dikirim ndherek nyuwun pangapunten mugi bapak ibu mbakyu sedulur
kanca konco dulur pak bu dhe lik pakdhe budhe sinden pengrawit gamelan karawitan wayang
abdi urang anjeun hatur nuhun punten teh mah oge jeung sareng anu keur pikeun aya teu henteu tos atos parantos
acan bade rek hoyong hayang meser meuli ical lembur imah bumi sae alus raos ngeunah awis kang teteh akang ceu
mang neng bae sadaya seueur loba saeutik sakedik poe isuk wengi sumping wilujeng
ambo awak uni uda ajo indak ndak alah baa bana rancak lamak bara pitih lapau untuak samo nan iko ado
tiang titiang ratu bli mbok gek suksma rahajeng swastiastu napi dados ring
horas lae ito amang inang tulang mauliate dohot
daeng tabe iye puang ndi
engghi enggi kaule ngereng
aye ente kagak ngapain kite ame nyang pegimane kudu baek
""".split())


# Regional function words and trade verbs with one plain Indonesian reading, so the parser's Indonesian rules read a
# brief that mixes them in: "ambo … dari Sanggar X" introduces the business as "saya … dari" does, "X, Y, jo Z" is a
# list as "X, Y, dan Z" is, "gasan anak TK" says whom it is for. Only words that mean nothing else in Indonesian or
# English are here ("mangga", "tiang", "ring", "sing", "griya", "abdi", and "nan", naan bread, are left out); a
# capitalised one mid-sentence is part of a name ("Lapau Ambo") and stays. What the parse reads is then spelt back in
# the owner's words.
TO_INDONESIAN: dict[str, str] = {
    # Minang
    "ambo": "saya", "dunsanak": "saudara", "manarimo": "menerima", "untuak": "untuk", "samo": "sama",
    "iko": "ini", "indak": "tidak", "mambuek": "membuat", "manjua": "menjual", "jo": "dan",
    # Banjar
    "ulun": "saya", "pian": "anda", "bubuhan": "kawan-kawan", "wan": "dan", "gasan": "untuk", "haja": "saja",
    "kada": "tidak", "handak": "mau", "manjual": "menjual", "baisi": "punya",
    # Javanese
    "kulo": "saya", "kula": "saya", "panjenengan": "anda", "sampeyan": "anda", "kanggo": "untuk", "kangge": "untuk",
    "kagem": "untuk", "kaliyan": "dengan", "ingkang": "yang", "wonten": "ada", "saking": "dari", "lan": "dan",
    "karo": "sama", "nyewakake": "menyewakan", "nyewakaken": "menyewakan", "tumbas": "beli", "mawon": "saja",
    "wae": "saja", "pesenan": "pesanan", "dipesen": "dipesan", "ngeterke": "mengantar", "diterke": "diantar",
    "sedaya": "semua", "jangkep": "lengkap", "saben": "setiap", "badhe": "akan", "saged": "bisa", "regi": "harga",
    "rego": "harga", "omah": "rumah",
    # Sundanese
    "anjeun": "anda", "jeung": "dan", "sareng": "dan", "pikeun": "untuk", "meser": "beli", "ical": "jual",
    "imah": "rumah", "oge": "juga", "teu": "tidak", "gaduh": "punya",
    # Madurese
    "engghi": "iya", "enggi": "iya", "kaule": "saya",
    # Betawi, Balinese
    "aye": "saya", "ente": "anda", "kagak": "tidak", "nyang": "yang", "ade": "ada", "titiang": "saya",
}
# Conjunctions that join two words (never one closing a sentence: Manado "datang jo." is "just come").
_JOINING = frozenset({"jo", "wan", "lan", "jeung", "sareng", "karo"})
# "I" is read as "saya" only where the owner introduces themselves by name ("ambo Buya Syahrial dari …"): before a
# verb ("Ambo jahit mukena …") the regional pronoun already reads as the start of what is sold.
_I = frozenset({"ambo", "ulun", "kulo", "kula", "aye", "titiang"})
_KEYS = frozenset(TO_INDONESIAN)
# Betawi "ade" (ada) is also a given name ("Ade Catering", "Bu Ade"): only the lower-case word is read as "ada".
_NAMES_TOO = frozenset({"ade"})
_LETTERS = regrouped(r"[a-z]+")
_REGIONAL = re.compile(r"\b(" + "|".join(sorted(TO_INDONESIAN, key=len, reverse=True)) + r")\b", re.I)


def _said_in_indonesian(text: str, m: re.Match[str]) -> str | None:
    word = m.group(1)
    low = word.lower()
    if word != low and low in _NAMES_TOO:
        return None
    if word != low:
        before = text[:m.start()].rstrip(" \"'(")
        sentence_start = not before or before[-1] in ".!?\n"
        if not (sentence_start and word[0].isupper() and word[1:] == low[1:]):
            return None   # a capitalised word inside a sentence is part of a name
    if low in _JOINING and not re.match(r"\s+[^\W\d_]", text[m.end():]):
        return None
    if low in _I and not re.match(r"\s+[A-Z]", text[m.end():]):
        return None
    said = TO_INDONESIAN[low]
    return said.capitalize() if word[0].isupper() else said


def in_indonesian(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The brief with its regional function words said in Indonesian, and the (regional, Indonesian) pairs it
    replaced (none: the brief itself)."""
    if _KEYS.isdisjoint(_LETTERS.findall(text.lower())):  # most briefs hold none: a set test, not the regex
        return text, ()
    pairs: list[tuple[str, str]] = []

    def swap(m: re.Match[str]) -> str:
        said = _said_in_indonesian(text, m)
        if said is None:
            return m.group(0)
        pairs.append((m.group(1), said))
        return said
    out = _REGIONAL.sub(swap, text)
    return out, tuple(dict.fromkeys(pairs))


def in_owner_words(read: str, text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """A phrase read from the Indonesian-said brief, spelt back as the owner wrote it when it holds a replaced word
    ("les privat dan mengaji" → "les privat wan mengaji"); as read when the brief has it so, or no spelling fits."""
    if not pairs or not read:
        return read
    low_text = text.lower()
    if read.lower() in low_text:
        return read
    back = read
    for regional, said in pairs:
        word = regional.lower()
        back = re.sub(rf"\b{re.escape(said)}\b", lambda m, w=word: w.capitalize() if m.group(0)[:1].isupper() else w,
                      back, flags=re.I)
    return back if back.lower() in low_text else read


def intent_in_owner_words(intent: Intent, text: str, pairs: tuple[tuple[str, str], ...]) -> Intent:
    """What was read from the brief said in Indonesian, in the words the owner wrote (in_owner_words)."""
    return _fields_mapped(intent, lambda s: in_owner_words(s, text, pairs))


def _fields_mapped(intent: Intent, back: Callable[[str], str]) -> Intent:
    """The intent with `back` applied to every field read from the brief's words."""
    return intent.model_copy(update={
        "brand_name": back(intent.brand_name), "products": [back(p) for p in intent.products],
        "target_audience": back(intent.target_audience), "location": intent.location and back(intent.location),
        "facts": [f.model_copy(update={"value": back(f.value), "subject": back(f.subject)}) for f in intent.facts]})


def read_as_said(text: str) -> tuple[str, str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The brief as the readers read it (regional words in Indonesian, then spelled-out numbers as digits and numbers
    grouped by commas grouped by dots), the brief with only the regional words said, and the (regional, Indonesian)
    and (as written, digits) pairs replaced."""
    # an amount the owner corrected: as corrected (corrections.py); a term a correction gives it: with it
    said, pairs = in_indonesian(with_terms(corrected(text)))
    said, spelled = in_full_words(said)              # "sy yg dtg ke rmh": chat shorthand spelled out (chat_read.py)
    pairs += spelled
    read, numbers = read_numbers(said)
    read, groups = comma_groups(read)   # "1,500 guests" as one number
    return read, said, pairs, numbers + groups


def intent_as_written(intent: Intent, text: str, said: str, pairs: tuple[tuple[str, str], ...],
                      numbers: tuple[tuple[str, str], ...]) -> Intent:
    """An Intent read from read_as_said's text in the owner's words: the numbers spelt back where the owner's phrase
    holds them ("paket foto prewed dua juta lima ratus ribu"), then the regional words."""
    if numbers:
        groups = tuple(p for p in numbers if "," in p[0] and p[1] == p[0].replace(",", "."))
        if groups:   # a grouped number is as written wherever it stands, whatever else the phrase was cleaned of
            intent = _fields_mapped(intent, lambda s: _grouped_back(s, groups))
        if len(groups) < len(numbers):
            intent = intent_in_owner_words(intent, said, tuple(p for p in numbers if p not in groups))
    return intent_in_owner_words(intent, text, pairs) if pairs else intent


def _grouped_back(value: str, groups: tuple[tuple[str, str], ...]) -> str:
    for written, read in groups:
        if read in value:
            value = re.sub(rf"(?<![\d.,]){re.escape(read)}(?![\d]|[.,]\d)", written, value)
    return value
