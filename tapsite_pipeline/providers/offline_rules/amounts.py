"""Amounts of money as the owner writes them ("45rb", "Rp 1.200.000", "IDR 150-200K", "60-90rb"), a price
with what it is per and what it includes, a count of hours with its price, and the words that make an amount a
condition ("min. belanja 100rb") rather than a price. Read by the fact reader (facts.py).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

from .price_units import _HOLDS_WORD, HIRE_TERMS, PER_SPOKEN
from .price_units import HOLDS as _HOLDS

# (see _AMOUNT; the text reader writes dot leaders as " . ")
BARE_AMOUNT = (r"(?:(?<=[a-z)]\s)|(?<=\s\s)|(?<=[a-z)]\s\.\s)|(?<=\.\.\s)|(?<=\.\.)|(?<=\+\s))(?<![\d.,])\d{1,3}(?:\.\d{3})+(?!\d|,\d)"
               r"(?=\s*(?:[,;!?\n(\[]|\.(?!\d)|$|(?:dan|and|&)\s)|\s+[^\w\s+%.,-])")
# A foreign currency said before an amount: "$", "US$", "€", "£", "USD", "EUR", "SGD", "AUD" (never inside a word)
FOREIGN = r"(?:us\$|\$|€|£|(?<![a-z])(?:usd|eur|sgd|aud)\.?)"
# An amount starts a number, never glued to a lone letter before it: "P3K" is a first-aid kit, "A4" a paper size
# (a word run into its price, "bakso10k", is still priced)
_UNGLUED = r"(?<!\d)(?<!(?<![a-z])[a-z])"
# "IDR 1.2M", "1.5M": an "m" after a currency or a decimal amount is millions ("30m" alone may be metres)
# A range said in words between two ends that each carry their multiplier: "45rb sampai 180rb", "100k to 250k".
_WORD_TO = r"\s+(?:sampai|sampe|hingga|s/d|to|until)\s+"
# A range with one multiplier for both ends is one amount: "60-90rb", "9-12jt", "IDR 150-200K".
# A range with a multiplier on each end is one amount too: "IDR 200k–450k", "Rp 150rb - Rp 300rb", "2jt-3,5jt"; so is
# one with its currency on each end: "Rp 75.000 – Rp 90.000".
_AMOUNT = (rf"(?:(?:(?:rp\.?|idr)\s*|{_UNGLUED})\d[\d.,]*\s*(?:rb|ribu|rebu|k|jt|juta)(?:\s*(?:-|–)\s*|{_WORD_TO})(?:(?:rp\.?|idr)\s*)?\d[\d.,]*\s*"
           r"(?:rb|ribu|rebu|k|jt|juta|million|mio)\b|"
           # (a range's high end is thousands or has its multiplier, and a multiplier ends its word: "Rp 250.000 - 3
           # konsep" is the price and a count of drafts, "Rp 400.000, Kipas" the price and the next item)
           r"(?:rp\.?|idr)\s*\d[\d.,]*(?:\s*(?:-|–)\s*(?:(?:rp\.?|idr)\s*)?(?:\d{1,3}(?:[.,]\d{3})+(?!\d)|\d[\d.,]*(?=\s*(?:rb|ribu|k|jt|juta|"
           r"jutaan|million|mio|thousand)\b)))?(?:\s*(?:rb|ribu|k|jt|juta|jutaan|million|mio|thousand)\b|(?<=\d)(?:rb|k)|\s*m\b)?|"
           # a foreign currency, as guests from abroad are priced: "$45", "US$ 1,200", "€420", "EUR 25", "150 USD"
           rf"{FOREIGN}\s*\d[\d.,]*(?<![.,])(?:\s*(?:-|–)\s*(?:{FOREIGN}\s*)?\d[\d.,]*(?<![.,]))?(?:\s*(?:k|million|m)\b)?|"
           r"(?<![\d.,])\d[\d.,]*(?<![.,])\s*(?:usd|eur|euros?|sgd|aud)\b|"
           rf"{_UNGLUED}\d[\d.,]*\s*(?:-|–)\s*\d[\d.,]*\s*(?:rb|ribu|rebu|k|jt|juta|million|mio)\b|"
           rf"{_UNGLUED}\d[\d.,]*\s*(?:rb|ribu|rebu|k|jt|juta|million|mio)\b(?:an)?|"
           r"\d+[.,]\d+\s*m\b|"
           # thousands priced per unit need no currency: "35.000/batang", "4.000 per butir"
           r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?=\s*(?:/|per\s)\s*[a-z])|"
           # a bare dotted amount closing an item's piece of a list, no "Rp" ("jahit kemeja 120.000,", "Domba garut
           # ..... 3.500.000", a pasted list's "(26-28 kg)    2.700.000"): said right after the item's last word, a
           # run of spaces, dot leaders or a "+", and followed by the piece's end, never by a word it counts
           rf"{BARE_AMOUNT})")
# A measured amount a price is for: "75rb/500gr", "40rb/4 jam", "1,5jt/15 hari" (never "10K / 21K", two amounts)
_MEASURE = (r"(?:gr|gram|grams|g|kg|ons|ml|l|ltr|liter|litre|pcs|biji|btr|butir|jam|hari|menit|mins?|minutes?|hours?|"
            r"hrs?|days?|nights?|malam|minggu|weeks?|bulan|bln|months?|orang|org|pax|porsi|lembar|sheets?|m2|m|cm|meter|"
            r"sesi|sessions?|x|kali|times)\b")
_AMOUNT_RANGE = regrouped(r"(?<![\d.,])(\d[\d.,]*)\s*[-–]\s*(\d[\d.,]*)\s*(?:rb|ribu|rebu|k|jt|juta|million|mio)\b")


def _amount(raw: str) -> float:
    """A written number as a number, its thousands separators dropped ("1.500" → 1500, "1,5" → 1.5)."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        return float(re.sub(r"[.,]", "", raw))
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return 0.0


# ("/12 jam", "per 24 hours": a day's hire is all the price's, no measure of goods for the other readers)
_PER_MEASURED = regrouped(r"\s*(?:/|per)\s*(?!(?:12|24)\s*(?:jam|hours?|hrs?)\b)\d", re.I)
# (a count of hours may be a decimal, said whole: "1,5 jam 150rb", "2.5 hours from IDR 900k"; the unit the amount counts
# is the package's too: "trekking 2 hours 150k/person" leaves no "person" behind for the offerings reader)
_TIMED_PACKAGE = regrouped(rf"(?<![\d.,])\d{{1,2}}(?:[.,]\d{{1,2}})?\s*(?:hours?|hrs?|jam)\s+(?:(?:from|mulai|for|only|cuma|hanya)\s+)?{_AMOUNT}"
                           r"(?:\s*(?:/|per\s)\s*(?:person|persons|people|pax|orang|org|group|grup|car|mobil|unit|boat|"
                           r"perahu|kapal|couple|pasangan|anak|child|kid|adult|dewasa)\b)?",
                           re.I)
# Words that begin what follows a price, never a second word of its unit ("350rb/orang min 30 org").
# A meal a stay's price includes, said right after it.
_MEAL = r"(?:breakfast|sarapan|makan\s+pagi|half\s+board|full\s+board)"
_PRICE_TAIL_STOP = (r"(?:lepas|self|tanpa|without|full|half|sudah|udah|sdh|min|minimal|max|dan|and|atau|or|untuk|utk|for|termasuk|incl|including|include|"
                    r"all|bisa|yang|yg|di|ke|dengan|with|area|daerah|wilayah|kawasan|lokasi|free|gratis|buka|open|"
                    r"wa|hub|telp|call|depending|depends|tergantung|nego|negotiable|but|tapi|tp|namun|only|hanya|cuma|except|kecuali|"
                    r"isi|isinya|berisi|contains?)\b")
# What a bare "<number>k" names when it is no amount of money: a race, a resolution, a count of people.
_NOT_MONEY_K = regrouped(r"\s*(?:run|race|lari|marathon|fun\s*run|walk|km|video|resolution|resolusi|uhd|hdr|tv|monitor|"
                         r"display|layar|camera|kamera|followers?|pengikut|subscribers?|views?|likes?|steps?|langkah|"
                         r"peserta|participants?|runners?|pelari)\b", re.I)
_RACE = regrouped(r"\b(?:lari|run|race|marathon|maraton|fun\s*run|trail|kategori|category|categories|distance|jarak|"
                  r"route|rute|finisher|pelari|runners?)\b", re.I)
# Gold and jewellery said right before a bare "<number>k": "emas 22k dan 24k", "gold ring 18k" is how pure the
# gold is (karat), never a price.
_KARAT = regrouped(r"\b(?:emas|gold|perhiasan|jewel(?:le)?ry|cincin|rings?|kalung|necklaces?|gelang|bracelets?|anting|"
                   r"earrings?|liontin|pendants?|karat|kadar|kadarnya)\b[^.;:!?\n]{0,30}$", re.I)


# A surcharge for speed said right before an amount: "express 1 hari +10rb", "rush 24h +100k", "same day +25k". The
# amount is what the faster turnaround costs on top, read with it, never a price of its own.
SPEED_SURCHARGE = regrouped(r"\b(?:express|ekspres|kilat|rush|urgent|same[\s-]?day|next[\s-]day|one[\s-]day|1x24\s*jam)\b"
                            r"[^,;.!?\n+]{0,16}?\(?\s*(?:\+|tambah\s+|extra\s+|add\s+)\s*$", re.I)


def karat(lower: str, start: int, raw: str) -> bool:
    """Is the bare "<number>k" at ``start`` the purity of gold said with it ("perhiasan emas 22k")?"""
    digits = raw.strip()[:-1].strip()
    return digits.isdigit() and 8 <= int(digits) <= 24 and _KARAT.search(lower, max(0, start - 50), start) is not None


# "per" before its unit, apart or glued to a unit word ("per porsi", "perporsi", "perkg"), never the start of a word
# after the price ("Rp400.000. Persiapan ujian …", "50rb pertama")
_PER = (rf"(?:per\b|per(?=(?:{_MEASURE}|{_HOLDS_WORD}|(?:box|boks|pack|pak|paket|ekor|kotak|dus|lusin|kodi|loyang|tusuk|"
        r"ikat|unit|set|kepala|tahun|thn|year)\b)))")
_COUNTED = rf"(?:(?<=\d)\s+(?!{_PRICE_TAIL_STOP})[a-z]+\b)"
_PRICE = fast(
    rf"(?:\b(?:mulai(?:\s+dari)?|start(?:ing|s)?\s+(?:from|at)|from|cuma|hanya|only|harga(?:nya)?|price[sd]?|"
    rf"tarif(?:nya)?|biaya(?:nya)?|paket)\s*:?\s*)?{_AMOUNT}"
    # per what, as written: "/kg", "/m2", "/500gr" (a measured amount), "/night per person" (two units); never the
    # next item of a list set apart by slashes, with its own price ("ayam geprek 15k / ayam bakar 18k / es teh 4k")
    rf"(?:(?!\s+/\s+[a-z][a-z ]{{0,30}}?\s(?:rp\.?\s*|idr\s*)?\d+(?:[.,]\d{{3}})*\s*(?:k|rb|ribu|jt|juta)?\b"
    rf"(?:(?<=\d{{3}})|(?<=[a-z])))\s*(?:/|{_PER})\s*(?:(?:\d+(?:[.,]\d+)?\s*(?={_MEASURE}))?[a-z]+(?:[23²³](?!\d))?)"
    # (never the first letter of a dotted abbreviation: "350rb/hari s.d. 12 jam" is "up to 12 hours")
    # (nor the next item, said with its own amount: "nastar 85rb/toples kastengel 90rb")
    rf"(?:\s+per\s+[a-z]+|\s+(?!{_PRICE_TAIL_STOP}|per\b|[a-z]\.[a-z]\.|[a-z]+\s+(?:rp\.?\s*|idr\s*)?\d)[a-z]+)?{_HOLDS}?)?"
    rf"(?:\s+{PER_SPOKEN})?"  # "80k a day"
    # which way or how it is counted: "450K one way", "300rb PP", "Rp 2jt nett", "1,5jt all in"
    rf"(?:\s*\(?(?:one[\s-]way|return|round[\s-]trip|pp|pulang[\s-]pergi|sekali\s+jalan|nett?|all[\s-]in)\b\)?)?"
    # how a hire is driven: "350rb/hari lepas kunci", "400k/day self drive", "650rb dengan sopir", "+ driver & BBM"
    rf"(?:\s*\(?{HIRE_TERMS}\)?)?"
    # the meal a night's price comes with: "450k/night with breakfast", "350rb/malam (sarapan)", "+ sarapan 2 orang"
    rf"(?:\s*(?:\(\s*(?:with\s+|dengan\s+|dgn\s+|free\s+|gratis\s+|\+\s*)?{_MEAL}\s*\)|"
    rf"(?:with|dengan|dgn|plus|\+)\s*(?:free\s+|gratis\s+)?{_MEAL}(?:\s+\d\s*(?:orang|pax|people|persons?))?\b))?"
    # what the price includes is part of it: "1,8jt/bulan sudah termasuk listrik", "IDR 500k incl. breakfast"
    # (never across a full stop: "Rp2.500.000. Udah termasuk …" is a sentence of its own)
    rf"(?:(?<!\.),?\s*(?:sudah\s+|udah\s+|sdh\s+|all\s+)?(?:termasuk|incl\.?|including|included|include)\s+[\w-]+"
    # (a count keeps what it counts: "termasuk edit 20 foto", "include 1 jam foto", never "edit 20" cut off from its noun)
    rf"{_COUNTED}?(?:\s+(?!{_PRICE_TAIL_STOP})[\w-]+{_COUNTED}?)?"
    # a list of what is included: "3,5jt include backdrop, balloon, sound system and MC" (an item is no amount)
    rf"(?:,\s*(?!\d)(?!{_PRICE_TAIL_STOP})[\w-]+(?:\s+(?!{_PRICE_TAIL_STOP})(?!\d)[\w-]+)?"
    rf"(?=\s*(?:[,.;)]|$|(?:dan|and|&|\+)\s))){{0,5}}"
    rf"(?:\s*(?:dan|&|and|\+)\s*[\w-]+(?:\s+(?!{_PRICE_TAIL_STOP})[\w-]+\b(?!\s*\d)){{0,2}})?)?",
    re.I)  # ("include breakfast and daily housekeeping": the last thing included keeps its two words)

# What makes an amount a condition ("min. belanja 100rb", "untuk pembelian di atas 2 juta", "orders above 200k"):
# the words right before it, ending where the amount starts.
# ("45 min IDR 350k": "min" after a count is the minutes a session lasts, no minimum)
_THRESHOLD = regrouped(r"(?:\b(?:di\s*atas|(?<!\d\s)(?<!\d)min(?:imal|imum)?|(?<!\d\s)(?<!\d)min\.|maks(?:imal)?|max(?:imum)?|above|over|lebih\s+dari|"
                       r"more\s+than|at\s+least)|\b(?:belanja|pembelian))\s*:?\s*$", re.I)
# "free ongkir min order 500rb", "diskon 10% minimal pembelian Rp 300.000", "free delivery min. spend 200k": an order's
# least amount said after what is given in its clause is the condition of that offer or delivery, read with it (said
# alone, "minimal order 500rb" stays a price).
_ORDER_THRESHOLD = regrouped(r"\b(?:min(?:imal|imum)?|min\.|minimum)\s*(?:order|orders|pembelian|belanja|pesanan|pesan|"
                             r"purchase|spend|transaksi|transaction)\s*:?\s*$", re.I)
_GIVEN_BEFORE = regrouped(r"\b(?:free|gratis|ongkir|diskon|delivery|antar)\b", re.I)


# How often and how long the sessions a price pays for are, said right before it: "4x sebulan @45 menit Rp400.000",
# "2x seminggu, 90 menit 300rb", "8x pertemuan @60 menit 500rb", "twice a week 60 min IDR 400k". Part of the price.
SESSIONS_BEFORE = regrouped(
    r"(?<![\w.,])(?:\d{1,2}\s*(?:x|kali)\s*(?:seminggu|sebulan|sehari|pertemuan|sesi|per\s+(?:minggu|bulan|week|month)|"
    r"(?:a|per)\s+(?:week|month)|/\s*(?:minggu|bulan|week|month|mgg|bln))|(?:once|twice|\d\s+times)\s+(?:a|per)\s+"
    r"(?:week|month))(?:\s*[@,]?\s*\d{1,3}\s*(?:menit|mnt|mins?|minutes?|jam|hours?)(?:\s*/\s*(?:sesi|session|pertemuan))?)?"
    # how long a hire lasts, said as what it costs: "Hall rental for 6 hours is IDR 7.5 million"
    r"\s*[,:=]?\s*$|(?<![\w.,])\d{1,2}\s*(?:hours?|hrs?)\s+(?:is|are|costs?)\s*$", re.I)
_EN_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_ID_DAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
# The days a price holds on, said right after it: "IDR 7.5 million on weekends", "350rb di hari kerja", "Rp 2jt (weekend)".
# ("1.5 million for 2 hours", "350rb untuk 3 jam": how long the hire it pays for lasts)
DAYS_AFTER = regrouped(r"\s*\(?(?:(?:on|at|di|saat|pas|tiap|setiap|for|during)\s+)?(?:weekends?|weekdays?|hari\s+kerja|"
                       r"akhir\s+pekan|hari\s+libur|(?:public\s+)?holidays?|tanggal\s+merah|(?:high|low|peak)\s+season)\b\)?|"
                       r"\s+(?:for|untuk|utk|selama)\s+\d{1,2}\s*(?:hours?|hrs?|jam|days?|hari|nights?|malam)\b|"
                       # a day of the week: "on Saturdays", "hari Sabtu-Minggu" (a bare "minggu" is a week)
                       rf"\s*\(?(?:(?:on|every|each)\s+{_EN_DAY}s?|{_EN_DAY}s|(?:di\s+)?(?:hari|tiap|setiap)\s+{_ID_DAY})"
                       rf"(?:\s*(?:-|–|&|/|dan|and|or|atau)\s*(?:{_EN_DAY}s?|{_ID_DAY}))?\b\)?", re.I)


def said_with_price(text: str, lower: str, m: re.Match, clause: int, found: list, taken: list) -> str:
    """A price's words as shown: the amount, with how often and how long its sessions are said before it ("4x sebulan
    @45 menit Rp400.000") and the days it holds on said after it ("IDR 5 million on weekdays"). A note another reader
    made of those words (`found`, `taken`: the fact reader's) is dropped: they are the price's."""
    start, end = m.start(), m.end()
    if sessions := SESSIONS_BEFORE.search(lower, max(clause, start - 40), start):
        start = sessions.start()
    if days := DAYS_AFTER.match(lower, end):
        end = days.end()
    notes = {p for p, f in found if f.kind == "note" and start <= p < end}
    if notes:
        found[:] = [(p, f) for p, f in found if p not in notes or f.kind != "note"]
        taken[:] = [(a, b) for a, b in taken if a not in notes or b > end]
    return text[start:end]


# Words that make an amount an extra on top of what is said before it
_EXTRA_WORDS = frozenset("tambah tmbh plus extra add".split())


def extra_said(text: str, lower: str, at: int, raw: str, subject: str) -> tuple[str, str]:
    """A price's words and what it is for, when the amount is an extra on top: "hapus gel lama +25rb" shows "+25rb";
    "datang ke hotel/villa, tambah 50rb" shows "tambah 50rb" (the word is the price's, never what it is for: the
    clause before says that, priced_notes.py)."""
    if (plus := lower.rfind("+", max(0, at - 2), at)) >= 0 and not lower[plus + 1:at].strip() and raw[:1].isdigit():
        return text[plus:at] + raw, subject  # ("ketupat + 5rb" as written, so a note of the same words is said once)
    if subject in _EXTRA_WORDS and lower[max(0, at - len(subject) - 1):at].strip() == subject:
        return f"{text[at - len(subject) - 1:at].strip()} {raw}", ""
    return raw, subject
