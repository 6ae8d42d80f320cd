"""Phrases the readers bring that are no cards of the business's: activities at a venue it hires out, the customers a
product is for, the tools and staff it works with said as a claim, a lone way of dealing opening a sentence, and what
the customer does themselves. `offerings._kept` and the learned filter (`learned_models.addable`) ask these."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.part_labels import part_label
from tapsite_pipeline.phrase_find import phrase_spans

from .amounts import BARE_AMOUNT
from .offering_parts import sentence_start
from .package_contents import AMOUNT
from .roles import AUDIENCE, BOUNDARY, QUALIFIER, said_after

# What goes on at a place hired out ("sewa lapak … ada panggung hiburan + senam pagi", "menyewakan aula, ada live music
# tiap Sabtu"): the shows and the exercise draw the crowd the tenant sells to; the business hires out the place (a
# rental, or a stall, a hall, a field), so beside it they are notes of the venue, not cards. A business that sells the
# activity itself names it with a class or a service ("kelas senam aerobik", "jasa hiburan") and keeps every card.
_RENTAL_HEAD = frozenset("sewa sewaan rental rent hire persewaan penyewaan".split())
_VENUE = frozenset("lapak aula gedung hall venue booth stand tenant kios lapangan ballroom pendopo".split())
_SELLS_ACTIVITY = frozenset("kelas kursus les latihan class classes course courses lesson lessons program jasa layanan "
                            "paket package tiket ticket tickets".split())
_CROWD_ACTIVITY = frozenset("""
hiburan senam zumba aerobik doorprize doorprizes pertunjukan atraksi pentas konser concert concerts entertainment
""".split())
_CROWD_PHRASES = ("live music", "musik live", "panggung hiburan", "kids corner")


def _crowd_activity(item: str) -> bool:
    """The activity heads the phrase ("senam pagi", "live music tiap Sabtu"); "sound system konser" is goods."""
    return item.split()[0] in _CROWD_ACTIVITY or item.startswith(_CROWD_PHRASES)


def venue_hired(items: list[str]) -> list[str]:
    venue = [i for i in items if i.split()[0] in _RENTAL_HEAD or any(w in _VENUE for w in i.split())]
    if not venue or any(any(w in _SELLS_ACTIVITY for w in i.split()) and any(w in _CROWD_ACTIVITY for w in i.split())
                        for i in items):
        return items
    return [i for i in items if i in venue or not _crowd_activity(i)]


# The kinds of business a product or a service is for ("aplikasi kasir buat warung, kedai kopi, sama toko kelontong",
# "satellite internet for remote sites: schools, clinics, mining camps"): the customers, not goods. The premises word
# heads the phrase (first in Indonesian, last in English) and the phrase stands in a list after "for"/"buat"/"untuk"
# ("kopi untuk kedai kopi" still sells the coffee, said before the cue).
_PREMISES_FIRST = frozenset("""
toko warung warkop kedai resto restoran rumah kafe cafe salon bengkel klinik apotek minimarket butik kantor sekolah
hotel hotels villa penginapan koperasi pesantren puskesmas
""".split())
_PREMISES_LAST = frozenset("""
shops shop stores store cafes cafe restaurants restaurant schools school offices office hotels hotel clinics clinic
churches mosques camps camp sites warehouses factories farms salons villas homestays halls centres centers
""".split())
_SERVED_CUE = regrouped(r"\b(?:for|untuk|utk|buat|bwt|bagi)\b")
_LIST_SLOT = regrouped(r"(?:,|:|&|\b(?:and|dan|sama|sm|or|atau|serta|for|untuk|utk|buat|bwt|bagi))\s*"
                       r"(?:(?:and|dan|sama|sm|or|atau|serta)\s+)?\Z")
_CLAUSE_END = regrouped(r"[.;!?\n]")


def _for_people(lower: str, at: int) -> bool:
    """"cooking camp for teens: pastry camp, …": the cue's object is people, so what follows it is no premises."""
    nxt = re.match(r"\s*([\w'-]+)", lower[at:])
    return bool(nxt and nxt.group(1) in AUDIENCE)


def premises_served(item: str, lower: str) -> bool:
    words = item.split()
    if not words or not (words[0] in _PREMISES_FIRST and len(words) > 1 or words[-1] in _PREMISES_LAST):
        return False
    found = False
    for at, _ in phrase_spans(item, lower):
        start = max(0, at - 160)
        ends = [e.end() for e in _CLAUSE_END.finditer(lower, start, at)]
        start = ends[-1] if ends else start
        cues = list(_SERVED_CUE.finditer(lower, start, at))
        if not cues or not _LIST_SLOT.search(lower, start, at) or _for_people(lower, cues[-1].end()):
            return False
        found = True
    return found


# The means the work is done with, said as a claim: "alat lengkap, tim 4 org", "teknisi berpengalaman", "experienced
# staff", "modern equipment". Tools and people (with what is said of them) are how the business works, a note for the
# page; with goods of their own they name an offering ("alat tulis kantor", "sewa alat pesta", "tenaga angkut").
_MEANS = frozenset("""
alat tools tool equipment gear teknisi technician technicians tim team staf staff tenaga karyawan pekerja crew kru
instruktur instructor instructors pembimbing pengajar mentor mentors dokter doctor doctors dentist dentists terapis
therapist therapists perawat nurse nurses pengerjaan workmanship admin guide guides pemandu kapster capster stylist
stylists
""".split())
_CLAIMED = frozenset("""
berpengalaman pengalaman experienced ahli terlatih trained skilled handal andal bersertifikat certified
memadai canggih komplit siap ready standar standard sni safety aman
""".split())


_COMPLETE = frozenset("lengkap komplit canggih modern profesional professional".split())
_WORKMANSHIP = frozenset("rapi rapih kokoh neat tidy sturdy".split())


def means_claim(item: str) -> bool:
    words = item.split()
    if len(words) > 1 and words[0] == "own":  # "own generator", "own boats": what the business has, a claim
        return True
    if len(words) == 2 and words[1] in _WORKMANSHIP:  # "las rapi", "jahitan halus": how well the work is done
        return True
    if len(words) > 2 and words[0] in _MEANS and words[1] in _CLAIMED | _COMPLETE:
        return True  # "alat lengkap Sony FX3", "teknisi berpengalaman 10 tahun": the claim, then what it is said of
    return any(w in _MEANS for w in words) and all(w in _MEANS or w in QUALIFIER or w in _CLAIMED for w in words)


# A way of dealing or a step before the sale said with no object: "Sewa minimal 8 jam", "Konsultasi dengan ahli adat
# tersedia", "Rental bisa harian". Opening a sentence of its own, outside any list, the word says how the offerings
# are had (a condition, a pre-sale talk), not one more of them; in a list ("instalasi, konsultasi, servis") or with
# its object ("sewa tenda", "konsultasi pajak") it stays.
_GENERIC_HEAD = frozenset("""
sewa sewaan rental rent hire hiring konsultasi konsul consultation consultations survei survey servis service
""".split())
_LIST_NEXT = regrouped(r"\s*(?:[,&/+]|\b(?:dan|and|atau|or|serta)\b)")


def lone_head(item: str, lower: str) -> bool:
    if item not in _GENERIC_HEAD:
        return False
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){item}(?![\w-])", lower)]
    return bool(found) and all(not lower[sentence_start(lower, at):at].strip(" \t\"'*-\u2022")
                               and not _LIST_NEXT.match(lower, at + len(item)) for at in found)


# "petik sendiri", "panen sendiri", "pick your own": that the customer does it themselves is how a visit goes, a perk
# for the notes, not what is sold; said with a price of its own ("panen sendiri 30rb/orang") it is sold. What the
# tenant or the guest pays for apart ("laundry bayar sendiri", "token listrik beli sendiri", "galon bayar terpisah") is
# a house rule of the same kind.
_YOURSELF = regrouped(r"[a-z]+\s+sendiri|(?:pick|harvest|make|bake|brew|choose|mix)\s+(?:your\s+own|it\s+yourself)|"
                      r"(?:[a-z]+\s+){1,2}(?:bayar|beli|tanggung|dibayar|ditanggung)\s+(?:sendiri|terpisah)")
_PRICE_NEXT = regrouped(r"\s*(?:rp\.?\s*|idr\s*)?\d")


# What the customer brings: "kain bisa bawa sendiri", "bahan dibawa sendiri", "bring your own fabric". The tailor sews
# it and the cook cooks it; the goods are the customer's, never a card.
_BROUGHT_AFTER = regrouped(r"\s+(?:(?:bisa|boleh|dapat|bs|blh|juga|jg|harus|wajib)\s+)?(?:di)?bawa(?:\s+dari\s+rumah)?\s+"
                           r"sendiri\b")
_BROUGHT_BEFORE = regrouped(r"\b(?:bring|brings)\s+(?:your|their)\s+own\s+\Z")


_BROUGHT_ITEM = regrouped(r"(?:bring|brings)\s+(?:your|their)\s+own\b.*|(?:bahan\s+)?(?:di)?bawa\s+sendiri")


def brought_by_customer(item: str, lower: str) -> bool:
    return bool(_BROUGHT_ITEM.fullmatch(item)) or said_after(item, lower, BOUNDARY, _BROUGHT_AFTER) \
        or said_after(item, lower, _BROUGHT_BEFORE)


def do_it_yourself(item: str, lower: str) -> bool:
    if brought_by_customer(item, lower):
        return True
    if not _YOURSELF.fullmatch(item):
        return False
    at = lower.find(item)
    return at < 0 or not _PRICE_NEXT.match(lower, at + len(item))


# A sentence after the one that names the offerings, made of notes: "sparepart original, garansi 30 hari, harga
# pelajar", "Indoor heated pool, certified coaches, small groups of max 5", "tempatnya cozy, ada colokan, wifi kencang,
# live music tiap sabtu malam". The pieces of one list are one kind of thing: where most of them are no offering (a
# guarantee, a fact, a feature, a way to pay) the one or two left that read as goods are notes of the same kind (what
# the work uses, what the place has), not more cards. A sentence with an offer verb ("kami juga menjual …", "we also
# offer …"), a colon's list or an added offering ("ada juga …") still names what is sold.
_NOTE_SENTENCE = regrouped(r"(?:[^.!?;\n]|\.(?=\d))+")
# (a comma between digits is a number's: "5,000 watt" is one piece)
_NOTE_PIECE = regrouped(r"\s*(?:(?<!\d),|,(?!\d)|&|/|\+|\band\b|\bdan\b|\bserta\b|\bsama\b|\bsm\b|\batau\b|\bor\b)\s*")
_AMOUNT = regrouped(f"{AMOUNT}|{BARE_AMOUNT}")  # (a pasted list's bare "25.000" is an amount too)
_ADDED = regrouped(r"\b(?:juga|jg|also|too|as\s+well|plus|selain\s+itu|besides)\b")
_A_LETTER = regrouped(r"[a-z]")
_A_DIGIT = regrouped(r"\d")
_NUMBERED = regrouped(r"\s*\d[\d.,]*\s*(?:orang|org|people|persons?|x|pcs|unit|units)?\b")
# What a stay lets ("kamar AC + kamar mandi dalam, ada wifi, dapur bersama"): its rooms are what it sells, and the
# notes beside them are what each room has.
_STAY_UNITS = frozenset("""
kamar room rooms suite suites villa villas bungalow bungalows cabin cabins cottage cottages dorm dorms kos kost
""".split())


def _overlaps(a: int, b: int, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> bool:
    return any(x < b and a < y for x, y in spans)


def _spans_of(items: list[str], lower: str, named: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Where each item is first said outside the business's name and place."""
    spans = {}
    for item in items:
        for span in phrase_spans(item, lower):
            if not _overlaps(*span, named):
                spans[item] = span
                break
    return spans


def _offers_goods(body: str, at: int, lang: str, tech: bool) -> bool:
    """An offer verb with goods after it, up to the next comma ("jual kopi bubuk"); "terima pesanan 24 jam", "melayani
    konsultasi via WA" take no goods and leave the sentence one of notes."""
    end = body.find(",", at)
    return _goods(body[at:end if end >= 0 else len(body)], lang, tech)


def _goods(piece: str, lang: str, tech: bool) -> bool:
    """The offering reader would read the piece as goods: a name it keeps, no claim of the means ("teknisi
    berpengalaman") and no scrap ("via wa")."""
    from .name_shape import name_shaped
    from .offer_collector import Collector

    reader = Collector(lang, set(), tech)
    return reader.push(piece) and not means_claim(reader.items[-1]) and name_shaped(reader.items[-1]) is not None


def among_notes(items: list[str], lower: str, lang: str, tech: bool = False, sold: list[str] | tuple[str, ...] = (),
                named: list[tuple[int, int]] | tuple = (), facts: list[tuple[int, int]] | tuple = ()) -> list[str]:
    """The items without those said in a later sentence whose other pieces are notes (see above). A piece of the
    business's name or place (`named` spans) is neither goods nor a note, a fact the brief states there (`facts`:
    hours, a guarantee, a contact) is a note, a piece the offering reader itself refuses ("ditunggu bisa", "free
    pickup") is a note, and one it would read as goods ("wash" of "wash & fold") counts as goods. The first sentence
    that names an offering keeps all of its own, an item said with its own price (`sold`) or a room of a stay stays,
    and so does at least one item."""
    if len(items) < 2:
        return items
    from .offer_words import TRIGGER, WEAK_TRIGGERS  # offer_words reads this module's lexicons

    spans = _spans_of(items, lower, list(named))
    drop: set[str] = set()
    first = True
    for s in _NOTE_SENTENCE.finditer(lower):
        inside = [it for it, (a, b) in spans.items() if s.start() <= a and b <= s.end()]
        if not inside:
            continue
        if first:
            first = False
            continue
        body = s.group(0)
        # a sentence with an amount is a price list (what is priced is sold), one with a colon a labelled list
        # and a list is three pieces or more between commas ("X and Y are welcome Monday to Saturday, 9 to 4" is one
        # clause and its time)
        if body.count(",") < 2 or ":" in body or _ADDED.search(body) or _AMOUNT.search(body) or any(
                m.group(0).strip() not in WEAK_TRIGGERS and _offers_goods(body, m.end(), lang, tech)
                for m in TRIGGER.finditer(body)):
            continue
        goods = notes = 0
        at = s.start()
        for piece in _NOTE_PIECE.split(body):
            a = lower.find(piece, at) if piece else at
            b = a + len(piece)
            at = b
            if not _A_LETTER.search(piece) or _overlaps(a, b, named):
                continue
            if _overlaps(a, b, [spans[it] for it in inside]):
                goods += 1
            elif _overlaps(a, b, facts):
                # a measure said after the goods ("sound system up to 5,000 watt"): the goods, with their fact
                at_fact = min((x for x, y in facts if a < x < b), default=a)
                goods_first = at_fact > a and not _overlaps(a, at_fact, facts) and _goods(lower[a:at_fact], lang, tech)
                goods += goods_first
                notes += not goods_first
            elif _A_DIGIT.search(piece):  # a number the facts do not hold ("max 5"): may stand beside anything,
                notes += means_claim(_NUMBERED.sub(" ", piece).strip())  # but "tim 8 orang" is a claim of the means
                continue
            elif _goods(piece, lang, tech):
                goods += 1
            else:
                notes += 1
        if goods == 1 and notes >= 2:  # two goods or more ("es teh, es jeruk, parkir luas, ada wifi") are a mixed list
            drop.update(it for it in inside if not set(it.split()[:1] + it.split()[-1:]) & _STAY_UNITS)
    kept = [it for it in items if it not in drop or it in sold]
    return kept if kept else items


# A verb of the trade coordinated before another that takes the object: "desain dan cetak kalender", "jual & servis
# laptop", "pasang / perbaikan AC". The first verb shares the object of the second; alone it names no offering.
_SHARED_VERBS = frozenset("""
desain design cetak print jual sell beli buy sewa rent servis service pasang install instalasi bongkar perbaikan
repair rakit perawatan maintenance pembuatan produksi suplai supply distribusi ekspor impor
""".split())
_VERB_JOINER = regrouped(r"\s*(?:&|/|\+|\band\b|\bdan\b|\bserta\b|\bsama\b|\batau\b|\bor\b)\s*")


def verbs_sharing(items: list[str], lower: str) -> list[str]:
    """The items without a lone verb of the trade said right before another verb and its object."""
    if len(items) < 2:
        return items
    out = []
    for item in items:
        if item in _SHARED_VERBS:
            shares = False
            for m in re.finditer(rf"(?<![\w-]){item}(?![\w-])", lower):
                joined = _VERB_JOINER.match(lower, m.end())
                if joined and any(o != item and " " in o and o.split()[0] in _SHARED_VERBS
                                  and lower.startswith(o, joined.end()) for o in items):
                    shares = True
                    break
            if shares:
                continue
        out.append(item)
    return out


# Words that name a list or a time, not goods: the list's own introduction ("ini daftar sewa kami", "berikut daftar
# harga", "here is our menu") and days alone ("sat-sun", "senin-jumat", "weekend") said before the price they change.
_LIST_INTRO = regrouped(r"(?:ini|itu|berikut|here\s+is|here's|here\s+are|this\s+is)\s+(?:(?:our|kami|the)\s+)?"
                        r"(?:daftar|list|menu|harga|price|prices|pricelist|katalog|catalog)\b.*")
_DAY = (r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?)")
_DAYS_ONLY = regrouped(rf"{_DAY}(?:\s*(?:[-–/&,]|s/d|sampai|to|and|dan)\s*{_DAY})*")


# A correction's own words left standing where it changed no amount ("oops correction, that's weekdays", "eh salah
# ketik"): the owner talking, never a card (corrections.py reads the ones that replace an amount).
_CORRECTION_ONLY = regrouped(r"(?:(?:eh|oops|ups|sorry|sori|maaf)[\s,]+)?(?:ralat|koreksi|correction|typo|"
                             r"salah(?:\s+(?:ketik|tulis))?)(?:\s+(?:ding|deh|ya))?")


def names_no_goods(item: str) -> bool:
    return bool(_LIST_INTRO.fullmatch(item) or _DAYS_ONLY.fullmatch(item) or _CORRECTION_ONLY.fullmatch(item)
                or part_label(item))  # "Bagian 1", "Slide 4", "Status 2": how the owner laid the text out
