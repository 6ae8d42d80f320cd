"""What else the owner said, in their words: the clauses of the brief no other reader used (not the name, an
offering, a place, a colour, a request, a contact or a fact already read), and the numbered phrases inside the
clauses that were used ("sekarang sisa 3 kamar", "tahun ajaran 2025/2026", "min 30 org").

A fact the owner wrote but no pattern knows ("certificates are included", "fresh or silk", "jam malam jam 10")
then still reaches the page, as the owner wrote it, instead of needing one more pattern per kind of fact.
"""

from __future__ import annotations

import re
from itertools import compress

from tapsite_pipeline.fastre import fast, regrouped
from tapsite_pipeline.phrase_find import phrase_said, phrase_spans

from ...models import Fact
from .brand_words import ACCEPTED_OR_CERTIFIED
from .line_labels import line_label_heads
from .not_details import not_detail_spans
from .not_offered import NEGATION
from .note_clauses import _ASIDE, _SENTENCE, _clauses, _measured, _trimmed
from .number_context import BOUNDS, bounded_start
from .other_businesses import businesses_owned
from .owner_requests import skipped_piece
from .run_on_numbers import run_on_phrases
from .spoken_leftovers import without_spoken
from .spoken_lists import one_more_offered
from .story import story_clauses
from .talk_fillers import without_fillers

Span = tuple[int, int]

# Statements about what is sold or what the business is belong to the offerings and the brand, not notes.
_NOTE_OFFER = fast(
    r"\b(?:jual|jualan|jualannya|menjual|terima|menerima|melayani|menyediakan|menyewakan|sedia|produksi|"
    r"sell|sells|selling|serving|serve|serves|offer|offers|(?:we|they)\s+(?:make|bake|do|run)|i\s+run|"
    r"is\s+an?|are\s+an?|adalah|merupakan|we're|we\s+are|i'm|i\s+am|usaha|bisnis|"
    # ("fitting dulu di toko": where something is done, not what the business is)
    r"(?<!\bdi\s)(?<!\bke\s)(?<!\bat\s)toko(?:nya)?)\b", re.I)
# Who speaks, in Indonesian: a clause with it is about the business ("kami jual …", "saya ibu rumah tangga") and is
# left to the offerings and the about text, unless it says how the work is done (_METHOD).
_FIRST_PERSON = fast(r"\b(?:kami|saya|sy|sya|aku|gw|gue|mereka|beliau)\b", re.I)
# How the owner does the work, said with who speaks: what is used, brought or kept to, by whose hand, in which
# language ("kami hanya pakai mentega asli", "alat dan bahan kami bawa sendiri", "bahan dari pelanggan atau dari
# kami", "saya bisa bahasa Jepang"): a fact about the business in the owner's words, never what is sold.
_METHOD = fast(r"\b(?:pakai|pake|memakai|menggunakan|gunakan|bawa|membawa|dibawa|jamin|menjamin|dijamin|"
               r"hanya|cuma|selalu|tidak\s+pernah|tanpa|sendiri|tangan|bahasa|berbahasa|dari\s+(?:kami|saya)|"
               r"oven|jemur|rendam|cuci\s+ulang|steril|sterilkan|disterilkan|karantina|dikarantina|periksa|cek\s+ulang)\b",
               re.I)
_NOTE_TRIM = regrouped(r"^(?:dan|terus|trus|jadi|jd|so|and|also|plus|tapi|tp|but|kalo|kalau|sama|sm|juga|jg|ada\s+(?:jg|juga))\s+|"
                       r"^\d{1,2}/\s*(?:thread|utas)\s*:\s*|"  # a thread's count and label: "1/ thread: …"
                        # "kapan aja", "di mana aja" is "any time", "anywhere": that particle is the meaning
                       r"(?<!\bkapan)(?<!\bmana)(?<!\bapa)(?<!\bsiapa)(?<!\bberapa)"
                       r"\s+(?:ya|yaa|kak|dong|nih|sih|aja|deh|kok|gan|sis|too)$", re.I)
# A number as written: "2000+", "2025/2026", "1,8jt", "3–4".
_NUMBER = regrouped(r"(?<![\w])\d[\d.,/+%]*")
# Words a numbered phrase does not reach across: who speaks (or whom a writer speaks for: "their", "beliau"), what is
# sold, and the links between clauses.
_PHRASE_STOP = frozenset("""
kami saya sy aku gw gue we i our my they their she her he his mereka beliau you your kamu anda punya pny pnya ada have has had with dengan dan and atau or as
yang yg untuk utk buat bagi for di in at on ke to dari from jual menjual menerima terima melayani sell sells offer
offers serve serves is are was adalah merupakan the a an sekarang now juga jg also bisa can tapi but sama
""".split())
# Words that join two numbers into one statement: "20 to 500", "5K & 10K", "3 atau 6".
_NUMBER_LINK = frozenset("to - – sampai hingga atau or s/d sd & dan and / ,".split())
# a long brief says many things; each one the owner wrote is worth a line, up to what a page can list
NOTE_LIMIT = 12
# Gifts the business receives ("kami terima donasi buku bekas"): a note for visitors, though "terima" reads as selling.
_RECEIVED = fast(r"\b(?:donasi|sumbangan|donations?|hibah|infaq|infak)\b", re.I)


# A clause left hanging on a word that needs what follows, where a web address was taken out of the brief or the
# note was cut: "Revisi 2x, cek contoh di [www…]" keeps "Revisi 2x"; a note that is nothing else says nothing.
_DANGLING = regrouped(r"(?:^|,\s*)[^,]{0,60}?(?<![-\w])(?:di|ke|dari|lewat|via|dengan|dgn|untuk|utk|yang|yg|dan|atau|"
                      r"at|on|in|to|from|of|with|for|the|and|or)$", re.I)


def _clean_note(value: str) -> str:
    value = without_spoken(without_fillers(value))  # "literally slotnya…", "udah gitu aja": no talk around the fact
    for _ in range(3):
        value = _NOTE_TRIM.sub("", value).strip(" ,")
    return _DANGLING.sub("", value).strip(" ,").rstrip(" +&").rstrip(" ,")  # "4 kamar +": a joiner to a card said after


def numbered_phrases(text: str, lower: str, span: Span, cov: bytearray) -> list[Span]:
    """Inside a clause that other readers used, the phrases around a number nobody read: the number, the
    numbers joined to it ("20 to 500"), and up to two words on each side that are neither used nor link words."""
    s, e = span
    if not any(map(str.isdigit, lower[s:e])):  # no number (every \d is a digit to str.isdigit): no phrase
        return []
    words = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    out: list[Span] = []
    i = 0
    while i < len(words):
        a, b = words[i]
        if not _NUMBER.match(lower, a) or cov[a]:
            i += 1
            continue
        j = i
        while j + 2 < len(words) and lower[words[j + 1][0]:words[j + 1][1]] in _NUMBER_LINK \
                and _NUMBER.match(lower, words[j + 2][0]) and not cov[words[j + 2][0]]:
            j += 2
        lo = i
        while lo > 0 and i - lo < 2 and _free_word(lower, words[lo - 1], cov) and \
                not re.search(r"[,:;]$", text[words[lo - 1][0]:words[lo - 1][1]]):
            lo -= 1
        hi = j
        while hi + 1 < len(words) and hi - j < 2 and not re.search(r"[,:;]$", text[words[hi][0]:words[hi][1]]) \
                and _free_word(lower, words[hi + 1], cov):
            hi += 1
        if hi > j and hi + 1 < len(words) and re.fullmatch(r"\d[\d.,]*", lower[words[hi][0]:words[hi][1]]) \
                and _free_word(lower, words[hi + 1], cov):
            hi += 1  # "package 4 days 3 nights": a count the phrase ends on keeps what it counts ("3", never bare)
        while hi > lo and lower[words[hi][0]:words[hi][1]] in _NUMBER_LINK:  # "lari 5K &": the link is not said
            hi -= 1
        if hi == lo and re.search(r"[a-z]{2,}", lower[words[lo][0]:words[lo][1]]):
            # a measure alone ("500gr", "3am") tells a visitor nothing: say it with what it measures
            lo = _counted_before(text, lower, words, lo, cov)
        if lo == i and hi > lo:  # "up to 500 delegates", "headsets for up to 500 delegates": with its bound
            lo = bounded_start(text, lower, words, lo)
        elif lo > 0 and lo < i and (lower[words[lo - 1][0]:words[lo - 1][1]], lower[words[lo][0]:words[lo][1]]) in \
                BOUNDS and not re.search(r"[,:;]$", text[words[lo - 1][0]:words[lo - 1][1]]):
            lo -= 1  # "at least 12 pieces": a bound of two words is said whole, never "least 12 pieces"
        if hi > lo or (hi == lo and re.search(r"[a-z]{2,}", lower[words[lo][0]:words[lo][1]])):
            span = _trimmed(text, (words[lo][0], words[hi][1]))
            if out and _EITHER.fullmatch(lower, out[-1][1], span[0]):  # "400 standing or 250 seated guests": one
                span = (out.pop()[0], span[1])
            out.append(span)
        i = hi + 1
    return out


# Two numbered phrases joined by "or"/"and" say one thing: "400 standing or 250 seated guests", "2 dewasa dan 1 anak".
_EITHER = regrouped(r"\s+(?:or|atau|and|dan|&)\s+")


# Words that join one more statement to the end of a clause whose start other readers took: "Paket hosting mulai
# Rp25.000 dengan SSL gratis dan backup harian", "pengerjaan 10-14 hari krn bordir tangan", "room dividers and hotel
# amenity trays in natural or dyed finish".
_TAIL_OPEN = frozenset("""dengan dgn dan serta plus krn karena karna soalnya pakai pake menggunakan memakai in with and
because using""".split())
# Where a ride or a transfer sold starts or ends, said after it: "… delegate transport from Sam Ratulangi Airport",
# "antar jemput dari Bandara Juanda": the place is a fact of the offering the card does not carry.
_HUB_TAIL = regrouped(r"(?:from|dari|dr|to|ke)\s+(?:the\s+)?[^.,;!?\n]{0,40}?\b(?:airport|airports|bandara|harbou?r|"
                      r"pelabuhan|seaport|station|stasiun|terminal)\b")
# Words that end a price rather than begin a statement: "120k each", "35rb aja", "50rb nett".
_PRICE_TRAIL = frozenset("each only saja aja doang nett net per pcs /pcs".split())


# Words that open the rule a service is done by, never more of what is sold: "konversi motor listrik sesuai
# ketentuan Kementerian ESDM", "we install solar panels according to PLN regulations".
_CONFORM_OPEN = frozenset("sesuai menurut mengikuti according compliant following".split())
# Words that open what a package or service includes: "termasuk uji tipe dan pengurusan STNK baru".
_INCLUDES = regrouped(r"^(?:(?:sudah|udah|sdh|udh|all)\s+)?(?:termasuk|including|includes|sudah\s+include)\b", re.I)


def tail_statement(text: str, lower: str, span: Span, cov: bytearray) -> list[Span]:
    """The words after the last word some reader took in a clause, when they open with a joining word (_TAIL_OPEN)
    and say something without a number (a number's phrase is numbered_phrases'): "backup harian", "bordir
    tangan". A clause about what is sold is the offerings' (_NOTE_OFFER), except the rule it is done by
    (_CONFORM_OPEN), said whole with its opening word."""
    s, e = _trimmed(text, span)
    last = next((i for i in range(e - 1, s - 1, -1) if cov[i]), None)
    if last is None or not text[last + 1:last + 2].isspace():
        return []
    words = [(last + 1 + m.start(), last + 1 + m.end()) for m in re.finditer(r"\S+", text[last + 1:e])]
    rule = next((k for k, w in enumerate(words) if lower[w[0]:w[1]] in _CONFORM_OPEN), None)
    if rule is not None and len(words) - rule >= 3 and not skipped_piece(text[words[rule][0]:e]):
        return [_trimmed(text, (words[rule][0], e))]
    if _NOTE_OFFER.search(text[s:e]) or _FIRST_PERSON.search(text[s:e]):
        return []
    if words and _HUB_TAIL.match(lower, words[0][0]):  # "delegate transport from Sam Ratulangi Airport": where from
        return [_trimmed(text, (words[0][0], e))]
    if len(words) > 1 and lower[words[0][0]:words[0][1]] in _PRICE_TRAIL:  # "120k each in waxed or matte finish"
        words.pop(0)
    if not words or lower[words[0][0]:words[0][1]] not in _TAIL_OPEN:
        return []
    while words and lower[words[0][0]:words[0][1]] in _TAIL_OPEN | _PHRASE_STOP:
        words.pop(0)
    if len(words) < 2 or any(map(str.isdigit, lower[words[0][0]:e])):
        return []
    return [_trimmed(text, (words[0][0], e))]


# Words that open who or where a list of things goes to: "supplies buns and rolls to cafés, hotels and canteens",
# "memasok sayur ke restoran, hotel, dan katering".
_LIST_TO = frozenset("to for untuk utk ke kepada bagi buat".split())


_LIST_AND = regrouped(r"(?:(?!(?:for|untuk|utk|to|ke|di|in|at|on|with|dengan|dari|from)\b)[^\W\d_][\w'-]*\s+){1,3}(?:and|dan|serta|or|atau|&)\s+[^\W\d_]", re.I)


def _goes_on_list(text: str, lower: str, prev: Span, span: Span) -> bool:
    """Does the clause go on with a list after a comma: a short item or three and the last joined by "and"
    ("…, hotels and school canteens", "…, corporate events and beach clubs"), no number among them?"""
    s, e = _trimmed(text, span)
    return text[prev[1]:s].strip() == "," and _LIST_AND.match(text, s, e) is not None \
        and not any(map(str.isdigit, lower[s:e]))


def _list_opened(text: str, lower: str, span: Span, cov: bytearray) -> int | None:
    """Where a list the next clause goes on with begins, when it began at the end of this used clause: the words
    after the last word some reader took, opened by a word of who or where to (_LIST_TO), one to three words none
    of them read ("… loaves to cafés", then ", hotels and school canteens"): the first item joins the rest."""
    s, e = _trimmed(text, span)
    last = next((i for i in range(e - 1, s - 1, -1) if cov[i]), None)
    if last is None or not text[last + 1:last + 2].isspace():
        return None
    words = [(last + 1 + m.start(), last + 1 + m.end()) for m in re.finditer(r"\S+", text[last + 1:e])]
    if not 2 <= len(words) <= 4 or lower[words[0][0]:words[0][1]] not in _LIST_TO or skipped_piece(text[words[0][0]:e]) \
            or any(map(str.isdigit, lower[words[0][0]:e])):
        return None
    return words[1][0]  # the list, without the word that opened it


def _counted_before(text: str, lower: str, words: list[Span], at: int, cov: bytearray) -> int:
    """Where a number left alone in its phrase ("pulang bawa rendang 500gr", "baked daily at 3am") is said from:
    up to three words before it in its clause, read by others or linking ones included ("rendang" may be a card's,
    "at" a link), never across a comma or another number, never starting on a link word; `at` when none."""
    lo = at
    for k in range(at - 1, max(-1, at - 4), -1):
        word = lower[words[k][0]:words[k][1]]
        if re.search(r"[,:;]$", text[words[k][0]:words[k][1]]) or any(map(str.isdigit, word)) or skipped_piece(word):
            break
        lo = k
    while lo < at and (lower[words[lo][0]:words[lo][1]].strip("()'\".") in _PHRASE_STOP | _NUMBER_LINK):
        lo += 1
    # a phrase of link words and the number ("dan di 3am") says no more than the number
    return lo if any(_free_word(lower, words[k], cov) or cov[words[k][0]] for k in range(lo, at)) else at


def _free_word(lower: str, w: Span, cov: bytearray) -> bool:
    word = lower[w[0]:w[1]].strip("()'\".,;:")
    return bool(word) and word not in _PHRASE_STOP and not any(cov[w[0]:w[1]]) and not skipped_piece(word)


# A clause that sets the business against others ("Unlike the big places on the boulevard", "beda dengan bimbel
# franchise yang kelasnya isi 25 anak", "nggak kayak template gratisan"): a comparison the page cannot show as a
# fact about the business (it speaks of competitors), whatever the owner claims of their own in the next clause.
_AGAINST_OTHERS = regrouped(r"(?:unlike|compared\s+(?:to|with)|in\s+contrast\s+to|(?:ber)?beda\s+(?:dengan|dgn|dari|"
                            r"sama|ama|dr)|tidak\s+seperti|nggak\s+kayak|ngga\s+kayak|gak\s+kayak|ga\s+kayak|gk\s+kayak|"
                            r"bukan\s+seperti|dibanding(?:kan)?(?:\s+(?:dengan|dgn))?)\s")


def _own_claim(value: str) -> str:
    """What follows a comparison's first clause ("beda sama kursus lain yg muter2 lapangan, kita langsung ke jalan
    raya" → "kita langsung ke jalan raya"), or "" when the note is all comparison."""
    cut = re.search(r"[,;:]\s*", value)
    return value[cut.end():].strip() if cut else ""


def notes(text: str, lower: str, covered: list[Span], brand: Span | None = None, limit: int = NOTE_LIMIT,
          said: tuple[str, ...] = ()) -> list[Fact]:
    """Short statements left over once the name, offerings, facts, colours and requests are read:
    "tanpa pengawet", "wifi kenceng", "min order 50 pcs", "appointment only". Consecutive unused clauses of
    one sentence stay together ("kamar AC + kamar mandi dalam, dapur bersama, parkir motor"). `said` holds
    the values other facts already show, which are not repeated."""
    cov = bytearray(len(lower))  # 1 where some reader took the character: one pass, not one per character
    for a, b in covered:
        a, b = max(a, 0), min(b, len(lower))
        if b > a:
            cov[a:b] = b"\x01" * (b - a)
    if brand:
        a, b = max(brand[0], 0), min(brand[1], len(lower))
        cov[a:b] = b"\x01" * max(0, b - a)
    # the owner's story (story.py) and the list of businesses the owner runs (other_businesses.py: "angkringan sama
    # jasa iklan online", the ones the page is not for among them): the about text tells them, no note; nor a
    # header, a countdown, a reply to a complaint, a letter's addressee or a pasted text's source (not_details.py)
    for a, b in (*story_clauses(lower), *businesses_owned(lower), *not_detail_spans(text)):
        cov[a:b] = b"\x01" * (b - a)
    picked: list[Span] = []
    for m in _SENTENCE.finditer(text):
        run: list[Span] = []
        prev: Span | None = None
        # a question the owner opens with ("Rumah di kampung belum teraliri PLN?", "will you marry me?") is a hook,
        # no statement a visitor is told: its clauses are no notes (the numbers said in it still are)
        asked = text[m.end():m.end() + 1] == "?"
        for span in _clauses(m.group(0), m.start()) + [(-1, -1)]:
            if span[0] >= 0 and not asked and _unused_clause(text, lower, span, cov) and not _labels_read(text, span, cov) and not (
                    brand and span[0] < brand[1] and span[1] > brand[0]):  # the name's own clause is the about's
                if not run and prev and _goes_on_list(text, lower, prev, span) and \
                        (opened := _list_opened(text, lower, prev, cov)) is not None:
                    span = (opened, span[1])
                run.append(span)
                continue
            prev = span
            if run:  # consecutive unused clauses: one note when short, else one note each
                whole = _trimmed(text, (run[0][0], run[-1][1]))
                picked.extend([whole] if len(text[whole[0]:whole[1]]) <= 100 else [_trimmed(text, r) for r in run])
                run = []
            if span[0] >= 0:  # a clause used or set aside may still hold an aside nobody read: "(bukan joki)"
                picked.extend(_trimmed(text, (a.start() + 1, a.end() - 1)) for a in _ASIDE.finditer(text, *span)
                              if _unused_clause(text, lower, (a.start() + 1, a.end() - 1), cov))
            if span[0] >= 0 and not skipped_piece(text[span[0]:span[1]]) and not _line_label(text, span, cov):
                picked.extend(numbered_phrases(text, lower, span, cov))
                picked.extend(tail_statement(text, lower, span, cov))
            elif span[0] >= 0 and not _line_label(text, span, cov):  # a voice note's run-on: its counts are judged alone
                picked.extend(run_on_phrases(text, lower, span, cov, numbered_phrases))
    out: list[Fact] = []
    seen = [v.lower() for v in said]
    for s, e in sorted(_measured(text, p) for p in picked):
        value = _said_parts_dropped(_clean_note(text[s:e])[:120].strip(), seen)
        if _BARE_LEAST.match(value):  # (where it starts: the parts before it may be left out as said already)
            value = _with_what_it_counts(text, lower, max(s, text.rfind(value, s, e)), e, value, brand)
        low = value.lower()
        if _AGAINST_OTHERS.match(low):  # "Unlike the big places…", "Beda dengan bimbel franchise…": no fact; what
            value = _own_claim(value)     # the owner says of their own after it stays ("…, kita langsung ke jalan")
            low = value.lower()
        if len(value.split()) < 2 or any(low == v or low in v for v in seen) or not (  # ("karpet juga bisa": one
                _says_something(low, seen, value) or _names_an_acronym(value) or one_more_offered(low)):  # more had)
            continue
        seen.append(low)
        out.append(Fact(kind="note", value=value))
        if len(out) >= limit:
            break
    return out


# A least count said bare, with no word of what is ordered ("min 20", "minimal 20 pcs", "min. 30 box"): a count of
# goods (never of people, "min 30 org", whose unit says what it counts).
_BARE_LEAST = regrouped(
    r"(?i)(?:min(?:imal|imum)?\.?|min\.|at\s+least)\s*\d+(?:\s*(?:pcs|pc|pieces?|biji|bh|buah|box|boxes|dus|bungkus|bks|"
    r"porsi|pack|packs|pak|lusin|kodi|lembar|lbr|potong|loyang|botol|kg|kilo|gr|gram|items?|units?|sets?|kotak|cups?|bal|"
    r"karton|rolls?|toples|jar|jars|tray|trays))?\.?(?=\s*(?:,|$))")
# the words said before the item's price or its count: "risoles mayo 3rb" → "risoles mayo"
_ITEM_BEFORE = regrouped(r"(?i)\s*((?:[^\W\d][\w'&/-]*\s*){1,6}?)(?=\s*(?:\d|\(|rp\b|idr\b|$))")


# an item with its price, one of a list of them: "nastar 85rb/toples"
_PRICED_ITEM = regrouped(r"(?i)[^\W\d][\w'&/-]*\s+(?:rp\.?\s*|idr\s*)?\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)?\b")


_PRICE_WORDS = frozenset("mulai harga hrg harganya tarif tarifnya biaya biayanya start starting from price prices rate "
                         "rates only cuma hanya just rp idr".split())
_CLAUSE_MARK = regrouped(r"(?<!\d)[.,]|[.,](?!\d)|[;:!?()\n]")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` begins: after the last comma, full stop or other mark before it, never one
    inside a number ("Rp 3.500/kg", "1,5 jam")."""
    return max((m.end() for m in _CLAUSE_MARK.finditer(text, max(0, at - 200), at)), default=0)


def _with_what_it_counts(text: str, lower: str, s: int, e: int, value: str, brand: Span | None) -> str:
    """A least count said bare right after an item ("risoles mayo 3rb, min 20", "bakpia kacang hijau minimal 20
    pcs") is said with the item it counts: "min 20" alone on a page may be people, days or anything. In its own
    clause after the item's words, the clause is said whole from the item; alone in its clause, the item named
    before it (up to its price) comes first. Left bare when no item is said there (the name, a request)."""
    clause = _clause_start(text, s)
    if text[clause:s].strip():  # "bakpia kacang hijau minimal 20 pcs", "chai kue 3rb/biji min 20"
        item = _ITEM_BEFORE.match(text, clause, s)
        if not item or not item.group(1).strip() or skipped_piece(text[clause:s]) or \
                (brand and clause < brand[1] and s > brand[0]):
            return value
        start = clause + len(text[clause:s]) - len(text[clause:s].lstrip())
        return _clean_note(text[start:e])[:120].strip()
    if text[clause - 1:clause] != ",":
        return value
    before = _clause_start(text, clause - 1)
    item = _ITEM_BEFORE.match(text, before, clause - 1)
    if not item or (brand and before < brand[1] and clause - 1 > brand[0]) or skipped_piece(text[before:clause - 1]):
        return value
    if text[before - 1:before] == "," and _PRICED_ITEM.search(text, _clause_start(text, before - 1), before - 1):
        return value  # "nastar 85rb/toples, kastengel 90rb/toples, min 3 toples": the least order is of the whole list
    # (the words of a price are no item: "tarif mulai Rp 3.500/kg, minimal 20 kg" says its least bare)
    words = [w for w in item.group(1).split() if w.lower() not in _PRICE_WORDS]
    while words and words[0].lower() in _PHRASE_STOP:
        words.pop(0)
    return f"{' '.join(words)} {value}" if words else value


_GENERIC = _PHRASE_STOP | frozenset("""next one this that these those here there berikut ini itu lagi nanti
harga price prices tarif biaya jam buka open""".split())


# Where a note divides into parts: a comma or semicolon that is not inside a number ("1,8jt").
_PART_CUT = fast(r"(?<!\d),\s*|,(?!\d)\s*|;\s*")


def _said_parts_dropped(value: str, said: list[str]) -> str:
    """"10-class pass 1.2M, private sessions at your home 400k" beside the prices of both: each part of a note
    that only repeats a fact already shown (its price and what the price is for) is left out."""
    parts = [p for p in _PART_CUT.split(value) if p.strip()]
    if len(parts) < 2:
        return value
    kept = [p for p in parts if _says_something(p.lower(), said) or not _holds_said(p.lower(), said)]
    return ", ".join(kept) if kept else ""


def _blanked(low: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span put as one space (what re.sub(pattern, " ", low) does for these spans)."""
    out, last = [], 0
    for a, b in spans:
        out += [low[last:a], " "]
        last = b
    return "".join(out) + low[last:] if out else low


def _holds_said(low: str, said: list[str]) -> bool:
    return any(v and v in low and phrase_said(v, low, "", "") for v in said)


_A_Z_WORD = re.compile(r"[a-z]+")


def _names_an_acronym(value: str) -> bool:
    """"Bisa BPJS", "Sudah BPOM": one word of content, but it says how customers pay or what certifies the
    work (brand_words.ACCEPTED_OR_CERTIFIED)."""
    return any(w in ACCEPTED_OR_CERTIFIED for w in _A_Z_WORD.findall(value.lower()))


_NOTE_WORD = re.compile(r"[\w+%/-]+")


_ACRONYM = re.compile(r"\b[A-Z]{2}\b")
_NOT_ACRONYMS = frozenset({"rp", "tm", "co", "pt", "cv", "ud", "id", "ok", "no"})


def _says_something(low: str, said: list[str], value: str = "") -> bool:
    """A note carries a number or a word of its own, and is more than a label around a fact already shown
    ("harga campaign mulai 3jt" beside the price "mulai 3jt"; "Next one"). A short word written in capitals is a
    word of its own ("bisa dipantau dari HP", "semua kamar AC"): an acronym, not chat shorthand."""
    for v in sorted(said, key=len, reverse=True):  # "place cards 8k" before "8k"
        if v and v in low:
            low = _blanked(low, phrase_spans(v, low, "", ""))
    words = _NOTE_WORD.findall(low)
    # (not in a line typed in capitals, where every word looks like one, nor "Rp", "TM", "CO" of a price or a name)
    acronyms = {a.lower() for a in _ACRONYM.findall(value)} - _NOT_ACRONYMS \
        if value and not value.isupper() else set()
    content = [w for w in words if w not in _GENERIC and (any(c.isdigit() for c in w) or len(w) >= 3 or w in acronyms)]
    return len(content) >= 2 or any(any(c.isdigit() for c in w) for w in content)


_LABEL_COLON = regrouped(r"\s*:\s*")
# The words of an owner's heading for a fact: "Area layanan", "Jam operasional", "Alamat toko", "firm name". (A
# heading of goods, "Menu:", "Deskripsi produk:", heads the offerings' list; it is left to the notes as before.)
_LABEL_WORD = regrouped(r"(?i)\b(?:area|wilayah|layanan|jam|buka|operasional|harga|tarif|biaya|alamat|lokasi|kontak|"
                        r"pengiriman|jadwal|info|informasi|nama|name|hours|prices?|rates?|address|location|delivery|"
                        r"schedule|service\s+area|rincian|keterangan)\b")


def _line_label(text: str, span: Span, cov: bytearray) -> bool:
    """A short label opening its line ("📍 Cabang 2: Jl. Pramuka", "What we teach: …"): alone it says nothing once
    what it heads is read (line_labels.py)."""
    s, e = _trimmed(text, span)
    at = line_label_heads(text, s, e)
    return at is not None and at < len(cov) and bool(cov[at])


def _labels_read(text: str, span: Span, cov: bytearray) -> bool:
    """A label of two or three words before a colon ("Area layanan: Surabaya Sidoarjo Gresik", "Jam operasional:
    08.00-17.00") whose fact some reader took: the page shows that fact under a label of its own, and the owner's
    label alone ("Area layanan") says nothing."""
    if _line_label(text, span, cov):
        return True
    s, e = _trimmed(text, span)
    colon = _LABEL_COLON.match(text, e)
    return bool(colon and ":" in colon.group(0) and len(text[s:e].split()) <= 3 and colon.end() < len(cov)
                and cov[colon.end()] and _LABEL_WORD.search(text, s, e) and not any(map(str.isdigit, text[s:e])))


# Who speaks in English and the verb of what they do: "we rent out", "I edit", "we also paint" (a negation is no
# statement of what is sold: "we do not …", "we don't …" keep their note).
_WE_DO = regrouped(r"(?:we|i|they)(?:\s+(?:also|only|just|mainly|mostly|now))?\s+(?!(?:do|does|don't|can't|cannot|never|no|not|"
                   r"have|had|are|were|was|am|will|would|can|could)\b)[a-z]+(?:\s+(?:out|up|in|on|off|over))?\s+(?=\w)")


def _says_only_what_is_sold(lower: str, s: int, e: int, cov: bytearray) -> bool:
    """"we rent out tents", "we paint shop signs": who speaks and a verb, then only words the offerings read (the
    start of the list of what is sold, which the cards show): no note of its own."""
    m = _WE_DO.match(lower, s, e)
    return m is not None and any(cov[m.end():e]) and all(
        cov[i] or not lower[i].isalnum() for i in range(m.end(), e))


def _unused_clause(text: str, lower: str, span: Span, cov: bytearray) -> bool:
    s, e = _trimmed(text, span)
    piece = text[s:e]
    if not 2 <= len(piece.split()) <= 14 or skipped_piece(piece) or (
            (_NOTE_OFFER.search(piece) or (_FIRST_PERSON.search(piece) and not _METHOD.search(piece)))
            and not (len(piece.split()) <= 4 and _names_an_acronym(piece))
            # "we do not accept returns", "kami terima donasi buku": what is not offered, or what is received
            and not NEGATION.search(piece.lower()) and not _RECEIVED.search(piece)):
        # ("Terima BPJS", "Menerima QRIS": how customers pay is a note, though "terima" reads as what is sold)
        return False
    if _says_only_what_is_sold(lower, s, e, cov):
        return False
    # what a package includes is a fact of its own, though offerings read some of it; unless the first thing it
    # includes was read already (a price said with what it includes: "Rp 18jt, sudah termasuk instalasi")
    if (inc := _INCLUDES.match(piece)) and (first := re.search(r"\w", piece[inc.end():])) and \
            not cov[s + inc.end() + first.start()]:
        return True
    alnum = list(map(str.isalnum, lower[s:e]))
    letters = sum(alnum)
    taken = sum(compress(alnum, cov[s:e]))  # the letters some reader took
    return bool(letters) and taken / letters < 0.5
