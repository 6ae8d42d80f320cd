"""What a price is for: the words just before it that name the thing priced ("nasi box 25rb" → "nasi box",
"500ml 175rb" → "500ml", "2D1N from IDR 1.35jt" → "2D1N"), read by the fact reader (facts.py) for each price."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

from ...models import Fact
from .amounts import SESSIONS_BEFORE
from .price_item_joins import (
    VARIANT_SLASH,
    described,
    item_before_opening,
    joined,
    plus_joint,
    talk_after_trimmed,
    whole_words_before,
    with_count_before,
)
from .spoken_leftovers import before_pause, spoken_trimmed

_SIZE = regrouped(r"\d+(?:[.,]\d+)?x\d+(?:[.,]\d+)?(?:mm|cm|m|meter)?")
_PACK = regrouped(r"\d+(?:[.,]\d+)?(?:kg|kilo|gr|gram|g|ml|l|ltr|liter|litre|ons|oz|lbs?)")
# A trip's length in days and nights names the package priced: "2D1N", "3H2M" (3 hari 2 malam)
_TRIP = regrouped(r"\d+[dh]\d+[nm]")
# A weight or a size in brackets, one amount or a range: "(23-25 kg)", "(± 500 gr)", "(40 cm)".
_MEASURED = regrouped(r"\(\s*(?:±|\+/-|kurang\s+lebih|kl\.?|approx\.?|sekitar)?\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*"
                      r"(?:kg|kilo|gr|gram|g|ons|ml|l|ltr|liter|cm|mm|m|meter|inch|inci)\s*\)")


def _pack_last(words: list[str], i: int) -> bool:
    """Is words[i] the weight or volume of a pack written as one word, the last before a price ("1kg", "500gr")?
    Alone it names the size priced: "botol 250ml 95rb, 500ml 175rb"."""
    # (or two, the count and its unit: "1 liter 300rb", "madu 500 ml 85rb")
    return (i == len(words) - 1 and bool(_PACK.fullmatch(words[i]))) or (
        i == len(words) - 2 and bool(_PACK.fullmatch(words[i] + words[i + 1])))


_DAY = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|"
        r"sun(?:day)?)s?|weekends?|weekdays?|senin|selasa|rabu|kamis|"
        r"jum'?at|sabtu|ahad")
# "minggu" is Sunday in a run of days or after "tiap"/"hari"; alone after a count it is a week ("paket 1 minggu")
_DAYS = rf"(?:{_DAY})(?:\s*(?:/|&|,|-|–|\band\b|\bdan\b|\bs/d\b|\bsampai\b|\bto\b)\s*(?:{_DAY}|minggu))*"
_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|wib|wita|wit)|(?:jam|pukul|at)\s+\d{1,2}(?:[.:]\d\d)?"
_PART_OF_DAY = r"pagi|siang|sore|malam|morning|afternoon|evening|night"
_WHEN = rf"(?:{_CLOCK}|{_PART_OF_DAY})(?:\s*[-–]\s*(?:{_CLOCK}|\d{{1,2}}(?:[.:]\d\d)?|{_PART_OF_DAY}))?"
# When a class or a service is held, said between it and its price ("group vinyasa every Tue/Thu 7am 150k", "kelas
# yoga tiap sabtu pagi 75rb", "private lessons 5pm 200k"): the schedule is not what the price is for.
_SCHEDULE_TAIL = regrouped(
    rf"(?<![\w/])(?:(?:(?:every|each|on|tiap|setiap|hari)\s+)?(?:{_DAYS}|(?<=tiap\s)minggu|(?<=hari\s)minggu)"
    rf"(?:\s+{_WHEN})?|{_CLOCK}(?:\s*[-–]\s*\d{{1,2}}(?:[.:]\d\d)?\s*(?:am|pm|wib|wita|wit)?)?)\s*$")

_CLAUSE_OPEN = regrouped(r"(?:^|[,;\n])\s*\Z")
_CLOCK_ONLY = regrouped(rf"\s*(?:{_CLOCK})")
_PACKAGE_WORDS = frozenset("paket pkt package packages pack bundle bundling".split())
_PER = frozenset("per tiap setiap each".split())
_COPULA = frozenset("is are was costs cost adalah yaitu =".split())
_LINK_END = frozenset("for untuk utk buat selama during of with dengan dgn".split())
_FOR_WHAT = frozenset("for untuk utk buat".split())
_COUNT_LINK = frozenset("with dengan dgn isi berisi including".split())
_SUBJECT_TALK = frozenset("ada jg juga also ya sy saya kami we i our my kita beliau dong nih sih aja punya pny tersedia "
                          "available have has ado juo".split())


# What ends the statement before a price: an earlier price ("kemplang 250gr 28rb kerupuk 500gr 45rb", lines of a
# price list run together) or a founding year ("produksi sejak 2011 keripik 1kg 60rb"); the words after it name
# what this price is for.
_EARLIER = regrouped(r"\b\d+(?:[.,]\d+)?\s?(?:rb|ribu|jt|juta)\b|\b(?:sejak|since|est\.?|berdiri)\s+(?:19|20)\d\d\b")
# Words that name the terms of an order, said before their amount: the amount is theirs, never the places or the
# goods said before them ("antar area Kemang ongkir 10rb" → "ongkir", "area Kotagede min order 100rb" → "min order").
_TERM_HEAD = regrouped(r"\b(?:ongkir|ongkos\s+kirim|biaya\s+(?:antar|kirim|pengiriman)|delivery\s+fee|shipping\s+fee|"
                       r"(?:min(?:imal|imum)?\.?|min\.)\s*(?:order|pesan(?:an)?|pembelian|belanja|transaksi|purchase|spend))\b")
# How long a class, a hire or a stay lasts, said alone: "4 hari", "2 jam", "3 sesi", "8x pertemuan", "6 weeks".
_DURATION = regrouped(r"\d+(?:[.,]\d+)?\s*(?:x\s*)?(?:hari|hr|jam|minggu|mgg|bulan|bln|sesi|pertemuan|malam|days?|hours?|hrs?|"
                      r"weeks?|months?|nights?|sessions?|meetings?)")
_RANGE_LINK = regrouped(r"\s*(?:[-–—~/]|s/d|sd|sampai|sampe|hingga|to|until|atau|or)?\s*")
_SMALL_COUNT = regrouped(r"\d{1,2}(?:[.,]\d)?\s")
_STARTING = regrouped(r"(?:mulai|start(?:ing)?\s+(?:from|at)|from)\b")
# Dot leaders between a pasted price list's item and its amount, as the text reader writes them (" . ").
_LEADER = regrouped(r"(?<=[a-z)])\s\.\s\Z")
# A table's cell border between the item and its amount, as owners paste a price table ("Nasi rames | 12rb").
_CELL = regrouped(r"(?<=[a-z0-9)])\s*\|\s*\Z")
_LIST_SEP = fast(r",|\b(?:dan|and|serta)\b|&")
# What sets an item apart from its price on a list line, said right before the amount: a dash ("Duplikat kunci —
# 15rb"), a colon ("Sewa tenda: 500rb") or a "+" that makes the amount an extra ("hapus gel lama +25rb"). The item is
# the words before it (never an amount: "50rb - 85rb" is a range, read below).
_ITEM_SEP = regrouped(r"(?:\s[-–—]|[–—·]|:|\+)\s*\Z")
_WORD_END = regrouped(r"[a-z)]\s*\Z")
_AMOUNT_END = regrouped(r"\d[\d.,]*\s*(?:rb|ribu|k|jt|juta|m|usd|idr)?\s*\Z")
# Words that head a price list, never an item of it ("Prices: …", "Harga —").
_HEADING = frozenset("harga harganya hrg price prices pricing pricelist list rates rate tarif biaya daftar menu "
                     "our kami fee fees cost costs ongkos".split())
# A list after "with" is what the item comes with ("proposal setup with flower arch and candles $350"): the item is
# the words before "with".
_DIGIT = regrouped(r"\d")
_THREAD_MARK = regrouped(r"(?<![\d/])\d/\Z")
_NAMING = regrouped(r"[a-z]{3,}")
_AMOUNT_WORD = regrouped(r"\d[\d.,]*(?:rb|ribu|k|jt|juta|m|an)")
_NOT_NAMING = frozenset("until sampai sampe hingga and dan atau per tiap setiap each".split())
_WITH = regrouped(r"\b(?:with|dengan|dgn)\b")


def _after_list(lower: str, pos: int) -> bool:
    """Is the price at `pos` a starting price right after the last item of a list of three or more?"""
    if not _STARTING.match(lower, pos):
        return False
    clause = re.split(r"[.;:!?()\n]", lower[max(0, pos - 80):pos])[-1]
    items = [x for x in _LIST_SEP.split(clause) if x.strip()]
    seps = list(_LIST_SEP.finditer(clause))
    return len(items) >= 3 and bool(seps) and not re.search(r"\d", clause) \
        and seps[-1].group(0).strip() in ("dan", "and", "serta", "&")


def _after_clause(lower: str, pos: int) -> bool:
    """Whether a clause with its own price comes before this one in the sentence ("… 7rb/kg, kilat …")."""
    sentence = re.split(r"[.;!?\n]", lower[max(0, pos - 120):pos])[-1]
    return bool(re.search(r"\d[\d.,]*\s*(?:rb|ribu|k|jt|juta|m)\b[^,]*,", sentence))


def _counted(lower: str, pos: int, before: str, words: list[str]) -> bool:
    """Do the words before a price open on a count of what it is for ("3 toples 270rb", "10mbps 100rb/bln")? Never an
    amount ("35k until 500k": a range), nor the tail of a number split at its dot ("2.000 watt"), nor the sessions a
    price's own words say ("4x sebulan @45 menit Rp400.000")."""
    at = pos - len(before)
    return not _AMOUNT_WORD.fullmatch(words[0]) and any(
        _NAMING.search(w) and w not in _NOT_NAMING for w in words) and \
        not (at >= 2 and lower[at - 1] in ".," and lower[at - 2].isdigit()) and \
        not SESSIONS_BEFORE.search(lower, max(0, pos - 40), pos)


def _with_list(lower: str, pos: int) -> str | None:
    """What a price is for when a list of what comes with it is said between the item and the amount ("proposal
    setup with flower arch and candles $350" → "proposal setup"), or a phrase that tells of it ("private cremation with
    the ashes returned in a wooden urn starts at IDR 850,000" → "private cremation"); None when neither is said."""
    start = max(lower.rfind(c, max(0, pos - 90), pos) for c in ".;:!?()\n") + 1
    withs = list(_WITH.finditer(lower, start, pos))
    with_ = withs[-1] if withs else None
    if with_ is None or not lower[start:with_.start()].strip() or _DIGIT.search(lower, with_.end(), pos) or \
            not (_LIST_SEP.search(lower, with_.end(), pos) or described(lower[with_.end():pos])) or \
            len(lower[with_.end():pos].split()) > 8:
        return None
    return price_subject(lower, with_.start()) or None


def price_subject(lower: str, pos: int) -> str:
    """The words just before a price, when they name what it is for ("nasi box 25rb" → "nasi box").

    A starting price after the last item of a list of three or more ("dekorasi balon, badut, MC dan snack box
    mulai 2,5jt") is for the whole list, not for its last item: no subject."""
    from .roles import QUALIFIER, UNIT, VERB
    if _after_list(lower, pos):
        return ""
    if (paused := before_pause(lower, pos)) != pos:  # "batik tulis mulai, eh, mulai 450 ribu": for "batik tulis"
        return price_subject(lower, paused)
    if _LEADER.search(lower, max(0, pos - 4), pos):  # "domba garut ....... 3.500.000": the item is before the leader
        return price_subject(lower, pos - 2)
    if cell := _CELL.search(lower, max(0, pos - 6), pos):  # "nasi rames | 12rb": the item is the cell before
        return price_subject(lower, cell.start() + 1) if lower[cell.start():cell.start() + 1] == " " else \
            price_subject(lower[:cell.start()] + " ", cell.start() + 1)
    if (sep := _ITEM_SEP.search(lower, max(0, pos - 4), pos)) and _WORD_END.search(lower, max(0, sep.start() - 3), sep.start()) \
            and not _AMOUNT_END.search(lower, max(0, sep.start() - 12), sep.start()):
        subject = price_subject(lower, sep.start())
        return "" if set(subject.split()) <= _HEADING else subject
    if (opened := item_before_opening(lower, pos)) is not None:
        # "salak gula pasir (IDR 30,000/kg)", "ganti LCD (mulai 650rb …)": the item is said just before the bracket
        # that opens its price, with the count or size said last ("kategori 10K (250rb)": for "kategori 10k")
        return with_count_before(lower, opened, price_subject(lower, opened))
    if (said := _with_list(lower, pos)) is not None:
        return said
    sched = _SCHEDULE_TAIL.search(lower, max(0, pos - 60), pos)
    if sched and sched.start() < pos and lower[sched.start():pos].strip():
        # days opening a clause of their own name the price ("rooms 200k/night, Sat–Sun 250k": the weekend's; "that's
        # weekdays, Sat–Sun 250k": the days after the comma)
        for at in (sched.start(), *(i + 1 for i in range(sched.start(), pos) if lower[i] == ",")):
            if _CLAUSE_OPEN.search(lower, max(0, at - 8), at) and lower[at:pos].strip() \
                    and not _CLOCK_ONLY.match(lower, at, pos):
                return lower[at:pos].strip()
        return price_subject(lower, sched.start())
    # (a decimal comma opening a range of sizes is no break: "cuci AC 0,5-1 PK 75rb" is for "cuci ac 0,5-1 pk")
    # (a slash between two words sets out the variants of one item, no break: "gamis S/M/L 125rb", "asrama
    # putra/putri 350rb/bulan": for the gamis and the asrama, never "l" or "putri" alone; VARIANT_SLASH)
    before = re.split(rf"[.;:!?()\n&+|·]|{VARIANT_SLASH}|,(?!(?<=\d,)\d+\s*[-–]\s*\d)|\s[-–—]\s|\b(?:mulai|harga|harganya|hrg|hrga|cuma|hanya|only|from|starting|price|tarif|biaya|"
                      r"dan|and|serta|yang|yg|sama|sm)\b", whole_words_before(lower, pos, 40))[-1]
    after = _EARLIER.split(before)[-1]
    if head := list(_TERM_HEAD.finditer(before)):  # "area Kotagede min order 100rb": the amount is the least order's
        before = after = before[head[-1].start():]
    if not _RANGE_LINK.fullmatch(after):  # "sewa 3 hari 50rb-85rb": a range's second end is for the same thing
        before = after
    words = before.split()
    if words and _THREAD_MARK.search(lower, max(0, pos - len(before) - 4), pos - len(before)):
        words = words[1:]  # "2/4 novels 15-40K": the post's number in a thread, never a count of what is priced
        before = " ".join(words)
    joint = pos - len(before) - 1
    if words and len(words) <= 2 and lower[joint:joint + 1] in ("&", "+") and all(w in QUALIFIER for w in words) and \
            (first := price_subject(lower, joint)):
        # "MC nikahan adat Batak & nasional 3 jt": a lone modifier after "&" shares the head said before it; the price
        # is for the pair, never for the modifier alone (a bare price) nor for the first half alone
        return f"{first} {lower[joint]} {' '.join(words)}"
    if (plus := plus_joint(lower, pos, before)) is not None and (first := price_subject(lower, plus)) and \
            (last := price_subject(lower[:plus] + "," + lower[plus + 1:], pos)):
        # "proyektor 3500 lumens + layar 150rb/hari": the price is for the pair, never for "layar" alone
        return joined(first, last)
    if words and _DURATION.fullmatch(before.strip()):
        # "kelas MUA pemula (wisuda & pesta) 4 hari 2,2jt": how long it lasts, said alone before the price; what is
        # priced comes before it; with nothing named before it in its clause ("8 sesi 1,2jt", "3 nights 4.5 million"),
        # the count of sessions or days is what the price buys, said with it rather than a bare price
        # ("4x pertemuan 300rb": the price's own words say the sessions, price_said; "2010 jam": a year, no count)
        return price_subject(lower, pos - len(before.lstrip())) or (
            before.strip() if _SMALL_COUNT.match(before.strip()) and not SESSIONS_BEFORE.search(lower, max(0, pos - 40), pos)
            else "")
    aside = re.search(r"\s*\([^()]{1,60}\)\s*$", lower[max(0, pos - 75):pos])
    if not words and aside:  # "radish kimchi (kkakdugi) 65k": the aside in brackets is not what the price is for
        cut = pos - len(aside.group(0))
        subject = price_subject(lower[:cut] + " ", cut + 1)
        # a weight or size in brackets is the item's, said with it ("kambing jantan tipe a (23-25 kg) 2.300.000"): on
        # a line of its own it would leave the visitor to guess what weighs 23-25 kg
        return f"{subject} {aside.group(0).strip()}" if subject and _MEASURED.fullmatch(aside.group(0).strip()) \
            else subject
    # a count ends what the price is for ("nasi box 2 porsi"); a size is part of it ("neon box 1x2m", "banner 3x1")
    # and so is the weight or volume of a pack said last ("frozen durian flesh 1kg IDR 180K", "madu 500 ml 85rb")
    # ("a 15-minute show with 12 dancers costs IDR 3,500,000", "paket isi 10 pcs 50rb": a count after "with" or
    # "isi" is the size of what is priced, part of it)
    cut = next((i for i, w in enumerate(words) if re.fullmatch(r"\d+\w*", w) and not _SIZE.fullmatch(w)
                and not _TRIP.fullmatch(w) and not _pack_last(words, i)
                and not (i > 0 and words[i - 1] in _COUNT_LINK and i + 1 < len(words))), len(words))
    counted = cut == 0 and bool(words) and _counted(lower, pos, before, words)
    if counted:
        # the count opens the clause: it and what it counts name what is priced ("3 toples 270rb", "10mbps
        # 100rb/bln", "3 dives 2.1jt"), up to the next count, the count kept
        cut = next((i for i, w in enumerate(words) if i and re.fullmatch(r"\d+\w*", w)), len(words))
        cut = min(cut, 5)
    words = words[:cut]
    # the unit the price counts, said before it ("rental PS5 per jam 8rb", "per orang 25rb", "villa per malam 350rb"):
    # kept with what the price is for, never left as a bare "per"; a count after "per" ("per 2 jam") ends the subject
    per_unit = words[-2:] if len(words) >= 2 and words[-2] in _PER and words[-1].isalpha() else []
    words = words[:-2] if per_unit else words
    while words and words[-1] in _PER:
        words.pop()
    lone = words[-1:] if len(words) == 1 and words[0] in QUALIFIER else []
    said = list(words)
    while not counted and words and (words[-1] in QUALIFIER or words[-1] in UNIT) and not (
            len(words) >= 2 and _PACK.fullmatch(words[-2] + words[-1])):  # ("1 liter": the size priced keeps its unit)
        words.pop()
    if not words and not counted and len(said) == 2 and all(w in QUALIFIER for w in said):
        words = said  # "deep clean 900k", "extra hot 5k": two such words together name the thing priced
    if len(words) == 1 and words[0] in _PACKAGE_WORDS:
        # "paket malam 50rb", "paket keluarga 350rb": the words after the package word name the package (a bare
        # "paket" says nothing of what is priced)
        words = said if len(said) > 1 else []
    if not words and lone and _after_clause(lower, pos):
        words = lone  # "cuci setrika 7rb/kg, kilat 1 hari 12rb/kg": the one word names the variant priced
    words = spoken_trimmed(words)  # "terus turun mesin itu mulai 800 ribu": for "turun mesin" (spoken_leftovers.py)
    # "ada jg paket 13rb": the words after the last link word name the thing; "ada", "jg" are talk
    words = talk_after_trimmed(words, _SUBJECT_TALK)  # "keripik jamur jg ada 15rb": the talk said after the thing
    talk = [i for i, w in enumerate(words) if w in _SUBJECT_TALK]
    if talk:
        words = words[talk[-1] + 1:]
    while words and words[-1] in _COPULA:  # "Rent is IDR 200,000": the price is for the rent, not the "rent is"
        words.pop()
    sized = any(w in _COUNT_LINK and re.fullmatch(r"\d+\w*", n) for w, n in zip(words[-4:], words[-3:], strict=False))
    keep = (6 if sized or counted else 4) - len(per_unit)  # ("per jam" counts among the words kept)
    if len(words) > keep and words[-keep] in _FOR_WHAT and not sized and not counted:
        # "weekly cleaning for a 2-bedroom villa 350k": the words kept would open on "for"; the item is before it
        words = words[:-keep][-keep:]
    words = words[-keep:]
    while words and words[-1] in _LINK_END:  # "Hall rental for 6 hours is IDR 7.5 million": "hall rental", never
        words.pop()                          # "hall rental for"
    while words and words[0] in VERB:  # "jual nasi box 25rb": the verb is not part of what the price is for
        words = words[1:]
    words += per_unit
    return " ".join(words).strip()




def other_item(said: Fact, subject: str) -> bool:
    """A price equal to one read already is another item's own when each is said of a different item ("kunyit asam
    12rb, beras kencur 12rb"): a price belongs to each item that has it. The same amount said again of nothing, or of
    the same item, is one price."""
    return said.kind == "price" and bool(subject) and bool(said.subject) and said.subject.lower() != subject.lower() \
        and not _CONDITION.match(subject)  # ("kalau ambil 2 tetap 35rb": the same price again, on a condition)


_CONDITION = regrouped(r"(?i)(?:kalau|kalo|klo|jika|bila|if|when|ambil|beli|order|pesan|min|minimal|untuk|utk|buat|for)\b")
