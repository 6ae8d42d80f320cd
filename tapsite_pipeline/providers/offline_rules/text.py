"""Text cleaning and language detection for the offline intent parser."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from tapsite_pipeline.fastre import fast, regrouped
from tapsite_pipeline.pasted import sentences_from_lines

MAX_CHARS = 2000

_TAG = regrouped(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->|</?[a-zA-Z][^<>]{0,300}>", re.I | re.S)
_TEMPLATE = regrouped(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\$\{[^}]{0,200}\}|\{\{|\}\}|\{%|%\}", re.S)
_URL = regrouped(r"\bhttps?://\S+|\bwww\.\S+", re.I)
_WS = regrouped(r"[ \t\r\f\v\u00a0]+")
_NL = regrouped(r"\s*\n\s*")
_REPEAT_PUNCT = regrouped(r"([!?.,])\1{2,}")
_DOTS = regrouped(r"(\.\s*){2,}")
_QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
           "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
           "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2026": "...", "\u300c": '"', "\u300d": '"',
           "\u00d7": "x"}  # (a times sign is the "x" owners type: "150 kotak × Rp 38.000", "2×3 m")
_QUOTE_TABLE = str.maketrans(_QUOTES)


# ASCII controls other than the newline become spaces (what the per-character loop below does, in one call).
_ASCII_CONTROLS = {c: " " for c in [*range(0x20), 0x7F] if c != 0x0A}


def clean(text: str) -> str:
    """Strip markup, template syntax, emoji and control characters; normalise quotes and spaces.

    Smart quotes become straight quotes (so a quoted brand name is found the same way) and
    dashes become '-'. The result keeps the owner's capitalisation.
    """
    if not isinstance(text, str):
        text = str(text or "")
    return _clean(sentences_from_lines(text))   # lines and bullets pasted from a chat or a bio (pasted.py)


@lru_cache(maxsize=64)  # the brief check and the parse clean the same text
def _clean(text: str) -> str:
    text = text[: MAX_CHARS * 2]
    text = unicodedata.normalize("NFKC", text)
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "{" in text or "$" in text:
        text = _TEMPLATE.sub(" ", text)
    if "http" in text or "www." in text:
        text = _URL.sub(" ", text)
    text = text.translate(_QUOTE_TABLE)
    if text.isascii():
        return _tidy(text.translate(_ASCII_CONTROLS))
    out = []
    repeated = _repeated_emoji(text)
    for ch in text:
        if ch.isascii():
            out.append(ch if (ch.isprintable() or ch == "\n") else " ")
            continue
        cat = unicodedata.category(ch)
        if cat[0] in "LNM" or ch in "&-'\"€£":  # (the euro and the pound sign: an amount's currency, "€420")
            out.append(ch)
        elif cat in ("Zs", "Zl", "Zp"):
            out.append(" ")
        elif cat[0] == "P":
            out.append(" ")
        elif cat == "So" and ch >= "\u2600":  # emoji and pictographs (not °, ©, ™): where one sets off what
            # follows, it ends a sentence; one the owner repeats between words marks off the pieces of a list
            out.append(_BULLET if ch in repeated else _MARK)
        else:  # other symbols, private use, controls
            out.append(" ")
    joined = "".join(out)
    return _tidy(_EMOJI_RUN.sub(_emoji_break, joined) if _MARK in joined or _BULLET in joined else joined)


_MARK = "\x1e"
_BULLET = "\x1d"  # an emoji the brief holds more than once
_EMOJI_RUN = regrouped(r"\s*[\x1e\x1d][\x1e\x1d\s\ufe0f\u200d]*")


def _repeated_emoji(text: str) -> frozenset[str]:
    """The emoji a brief holds twice or more: "Warung Bu Har 🍛 nasi pecel 🍛 rawon 🍛 soto ayam" sets its menu apart
    with one, as a list does with commas."""
    seen: set[str] = set()
    twice: set[str] = set()
    for ch in _HIGH.findall(text):  # (only the few characters from the symbols' block on are looked at)
        if unicodedata.category(ch) == "So":
            (twice if ch in seen else seen).add(ch)
    return frozenset(twice)


_HIGH = re.compile("[\u2600-\U0010ffff]")


def _emoji_break(m: re.Match) -> str:
    """An emoji between a word and a capitalised word sets the two apart as a full stop would ("Bu Ratna 🇮🇩
    Indonesian lessons", "di Palembang 👗 Galeri Kebaya Cek Nur"); elsewhere it is a space ("kirim 🚚 ke …")."""
    text, a, b = m.string, m.start(), m.end()
    before, after = text[a - 1:a], text[b:b + 1]
    if before.isalnum() and after.isupper():
        return ". "
    # a brief typed without capitals has no capital to go by: an emoji after its opening words sets them off as one
    # ("wadai banjar acil ruwaidah 🌙 kue bingka …", "💅 jemari ocha nail art 💅 gel polish …")
    if before.isalnum() and after.isalnum() and _uncased(text) and _opening(text, a):
        return ". "
    # a name or a place, then a word that opens a clause of its own: what is sold or who speaks ("Kaligesing Purworejo
    # 🐐 jual susu kambing", "Kopi Senja ☕ kami buka tiap hari"); after a word in lower case it may go on one phrase
    if before.isalnum() and after.islower():
        prev = text[:a].rsplit(None, 1)[-1:]
        nxt = text[b:].split(None, 1)[:1]
        if nxt and nxt[0] in _OPENS_CLAUSE and prev and prev[0][:1].isupper():
            return ". "
    # an emoji before a comma list of short pieces sets the list off from the words before it, as a colon would ("open
    # PO kue lebaran 🌙 nastar, kastengel, putri salju"): the first piece is an item, not the end of the heading
    # (after words that are a list themselves, "mahar & seserahan box 💍 bentuk masjid, bunga", the list goes on
    # telling them apart)
    if before.isalnum() and after.isalpha() and _LIST_AFTER.match(text, b):
        prev = text[:a].rsplit(None, 1)[-1:]
        heading = re.split(r"[.!?:;\n\x1e\x1d]", text[:a])[-1]
        if not (prev and prev[0].lower() in _CARRY_ON | _LEADS_ON) and not _LISTED.search(heading):
            return ". "
    # a repeated emoji between two words, each standing free of it, is a list's comma ("nasi pecel 🍛 rawon 🍛 soto"),
    # unless the words on either side carry one phrase across it ("jual 🌸 buket bunga", "kirim 🚚 ke luar kota")
    run = m.group(0)
    if _BULLET in run and before.isalnum() and after.isalnum() and run[:1].isspace() and run[-1:].isspace():
        prev = text[:a].rsplit(None, 1)[-1:]
        nxt = text[b:].split(None, 1)[:1]
        if not (prev and prev[0].lower() in _CARRY_ON | _LEADS_ON) and not (nxt and nxt[0].lower() in _CARRY_ON):
            return ", "
    return " "


_LIST_AFTER = regrouped(r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s*,\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s*,",
                        re.IGNORECASE)

_LISTED = regrouped(r"[,&+/]|\b(?:dan|and|serta|atau|or)\b", re.IGNORECASE)


def _uncased(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and (all(c.islower() for c in letters) or all(c.isupper() for c in letters))


# Words that carry a sentence on past an emoji: "kirim 🚚 ke luar kota" is one sentence.
_CARRY_ON = frozenset("ke di dan untuk utk buat dari yang yg sama dengan dgn atau to for and in at of from with or by "
                      "the a an".split())
# ... and words after which the phrase goes on: an offer verb before its goods ("jual 🌸 buket bunga 🌸 hampers").
_LEADS_ON = frozenset("jual menjual jualan sedia menyediakan terima menerima ada buka open sell sells selling serve "
                      "serves serving offer offers offering bikin membuat make makes".split())


# ... and words that open a clause of their own: an offer verb, or who speaks.
_OPENS_CLAUSE = frozenset("jual menjual jualan terima menerima sedia menyediakan melayani kami saya aku sy we sell sells "
                          "selling".split())


def _opening(text: str, at: int) -> bool:
    """Is ``at`` after the brief's first two to six words, all of one sentence, with no word after it that carries
    the sentence on?"""
    head = text[:at].replace(_BULLET, _MARK)
    nxt = text[at:].replace(_MARK, " ").replace(_BULLET, " ").split()[:1]
    return not re.search(r"[.!?,:;]", head) and 2 <= len(head.replace(_MARK, " ").split()) <= 6 \
        and not (nxt and nxt[0].lower() in _CARRY_ON)


def _tidy(text: str) -> str:
    text = text.replace("<", " ").replace(">", " ").replace("{", " ").replace("}", " ")
    # each substitution only where it can change something (most briefs are one line with single spaces)
    if "!!!" in text or "???" in text or "..." in text or ",,," in text:
        text = _REPEAT_PUNCT.sub(r"\1", text)
    text = text.strip()
    if "\n" in text:
        text = _NL.sub(". ", text)
    if "  " in text or any(c in text for c in "\t\r\f\v\u00a0"):
        text = _WS.sub(" ", text)
    if text.count(".") >= 2:
        text = _DOTS.sub(". ", text)
    return text[:MAX_CHARS].strip()


# ---------------------------------------------------------------- language
ID_WORDS = {
    "yang": 2, "yg": 2, "dan": 1.5, "di": 1.5, "ke": 1, "dari": 1.5, "dr": 1, "untuk": 2, "utk": 2, "buat": 1.5,
    "bikin": 2, "bikinin": 2, "buatkan": 2, "buatin": 2, "saya": 2, "sy": 2, "aku": 2, "gw": 2, "gue": 2, "gua": 2,
    "ane": 1.5, "kami": 2, "kita": 1.5, "adalah": 2, "ini": 1.5, "itu": 1.5, "dengan": 2, "dgn": 2, "jual": 1.5,
    "menjual": 2, "jualan": 2, "punya": 2, "nama": 1.5, "namanya": 2, "tokonya": 2, "usaha": 1.5, "mau": 1.5,
    "ingin": 2, "pengen": 2, "pingin": 2, "tolong": 2, "dong": 2, "ya": 1, "gan": 1.5, "kak": 1, "jg": 2, "juga": 2,
    "bgt": 2, "banget": 2, "sama": 1, "atau": 1.5, "tapi": 1.5, "karena": 2, "krn": 2, "kalau": 2, "kalo": 2,
    "ada": 1.5, "sudah": 2, "udah": 2, "sejak": 2, "warna": 1.5, "warnanya": 2, "nuansa": 1.5, "lewat": 2, "bisa": 1.5,
    "pakai": 1.5, "pake": 1.5, "murah": 1, "enak": 1, "halaman": 1.5, "bernama": 2, "seperti": 2, "kayak": 2,
    "kyk": 2, "agar": 2, "supaya": 2, "biar": 2, "tempat": 1, "rumah": 1, "kecil": 1, "dekat": 1.5, "sekitar": 1,
    "melayani": 2, "menyediakan": 2, "pesanan": 1.5, "pesan": 1, "harga": 1, "terjangkau": 1.5, "tidak": 2,
    "gak": 2, "ga": 1.5, "nggak": 2, "tdk": 2, "yuk": 2, "nih": 2, "sih": 2, "aja": 2, "saja": 2, "lagi": 1,
    "baru": 1, "jadi": 1.5, "oleh": 1.5, "pada": 1.5, "dalam": 1.5, "secara": 1.5, "para": 1.5, "anak": 1,
    "ibu": 1, "bapak": 1, "kota": 1, "daerah": 1.5, "tahun": 1, "berdiri": 1.5, "sebuah": 2, "merupakan": 2,
    "yaitu": 2, "tentang": 2, "bagi": 1.5, "khusus": 1.5, "serta": 2, "hingga": 2, "sampai": 1.5, "mulai": 1.5,
    "setiap": 1.5, "tiap": 1.5, "semua": 1.5, "seluruh": 1.5, "banyak": 1.5, "sangat": 2, "lebih": 1.5,
    "paling": 1.5, "masih": 1.5, "akan": 1.5, "sedang": 1.5, "kalian": 2, "anda": 2, "kamu": 2, "mohon": 2,
    "silakan": 2, "silahkan": 2, "makasih": 2, "hanya": 1.5, "cuma": 1.5, "tsb": 2, "sbg": 2, "sebagai": 2,
    "kue": 0.5, "toko": 0.5, "warung": 0.5, "usahaku": 2, "tokoku": 2, "usahanya": 2, "brandnya": 1.5,
    "mereknya": 2, "bwt": 2, "tuk": 1.5, "jd": 1.5, "lg": 1, "sdh": 2, "blm": 2, "belum": 2, "tp": 1.5,
    "sm": 1, "klo": 2, "kl": 1, "aj": 1, "dg": 1.5, "pd": 1.5, "menyajikan": 2, "membuat": 2, "berbagai": 2,
    "aneka": 1.5, "macam": 1.5, "terima": 1, "kasih": 1, "mantap": 1, "lezat": 1,
    "tolongin": 2, "dibuatkan": 2, "dibikinin": 2, "diantar": 2, "pemesanan": 2, "menerima": 2, "berlokasi": 2,
    "terletak": 2, "beralamat": 2, "perlu": 2, "tgl": 1.5, "daftar": 1, "hijau": 1, "merah": 1,
    "biru": 1, "hitam": 1, "putih": 1, "kuning": 1, "emas": 1, "ungu": 1, "coklat": 1, "krem": 1, "tanggal": 1.5,
    "acara": 1, "bulan": 1, "hari": 1, "minggu": 1, "jam": 1, "buah": 1, "orang": 1.5, "kue2": 1, "ak": 1.5, "mw": 2, "nmanya": 2, "gmn": 2, "gimana": 2, "bkin": 2, "kaum": 1.5, "warga": 1.5, "pelanggan": 1.5, "langganan": 1, "produk": 0.5,
    # amounts in Indonesian shorthand ("150rb", "1,5jt"): a price written the Indonesian way
    "rb": 1.5, "ribu": 1.5, "jt": 1.5, "juta": 1.5, "rp": 1,
}
EN_WORDS = {
    "the": 2, "and": 1.5, "of": 1.5, "a": 1, "an": 1.5, "my": 2, "our": 2, "we": 2, "i": 1.5, "is": 2, "are": 2,
    "for": 1.5, "with": 1.5, "in": 1, "to": 1.5, "that": 1.5, "this": 1.5, "selling": 2, "sell": 2, "sells": 2,
    "called": 2, "named": 2, "want": 2, "need": 2, "please": 2, "since": 2, "from": 1.5, "your": 2, "you": 1.5,
    "which": 2, "who": 1.5, "it": 1.5, "be": 1.5, "based": 1.5, "offering": 2, "offer": 1.5, "offers": 2,
    "make": 1.5, "create": 1.5, "build": 1.5, "looking": 2, "small": 1.5, "family": 1, "run": 1, "owned": 2,
    "by": 1.5, "at": 1.5, "on": 1.5, "has": 2, "have": 2, "will": 2, "can": 2, "should": 2, "would": 2,
    "like": 1.5, "me": 1.5, "us": 1.5, "their": 2, "they": 2, "also": 2, "but": 1.5, "or": 1, "only": 1.5,
    "all": 1, "just": 1.5, "very": 2, "made": 1, "color": 1.5, "colors": 1.5, "colour": 1.5, "colours": 1.5,
    "provide": 2, "provides": 2, "specializing": 2, "specialising": 2, "serving": 2, "serve": 2, "serves": 2,
    "located": 2, "near": 1.5, "around": 1.5, "customers": 1.5, "people": 1.5, "local": 1, "i'm": 2, "we're": 2,
    "im": 1, "its": 1.5, "it's": 2, "help": 1.5, "get": 1.5, "where": 2, "what": 2, "how": 2,
    "some": 1.5, "any": 1.5, "every": 1.5, "more": 1.5, "most": 1.5, "here": 1.5, "there": 1.5, "than": 2,
    "am": 1.5, "was": 2, "were": 2, "been": 2, "do": 1.5, "does": 2, "not": 2, "don't": 2, "home": 0.5,
    "wants": 2, "needs": 2, "using": 2, "use": 1.5, "into": 2, "about": 2, "over": 1.5, "out": 1,
    "these": 2, "those": 2, "them": 2, "he": 1.5, "she": 1.5, "his": 1.5, "her": 1.5, "business": 1,
    "shop": 0.5, "store": 0.5, "page": 0.5, "landing": 0.5, "website": 0.2, "site": 0.5, "feel": 1.5, "look": 1,
    "could": 2, "let": 1.5, "sure": 1.5, "welcome": 1, "making": 2, "takes": 2,
    "take": 1.5, "known": 2, "green": 0.5, "red": 0.5, "blue": 0.5, "black": 0.5,
    "white": 0.5, "gold": 0.3, "day": 1, "week": 1, "lovely": 1.5, "nice": 1.5, "opened": 2, "open": 1, "started": 2, "establish": 1.5, "established": 2,
}
# The units of amounts written the Indonesian way count once however many prices a list gives: an English brief
# from Indonesia writes its prices so too ("landing page 1.2jt, online store 4.9jt … all with hosting").
AMOUNT_UNITS = frozenset({"rb", "ribu", "jt", "juta", "rp"})
_WORD = regrouped(r"[a-z]+(?:'[a-z]+)?")
_MAKE_UP = regrouped(r"\bmake[\s-]up\b")
_EN_MORPH = regrouped(r"\b[a-z]{3,}(?:ing|tion|tions|sion|ness|ment|ments|ly|ful|ous|ive)\b")
_ID_MORPH = fast(r"\b(?:[a-z]{3,}nya|me[nmn]?[a-z]{4,}kan|ber[a-z]{4,}|di[a-z]{3,}kan|ter[a-z]{4,})\b")


# Everyday Indonesian words of small trade: weak evidence each, but they outvote one stray
# English-looking suffix in briefs made only of nouns ("potong celana, ganti resleting").
ID_TRADE_WORDS = dict.fromkeys((
    "baju celana kaos kemeja jaket sepatu sandal tas kain potong ganti cuci setrika jahit pasang servis "
    "makanan minuman nasi ayam ikan sapi kambing sayur buah kue roti jajanan lauk sambal goreng bakar "
    "rebus pedas manis murah mahal harga ongkir antar jemput pesan pesanan jualan dagangan toko warung "
    "rumah kamar anak ibu bapak mbak mas kakak adik teman keluarga sekolah kelas guru murid belajar "
    "kursus les pernikahan nikahan acara sewa tenda gedung kebun sawah ternak kolam pupuk bibit "
    "lengkap bagus cepat rapi bersih enak segar baru lama besar kecil banyak semua setiap hari "
    "minggu bulan tahun pagi siang sore malam "
    # whom a service is for and the occasion, closing an item of a price list ("potong rambut wanita", "make up pesta")
    "wanita pria perempuan dewasa remaja bayi balita pesta wisuda").split(), 0.5)
# A terse brief of nouns and a timetable ("klinik gigi … tambal gigi, cabut gigi. Praktek Senin-Sabtu 16.00-21.00") has
# next to no function words: the days and months, the words of a notice board and of everyday trades speak then, and
# only then (an English brief with an Indonesian street or opening day keeps its English).
TERSE_ID_WORDS = frozenset((
    "senin selasa rabu kamis jumat sabtu januari februari maret mei juni juli agustus oktober desember "
    "telp tlp buka tutup libur praktek praktik klinik gigi tambal cabut obat dokter bidan pijat rambut kulit "
    "bengkel besi kayu tukang jasa layanan kirim melayani wilayah pasar").split())
# The same for a terse English brief ("Beginner Korean lessons online, weekends, 8 students per class"): the days and
# months, and the plural nouns of a notice board, which Indonesian mixing borrows in the singular if at all.
TERSE_EN_WORDS = frozenset((
    "monday tuesday wednesday thursday friday saturday sunday weekends weekdays january february march april june july "
    "august october december lessons classes students beginners courses tickets rooms nights adults kids children "
    "hours minutes days weeks months years flavours flavors jars ships delivered daily weekly monthly").split())
# Indonesian words that merely end like English -ing words.
ID_ING = frozenset("kering piring kambing kucing anjing penting resleting pusing bening daging asing bersaing "
                   "keliling guling kuning sering miring gunting tanding banding kancing genting tinggi "
                   "tenting lading ladang pening runcing kencing gading".split())


# Both weights of a word in one lookup (an Indonesian function word's weight before its trade-word weight).
_WEIGHTS = {w: (ID_WORDS.get(w, 0.0) or ID_TRADE_WORDS.get(w, 0.0), EN_WORDS.get(w, 0.0))
            for w in {*ID_WORDS, *ID_TRADE_WORDS, *EN_WORDS}}


@lru_cache(maxsize=64)  # a brief without a name or a place asks about the same text twice
def language_scores(lower: str) -> tuple[float, float]:
    """(Indonesian, English) evidence from function words and morphology."""
    id_score = en_score = 0.0
    units: set[str] = set()
    for w in _WORD.findall(lower):
        weights = _WEIGHTS.get(w)
        if w in AMOUNT_UNITS:  # a price list's unit on every line ("1.5jt … 3.5jt … 6jt"): one sign, said once
            if w in units:
                continue
            units.add(w)
        if weights is not None:  # other words add 0.0, which changes no sum
            id_score += weights[0]
            en_score += weights[1]
    # "make up pesta", "make-up wisuda": the cosmetic service, a loanword of Indonesian price lists, not the verb "make"
    en_score -= EN_WORDS["make"] * len(_MAKE_UP.findall(lower))
    id_score += 0.5 * len(_ID_MORPH.findall(lower))
    en_score += 0.5 * sum(1 for m in _EN_MORPH.findall(lower) if m not in ID_ING)
    if en_score < 1.5 and id_score < 1.5:  # hardly a function word either way: the terse brief's nouns
        for w in _WORD.findall(lower):
            if w in TERSE_ID_WORDS or _passive(w):
                id_score += 0.5
            elif w in TERSE_EN_WORDS:
                en_score += 0.5
    return id_score, en_score


def _passive(w: str) -> bool:
    """An Indonesian verb's passive: "diterima", "dikirim", "dijual" (di- before a root the lexicons hold)."""
    if w[:2] != "di" or len(w) < 6:
        return False
    root = _WEIGHTS.get(w[2:])
    return (root is not None and root[0] > root[1]) or w[2:] in TERSE_ID_WORDS


def detect_language(lower: str, masked: str | None = None) -> str:
    """'id' or 'en' by weighted function-word counts; ties and empty text go to Indonesian.

    `masked` is the text with names blanked out (brand, place): words inside a name count a
    quarter, so a shop called "The Daily Grind" in an Indonesian sentence does not tip it to
    English, yet a brief that is little more than a name still has a say.
    """
    full_id, full_en = language_scores(lower)
    if masked is None:
        return "id" if full_id >= full_en else "en"
    m_id, m_en = language_scores(masked)
    id_score, en_score = m_id + 0.25 * (full_id - m_id), m_en + 0.25 * (full_en - m_en)
    return "id" if id_score >= en_score else "en"


_TOKEN = regrouped(r"[a-z0-9]+")


@lru_cache(maxsize=64)
def tokens(lower: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each run of a-z and 0-9 in a lower-cased text: the keyword and colour readers'
    words, read once per brief."""
    return tuple([(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(lower)])


def title_case(name: str) -> str:
    """Capitalise each word's first letter, leaving the rest alone ("d'cost" → "D'cost")."""
    return " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
