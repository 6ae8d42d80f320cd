"""Price lists: the items of a list each said with its own amount ("bedcover 25k, selimut 15k", "A6400 350k, Lensa 50mm
100k/hari, Tripod 50k"). An item sold alone at its own price is an offering, whatever its words say of parts or specs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.phrase_find import phrase_spans

from .item_measures import item_before_measure
from .offer_words import MASK
from .price_units import HIRE_TERMS, NO_DRIVER, PER_SPOKEN

# A price said right after an item of a list ("kiloan 8rb/kg, bedcover 25k, selimut 15k"): the amount is a fact, and
# the list goes on around it. Masking it like a name would cut the list into one-item clauses.
# (a range with a multiplier on each end is one amount: "IDR 200k–450k", "Rp 150rb - Rp 300rb"; so is a timed package's,
# its hours said first: "jungle trekking 2 hours 150k/person, river tubing 50k")
_AMOUNT_ONLY = regrouped(r"(?:\d{1,2}(?:[.,]\d{1,2})?\s*(?:hours?|hrs?|jam)\s+)?"
                         rf"(?:(?:mulai|from|start(?:ing)?\s+(?:from|at)|cuma|hanya|only)\s+)?(?:rp\.?|idr)?\s*\d[\d.,]*"
                         r"(?:\s*(?:rb|ribu|rebu|k|jt|juta)\s*[-–]\s*(?:(?:rp\.?|idr)\s*)?\d[\d.,]*)?"
                         rf"\s*(?:rb|ribu|rebu|k|jt|juta|million|m)?\b(?:\s*(?:/|per)\s*(?:\d+\s*)?[a-z]+\d?|\s+{PER_SPOKEN})?"
                         rf"(?:\s*\(?{HIRE_TERMS}\)?)?")


@lru_cache(maxsize=1024)  # the same masked spans of one brief are asked about by the cards and twice by the notes
def priced_item(lower: str, span: tuple[int, int]) -> bool:
    a, b = span
    return (a >= 2 and lower[a - 1] == " " and lower[a - 2].isalnum()
            and bool(_AMOUNT_ONLY.fullmatch(lower[a:b].strip())) and any(c.isdigit() for c in lower[a:b]))


_PRICE_WORD_BEFORE = regrouped(r"\b(?:flat|fee|rent|sewa|harga|hrg|biaya|tarif|price|prices|is|are|cost|costs|only|cuma|"
                               r"hanya|mulai|from|per|drop-in|dp|ongkir|total|jadi|semua|all)\s*$")
# A least order or a pack's count said after an item's amount ("kue lam 5rb/potong min 10, amparan tatak 60rb",
# "siomay ayam 35rb isi 10, hakau udang 45rb"): a bare count of the item before it, not one more item, and the list
# goes on after it.
_LEAST_ORDER = regrouped(r"\s*\(?(?:(?:min(?:imal|imum|\.)?|minim)\s*(?:order|pesan|pembelian|beli|buy)?|isi|berisi|"
                         r"contains|with)\s*\d+\s*[a-z]{0,8}\)?")
_LIST_GAP = regrouped(rf"(?:{_LEAST_ORDER.pattern})?\s*(?:{NO_DRIVER}\s*)?(?:,|&|\+|\bdan\b|\band\b|\bsama\b|\bsm\b)\s*")


def least_orders(lower: str, priced: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The least-order notes said between two items of a price list ("… 5rb/potong min 10, amparan tatak 60rb"): like
    the amounts they are facts said inside the list, which goes on around them."""
    out = []
    for x, y in zip(priced, priced[1:], strict=False):
        m = _LEAST_ORDER.match(lower, x[1], y[0])
        if m:
            a, b = m.span()
            # the fact reader's span of the note, where it took one, goes with it
            a = min([a] + [p for p, q in spans if x[1] <= p and q <= y[0] and p < b and a < q])
            b = max([b] + [q for p, q in spans if x[1] <= p and q <= y[0] and p < b and a < q])
            out.append((a, b))
    return out


def price_list(lower: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The priced items that form a list: two or more in a row, each amount followed by the next item after a comma
    or "dan"/"and" ("bedcover 25k, selimut 15k"); an amount after a price word ("flat 800k") is no item's."""
    spans = sorted(sp for sp in spans if not _PRICE_WORD_BEFORE.search(lower[max(0, sp[0] - 12):sp[0]]))
    keep: set[tuple[int, int]] = set()
    for x, y in zip(spans, spans[1:], strict=False):
        between = lower[x[1]:y[0]]
        if (_LIST_GAP.match(between) and not re.search(r"[.!?;:\n]", between)
                and len(between.split()) <= 5):
            keep.update((x, y))
    return sorted(keep)


# After a lone priced item: a comma, then at least two more pieces of a list before the sentence ends, the next one
# of words alone (an item with its own amount or count, "full site 5-8 pages 9-12jt", is a price list's business).
_LIST_GOES_ON = regrouped(r"(?:(?<=,)|\s*,)[^.!?;:\n\d,]*?[a-z][^.!?;:\n\d,]*?(?:,|&|\bdan\b|\band\b|\bserta\b|\bsama\b|"
                          r"\bsm\b)\s*[a-z]")
_PRICE_WORD = regrouped(r"(?:harga|hrg|price)\s+")
# What makes a number an amount of money (not a phone number or a count): a currency, a unit of money or a price word.
MONEY = regrouped(r"\b(?:rp|idr|mulai|from|start|starting|harga|hrg|price)\b|\d\s*(?:k|rb|ribu|rebu|jt|juta|million)\b")


def _cut_before(lower: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Does another span end inside the word the item before `at` opens with ("Rp 185.000, k|lappertaart kenari Rp
    210.000")? Then the item is a scrap of a word, and its amount is left masked."""
    ends = [y for _, y in spans if y < at]
    if not ends:
        return False
    y = max(ends)
    return lower[y:y + 1].isalnum() and lower[y - 1:y].isalnum() and not re.search(r"[,.;:!?]", lower[y:at])


def list_opening_price(lower: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The amount of a list's first item when only that item is priced ("batik cap mulai 80rb, batik tulis, kain lurik",
    "apel manalagi harga 20rb, jeruk keprok, jambu kristal"): like a price list's amounts it is a fact said inside the
    list, and the list goes on around it (masked like a name, it would cut the first item off into a clause of its
    own, read as the business's self-description)."""
    out = []
    for a, b in spans:
        word = _PRICE_WORD.match(lower, a)
        end = b - 1 if lower[b - 1] == "," else b  # "mulai Rp 25.000,": the fact's span may take the comma
        if (priced_item(lower, (word.end() if word else a, end)) or word and priced_item(lower, (a, end))) \
                and MONEY.search(lower, a, b) and _LIST_GOES_ON.match(lower, b) and a >= 2 and lower[a - 2].isalpha() \
                and not lower[b:b + 1].isalnum() and not _cut_before(lower, spans, a):
            out.append((a, b))
    return out


# A price word that opens a sentence or a clause and labels what follows ("Harga: …", "Harganya …", "Daftar harga …",
# "Prices: …", "Rates …"), with its colon.
_PRICE_LABEL = regrouped(r"(?:^|(?<=[.!?;\n,])|(?<=[.!?;:\n,]\s)|(?<=[.!?;\n]\s\s))\s*((?:daftar\s+|list\s+)?(?:harga(?:nya)?|hrg|"
                         r"prices|price|pricelist|price\s+list|tarif(?:nya)?|rates)\s*(?::|-|=)?)\s+(?=[a-z])")


def price_labels(lower: str, priced: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The price word labelling a price list ("Harga kemplang panggang 35rb/bungkus, kricu 20rb", "Prices: country loaf
    85k, rye 95k"): read as the head of the first item, it makes the item a price fact ("harga kemplang"), and before a
    colon it labels the list a detail of the page, not goods; the items each said with their own amount are sold."""
    out = []
    for m in _PRICE_LABEL.finditer(lower):
        end = re.search(r"[.!?;\n]", lower[m.end(1):])
        stop = m.end(1) + end.start() if end else len(lower)
        if sum(1 for a, _ in priced if m.end(1) < a < stop) >= 2:
            out.append(m.span(1))
    return out


_SENTENCE_OPEN = regrouped(r"(?:^|[.!?;\n])[ \t]*(?:[-•*]+[ \t]*)?\Z")


def opens_sentence(text: str, at: int) -> bool:
    """Does a sentence (or a bullet) open at `at`: `_SENTENCE_OPEN.search(text, 0, at)`, read backwards from `at`
    (the pattern, searched from the start, tries every position of the text before it)."""
    before = text[:at].rstrip(" \t")
    if before and before[-1] in "-•*":  # a bullet: the whole run of its marks, then the spaces before it
        before = before.rstrip("-•*").rstrip(" \t")
    return not before or before[-1] in ".!?;\n"
_SENTENCE_CLOSE = regrouped(r"[ \t]*(?:[.!?;\n]|\Z)")
# What opens a price, a charge or a perk rather than goods: "mulai 25rb", "iuran 100rb/bln", "ongkir 10rb", "tambah 25rb".
_NO_GOODS_LEAD = regrouped(r"(?:harga|hrg|price|prices|mulai|from|start|starting|biaya|tarif|iuran|infaq|infak|"
                           r"investasi|ongkir|ongkos|dp|deposit|jaminan|diskon|disc|discount|promo|potongan|free|gratis|"
                           r"tambah|plus|extra|add|adds|khusus|min|minimal|minimum|max|maks|total|jadi|semua|all|"
                           r"cuma|hanya|only|just|sekitar|around|about|kisaran|budget|bisa|can|we|kami|saya|sy)\b")


_ADDED_ON = frozenset("add adds addon add-on tambah tambahan extra".split())
_FROM = regrouped(r"(?:mulai|from|start|starting|dari)\b")


def lone_priced(text: str, lower: str, a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """The clause text[a:b] is a sentence of its own that only names an item before its own amount ("Lempok durian
    85rb.", "- ikan mas segar 45rb/kg"): the amount is masked as a price fact right after the item, and nothing else
    is said in the sentence. A sentence that opens on a price or a perk word ("mulai 25rb", "ongkir 10rb") names none."""
    clause = text[a:b]
    item = clause.strip()
    if any(map(str.isdigit, item)):  # a measure closing the item ("jahe merah 500 ml 15rb"), no other count or size
        named = item_before_measure(item)  # ("botol 250ml", "koi 15 cm mulai 35rb": how much, not what)
        if named is None:
            return False
        item = named
    words = item.split()
    # one phrase of words: no list ("potong celana, ganti resleting" is a price list's business), no add-on
    # ("confetti add 350k": priced with another thing)
    if not spans or not item or not item[0].isalpha() or len(words) > 5 or _NO_GOODS_LEAD.match(item) \
            or any(c in ",&+/()" for c in item) or words[-1] in _ADDED_ON:
        return False
    if not opens_sentence(text, a + len(clause) - len(clause.lstrip())):
        return False
    end = a + len(clause.rstrip())
    for p, q in spans:
        if p == end + 1 and lower[end] == " " and (text is lower or text[p] == MASK) and priced_item(lower, (p, q)) \
                and MONEY.search(lower, p, q) and not _FROM.match(lower, p) and _SENTENCE_CLOSE.match(lower, q):
            return True
    return False


def said_alone(item: str, lower: str, spans: list[tuple[int, int]]) -> bool:
    """The item is a sentence of its own before its own amount (see lone_priced), read in the brief itself."""
    for at, to in phrase_spans(item, lower):
        if lone_priced(lower, lower, at, to, spans):
            return True
    return False


def said_again(lower: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each other place an item's amount is said again after another item ("lontong sayur 12rb, ketupat sayur 12rb"):
    the facts keep one price of a value, but every item said with it is an item of the price list."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        amount = lower[a:b]
        if not priced_item(lower, (a, b)) or not MONEY.search(amount):
            continue
        for sp in phrase_spans(amount, lower, ".,", ""):
            if not any(x < sp[1] and sp[0] < y for x, y in spans + out) and priced_item(lower, sp):
                out.append(sp)
    return out


def _own_price(item: str, lower: str, priced: list[tuple[int, int]]) -> bool:
    """An item of a price list said with its own amount ("lensa 50mm 100k/hari" among "A6400 350k, …, tripod 50k") is
    sold on its own: a spec or a part word in it ("50mm", "lensa") makes it no part of another offering."""
    if not priced:
        return False
    starts = {a for a, _ in priced}
    for _, to in phrase_spans(item, lower):
        if any(to + k in starts for k in (1, 2)):
            return True
    return False


# An option of the item before it, said alone with its own price: "steril kucing jantan 350rb, betina 600rb".
_VARIANT_WORDS = frozenset("""
jantan betina pria wanita cowok cewek laki perempuan anak dewasa remaja balita male female men women kids adult
besar kecil sedang jumbo mini small medium large regular reguler biasa spesial special premium standar standard
""".split())


def sold_alone(item: str, lower: str, priced: list[tuple[int, int]]) -> bool:
    """An item of a price list said with its own amount (see _own_price), and not what a "+" adds to the item before
    it ("proyektor + layar 150rb"), an option of it alone ("jantan 350rb, betina 600rb"), nor the rest of its name
    ("kain pewarna sintetis 95rb, pewarna alam 250rb")."""
    at = lower.find(item)
    if at < 0 or not _own_price(item, lower, priced) or lower[max(0, at - 2):at].strip().endswith("+"):
        return False
    words = item.split()
    if len(words) == 1 and words[0] in _VARIANT_WORDS:
        return False
    # the item before it (a comma inside an amount, "1,2jt", parts nothing): a word inside it, not its head, that this
    # item opens with
    before = re.split(r"[,;:]\s+|\.\s+", lower[:at].rstrip(" ,"))[-1].split()
    return words[0] not in before[1:]

