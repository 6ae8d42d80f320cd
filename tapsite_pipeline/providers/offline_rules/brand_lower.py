"""Names in a brief typed without capitals (brand.py): owners typing on a phone write "kode nusantara digital adalah
software house …" or "… mulai 500rb. balonku deco. wa 0821 …". With no capitals to go by, a name is read where its
position in the sentence says it is one, as a capitalised run would be read there:

- the words opening the brief before a copula or a verb of what the business does ("quantum edukasi adalah …",
  "linen loop does laundry …", "bimbel cendekia prima membuka …");
- a short sentence of its own before a contact detail or at the end of the brief ("… 1 hari jadi. undangan klik,
  wa 0831 …", "… area bintaro. hijau atap").

Each reading needs a word that is not one of the trade's, a customer's, a clause's or a place's: "les privat
matematika menerima murid" opens with the trade, "bisa cod. wa 08…" ends with a note, and neither names anyone.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .brand_guards import is_generic
from .brand_words import _ABBR, _HARD, LOC_NOUNS, STOP
from .colors import is_color
from .lexicon import KEYWORDS
from .places import PLACES
from .roles import AUDIENCE, VERB

_TRADE_WORDS = frozenset(w for k in KEYWORDS for w in k.split())
# Copulas and the verbs of what a business does, said right after its name.
_VERBS = ("adalah merupakan ialah yaitu buka membuka menerima melayani menyediakan menawarkan menjual menyewakan "
          "menyelenggarakan mengembangkan menangani memproduksi membuat mengerjakan memasok mengajar mengajarkan "
          "melatih mengelola mengantar membantu hadir memberikan menghadirkan "
          "is are does makes bakes sells offers provides serves runs rents builds teaches designs supplies organises "
          "organizes hosts repairs manufactures welcomes helps brings specializes specialises creates delivers "
          "crafts produces grows roasts brews cooks caters trains installs maintains plans sets fixes cleans imports "
          "exports distributes publishes prints paints handles arranges shoots films records builds").split()
_COPULAS = frozenset("adalah merupakan ialah yaitu is are".split())
# "bakso urat adalah menu andalan kami": what is said of goods, not of a business
_GOODS_NEXT = regrouped(r"\s+(?:menu|produk|makanan|minuman|jajanan|kue|salah\s+satu|one\s+of|our\s+(?:best|signature|"
                        r"favourite|favorite|main)|the\s+(?:best|signature))\b")
# A token of a name: a word, a coined web name ("sekolahweb.id"), an abbreviation with its dot ("co.").
_TOKEN = r"[\w'&-]+(?:\.[a-z]{2,4}\b)?"
_OPENING = regrouped(r"\s*((?:" + _TOKEN + r"\s+){0,4}?" + _TOKEN + r")\.?\s+(?:" + "|".join(_VERBS) + r")\b(?!-)")
# "kamera kita", "hampers kita": a trade word made the owners' closes many names, never opens one ("kami menerima")
_OWNERS = frozenset({"kita", "kami"})
# Words a name never holds here: the clause's own (prepositions, pronouns, verbs of selling), a request's, a price's.
_NEVER = frozenset((STOP | _HARD | set("mulai harga gratis free bisa cod ongkir promo diskon per area hari jam buka "
                                       "tutup minggu setiap tiap only just also all kak gan sis "
                                       # what a brief's last words ask of the reader: "info pendaftaran", "order now"
                                       "info informasi pendaftaran daftar pesan pesanan order booking book reservasi "
                                       "konsultasi welcome selamat silakan silahkan thanks terima kasih now sekarang "
                                       "ditunggu yuk ayo nama namanya name boleh dilarang allowed available ready tersedia".split())) - _OWNERS)
# What stands after a name set off as its own sentence: the end of the brief, or a contact detail ("… balonku deco.
# wa 0821 …", "… arek it solutions — call …"); a short sentence before another is as often a note ("jadwal fleksibel.").
_ALONE_AFTER = regrouped(r"\s*(?:[.!]?\s*$|[.!,]?\s*(?:[-—–]\s*)?(?:wa|whatsapp|call|telp|telepon|tlp|hp|email|"
                         r"e-mail|ig|instagram|insta|hubungi|hub|kontak|contact|dm|sms|telegram|line|"
                         # its street: "… ganti lcd. andalan cell, jl. merdeka 5 garut"
                         r"jl\.|jln\.?|jalan|alamat)(?!\w))")
_CONTACT_AFTER = regrouped(r"[.!,]?\s*(?:[-—–]\s*)?(?:wa|whatsapp|call|telp|telepon|tlp|hp|email|e-mail|ig|instagram|"
                           r"insta|hubungi|hub|kontak|contact|dm|sms|telegram|line)\b")
# Words of a note, not of a name, in a short sentence at the end: where ("dkt kampus", "bekasi timur"), a verb
# ("mesin disediakan", "peserta mendapat sertifikat"), a chat short form ("bs custom ukuran").
_NOTE_WORDS = frozenset(LOC_NOUNS | VERB | set("dkt dket deket bs sdh udh udah blm belum timur barat utara selatan "
                                               "tengah danau pantai gunung pulau sungai "
                                               # how it is done or paid ("jadwal fleksibel", "garansi resmi")
                                               "jadwal waktu garansi stok kirim antar pengiriman pembayaran bayar "
                                               "transfer minimal min maks "
                                               # who works there and how well ("teknisi berpengalaman", "fast and
                                               # friendly"): a promise, not a name
                                               "teknisi staf staff tim team berpengalaman profesional professional "
                                               "terpercaya bergaransi bersertifikat berlisensi ramah cepat murah rapi "
                                               "experienced trusted certified licensed friendly fast cheap affordable "
                                               "reliable".split()))
_VERB_SHAPED = regrouped(r"(?:me[mn]?g?|di|ber|ter)[a-z]{3,}kan")
# A name set off by a dash or a colon after the words that say what the business is ("boba shop in surabaya - pearl
# riot. brown sugar …", "gym in kuta: tiger rock mma. drop-in …") may end its sentence before the next one.
_SET_OFF_BEFORE = regrouped(r"(?:\s[-—–]|:)\s+$")
_SENTENCE_END = regrouped(r"\s*[.!]\s")
# Where a sentence starts: the brief's start, a stop, a colon, a spaced dash, an emoji ("💅 jemari ocha nail art 💅").
_SENTENCE_START = re.compile(r"^|[.!?:]\s+|\s[-—–]\s+|[^\w\s.,;:!?'&()/@#+-]\s*")
_TOKEN_RE = re.compile(_TOKEN)
_SYMBOL_AFTER = regrouped(r"\s*[^\w\s.,;:!?'&()/@#+-]")


def _names_something(words: list[str], numbered: bool = False) -> bool:
    """A word of these is not one of the trade's, a customer's, a place's or a clause's. With ``numbered``, a number
    of one to three digits after the first word is a part of the name ("oven 77 bakehouse", "zahra trans 21")."""
    if numbered:
        words = words[:1] + [w for w in words[1:] if not _NAME_NUMBER.fullmatch(w)]
    if not words or words[0] in _OWNERS or any(w in _NEVER or any(c.isdigit() for c in w) for w in words):
        return False
    return not all(w in _TRADE_WORDS or w in AUDIENCE or w in PLACES for w in words)


_NAME_NUMBER = re.compile(r"\d{1,3}")
# a number closing the words is a measure when a unit follows it ("… 2 jam", "… 3 kg"), not a part of a name
_UNIT_NEXT = regrouped(r"(?<=\d)\s*(?:jam|menit|hari|minggu|bulan|tahun|kg|gr|ml|pcs|orang|org|x|kali|hours?|days?|"
                       r"mins?|minutes?|people|pax)\b")


def _palette(words: list[str]) -> bool:
    """Colours the owner asks for, said last ("… hijau emas", "maroon & cream", "professional navy"): no name."""
    colours = sum(is_color(w) for w in words)
    return bool(words) and (is_color(words[-1]) or 2 * colours >= len(words))


def opening_before_verb(text: str, lower: str) -> tuple[str, int, int] | None:
    """The words opening the brief before a copula or a business verb: "khitan ceria menyelenggarakan …"."""
    m = _OPENING.match(lower)
    if not m:
        return None
    words = [w.rstrip(".") for w in m.group(1).split()]
    # before a copula the words are the subject the brief describes, a name even of trade words ("kayu manis bakery
    # is a small home bakery"); before a verb of the trade they may be the trade itself ("les privat menerima murid")
    copula = lower[m.end(1):m.end()].split()[-1] in _COPULAS and not _GOODS_NEXT.match(lower, m.end())
    if not (_names_something(words) or (copula and len(words) >= 2 and not any(w in _NEVER for w in words))):
        return None
    return text[m.start(1):m.end(1)], m.start(1), m.end(1)


def standing_alone(text: str, lower: str) -> list[tuple[tuple[str, int, int], bool]]:
    """Short sentences of two to four words (or one coined web name) standing before a contact detail or at the end
    of the brief: "… mulai 500rb. balonku deco. wa 0821 …"; the fewest words that stand so are the name. Each comes
    with whether a contact detail follows it."""
    out = []
    for b in _SENTENCE_START.finditer(lower):
        toks = list(_TOKEN_RE.finditer(lower, b.end()))[:4]
        toks = toks[:next((i for i in range(1, len(toks)) if not lower[toks[i - 1].end():toks[i].start()].isspace()),
                          len(toks))]  # one sentence: the words joined by spaces only
        for k in range(1, len(toks) + 1):
            s, e = toks[0].start(), toks[k - 1].end()
            if not any(c.isalnum() for c in toks[k - 1].group(0)) or not any(c.isalnum() for c in toks[0].group(0)):
                continue  # a name neither opens nor closes on "&" or "-"
            words = [w for w in re.split(r"\s+|&", lower[s:e]) if w]
            coined = len(words) == 1 and bool(re.search(r"\.[a-z]{2,4}$", words[0]))
            if (len(words) < 2 and not coined) or (lower[e:e + 1] == "." and words[-1] in _TITLE_DOTS):
                continue  # ("klinik hewan drh. bayu": a title's dot ends no sentence)
            # a name set off by a dash or a colon, or opening the brief as a sentence of its own before the rest
            # ("bunda laundry tarakan 🧺 cuci setrika …", the emoji read as a stop)
            set_off = bool(_SENTENCE_END.match(lower, e)) and (
                bool(_SET_OFF_BEFORE.search(lower, max(0, s - 4), s)) or s == b.start() == 0)
            if (s == b.start() == 0 and not set_off) \
                    or not (_ALONE_AFTER.match(lower, e) or set_off or _SYMBOL_AFTER.match(lower, e)):
                continue  # (a brief that is one short sentence, "drop the sunset cruises", says what it wants)
            if not _names_something([w.split(".")[0] if coined else w for w in words], numbered=True) \
                    or is_generic(lower[s:e]) or _UNIT_NEXT.match(lower, e) \
                    or _palette(words) or any(w in _NOTE_WORDS or _VERB_SHAPED.fullmatch(w) for w in words):
                break
            # before a contact detail the owner signs with the name, as strong as a capitalised name standing so
            out.append(((text[s:e], s, e), bool(_CONTACT_AFTER.match(lower, e))))
            break
    return out


# After a name read from a cue ("namanya kado kita co.", "brand saya sweet crumbs by lia"), the words a lower-case name
# reader stops at that still close it: the owners' pronoun ("… kita"), a company's "co", a maker signed "by" one name.
_CLOSING = regrouped(r"(?:\s+(?:kita|kami)\b)?(?:\s+co\b\.?)?(?:\s+by\s+[a-z][\w'-]*)?(?=\s*(?:[.,;!:—–]|\s-\s|$))")


def closed_name(text: str, lower: str, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The name read after a cue in a lower-case brief, with the words that still close it before punctuation."""
    if not found:
        return found
    _, s, e = found
    m = _CLOSING.match(lower, e)
    if not m or m.end() == e:
        return found
    end = m.end() - 1 if lower[m.end() - 1] == "." else m.end()
    return text[s:end], s, end


# The owner introducing the business in a lower-case brief: "we are clean sweep bali, …", "my shop is little sprout,",
# "kami dari sumber jaya autobody, melayani …".
_INTRO = regrouped(r"\b(?:we\s+are|we're|this\s+is|call\s+us|(?:my|our)\s+(?:shop|store|studio|brand|business|bakery|"
                   r"cafe|salon|label|company|school|clinic|workshop|kitchen|farm|agency)\s+is|"
                   r"(?:the\s+)?(?:brand|label)\s+is|kami\s+dari|kami\s+adalah|saya\s+dari|welcome\s+to|"
                   r"selamat\s+datang\s+di|kami\s+(?=(?:[a-z]+\s+){1,4}[a-z]+\s*,))\s+")
_NOT_INTRO = frozenset("open based located ready happy here available proud the a an one your family small local "
                       "professional experienced".split())


def introduced(text: str, lower: str) -> list[tuple[str, int, int]]:
    """Names the owner introduces, up to the punctuation that ends them: "we are snapbox, photo booth rental …"."""
    out = []
    for m in _INTRO.finditer(lower):
        phrase = re.match(r"((?:" + _TOKEN + r"\s+){0,4}?" + _TOKEN + r")(?=\s*(?:[.,;!:(—–]|\s-\s|$|[^\w\s'&-])|"
                          r"\s+(?:from|dari|in|di|based)\b)", lower[m.end():])
        if not phrase:
            continue
        words = [w.rstrip(".") for w in re.split(r"\s+|&", phrase.group(1)) if w]
        if words[0] in _NOT_INTRO or not _names_something(words) or (len(words) >= 2 and is_generic(phrase.group(1))):
            continue
        s, e = m.end(), m.end() + phrase.end(1)
        out.append((text[s:e], s, e))
    return out


# A name set off by commas right after the words opening the brief: "les gitar & drum di cimahi, studio musik nada
# ria. …", "photo studio for product photography, lightbox studio bandung. …": the trade, then who, then where.
_APPOSITIVE = regrouped(r"[^,.;:!?]{3,80},\s+((?:" + _TOKEN + r"\s+){1,4}" + _TOKEN + r")\s*(?:[.;!]|,\s+(?:di\s+|in\s+)?"
                        r"(?=[a-z]))")


# Abbreviations whose dot ends no sentence: a title before a name, a street, a number.
_TITLE_DOTS = frozenset(_ABBR | {"apt", "bd", "sp", "no", "kel", "kec", "kab", "jln", "gg"})
_NAME_SAID = regrouped(r"(?:(?:[a-z]+\s+)?(?:name|nama)(?:\s+is|nya)?|company|perusahaan|brand|merek|label)\s+(?=\S)")
# "…, cantik alami nama tokonya.": the cue said after the name
_NAME_SAID_AFTER = regrouped(r"\s+(?:nama\s+[a-z]+nya|namanya)$")


def appositive(text: str, lower: str) -> tuple[tuple[str, int, int], bool] | None:
    """The second part of a brief's opening sentence, when it names something and the next part is a place or the
    sentence ends there; with whether a place follows it (a part that ends the sentence is as often a note, "…, custom
    initials.", and is read weaker)."""
    m = _APPOSITIVE.match(lower)
    if not m:
        return None
    s, e = m.start(1), m.end(1)
    if named := _NAME_SAID.match(lower, s, e):  # "…, studio name lontar labs.": what follows "name" is the name
        s = named.end()
    if named_after := _NAME_SAID_AFTER.search(lower, s, e):
        e = named_after.start()
    words = [w for w in re.split(r"\s+|&", lower[s:e]) if w]
    if not words or not _names_something(words) or is_generic(lower[s:e]) or _palette(words) \
            or any(w in _NOTE_WORDS or _VERB_SHAPED.fullmatch(w) for w in words):
        return None  # "…, kirim seluruh indonesia.": a note, not a name
    if lower[m.end() - 1:m.end()] == "." and words[-1] in _TITLE_DOTS:
        return None  # "…, apoteker penanggung jawab apt. sari": a title's dot ends no sentence
    after = lower[m.end():]
    if lower[m.end() - 1:m.end()] != "." and not any(after.startswith(p) and not after[len(p):len(p) + 1].isalnum()
                                                     for p in _places_at(after)):
        return None  # "jual nastar, putri salju, kastengel": the items of a list, not a name and its town
    return (text[s:e], s, e), lower[m.end() - 1:m.end()] != "."


def _places_at(rest: str) -> list[str]:
    words = rest.split()
    return [p for k in (3, 2, 1) if len(words) >= k and (p := " ".join(words[:k]).rstrip(".,")) in PLACES]
