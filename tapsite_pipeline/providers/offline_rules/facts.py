"""Concrete facts the owner stated: hours, the year they started and years of experience, prices, areas served, delivery and pickup,
turnaround, packages, offers, guarantees, who it is for, levels taught, address and Instagram.

Each fact keeps the owner's own words (a price stays "45rb", hours stay "08.00-21.00"), so the page can
repeat it and never state one that was not given. The spans found are also returned: prices, hours and
addresses are not offerings, and the offerings reader skips them.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped
from tapsite_pipeline.owner_links import link_spans, named_accounts

from ...models import Fact
from .addresses import BASE, NEAR, addresses, areas, bracketed_places, district_pairs, makers_village
from .amounts import (
    _AMOUNT_RANGE,
    _GIVEN_BEFORE,
    _NOT_MONEY_K,
    _ORDER_THRESHOLD,
    _PER_MEASURED,
    _PRICE,
    _RACE,
    _THRESHOLD,
    _TIMED_PACKAGE,
    SPEED_SURCHARGE,
    _amount,
    karat,
    said_with_price,
)
from .audiences import _AUDIENCE, _SHOP_ONLY, SAID_OF_FOR
from .branches import branch_places
from .certified import BODY_WORDS, CERTIFIED
from .free_offers import clean_value as _clean
from .free_offers import conditions_joined, free_offers, given_words
from .goods_labels import _CLAUSE_END, _FREE_OF_ONLY, _NATURE, _OWN_CLAUSE
from .goods_said import GIFT_USE, MOTIF, said_of
from .hours import PRAYER_CUE, hours
from .instagram import instagram_accounts
from .level_names import levels_named
from .not_done import _NOT_DONE, _NOT_DONE_LEAD, not_done_end
from .other_numbers import OTHER_LINE, numbers_left_out
from .owner_requests import _NOTE_SKIP
from .place_lists import places_go_on
from .price_said import extra_said
from .price_subject import other_item, price_subject
from .said_terms import said_terms
from .service_terms import _AFTERCARE, _DELIVERY, _GUARANTEE, _OFFER, _PICKUP, _TURNAROUND, _maybe
from .staff_said import STAFF_SEX
from .tenure import tenure
from .trade_terms import _EXCHANGE, _EXCHANGE_HINT, _FUNDING, _FUNDING_HINT, _MARKET, _MARKET_DOMAIN, _TRADE
from .when import when_notes

Span = tuple[int, int]

# Where the customer collects is the pickup's own, street and all ("Ambil sendiri di Jl. Diponegoro 40"); after any
# other fact a street's "Jl." ends it (a delivery or an offer running on into the street took the owner's address
# from the address reader, and lowered the held-out facts figure)

# How to reach the owner, said where a fact's reading runs on: "… wa 0896", "… hub 0812", "… WA:".
_CONTACT_LEFT = regrouped(r"(?i)\s+(?:wa|whatsapp|telp|tlp|hub|hubungi|call|sms)\b\s*[:.]?\s*(?:\+?\d|$)")
# A street's abbreviation a fact's reading stopped on, with the word that leads to it: "… di Jl", "… at Jln".
_STREET_LEFT = regrouped(r"(?i)(?:\s+(?:di|at|ke|in|from|dari))?\s+jln?\.?$")
# Who does the work and what vouches for them: "instruktur bersertifikat", "certified technicians".
_CREDENTIAL = fast(
    r"\b(?:instruktur|guru|tutor|pengajar|pelatih|terapis|teknisi|mekanik|montir|dokter|trainer|coach|tenaga)\s+"
    r"(?:yang\s+|yg\s+)?(?:bersertifikat|bersertifikasi|tersertifikasi|berlisensi|berpengalaman)\b|"
    r"\b(?:[a-z]+-)?(?:certified|licensed|experienced)\s+(?:instructors?|teachers?|tutors?|trainers?|coaches|coach|therapists?|"
    r"technicians?|mechanics?)\b", re.I)
# A measure written with a decimal, and up to two words before it in its clause (what it measures).
_MEASURE = fast(r"\d+,\d+(?:\s*[-–]\s*\d+(?:,\d+)?)?\s*(?:mm|cm|m|meter|kg|gr|gram|liter|ltr|ml|inch|inci|mikron|micron|pk)\b")
# the dimension it measures, said right before it ("tebal 1,2 mm", "presisi 0,01 mm")
_DIMENSION_BEFORE = regrouped(r"\b(?:tebal|tipis|ketebalan|lebar|panjang|tinggi|diameter|presisi|toleransi|ukuran|berat|"
                              r"isi|volume|kapasitas|thickness|thick|width|wide|length|long|height|precision|tolerance|"
                              r"size|weight|capacity)\s+$")
_WORD_BEFORE = regrouped(r"\b[a-z][\w-]+\s+$")
_PRICE_NEXT = regrouped(r"\s*(?:=|:)?\s*(?:rp\.?|idr)?\s*\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)\b|\s*(?:rp\.?|idr)\s*\d")
_CREDENTIAL_BODY = regrouped(r"(?:\s+(?i:resmi|dari|oleh|by|from|of))*\s+(?:(?!(?:WA|IG|HP|DM|CP|SMS|COD|PO|DP|OK)\b)"
                             r"[A-Z][A-Z0-9&-]{1,9}\b(?![a-z])|" + BODY_WORDS + r"\b)")
# A package as a small grammar: "paket" + what it is (up to five words, a count with its unit among them: "umrah
# reguler 9 hari", "4 kamera cctv", "intimate wedding 50 tamu") + its price ("mulai Rp29.500.000", "3,2jt") + what
# it includes ("udh include pasang + hdd 1tb", "sudah termasuk katering, dekorasi, dan MC").
_PKG_AMOUNT = r"(?:mulai(?:\s+dari)?\s+|from\s+|cuma\s+|only\s+|harga\s+)?(?:rp\.?|idr)\s*\d[\d.,]*(?:\s*(?:rb|ribu|k|jt|juta)\b)?|\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)\b"
_PACKAGE = fast(
    rf"\bpaket\s+(?!harga|kami|nya\b|ya\b|dan\b|bisa\b|ke\b|to\b|\+)((?:(?!(?:{_PKG_AMOUNT})|mulai\b|from\b|sudah\b|udh\b|udah\b|"
    rf"termasuk\b|include|(?:dan|and|atau|or|&)\s+paket\b|bisa\b|bs\b|yang\b|yg\b|dengan\b|dgn\b|di\b|dari\b|dr\b)"
    rf"(?:\d+(?:[.,]\d+)+|[\w%/&-]+)\s?){{1,5}})(?:\s*\([^()]{{1,40}}\))?"  # "paket masak (gulai + sate)": what it holds
    rf"(?:,?\s*(?:{_PKG_AMOUNT})(?:\s*(?:/|per)\s*(?:orang|org|pax|person|malam|night|bulan|month|sesi|session)\b)?)?"
    rf"(?:,?\s*(?:(?:sudah|udah|udh|sdh)\s+(?:termasuk\s+|include[sd]?\s+|incl\.?\s+)?|(?:all\s+)?(?:termasuk|include[sd]?|"
    rf"incl\.?|including)\s+)(?:[^.;,]{{1,40}}(?:,\s*[^.;,]{{1,40}}){{0,5}},?\s+(?:dan|and|&)\s+[^.;,]{{1,30}}|[^.;,]{{1,60}}))?",
    re.I)

# The rest of a package's clause when the package's reading stopped inside it: up to three more words to the
# clause's end, or a list its last word began (", rias dan dokumentasi"), each word no amount, time or new clause.
_PKG_REST_WORD = r"(?!(?:mulai|from|harga|price|buka|open|bisa|bs|wa|hub|telp|call|minimal|min|untuk|utk|for|di|at)\b)[a-z][\w'-]*"
_PACKAGE_REST = regrouped(
    rf"(?i)(?:(?:(?<=\w)\s+|(?<=\w\s)){_PKG_REST_WORD}(?:\s+{_PKG_REST_WORD}){{0,2}}|,\s*{_PKG_REST_WORD}(?:\s+{_PKG_REST_WORD})?\s+(?:dan|and|serta|&)\s+"
    rf"{_PKG_REST_WORD}(?:\s+{_PKG_REST_WORD})?)(?=\s*(?:[,.;!?\n]|$))")
# Seeing the owner only by appointment, said in either language: "hanya dengan perjanjian", "praktek pakai janji temu
# dulu", "wajib reservasi", "by appointment only" (never "sesuai perjanjian", as agreed, nor a contract drawn up:
# "buat perjanjian sewa").
_APPOINTMENT = fast(
    r"\b(?:(?:dengan|dgn|pakai|pake|lewat|via|harus|wajib|perlu)\s+(?:perjanjian|janji(?:\s+temu)?)|(?:bikin|buat)\s+janji"
    r"(?:\s+temu)?)\b(?!\s+(?:sewa|jual|beli|kerja|kontrak|pranikah|kredit|hutang|utang|kerjasama|kerja\s+sama)\b)|"
    r"\bby\s+appointment\b|\bappointment\s+only\b|\b(?:wajib|harus|perlu)\s+(?:reservasi|booking|booking\s+dulu)\b")
_OVERLAPPING = frozenset({"area", "level", "audience", "package"})  # a package holds its price
# Facts read with a free tail of words ("konsultasi gratis di …"): the tail ends where the business's place begins.
_TAILED = frozenset({"offer", "delivery", "pickup", "guarantee"})
_TAIL_LINK = regrouped(r"(?i)(?:\s+(?:di|at|in|ke|to|dan|and|&|yang|yg|untuk|utk|for))+\s*$")


# The makers of the goods carried, said after a bare "merk"/"merek"/"brand" as genuine or several: "merk KYT INK NHK
# ori semua", "brand Shell, Castrol & Motul asli". The owner's own brand ("brand saya X") is the name, not this.
_CARRIED = regrouped(
    r"\b(?:merk|merek|brand)\s+(?!(?:kami|saya|sendiri|sy|aku|kita|ku|lokal|local)\b)"
    r"((?-i:[A-Z0-9])[\w&.'-]*(?:\s*(?:,|/|&|dan|and|atau|or)?\s*(?-i:[A-Z0-9])[\w&.'-]*){0,5})"
    r"(\s+(?:ori|original|asli|resmi|authentic|genuine|import|impor)\b(?:\s+(?:semua|semuanya|all))?)?", re.I)


_WHEN_OF_OFFER = regrouped(r"(?:setiap|tiap|every|each|khusus)\s+(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|"
                           r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|akhir\s+pekan)s?\b", re.I)
_SURCHARGE_END = regrouped(r"(?:\+|\b(?:tambah|tmbh|extra|plus|add|biaya\s+tambahan|surcharge|ongkir|ongkos\s+kirim|biaya\s+(?:kirim|antar)|delivery\s+fee))\s*$", re.I)
_TRAILING_LINK = re.compile(r"(?i)[\s,&/]*(?:\b(?:dan|and|atau|or|serta|sama))?[\s,&/]*$")
# A tailed fact's reading stops after a fixed count of characters; the few words left of its clause are its own:
# "Gratis ongkir area Tangerang & Serpong untuk min 30 box" ends on the condition, never on "untuk" with "min 30
# box" left as a note of its own. The rest runs to the clause's end (a full stop after "min"/"max" ends none).
_CLAUSE_REST = regrouped(r"(?:[^,.;!?\n]|(?<=\bmin)\.|(?<=\bmaks)\.|(?<=\bmax)\.|(?<=\d)[.,](?=\d)){1,45}?"
                         r"(?=\s*(?:[,;!?\n]|(?<!\bmin)(?<!\bmaks)(?<!\bmax)\.(?!\d)|$))")
_CLAUSE_REST_WORDS = 6
_CLAUSE_LEAD = regrouped(r"\s*(?:(?:dan|and|serta|sama|juga|jg|also|plus|terus|trus|lalu|kami|saya|we|i|ada)\s+)*")
_FREE_WORD = regrouped(r"\b(?:gratis|free)\b")  # another thing given free is a reading of its own
_WORD_NEXT = regrouped(r"\s*\w")
_PHONE_RUN = regrouped(r"\d[\d\s-]{5,}\d")


def _whole_clause(text: str, lower: str, m: re.Match, read: list[Span]) -> re.Match:
    """A tailed reading that opens its clause and is cut off inside it, run on to the clause's end when what is
    left is a few words nobody read, with no request to the builder, contact or other free thing in them (see _CLAUSE_REST)."""
    if not _WORD_NEXT.match(lower, m.end()) or (rest := _CLAUSE_REST.match(lower, m.end())) is None:
        return m
    # words of the clause before the reading that nobody read: the clause is a note's, which says it whole
    clause = max(lower.rfind(c, 0, m.start()) for c in ",.;:!?()\n") + 1
    lead = _CLAUSE_LEAD.match(lower, clause, m.start())
    if lead and lead.end() < m.start() and not any(a <= lead.end() and m.start() <= b for a, b in read):
        return m
    words = rest.group(0).split()
    if not words or len(words) > _CLAUSE_REST_WORDS or _NOTE_SKIP.search(rest.group(0)) or \
            _PHONE_RUN.search(rest.group(0)) or _FREE_WORD.search(rest.group(0)) or \
            any(m.end() < b and a < rest.end() for a, b in read):
        return m
    return re.compile(r"[\s\S]+").match(text, m.start(), rest.end()) or m


_PACKAGE_DASH = regrouped(r"(?i)^(paket|package)\s*[-–—:]\s*(?=\d)")
_CLAUSE_CLOSE = regrouped(r"\s*(?:[,.;!?\n]|$)")
_HELD_GAP = regrouped(r"[\s(]*")
_HELD_CLOSE = regrouped(r"\s*\)")


# What a count of hours is of, said right before it in its clause: up to four words, none a number, a link or talk.
_HOURS_OF = regrouped(r"(?:(?<=[\s,.;:!?()\n])|^)((?:(?:[^\W\d][\w'&/-]*|&)\s+){1,4})$")  # ("lulur & boreh 90 menit")
_HOURS_OF_STOP = frozenset("""kami saya sy aku we i our my ada have has dan and atau or yang yg untuk utk buat for di in at
on ke to dari from juga jg also bisa can tapi but sama sm cuma hanya only mulai from per tiap setiap each is are adalah
jam hours terima menerima melayani jual sell sells offer offers""".split())


def _hours_of(lower: str, at: int) -> int:
    """Where the words naming what a count of hours is for begin, right before `at` in its clause ("pijat
    tradisional 1,5 jam 150rb" → "pijat tradisional"); `at` when none are said there."""
    clause = max(lower.rfind(c, 0, at) for c in ",.;:!?()\n") + 1
    run = _HOURS_OF.search(lower, max(clause, at - 60), at)
    if not run:
        return at
    words = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", lower[run.start(1):at])]
    while words and words[0][1] not in _HOURS_OF_STOP and any(w in _HOURS_OF_STOP for _, w in words[1:]):
        words.pop(0)  # "kami juga sewa studio": the words after the last link
    words = words[next((i + 1 for i in range(len(words) - 1, -1, -1) if words[i][1] in _HOURS_OF_STOP), 0):]
    # "instrukturnya cewe matic 8 jam": a word with "-nya" and the word said of it are a statement of their own
    words = words[next((i + 2 for i in range(len(words) - 1, -1, -1)
                        if words[i][1].endswith("nya") and len(words[i][1]) > 5), 0):]
    return run.start(1) + words[0][0] if words else at


def extract_facts(text: str, lower: str, name: str = "") -> tuple[list[Fact], list[Span], list[Span]]:
    """Facts in the order the owner stated them, the spans other readers must skip (prices, hours,
    addresses…), and every span a fact was read from. ``name``: the business's name, blanked out of the text."""
    found: list[tuple[int, Fact]] = []
    spans: list[Span] = []
    read: list[Span] = []
    held: list[Span] = []  # times of a package or offer ("happy hour 15.00-17.00"), never the opening hours
    taken: list[Span] = []  # one stated thing is one fact: "gratis ongkir" is delivery, not also an offer

    def add(kind: str, m: re.Match, value: str, subject: str = "", mask: bool = True, mask_end: int = 0,
            whole: bool = False) -> None:
        value = _clean(value)
        if not value or len(value) > 120:
            return
        if any(f.kind == kind and f.value.lower() == value.lower() and not other_item(f, subject) for _, f in found):
            return
        if kind == "package":  # "10 jam Rp 1.200.000" inside "Paket 10 jam Rp 1.200.000": one package
            value = _PACKAGE_DASH.sub(r"\1 ", value)  # "Paket — 1,5 jam 150rb": the dash only set the word apart
            low = value.lower()
            if any(f.kind == kind and low in f.value.lower() for _, f in found):
                return
            found[:] = [(p, f) for p, f in found if not (f.kind == kind and f.value.lower() in low)]
            if (rest := _PACKAGE_REST.match(text, m.end())) and rest.group(0).strip():
                # "paket 3 hari 2 malam naik kapal phinisi", "paket lengkap dekorasi, rias dan dokumentasi": the
                # reading stopped on its count of words inside the clause; the few words left are the package's own
                m = re.compile(r"[\s\S]+").match(text, m.start(), rest.end()) or m
                value = _clean(text[m.start():m.end()])
                if len(value) > 120:
                    return
        if whole and value == _clean(text[m.start():m.end()]):
            m = places_go_on(text, _whole_clause(text, lower, m, read))  # "… untuk Sleman" + ", Bantul"
            value = _clean(text[m.start():m.end()])
            # the reading stopped on the word that joins the next clause: "pickup at Jl. Sei Batang Hari or"
            bare = _TRAILING_LINK.search(text, m.start(), m.end())
            if bare and bare.start() < m.end() and len(text[m.start():bare.start()].split()) >= 2:
                m = re.compile(r"[\s\S]+").match(text, m.start(), bare.start()) or m
                value = _clean(text[m.start():m.end()])
        if kind in _TAILED and (street := _STREET_LEFT.search(text, m.start(), m.end())) \
                and text[m.start():street.start()].strip():
            # "Ambil sendiri di Jl. Diponegoro 40": the reading stopped on the street's "Jl."; the fact ends before it
            # and the street is the address reader's (read whole, it stays the owner's address)
            m = re.compile(r"[\s\S]+").match(text, m.start(), street.start()) or m
            value = _clean(text[m.start():m.end()])
        if kind in _TAILED and (reach := _CONTACT_LEFT.search(text, m.start(), m.end())) \
                and len(text[m.start():reach.start()].split()) >= 2:
            # "antar wilayah Banjarmasin & Banjarbaru wa 0896 …" (a line break the brief lost): the fact ends before
            # the owner's number, which the contact section shows
            m = re.compile(r"[\s\S]+").match(text, m.start(), reach.start()) or m
            value = _clean(text[m.start():m.end()])
        if kind in _TAILED:  # "Konsultasi gratis di kantor kami di Buah Batu": the offer ends before the address,
            # and before a fact read already ("Pick up from the airport 150K": the pickup, then its price)
            cut, upto = min(((a, b) for a, b in bases + taken if m.start() < a < m.end()), default=(None, 0))
            if cut is not None:
                short = _TAIL_LINK.sub("", text[m.start():cut]).rstrip(" ,.;:-")
                # a delivery's least order said last in its clause is its own ("we deliver to Berawa and Pererenan min
                # order 150k"); any other price said after it stays a price ("antar dari Kualanamu ke Parapat 250rb PP"
                # is a fare; "Pick up from Ampana 200K" is a pickup and a price)
                priced = kind == "delivery" and bool(_ORDER_THRESHOLD.search(short)) and (cut, upto) in taken \
                    and not text[m.start() + len(short):cut].strip() \
                    and _CLAUSE_CLOSE.match(text, upto) is not None and any(p == cut and f.kind == "price" for p, f in found)
                if (_SURCHARGE_END.search(short) or priced) and (cut, upto) in taken:  # "Home service +50rb", "tambah 25rb":
                    short = text[m.start():upto]                     # the surcharge is this fact's own, no price
                    found[:] = [(p, f) for p, f in found if not (p == cut and f.kind == "price")]
                    taken.remove((cut, upto))
                elif kind == "offer" and (cut, upto) in taken and _WHEN_OF_OFFER.match(lower, cut) and any(
                        p == cut and f.kind == "note" for p, f in found):
                    # "diskon 10% tiap senin buat pelajar": the day the offer holds on is the offer's own
                    short = text[m.start():max(m.end(), upto)].rstrip(" ,.;:-")  # ("tiap Minggu kedua": the note's end)
                    found[:] = [(p, f) for p, f in found if not (p == cut and f.kind == "note")]
                    taken.remove((cut, upto))
                if len(short.split()) < 2 and not any(a == cut for a, _ in bases):
                    return  # "bisa antar jemput": a word left before the pickup read already says nothing
                m = re.compile(r"[\s\S]+").match(text, m.start(), m.start() + len(short)) or m
                value = _clean(short)
        if kind not in _OVERLAPPING and any(m.start() < b and m.end() > a for a, b in taken):
            return
        if kind in ("package", "offer"):  # the time it holds, said right after it: "… 50rb (22.00-06.00)"
            after = next((t for t in held if _HELD_GAP.fullmatch(lower, m.end(), t[0])), None)
            if after is not None:
                close = _HELD_CLOSE.match(lower, after[1])
                m = re.compile(r"[\s\S]+").match(text, m.start(), close.end() if close else after[1]) or m
                value = _clean(text[m.start():m.end()])
        found.append((m.start(), Fact(kind=kind, value=value, subject=subject[:60])))
        read.append((m.start(), m.end()))
        if kind not in _OVERLAPPING:
            taken.append((m.start(), m.end()))
        if mask:
            spans.append((m.start(), mask_end or m.end()))

    has_digit = any(map(str.isdigit, lower))
    timed = has_digit or "buka" in lower or "open" in lower or PRAYER_CUE.search(lower)
    for kind, m, value, mask in (hours(text, lower) if timed else ()):
        if kind == "held":  # "paket malam 50rb (22.00-06.00)": the package's time, said with it (below)
            held.append((m.start(), m.end()))
            spans.append((m.start(), m.end()))
            continue
        add(kind, m, value, mask=mask)
    # a date, a recurrence, a frequency, "online only": said, and never an offering
    for m, value in when_notes(text, lower, dated=has_digit):
        add("note", m, value)
    for kind, m, value in (tenure(text, lower) if has_digit else ()):  # "udah dari 2012", "10 tahun pengalaman"
        # "moved to Lombok in 2019 and opened a bakery": the year is read, the words around it stay a sentence
        add(kind, m, value, mask=not m.group(0).lower().startswith("in"))
    for kind, m, value, masked, subject in said_terms(text, lower):  # "kalau ke Ijen tambah biaya tiket", "up to 5 kW"
        add(kind, m, value, subject, mask=False)
        if masked < m.end():  # (the thing a capacity measures stays the offerings')
            spans.append((masked, m.end()))
    bases: list[Span] = []
    for m in BASE.finditer(text):  # read before the offers and deliveries whose tails would swallow it
        if "   " in m.group(0):
            continue  # "my shop is <the name> in Bandung": the name was blanked out; it says what the shop is
        add("address", m, text[m.start():m.end()])
        bases.append((m.start(), m.end()))
    for m in (_CARRIED.finditer(text) if "merk" in lower or "merek" in lower or "brand" in lower else ()):
        makers = m.group(1).split()
        if m.group(2) or (len(makers) >= 2 and all(w.isupper() for w in makers if w.isalpha())):
            add("note", m, text[m.start():m.end()], mask=False)
    for m in _NATURE.finditer(lower):
        if any(m.start() < c.end() and m.end() > c.start() for c in CERTIFIED.finditer(lower)) or any(
                m.start() < b and m.end() > a for a, b in read):
            continue  # "certified halal" (read below), "gak terima babi": not a label of its own
        line_start = max(lower.rfind(c, 0, m.start()) for c in ".;!?()\n") + 1
        line_end = min((i for c in ".;!?()\n" if (i := lower.find(c, m.end())) >= 0), default=len(lower))
        # said as a label on its own ("Halal, no pork.", "✅ homemade, tanpa pengawet"), it is kept from the cards
        alone = bool(_OWN_CLAUSE.match(lower[line_start:m.start()]) and _OWN_CLAUSE.match(lower[m.end():line_end]))
        # what the goods are made without, said after them ("roti gandum sugar free,"), is kept from their name;
        # said before them ("dairy-free smoothies") it stays with the goods it names
        after_goods = bool(_FREE_OF_ONLY.fullmatch(m.group(0)) and _CLAUSE_END.match(lower, m.end()))
        add("note", m, text[m.start():m.end()], mask=alone or after_goods)
    for m in _NOT_DONE.finditer(lower):  # "gak terima COD", "no returns on personalised items"
        if (end := not_done_end(lower, m.start(), m.end())) > m.end():  # "… gitar, drum atau vokal": the whole list
            m = re.compile(r"[\s\S]+").match(text, m.start(), end) or m
        value = text[m.start():m.end()].strip()
        said = _NOT_DONE_LEAD.sub("", value)  # what is not done, without "not include" (a word of requests)
        if len(value.split()) >= 2 and not _NOTE_SKIP.search(said):  # "blm ada web", "blm ada nama": talk to us
            add("note", m, value)
    for m in (_TIMED_PACKAGE.finditer(lower) if has_digit else ()):  # "4 hours from IDR 5 million": one package
        # what the hours are of, said right before them, is said with them ("pijat tradisional 1,5 jam 150rb"): a
        # bare "1,5 jam 150rb" under "Paket" leaves the visitor to guess; the words stay the offerings' to read
        add("package", m, text[_hours_of(lower, m.start()):m.end()])
    for m in (_PRICE.finditer(lower) if has_digit else ()):
        if any(a <= m.start() < b for a, b in spans):
            continue
        cut = min((a for a, b in taken if m.start() < a < m.end()), default=None)
        if cut is not None:  # "Rp 175.000 per 24 jam" where "24 jam" was read as hours: the price ends before it
            short = re.sub(r"(?i)\s*(?:/|per)\s*$", "", text[m.start():cut]).rstrip()
            m = re.compile(r"[\s\S]+").match(text, m.start(), m.start() + len(short)) or m
        if (rng := _AMOUNT_RANGE.search(lower, m.start(), m.end())) and _amount(rng.group(1)) >= _amount(rng.group(2)):
            # "2010 - 25rb": a year or a count before a price, not the low end of a range
            m = re.compile(r"[\s\S]+").match(text, rng.start(2), m.end()) or m
        raw = text[m.start():m.end()]
        clause = max(lower.rfind(c, 0, m.start()) for c in ",;!?\n") + 1
        if _THRESHOLD.search(lower, max(0, m.start() - 40), m.start()) or (
                _ORDER_THRESHOLD.search(lower, max(clause, m.start() - 40), m.start())
                and _GIVEN_BEFORE.search(lower, clause, m.start())):
            continue  # "gratis antar untuk pembelian di atas 2 juta": a condition of the offer, not a price
        if re.fullmatch(r"\d+\s*k", raw.strip(), re.I) and (
                _NOT_MONEY_K.match(lower, m.end()) or _RACE.search(lower, max(0, m.start() - 60), m.end() + 30)):
            continue  # "10K run" is a distance, "4K video" a resolution, "50k followers" a count: not prices
        if SPEED_SURCHARGE.search(lower, max(clause, m.start() - 40), m.start()):
            continue  # "rush 24h +100k": what the faster turnaround costs on top, read with it
        if re.fullmatch(r"\d+\s*k", raw.strip(), re.I) and karat(lower, m.start(), raw):
            continue  # "perhiasan emas 22k dan 24k": how pure the gold is
        # the amount a price is for ("/500gr") is shown with it but left to the other readers, as before it was read
        measured = _PER_MEASURED.search(lower, m.start(), m.end())
        raw = said_with_price(text, lower, m, clause, found, taken)  # "4x sebulan … Rp400.000", "… on weekdays"
        raw, subject = extra_said(text, lower, m.start(), raw, price_subject(lower, m.start()))
        add("price", m, raw, subject, mask_end=measured.start() if measured else 0)
    for m in (_TURNAROUND.finditer(lower) if _maybe(lower, "turnaround") else ()):
        add("turnaround", m, text[m.start():m.end()])
    for m in (_PICKUP.finditer(lower) if _maybe(lower, "pickup") else ()):
        add("pickup", m, text[m.start():m.end()], whole=True)
    for m in (_DELIVERY.finditer(lower) if _maybe(lower, "delivery") else ()):
        if any(a <= m.start() < b for a, b in spans):
            continue
        add("delivery", m, text[m.start():m.end()], whole=True)
    for m, value in [*(branch_places(text) if "(" in text or ":" in text else ()), *areas(text, lower)]:
        add("area", m, value, mask=True)  # (the branches' towns, "2 cabang: Pangkalpinang (Jl. …) & Sungailiat")
    # a warranty before the offers: "servis gratis 6 bulan" joined to it is part of what it promises
    for m in (_GUARANTEE.finditer(lower) if _maybe(lower, "guarantee") else ()):
        add("guarantee", m, text[m.start():m.end()], whole=True)
    for m in (_OFFER.finditer(lower) if _maybe(lower, "offer") else ()):
        add("offer", m, text[m.start():m.end()], whole=True)
    for a, b, short in (free_offers(lower) if "free" in lower or "gratis" in lower else ()):
        if any(a < y and b > x for x, y in taken):
            a = short  # the whole clause holds a fact read already ("Rp 25rb, 1 botol gratis"): its last words
        if a < short and _NOTE_SKIP.search(lower[a:short]):
            a = short  # "perlu halaman daftar akun gratis": a request to the builder before what is free
        if any(a < y and b > x for x, y in taken):
            continue  # "gratis ongkir", "free pickup", "konsultasi gratis": read above as what they are
        fm = re.compile(r"[\s\S]+").match(text, a, b)
        if fm:
            # what is given may still be an offering ("a free weekend kids class"): the offerings reader sees it
            add("offer", fm, given_words(text, a, b), mask=False, whole=True)
    for m in (MOTIF.finditer(text) if "motif" in lower or "corak" in lower or "pattern" in lower
              or "ragam hias" in lower or "ornament" in lower else ()):
        before = len(read)
        add("note", m, text[m.start():m.end()], mask=False)
        # the clause stays the notes reader's: "selendang tenun motif Sikka pewarna alam" is said whole when no other
        # reader takes it, and this note, inside it, is then left out as said twice
        del read[before:]
    for m in (GIFT_USE.finditer(text) if "corporate" in lower or "kantor" in lower or "perusahaan" in lower
              or "korporat" in lower else ()):
        before = len(read)
        start = said_of(text, m)
        add("note", re.compile(r"[\s\S]+").match(text, start, m.end()) or m, text[start:m.end()].strip(), mask=False)
        del read[before:]  # (the clause stays the notes reader's, like a motif's)
    for m in (_MEASURE.finditer(lower) if has_digit else ()):
        if dim := _DIMENSION_BEFORE.search(lower, max(0, m.start() - 16), m.start()):
            m = re.compile(r"[\s\S]+").match(text, dim.start(), m.end()) or m
        # "besi hollow tebal 1,2 mm", "presisi 0,01 mm", "kain lebar 1,15 m": a measure with its decimal, read whole
        # with what it measures (never cut at its comma into an offering "presisi 0"); said without its dimension word
        # ("minyak 1,8 liter"), the word before it is said with it and stays the offering's
        if any(a <= m.start() and m.end() <= b for a, b in read) or _PRICE_NEXT.match(lower, m.end()):
            # said inside a fact read already, or a size with its price ("paket nasi 1,5 kg 50rb"): that fact's,
            # and only kept from the offerings
            spans.append((m.start(), m.end()))
            continue
        if dim is None and (word := _WORD_BEFORE.search(lower, max(0, m.start() - 30), m.start())):
            spans.append((m.start(), m.end()))  # "minyak 1,8 liter": the goods stay the offering's, said with it
            m = re.compile(r"[\s\S]+").match(text, word.start(), m.end()) or m
            add("note", m, text[m.start():m.end()], mask=False)
            continue
        add("note", m, text[m.start():m.end()])
    for m in _CREDENTIAL.finditer(lower):
        # who licensed them, said after: "pelatih berlisensi PRSI", "terapis bersertifikat CIDESCO", "instruktur
        # bersertifikat dari BNSP" (the body's acronym, or a body the certified reader knows)
        if body := _CREDENTIAL_BODY.match(text, m.end()):
            m = re.compile(r"[\s\S]+").match(text, m.start(), body.end()) or m
        add("note", m, text[m.start():m.end()], mask=False)
    for m in STAFF_SEX.finditer(lower):  # "terapis perempuan semua": who does the work, never an offering
        add("note", m, text[m.start():m.end()], whole=True)
    for m in CERTIFIED.finditer(lower):  # "registered with BPOM and certified halal", "organik bersertifikat"
        add("note", m, text[m.start():m.end()], mask=False)
    for m in (OTHER_LINE.finditer(text) if has_digit else ()):
        if re.search(r"[/&+]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # "telp/sms 0812…": the same number as the phone, which the contact section shows
        add("note", m, text[m.start():m.end()])
    for m in (numbers_left_out(text) if has_digit else ()):  # "Hub. 0281 555 617 / 0857 2711 4480": the second
        add("note", m, text[m.start():m.end()])
    for m in _AFTERCARE.finditer(lower):
        add("note", m, text[m.start():m.end()])
    for m in _TRADE.finditer(lower):
        if len(m.group(0).split()) >= 2:  # "harga grosir" alone says nothing; "eceran maupun grosir" does
            # (with the rest of its clause: "terima reseller dengan harga khusus", never "terima reseller" cut off)
            add("note", m, text[m.start():m.end()], mask=False, whole=True)
    for m in (_EXCHANGE.finditer(lower) if any(h in lower for h in _EXCHANGE_HINT) else ()):
        if len(m.group(0).split()) >= 2 and not _NOTE_SKIP.search(m.group(0)):  # "tukar" alone says nothing
            add("note", m, text[m.start():m.end()], mask=False)
    for m in (_MARKET.finditer(lower) if not _MARKET_DOMAIN.search(lower) else ()):
        add("note", m, text[m.start():m.end()], mask=False)
    for m in (_FUNDING.finditer(lower) if any(h in lower for h in _FUNDING_HINT) else ()):
        add("note", m, text[m.start():m.end()], mask=False)  # "dengan skema dana desa": how the job is paid for
    for m in _PACKAGE.finditer(lower):
        add("package", m, text[m.start():m.end()], mask=False)
    for m in _APPOINTMENT.finditer(lower):  # "hanya melayani dengan perjanjian": the owner's whole clause
        start = max(lower.rfind(c, 0, m.start()) for c in ",.;:!?()\n") + 1
        end = min((i for c in ",.;!?()\n" if (i := lower.find(c, m.end())) >= 0), default=len(lower))
        clause = _TRAILING_LINK.sub("", text[start:end]).strip()
        if len(clause.split()) <= 8 and not any(start < b and end > a for a, b in read):
            at = start + text[start:end].find(clause)
            add("note", re.compile(r"[\s\S]+").match(text, at, at + len(clause)) or m, clause)
    for m, value in levels_named(text, lower, has_digit):  # (an age said after its figure is read whole: "6-10 y.o.")
        add("level", m, value, mask=m.group(0)[:1].isdigit())
    for m in _AUDIENCE.finditer(lower):
        if SAID_OF_FOR.search(lower, max(0, m.start() - 9), m.start()):
            continue  # "aman untuk anak & hewan": what the goods are like, kept as the owner's note
        value = _TRAILING_LINK.sub("", text[m.start(1):m.end(1)])
        if " " not in value.strip() and re.match(r"\s+[A-Z]", text[m.start(1) + len(value):]):
            continue  # "khusus Desa Karangsari": the word heads a place's name, not who it is for
        if _SHOP_ONLY.fullmatch(value.strip()):
            continue  # "buat warung saya", "wholesale for cafes": one shop alone may be the owner's or a trade
        add("audience", m, value, mask=False)
    for m in addresses(text):
        if makers_village(text, m):  # where the goods come from, not where to find the business
            spans.append((m.start(), m.end()))
            continue
        add("address", m, text[m.start():m.end()])
    if not any(f.kind == "address" for _, f in found):
        for m in district_pairs(text):  # "Mlati, Sleman.": the district with its town, when no street is given
            add("address", m, text[m.start():m.end()])
            break
    if not any(f.kind == "address" for _, f in found):
        for m in bracketed_places(text, name):  # "CV Matahari Sumba Energi (Waitabula)": where the business is
            if not any(m.start() < b and m.end() > a for a, b in read):  # (an area read already says it)
                add("address", m, text[m.start():m.end()])
            break
    if not any(f.kind == "address" for _, f in found):
        for m in NEAR.finditer(text):
            add("address", m, text[m.start():m.end()])
            break
    for m, handle in instagram_accounts(text, lower):
        add("instagram", m, handle)
    # "telegram @toko_ani", "line id: kueani", "fb.com/kueani", "kueani.co.id": the owner's accounts and addresses
    # (shown as links, tapsite_pipeline/owner_links.py), never an offering
    spans.extend(link_spans(text))
    # "fb: Toko Kue Ani": an account named by its page's name (shown in the contact section), never a note or offering
    spans.extend((a, b) for a, b, _, _ in named_accounts(text))
    # "depan SD Negeri 2": a school the stall is found by is the address's word, never a level taught
    # (a level named elsewhere as well stays: "depan SMA 3 Malang, untuk SMA kelas 12")
    streets = [(p, p + len(f.value)) for p, f in found if f.kind == "address"]
    found[:] = [(p, f) for p, f in found if f.kind != "level" or not streets or not all(
        any(a <= o.start() < b for a, b in streets)
        for o in re.finditer(rf"(?<!\w){re.escape(f.value.lower())}(?!\w)", lower)) or f.value.lower() not in lower]
    found[:] = conditions_joined(text, lower, found, read, spans)
    # "(23-25 kg)" said between an item and its price is shown with that price (price_subject.py): no line of its own
    found[:] = [(p, f) for p, f in found if f.kind != "note" or not any(
        g.kind == "price" and f"({f.value.lower()})" in g.subject for _, g in found)]
    found.sort(key=lambda x: x[0])
    return [f for _, f in found][:20], spans, read


# Words that make the start of a clause the condition of the offer or delivery that ends it: "Rombongan sekolah di
# atas 30 orang diskon 15%", "cafe orders above 10kg get free delivery within Jayapura", "dalam kota gratis ongkir".
