"""What the offering rules mask or rewrite in the brief before reading it for offerings.

Amounts of priced items (blanked), a tagline set off by a dash, the person who leads a class ("bersama coach
Fajar"), the unit goods are sold by ("by the metre"), a range of levels ("N5 sampai N3"), an administrative area
("Kel. Sukamaju") and brackets that elaborate an offering ("single origin beans (Gayo, Kintamani)"). offerings.py
applies them in turn.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

from .offer_collector import GLOSS_CLOSE, GLOSS_OPEN
from .offer_words import ITEM_STOP, MASK, SPLIT, TRIGGER, is_place
from .places import PLACES
from .roles import AUDIENCE, CATEGORY, PLACE, QUALIFIER, TITLES, USES, is_offering
from .style_words import STYLES


def _unprice(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank each priced item's amount; where a word follows it ("kopi 15rb es teh 5rb") a comma keeps the items apart
    (a part of the text masked since, a name or a place, stays masked)."""
    out = list(text)
    for a, b in spans:
        masked = MASK in text[a:b]  # "650rb dengan sopir": what a part of it says is masked, the amount is blanked
        for i in range(a, b):
            if out[i] != MASK:
                out[i] = " "
        if not masked and text[b:b + 3].lstrip()[:1].isalpha():
            out[a] = ","
    return "".join(out)


def _mask(lower: str, spans: list[tuple[int, int]]) -> str:
    out = list(lower)
    for a, b in spans:
        a, b = max(0, a), min(len(out), b)
        if b > a:
            out[a:b] = MASK * (b - a)
    return "".join(out)


_SPACED_DASH = re.compile(r"\s[-—–]+\s")
# A tagline set off by a dash and closed by "!" or the line's end ("Sambal Bu Tini - Pedas Nampol!!", "Keripik
# Pak Darto – renyah gurih"): the business's slogan, not an offering.
_DASH_TAGLINE = re.compile(r"\s[-—–]+\s((?:[a-z'-]+\s+){0,3}[a-z'-]+)[ \t]*(?:!+|\n|$)")
# Words that only praise or stress in a tagline ("nampol", "pol", "banget"), beside the lexicon's qualifiers.
_TAGLINE_WORDS = frozenset("nampol pol puol poll abis parah bingits beud bener sekali sangat so very really".split())


def _tagline(m: re.Match) -> str:
    """Mask a dash's tagline whose words all praise (qualifiers, one at least) and name no goods."""
    words = m.group(1).split()
    from .keyword_hits import _keyword_hits  # the business lexicon: does the phrase name a trade's goods?
    goods = [h[2] for h in _keyword_hits(m.group(1)) if h[2] not in QUALIFIER]
    if goods or not any(w in QUALIFIER for w in words) or not all(w in QUALIFIER or w in _TAGLINE_WORDS for w in words):
        return m.group(0)
    a, b = m.span(1)
    return m.group(0)[:a - m.start()] + MASK * (b - a) + m.group(0)[b - m.start():]


# A person who leads the class or the trip, after its list: "bersama coach Fajar", "bareng kak Sinta", "with coach
# Maya" (a title, then one name word), or the sign word before a name already masked out.
_LEADER_TITLES = TITLES | frozenset("coach pelatih miss mister mr ms mrs teacher chef dr bidan ustadz ustadzah".split())
_LED_BY = regrouped(r"\b(?:bersama|bareng|with)\s+(?:" + "|".join(sorted(_LEADER_TITLES)) + r")\.?\s+[a-z][\w'-]*|\b(?:bersama|bareng|with)(?=\s*\x00)")


# "open PO kue lebaran", "open order brownies", "buka pre-order hampers": that the goods are taken on order now opens
# the clause; the goods follow it ("order" would end the item before them).
OPEN_ORDERS = regrouped(r"\b(?:open|buka)\s+(?:po|pre[\s-]?orders?|preorders?|orders?)\b")


# Whom one item is for, said after it and closing it: "English for kids, conversation class, TOEFL prep", "yoga for
# beginners and pilates for seniors", "les gambar utk anak SD & SMP, kelas kaligrafi". The audience qualifies that item
# only (it is a fact of the page); when what comes after it is plainly one more offering (it has its own audience, or a
# course, a class or a service heads it), the list goes on after it. Otherwise "for" governs the commas as before ("Indonesian lessons for expats, researchers and …", "perlengkapan sound untuk gereja serta band").
_FOR_WORD = regrouped(r"(?<=[a-z0-9)])\s+(?:for|untuk|utk|bagi)\s+")
_WHOM_TOKEN = regrouped(r"\s*(?:(,|&|/|\band\b|\bdan\b|\bor\b|\batau\b|\bserta\b)\s*)?([a-z0-9][\w-]*|\x00+)")
# whom besides the audience lexicon: the mothers-to-be of a class for pregnancy; and the words of an age
_EXPECTING = frozenset("hamil bumil moms-to-be mums-to-be mothers-to-be pregnant expecting".split())
_AGE = frozenset("aged age ages usia umur years year yo tahun thn th".split())
_NEXT_ITEM = regrouped(r"\s*(?:(,)|(?:and|dan|&|serta|plus|\+|juga|jg|also)\b)\s*([^,.;:!?\n()]*)")
# heads of one more offering (first in Indonesian, last in English): a course, a class, a package, a service
_ITEM_HEADS = frozenset("kelas les kursus paket jasa layanan pelatihan training class classes course courses lesson "
                        "lessons privat program workshop workshops camp bootcamp prep preparation persiapan bimbingan tutoring coaching terapi "
                        "therapy sesi session sessions".split())


_NUMBERS = regrouped(r"\d+(?:-\d+)?")


def _whom(word: str) -> bool:
    return word in AUDIENCE or word in _EXPECTING


def _whom_end(text: str, lower: str, at: int) -> int:
    """Where the run of whom that starts at `at` ends ("kids aged 8-14", "anak SD & SMP", "ibu hamil"), or -1. A fact
    masked out inside it ("kids [aged 8-14]", "[beginners]" read as a level) is read in the brief itself."""
    end, seen = -1, False
    pos = at
    while m := _WHOM_TOKEN.match(text, pos):
        joiner, word = m.group(1), m.group(2)
        if word.startswith(MASK):
            said = re.findall(r"[\w-]+", lower[m.start(2):m.end(2)])
            if not said or not all(_whom(w) or w in _AGE or _NUMBERS.fullmatch(w) for w in said):
                break
            seen = seen or any(_whom(w) for w in said) or any(w in _AGE for w in said) and any(
                _NUMBERS.fullmatch(w) for w in said)
        elif word in _AGE or _NUMBERS.fullmatch(word):
            if joiner and joiner not in ("&", "/"):
                break
            # an age said alone is whom too ("Scratch untuk usia 7-9, Python untuk usia 10-14")
            seen = seen or word in _AGE and bool(re.match(r"\s*\d", text[m.end():]))
        elif not _whom(word):
            break
        seen = seen or _whom(word)
        pos = end = m.end()
    return end if seen else -1


def _one_more(text: str, lower: str, end: int) -> bool:
    """Is what follows the run one more offering (see above)?"""
    m = _NEXT_ITEM.match(text, end)
    if m is None:
        return False
    piece = m.group(2).strip()
    own = _FOR_WORD.search(" " + piece)  # "… and pilates for seniors": one more item with its own audience
    words = piece[:own.start()].split() if own else piece.split()
    if not words or _whom(words[0]):
        return False
    piece_at = m.start(2) + len(m.group(2)) - len(m.group(2).lstrip())
    if own and _whom_end(text, lower, piece_at + own.end() - 1) > 0:
        return True
    # "… dan kelas pijat bayi", "…, conversation class": a class heads it, whoever it names (not "weekly live classes":
    # when the classes are held)
    return (words[0] in _ITEM_HEADS or words[-1] in _ITEM_HEADS) and words[0] not in QUALIFIER


def _priced_then_more(text: str, lower: str, end: int) -> bool:
    """"surf lessons for beginners [400k], board rental [100k/day], …": the item's own amount, read as a fact of a
    price list, closes the item, and the list goes on after the comma."""
    gap = _PRICE_GAP.match(text, end)
    return bool(gap) and any(c.isdigit() for c in lower[end:gap.end()])


_PRICE_GAP = regrouped(r"(?:[\s\x00]|\b(?:start(?:ing)?|from|mulai|dari|harga|hanya|cuma|only)\b)*(?=,)")


def whom_blanked(text: str, lower: str) -> str:
    """The text with an item's audience blanked out (offsets kept) where the list goes on after it."""
    out = text
    for m in _FOR_WORD.finditer(text):
        before = text[:m.start()].split()
        if not before or before[-1] in ITEM_STOP:
            continue
        end = _whom_end(text, lower, m.end())
        if end < 0:
            continue
        after = text[end:].lstrip()
        if after[:1] in ("", ".", ";", "!", "?", "\n") or _one_more(text, lower, end) or _priced_then_more(text, lower, end):
            out = out[:m.start()] + " " * (end - m.start()) + out[end:]
    return out


# The unit goods are sold in, said after them: "by the metre", "by the kilo", "by the cup", "by the hour".
_BY_THE_UNIT = regrouped(r"\bby\s+the\s+(?:met(?:re|er)|yard|kilo(?:gram)?|kg|gram|pound|lb|litre|liter|piece|pcs|"
                         r"dozen|roll|box|pack|packet|bag|sack|bottle|jar|cup|glass|slice|scoop|bunch|bundle|tray|"
                         r"hour|day|night|week|month|session|portion|plate|bowl|set|pair|sheet|yard)s?\b")


# The container goods come in, said after them: "madu hutan dalam botol kaca", "puding dalam cup, brownies dalam kotak
# mika", "es krim cokelat, dalam cup dan cone". The packaging is neither part of the item's name nor an item of its own.
_CONTAINER = (r"(?:kemasan\s+|wadah\s+)?(?:botol|toples|stoples|jar|pouch|cup|cone|kotak|box|dus|kardus|kaleng|sachet|"
              r"saset|besek|mika|thinwall|tube|kemasan|wadah)(?:\s+(?!dan\b|atau\b|serta\b)[a-z]+)?")
IN_CONTAINER = regrouped(r"\b(?:dalam|dlm)\s+" + _CONTAINER + r"(?:\s*(?:dan|atau|&|/)\s*" + _CONTAINER + r")*\b")


# Two levels joined by "sampai"/"to" ("N5 sampai N3", "A1 to B2", "level 1 hingga 3" is left to the counts):
# both sides a short code of letters and a digit.
_LEVEL_RANGE = regrouped(r"\b([a-z]{1,3}\d{1,2})\s+(?:sampai|hingga|s/d|to)\s+([a-z]{1,3}\d{1,2})\b")
# A range of levels that opens on a beginner ("dr pemula sampe persiapan ujian grade 8", "from beginner to exam
# prep"): whom the classes take, up to the end of its comma piece, not what else is sold.
LEVELS_SPANNED = regrouped(r"\b(?:dari|dr|from)\s+(?:nol|pemula|dasar|awal|beginners?|basic|scratch|zero)\b"
                           r"[^,.;:!?\n]{0,60}?\b(?:sampai|sampe|hingga|s/d|to|until)\s+[^,.;:!?\n]*")


# An administrative area and its name: after "Kel." the dot is no sentence end and the next word is a place;
# "RW 05" is a neighbourhood's number.
_ADMIN_AREA = fast(r"\b(?:kel|kec|kab|kota|ds|dsn|kp|jl|jln)\.\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?|"
                   r"\b(?:kelurahan|kecamatan|kabupaten|dusun)\s+[a-z][\w'-]*|\b(?:rt|rw)\s*\.?\s*\d+\b")
# (or after an amount the reader masked: "jasa semprot 150rb/hektar (obat dari petani)", a note on that price)
_PAREN = regrouped(r"([\w'-]+|\x00+)(\s*)\(([^()]{1,120})\)")
# Occasions in brackets after an offering say what it is for, not what else is sold.
_OCCASIONS = USES | frozenset({"pesta", "party", "prom", "kondangan", "hajatan"})
# Words after which a parenthesised list is the list itself: "menu (nasi goreng, mie ayam)".
_LIST_LABELS = CATEGORY | frozenset("menu produk layanan paket pilihan varian koleksi isi antara".split())
# A bracket that opens with an example word gives examples of the offering before it ("kostum maskot (ada
# doraemon, dino)", "props (e.g. hats, signs)"): what it holds, not more cards.
_EXAMPLES = regrouped(r"(?:ada|misal(?:nya)?|contoh(?:nya)?|seperti|spt|kayak|kyk|termasuk|e\.?g\.?|eg|like|"
                      r"such as|incl\.?|including|ex)(?:\s|:|$)")


def _mask_elaboration(m: re.Match, aliases: dict[str, str]) -> str:
    """"single origin beans (Gayo, Kintamani, Toraja)", "kelompok bermain (usia 3–4 tahun)": brackets after an
    offering say which kinds or for whom; they are not offerings of their own. The brackets go, and the list they
    stood in goes on round them when they hold the offering's other name ("dried nutmeg (biji pala), mace (fuli) and
    syrup" is one list of three) or a number before "and" goes on with the list ("kelompok bermain (usia 3-4 tahun) dan TK");
    other brackets end the clause. The other name (one or two words of no number) is kept in `aliases`, mapped to the
    word before it."""
    pieces = [p.strip() for p in SPLIT.split(m.group(3)) if p.strip()]
    if _EXAMPLES.match(m.group(3).lstrip()):
        return m.group(1) + m.group(2) + MASK * (len(m.group(3)) + 2)
    # after a place ("dinding masjid (mihrab & kubah)") or whom the work is for ("pembukuan umkm (kas, stok, laba
    # rugi)") the pieces are parts of that place or of that business's books: where the work is done, not goods
    whose = m.group(1) in PLACE or m.group(1) in AUDIENCE
    kinds = not whose and len(pieces) >= 2 and not any(p in PLACES or re.search(r"\d", p) or not is_offering(p) for p in pieces) \
        and not all(p in _OCCASIONS for p in pieces)  # "kelas MUA (wisuda & pesta)": what the class is for
    if pieces and all(w in STYLES for p in pieces for w in p.split()):
        # "piano (classical & pop), church organ": the styles it is taught or made in, no kinds of goods; the bracket
        # goes blank and the list goes on round it (style_words.py)
        return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))
    if m.group(1) in _LIST_LABELS and not whose or kinds:
        return m.group(0)  # "bibit buah (alpukat, durian, kelengkeng)": kinds of goods, each an offering
    if m.group(1)[0] == MASK:  # after an amount: what the price covers or leaves out ("obat dari petani"), no goods
        return m.group(1) + m.group(2) + MASK * (len(m.group(3)) + 2)
    inner = m.group(3).strip()
    if len(pieces) == 1 and re.fullmatch(r"[a-z][\w'-]*(?: [a-z][\w'-]*)?", inner):
        if _inside_phrase(m.string, m.end()):  # "private houseboat (klotok) trips": the phrase goes on round it
            return f"{m.group(1)} {GLOSS_OPEN}{inner}{GLOSS_CLOSE}"  # clean_item puts the brackets back
        aliases[inner] = m.group(1)
    elif not re.search(r"\d", inner) or not _LIST_GOES_ON.match(m.string, m.end()):
        return m.group(1) + m.group(2) + MASK * (len(m.group(3)) + 2)
    return m.group(1) + ","


_LIST_GOES_ON = regrouped(r"\s*(?:&|\band\b|\bdan\b|\bserta\b)")
# The word after a closing bracket, with what follows it: a noun phrase goes on round a gloss inside it ("private
# houseboat (klotok) trips from Kumai", "kain (sarung) tenun ikat") when a word of the phrase follows, not a mark, a
# number, a link word, a clause word or an offer verb ("kricu (kerupuk kriting) 20rb", "(puskesmas), churches").
_AFTER_BRACKET = regrouped(r"[ \t]+([a-z][\w'-]*)")
_LINKS = frozenset("dan and atau or serta sama sm & plus".split())


def _inside_phrase(text: str, end: int) -> bool:
    nxt = _AFTER_BRACKET.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    return word not in ITEM_STOP and word not in _LINKS and not TRIGGER.match(text, nxt.start(1)) \
        and not is_place(word) and MASK not in word


def _named_twice(items: list[str], aliases: dict[str, str]) -> list[str]:
    """"mace (fuli) … fuli 250K/kg": an item that is only another offering's other name is that offering again."""
    return [i for i in items if not (i in aliases and any(aliases[i] in o.split() for o in items if o != i))]
