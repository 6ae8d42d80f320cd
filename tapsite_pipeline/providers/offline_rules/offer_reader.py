"""Reading one part of a brief for offerings: lists after an offer verb or a colon, bare comma lists,
and the business's self-description ("usaha minuman boba" → "minuman boba").

The middle layer: it uses the words of offer_words.py, the item ends of item_bounds.py and the collector of
offer_collector.py, and is called by offerings.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import fast, regrouped

from .amount_closes import closed_by_amount
from .coordination import action_noun, shared_modifiers
from .item_bounds import object_list, until_stop
from .level_programmes import programme_sold
from .list_also import also_after_list, then_after_list
from .offer_collector import MADE, Collector, clean_item
from .offer_words import (
    EXAMPLES,
    ITEM_STOP,
    MASK,
    PRONOUNS,
    SELF_LEAD,
    SELF_TRAIL,
    SELF_TRIGGER,
    SPLIT,
    TECH_WORDS,
    TRIGGER,
    WEAK_TRIGGERS,
    is_place,
    split_self,
)
from .opened_locks import opens_a_lock
from .package_plus import package_plus
from .places import PLACES
from .roles import FILLER, PLACE, VERB, is_offering
from .self_description import intro
from .shared_words import distribute, one_package, shared_audience

# Nouns opening a run that describes what the goods are made of, smell of, run on or come with:
# "wanginya lavender, vanilla, kopi", "bahan PLA/resin", "mesin offset Heidelberg", "fasilitas: …".
_ATTRIBUTE_LEAD = regrouped(
    r"\s*(?:wangi|aroma|rasa|bahan|material|materials|made\s+of|mesin|ukuran|size|sizes|kapasitas|capacity|"
    r"properti|fasilitas|facilities|amenities|fitur|features|warna|colou?rs?|motif|pilihan\s+warna)(?:nya)?\b")


# A sentence opening with what the goods come in ("kemasan botol 250ml dan 500ml", "packed in jars") says how they
# are sold; in a list after an offer verb ("cetak buku, kalender, dan kemasan karton") packaging is the product.
_PACKED_LEAD = regrouped(r"\s*(?:kemasan|dikemas|packed\s+in|packaging)\b")


# "…, kemasan 250ml dan 500ml", "…, packed in 1 kg bags": the sizes the goods come in end the list.
_PACK_SIZES = regrouped(r"\s*(?:kemasan|dikemas|packed\s+in|packaging|botol|pouch|ukuran|size|sizes)\s+\d")


@lru_cache(maxsize=4096)
def _names_goods(piece: str) -> bool:
    from .keyword_hits import _keyword_hits  # the business lexicon: does the phrase name a trade's goods?
    return bool(_keyword_hits(piece))


def _is_self(piece: str, lang: str) -> bool:
    head = until_stop(piece)
    if opens_a_lock(head.split()):  # "buka pintu terkunci": a locksmith's work, not the business opened
        return False
    return bool(SELF_LEAD.match(piece.strip()) or SELF_TRAIL.search(head)
                or split_self(clean_item(head), lang) is not None)


# A gathering named by what its members do ("conversation club", "book club", "drawing club"): in a list beside other
# offerings it is one more thing the business runs, not the business described.
# So is a person hired for oneself ("personal trainer", "private tutor", "private chef"): the service, not who the
# business is.
_GATHERING = regrouped(r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+(?:club|klub)(?:\s+[a-z][\w'-]*)?|"
                       r"(?:personal|private)\s+(?:trainer|tutor|coach|chef|shopper|guide|driver|stylist)s?")


def _push_all(pieces: list[str], target: Collector, described: Collector | None, head: str = "") -> None:
    prev = ""
    pieces = shared_audience(pieces)
    listing = sum(1 for p in pieces if p.strip()) >= 2
    if head == "paket" and one_package(pieces):
        head = ""
    for p in pieces:
        if not p.strip():
            continue
        item = clean_item(p)
        made = "pembuatan" in p and bool(MADE.match(p))  # "pembuatan toko online": a shop made, not the business
        gathering = _GATHERING.match(item) if listing else None
        if gathering and item[gathering.end():].strip()[:1].isdigit():  # "personal trainer 10x sesi": how many, a fact
            item = gathering.group(0)
        if described is not None and not made and split_self(item, target.lang) is not None and not (
                target.tech and item.split()[0] in TECH_WORDS) and not gathering \
                and not programme_sold(item, pieces, target):  # "web sekolah" is a website; "bimbel SMP 300rb" sold
            _describe(p, described)
            continue
        if head and item and not item.startswith(head + " "):
            item = f"{head} {item}"  # "paket adat batak & nasional": each item is a paket
        shared = distribute(prev, item) if prev else None
        target.push(shared or item, made=made and not shared)
        prev = shared or item


_WHERE = regrouped(r"\s*(?:in|di|at|located|berlokasi|lokasi)\b")


def _placed(piece: str) -> bool:
    """"Workshop in Cibinong", "Studio di Kemang": one word placed somewhere says where the business is."""
    head = until_stop(piece)
    return len(clean_item(head).split()) == 1 and bool(_WHERE.match(piece, len(head)))


# "rumput laut kering jenis Eucheuma cottonii dan Gracilaria": the goods, then their kinds, each sold. A one-letter
# or numbered code after the word ("kambing tipe A", "rumah tipe 36") names a variant: it stays with the goods.
_KINDS = regrouped(r"(?<=[a-z])\s+(?:jenis|tipe|varietas)\s+(?=[a-z])(?![a-z]\d*\b)")


def read_list(seg: str, target: Collector, described: Collector, head: str = "") -> None:
    seg = until_stop(seg)
    kinds = _KINDS.search(seg) if "jenis" in seg or "tipe" in seg or "varietas" in seg else None
    if kinds:  # the goods end the list before their kinds; the kinds are a list of their own
        read_list(seg[kinds.end():], target, described)
        seg = seg[:kinds.start()]
    if target.lang == "en":  # "simultaneous and consecutive interpreters": one head for both
        seg = shared_modifiers(seg)
    pieces = [p.replace("\x01", " plus") for p in SPLIT.split(package_plus(seg))]
    for k, p in enumerate(pieces):
        if k and (_ATTRIBUTE_LEAD.match(p) and not re.match(r"\s*mesin\b", p) or _PACK_SIZES.match(p)):  # "mesin cuci" is goods  # "lilin, diffuser, wanginya lavender, vanilla": the scents end the list
            pieces = pieces[:k]
            break
    _push_all(pieces, target, described, head)


_ALSO = regrouped(r"(?:juga|jg|also)\b\s*")
_ANOTHER_OFFER = regrouped(r"\W*(?:juga|jg|also|serta|dan|and|plus)\s+(?:kami\s+|we\s+)?(?:terima|menerima|melayani|"
                           r"layani|sedia|menyediakan|jual|menjual|sell|sells|offer|offers|provide|provides|bikin|"
                           r"membuat|buka)\b")
_MOSTLY = frozenset("mostly mainly".split())
# A second verb coordinated with the offer verb, sharing its object: "installs and maintains …", "designs & builds …",
# "buy and sell …" (a third-person verb by its shape, or a plain verb of the trade).
_AND_VERB = regrouped(r"\s*(?:and|&)\s+(?:[a-z]{3,}(?:s|es)|repair|maintain|service|install|build|sell|buy|rent|fix|"
                      r"design|make|deliver|supply)\s+(?=[a-z0-9])")
_PACKAGE_HOLDS = regrouped(r"\b(?:sudah|sdh|udah|udh|dah|already)\s+(?:termasuk|include[sd]?)\s*$")
_FOR_PROGRAM = regrouped(r"(?:untuk|utk|for)\s+(?:program|kelas|kursus|les|layanan|paket)\s")
_STOP_WORD = regrouped(r"\W*([\w'-]+)")
# How many one item serves, closing that item before the next comma: "prasmanan untuk 100-500 pax, tumpeng, …",
# "family room for up to 6 guests, breakfast, …". The count qualifies the item before it; it governs nothing after
# the comma, so the list goes on.
FOR_HEADCOUNT = regrouped(r"\W*(?:untuk|utk|buat|bwt|bagi|for)\s+(?:up\s+to\s+|s/d\s+|sampai\s+|hingga\s+|"
                           r"maks(?:imal)?\.?\s+|max\.?\s+|min(?:imal)?\.?\s+|minimum\s+|maximum\s+|±\s*|"
                           r"kurang\s+lebih\s+|around\s+|about\s+)?\d[\d.]*(?:\s*(?:-|–|s/d|sampai|hingga|to)\s*"
                           r"\d[\d.]*)?\s*(?:pax|orang|org|porsi|people|persons?|guests?|tamu|peserta|"
                           r"participants?|servings?|portions?|dives?|sessions?|sesi|nights?|malam|days?|hari|hours?|jam|"
                           r"classes|kelas|pertemuan|meetings?|lessons?)\b(?:\s+(?:rp\.?\s*|idr\s*)?\d[\d.]*\s*(?:rb|ribu|k|jt|juta)?\b)?"
                           r"[^,\w]*,")
# The tool a service is done with, then a link word and a noun of action (coordination.action_noun) that opens one
# more item: "… dengan drone dan [pelatihan] …", "… pakai mesin, [perawatan] …".
_TOOL_THEN_WORK = regrouped(r"\s*(?:dengan|dgn|pakai|pake|menggunakan|memakai)\s+(?:[a-z][\w'-]*\s+){0,2}?"
                            r"[a-z][\w'-]*\s*(?:,\s*(?:dan|serta)?|\bdan\b|\bserta\b|&)\s*([a-z]+)\b")
# Stop words whose object runs on over the commas that follow: "buat wisuda, ultah, anniv", "di Depok, Bogor".
_GOVERNING = frozenset("""
di in at on untuk utk bwt buat bagi for dengan dgn with yang yg which that who whose khusus especially aimed by oleh
ke to dari from dr sekitar around near dekat dkt deket area wilayah daerah across seluruh mirip similar like seperti
kayak via lewat nama namanya namaku nma nm name named called bernama lokasi location alamat address merek merk
brand bentuk berbentuk motif bermotif corak kanggo kangge kagem nggo pikeun untuak
""".split())
# Stop words that close their own item with what it comes out as or the rule it follows, governing nothing after
# the next comma: "hapus background jadi putih, retouch …", "jahit gamis sesuai ukuran, permak celana".
_ITEM_CLOSES = frozenset("jadi jd menjadi sesuai menurut according".split())
# Stop words that say something of the item before them, its origin, its price, that it is free or how many it takes
# ("sambal andaliman khas Batak, sambal ijo", "periksa mata gratis, frame kacamata", "kelas privat max 3 org, kelas
# reguler", "kain katun per meter, kain batik"): they close that item only, and a bare comma list goes on after them.
_ITEM_QUALIFIED = frozenset("khas gratis free mulai harga hrg max maks maksimal maximum minimal minimum per".split())
# A price word closes its item only with its amount after it ("harga 20rb"), blanked or masked as a fact; "harga kaki
# lima, rasa bintang lima" is a slogan, not a price list.
_PRICE_WORDS = frozenset("mulai harga hrg".split())
_AMOUNT_NEXT = regrouped(r"\s*(?:$|[,\x00]|(?:rp\.?|idr)?\s*\d)")


def _qualifies(word: str, piece: str, end: int) -> bool:
    return word not in _PRICE_WORDS or bool(_AMOUNT_NEXT.match(piece, end))
_MORE = regrouped(r"\s*(?:plus|also|as\s+well\s+as|serta|juga|jg|ditambah|and\s+also)\s")
_ALSO_LEAD = fast(r"^(\s*)(?:juga|jg|also)\b")


# A service named by what is done ("dog walking", "house cleaning") before a colon: the list after it holds its
# kinds, and the service is offered too (a category label, "cakes:", is a noun and stays a label).
_SERVICE_LABEL = regrouped(r"(?:^|[,;])\s*((?:[a-z][\w'-]*\s+){1,2}([a-z]{3,}ing))(?:\s+(?:in|at|around|across)\b[^,]*)?"
                           r"[\s\x00]*$")
_NOT_SERVICE = frozenset("offering providing serving selling featuring including doing bring during everything "
                         "anything something nothing thing king morning evening".split())


_TEACH_OR_BUILD = regrouped(
    r"\b(?:teach|teaches|teaching|train|trains|coach|coaches|tutor|tutors|build|builds|building|develop|develops|"
    r"developing|mengajar|mengajarkan|ajarkan|ngajar|ngajarin|melatih|membangun|mengembangkan|kembangkan)\b")


def push_service(label: str, listed: Collector) -> None:
    """"dog walking in Canggu: 30 minute walks, …": the service a colon list labels is offered itself."""
    service = _SERVICE_LABEL.search(label) if listed.lang == "en" else None
    if service and service.group(2) not in _NOT_SERVICE:
        listed.push(service.group(1))


# A trade verb of service said by the owner: its direct object, even an occasion ("we shoot weddings", "I cater
# birthdays", "we organise reunions"), is the work sold; after "for" an occasion stays a use ("portraits for weddings").
_SERVES = regrouped(r"\b(?:i|we|they|kami|saya|aku|mereka|beliau)\s+(?:also\s+|mainly\s+|mostly\s+|only\s+|usually\s+)?"
                    r"(?:shoot|photograph|film|video|cater|organi[sz]e|decorate|plan|style|coordinate|document)\s+"
                    r"(?=[a-z])")
_HAVE = regrouped(r"\b(?:have|punya|pnya)\b")
# A package's name closing a colon's label ("…, ada paket halal bihalal:", "Family package:").
_PACKAGE_LABEL = regrouped(r"(?:^|[\s,;])((?:paket|package|bundle|combo)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}|"
                           r"(?:[a-z][\w'-]*\s+){1,3}(?:package|bundle|combo))[\s\x00]*$")


def _goods_list(seg: str, lang: str) -> bool:
    """Two or more pieces, none of them a self-description ("a small bakery", "toko kue", "usaha laundry")."""
    pieces = [clean_item(p) for p in SPLIT.split(seg) if clean_item(p)]
    return len(pieces) >= 2 and not any(_is_self(p, lang) for p in pieces)


_MASK_RUN = re.compile(r"\x00+")


_FIELD_LABEL = regrouped(r"\b(?:nama|name|brand|merek|merk|usaha|toko|alamat|address|warna|color|colour|wa|"
                        r"whatsapp|ig|instagram|email|hp|telp|lokasi|location|kantor|office|fasilitas|facilities|"
                        r"amenities|fitur|features|bahan|material|materials|jadwal|schedule|jam|hours|harga|price|"
                        r"prices|tarif|rates|syarat|requirements)\W*$")


def _with_feature(word: str, lang: str) -> bool:
    """English "with" inside a list says what one item comes with ("student attendance with QR code, e-raport, …"):
    the list goes on after the next comma (Indonesian "dengan" still governs: "lengkap dengan busana, melati")."""
    return word == "with" and lang == "en"


def _read_list_on(seg: str, target: Collector, described: Collector) -> None:
    """A list after a colon, read on past an item's "with …" to the next comma."""
    head = until_stop(seg)
    stop = _STOP_WORD.match(seg, len(head))
    read_list(object_list(seg), target, described)
    if head != seg and stop and "," in seg[len(head):] and (
            _with_feature(stop.group(1), target.lang)
            # "cek tensi gratis, cek gula darah 20rb, …", "kain katun per meter, kain batik": the words close their item
            or (stop.group(1) in _ITEM_CLOSES or stop.group(1) in _ITEM_QUALIFIED and _qualifies(stop.group(1), seg,
                                                                                                  stop.end()))
            or bool(FOR_HEADCOUNT.match(seg, len(head)))  # "fun dives 1.6jt for 2 dives, open water course"
            or closed_by_amount(seg, len(head))  # "weekly cleaning for a villa [350k], deep clean [900k]"
            or _route_then_goods(stop.group(1), seg[seg.index(",", len(head)) + 1:], target.lang)):
        _read_list_on(seg[seg.index(",", len(head)) + 1:], target, described)


# English says where an item goes after it ("sunrise cycling through rice fields, village life tours and day trips",
# "kayak trips along the river, cooking classes"): the place ends that item, and the list goes on after the next
# comma when every piece there is a phrase naming goods, no place ("… through rice fields, villages and temples" is
# one route).
_ROUTE_WORDS = frozenset("through thru around along across over past near".split())


def _route_then_goods(word: str, after: str, lang: str) -> bool:
    if lang != "en" or word not in _ROUTE_WORDS:
        return False
    pieces = [clean_item(p) for p in SPLIT.split(object_list(after))]
    return bool(pieces) and all(
        len(p.split()) >= 2 and is_offering(p) and not is_place(p) and p.split()[-1] not in PLACE
        and not any(w in PLACES for w in p.split()) for p in pieces)


def coordinated(label: str) -> bool:
    """Items joined by commas or link words before a colon, up to the first clause word: three or more ("bantu
    desain rumah tinggal, ruko, dan renovasi:"), or two of two words or more each ("jual preloved tas & sepatu
    branded:"). A lone word after a link shares the head before it ("oleh2 haji & umroh:" is one kind of goods)."""
    said = _SAID_WORK.match(label)  # "kami bantu desain rumah, ruko:": the owner's own verb opens the list
    pieces = [clean_item(p) for p in SPLIT.split(until_stop(label[said.start(1):] if said else label))]
    pieces = [p for p in pieces if p]
    return len(pieces) >= 3 or len(pieces) == 2 and all(" " in p for p in pieces)


def read_part(part: str, listed: Collector, described: Collector, opening: bool) -> None:
    """Lists after triggers → `listed`; a bare comma list of short noun phrases → `listed`;
    the business's self-description ("toko mainan edukasi") → `described`."""
    lang = listed.lang
    if ":" in part:  # "kue basah: klepon, lapis legit": the label describes, the list offers
        left, right = part.split(":", 1)
        # "we teach practical English for tourism: greeting guests, …", "kami bikin aplikasi sekolah: absensi, …":
        # after a verb of teaching or building the label is the course or the product sold, and the list after the
        # colon is what it holds (after "jual" the label is a kind of goods: "jual kue: bingka, amparan tatak")
        field = _FIELD_LABEL.search(left)  # "nama:", "alamat:": what follows is that detail, not a list
        # items coordinated before the colon ("kami bantu desain rumah tinggal, ruko, dan renovasi: gambar kerja, …")
        # are offered as well as those after it; one label alone ("kue basah:") only names their kind
        read_part(left, listed if _TEACH_OR_BUILD.search(left) or not field and coordinated(left) else described,
                  described, opening)
        package = _PACKAGE_LABEL.search(left) if not re.search(r"[a-z]", right) else None
        if package:  # "paket halal bihalal: [what it holds]": the package named before its contents is sold
            listed.push(package.group(1))
        if not field:
            push_service(left, listed)
            said = TRIGGER.match(right.lstrip())
            if said and said.group(0).strip() not in WEAK_TRIGGERS:
                # "Hitung Cepat: we build trackers and templates": after the label the owner says what they do
                read_part(right, listed, described, False)
            else:
                _read_list_on(right, listed, described)
        return
    for m in _SERVES.finditer(part):  # "we shoot weddings, engagements": the occasions are the work sold
        listed.occasions_sold.update(clean_item(p) for p in SPLIT.split(until_stop(part[m.end():])))
    consumed: list[tuple[int, int]] = []
    for m in SELF_TRIGGER.finditer(part):
        seg = until_stop(part[m.end():])
        if _HAVE.search(m.group(0)) and not m.group(0).rstrip().endswith((" a", " an", "seorang")) \
                and _goods_list(seg, lang):
            read_list(seg, listed, described)  # "we have se'i sapi, se'i ayam and sambal": goods, not a business
        else:
            _describe(seg, described)
        consumed.append((m.start(), m.end() + len(seg)))
    for m in TRIGGER.finditer(part):
        if any(a <= m.start() < b for a, b in consumed):
            continue
        word = m.group(0).strip()
        if word in _MOSTLY and not clean_item(part[:m.start()]):
            # "mostly bahasa lyrics but english ok too": a clause that opens on "mostly" says how the work is done
            consumed.append((m.start(), len(part)))
            continue
        if word.split()[0] in EXAMPLES:
            lead = max(part.rfind(",", 0, m.start()), 0)
            if clean_item(part[lead:m.start()]):
                _describe(part[lead:m.start()].strip(" ,"), described)
                consumed.append((lead, m.start()))
        if _PACKAGE_HOLDS.search(part, 0, m.end()):
            # "paket … sudah termasuk katering, dekorasi, dan MC": what a package holds, not more offerings
            consumed.append((m.start(), m.end() + len(until_stop(part[m.end():]))))
            continue
        also = _ALSO.match(part, m.end())  # "ada juga nasi kotak", "jual jg pulsa": "juga" ends nothing here
        start = also.end() if also else m.end()
        if lang == "en" and (second := _AND_VERB.match(part, start)):
            start = second.end()  # "installs and maintains satellite internet": both verbs take one object
        seg = object_list(part[start:])  # "supplies buns and rolls to cafés, hotels": the recipients'
        more = _ANOTHER_OFFER.search(seg) if " " in seg else None
        if more and more.start():  # "we grow robusta and arabica and sell green beans": the next verb's list
            seg = seg[:more.start()]
        pieces = [p for p in SPLIT.split(seg) if p.strip()]
        word = m.group(0).strip()
        weak = word in WEAK_TRIGGERS
        head = word if word in ("paket", "kelas") and listed.lang == "id" else ""
        rest = part[start:]
        # "hampers & buket snack buat wisuda, ultah, anniv": what follows a preposition belongs to it; after
        # another stop word ("jual jamu seger tiap pagi kak, kunyit asem, beras kencur, …") the next comma
        # piece starts afresh
        stop = _STOP_WORD.match(rest, len(seg))
        headcount = bool(seg != rest and FOR_HEADCOUNT.match(rest, len(seg)))
        afresh = bool(seg != rest and stop and (stop.group(1) not in _GOVERNING
                                                              or _with_feature(stop.group(1), lang) or headcount)
                      and "," in rest[len(seg):])
        # one kind named before three or more ("jamu seger …, kunyit asem, beras kencur, sinom") labels them (a kind
        # sized for a number of people is an item itself: "prasmanan untuk 100 pax, …")
        label = afresh and not headcount and len(pieces) == 1 and \
            len(SPLIT.split(rest[rest.index(",", len(seg)) + 1:])) >= 3
        read_list(seg, described if weak and len(pieces) < 2 and not headcount or label else listed, described, head)
        if (tool := _TOOL_THEN_WORK.match(rest, len(seg))) and action_noun(tool.group(1)):
            # "pemetaan lahan dengan drone dan pelatihan pilot drone": the tool ends one item, the next noun of
            # action coordinated after it is one more service in the list
            read_list(rest[tool.start(1):], listed, described)
        if seg == rest or _FOR_PROGRAM.match(rest, len(seg)) or _ANOTHER_OFFER.match(rest, len(seg)):
            # "…, genset kecil, jg terima pasang instalasi": the next offer verb starts a list of its own
            end = start + len(seg)  # "menerima santri … untuk program tahfidz, diniyah": the programs are offered
        elif afresh:
            end = start + rest.index(",", len(seg))
        elif also := also_after_list(rest, len(seg)):  # "layani cuci AC, bongkar AC, juga perbaikan kulkas"
            read_list(also[0], listed, described)
            end = start + also[1]
        elif then := then_after_list(rest, len(seg)):  # "ngajarin menjahit buat pemula, terus bordir buat …"
            read_list(then[0], listed, described)
            end = start + then[1]
        else:
            # "we grow Arabica on Mount Inerie and sell roasted beans": the preposition's object ends where "and"
            # brings the next offer verb, which reads a list of its own
            more = _ANOTHER_OFFER.search(rest, len(seg))
            end = start + more.start() if more else len(part)
        consumed.append((m.start(), end))
    rest = part
    for a, b in sorted(consumed, reverse=True):
        rest = rest[:a] + MASK * (b - a) + rest[b:]
    for run in _MASK_RUN.split(rest):
        # ", juga foto keluarga", ", also family portraits": one more offering, not a clause word's object
        raw = [_ALSO_LEAD.sub(r"\1", p) for p in run.split(",") if p.strip()]
        raw = _read_said_work(raw, listed, described)
        if opening and len(raw) > 1 and intro(raw[0]):  # "gue Oci, buka katering …": who speaks, then what they run
            raw = raw[1:]
        # a piece that opens with a clause word ("bisa wordpress, laravel", "untuk ultah, lamaran") takes the
        # rest of the run with it: those are what the clause is about, not offerings
        cut = next((k for k, p in enumerate(raw) if not clean_item(until_stop(p))
                    and clean_item(p) and p.strip().split()[0] in ITEM_STOP), len(raw))
        pieces = [p for p in raw[:cut] if clean_item(until_stop(p))]
        if not pieces or _ATTRIBUTE_LEAD.match(pieces[0]) or _PACKED_LEAD.match(pieces[0]):
            continue
        if len(pieces) == 1:
            # "Juice bar in Ubud", "toko mainan anak": what the business is. A sentence that is only a
            # phrase naming goods ("cold pressed juices + acai bowls.") lists them; a lone phrase beside
            # other words ("…, wifi kenceng buat nugas") is a note, not an offering.
            if programme_sold(clean_item(until_stop(pieces[0])), pieces, listed):  # "bimbel SMP 300rb/bln"
                read_list(pieces[0], listed, described)
            elif opening or _is_self(pieces[0], lang):
                _describe(pieces[0], described)
            elif run.strip() == part.strip() and not _placed(pieces[0]) and (
                    SPLIT.search(until_stop(pieces[0])) or _names_goods(pieces[0]) or _had_too(pieces[0])):
                read_list(pieces[0], listed, described)
            continue
        for k, p in enumerate(pieces):
            if _is_self(p, lang) and not programme_sold(clean_item(until_stop(p)), pieces, listed):
                _describe(p, described)
                continue
            read_list(p, listed, described)
            head = until_stop(p)
            if head.strip() != p.strip() and not (k + 1 < len(pieces) and _MORE.match(pieces[k + 1])):
                # "backdrop utk ultah, lamaran, …", "bisa wordpress, laravel": the rest belongs to "utk"/"bisa";
                # "…, plus on-call IT support": one more offering, whatever the clause before ended with
                if (said := _STOP_WORD.match(p, len(head))) and (said.group(1) in _ITEM_CLOSES or said.group(1) in
                                                                   _ITEM_QUALIFIED and _qualifies(said.group(1), p, said.end())):
                    continue  # "hapus background jadi putih 3rb, retouch …": the words close their own item
                if FOR_HEADCOUNT.match(p + ",", len(head)):
                    continue  # "prasmanan untuk 100 pax, tumpeng": how many the item serves closes it
                break
        opening = False


# "Ganti kompresor juga bisa.", "bongkar pasang AC jg ada", "antar jemput juga tersedia": a sentence that only names a
# service and says it is had too adds one more offering.
_HAD_TOO_AFTER = regrouped(r"\s*(?:juga|jg|also)\s+(?:bisa|bs|ada|tersedia|available|dilayani|melayani|ready|kami\s+layani)"
                           r"\b[\s\w]{0,12}$")



def _had_too(piece: str) -> bool:
    head = until_stop(piece)
    return len(clean_item(head).split()) >= 2 and bool(_HAD_TOO_AFTER.match(piece, len(head)))


# "…, kami isi freon, servis kompresor dan cuci evaporator", "we clean sofas, carpets and mattresses": the
# owner says what they do as a list of three or more after "we" and a plain verb. In Indonesian the verb is
# part of each service's name ("isi freon"); in English it is not ("sofas").
_SAID_WORK = regrouped(r"\s*(?:kami|kita|saya|sy|aku|gw|gue|mereka|beliau|we|i|they)\s+([a-z]+)\s+(?=[a-z])")
_NOT_WORK_VERB = frozenset("""have has had will would can could also just love loved like are am is was were got
get use used still already always usually often only speak speaks accept accepts cover covers work works focus
welcome welcomes ship deliver open close""".split())

# Plain verbs of a trade that only look prefixed ("servis" is no "se-" verb): "kami servis kulkas, mesin cuci, …"
_PLAIN_TRADE_VERBS = frozenset("servis service setrika sewa sewakan sedot setel semprot sepuh".split())


def _read_said_work(raw: list[str], listed: Collector, described: Collector) -> list[str]:
    """The comma pieces before such a list (the list itself goes to `listed`), or `raw` as it was."""
    for k, piece in enumerate(raw):
        m = _SAID_WORK.match(piece)
        if not m:
            continue
        verb = m.group(1)
        if (verb in ITEM_STOP or verb in VERB or verb in FILLER or verb in _NOT_WORK_VERB or len(verb) < 3
                or listed.lang == "id" and re.match(r"(?:ber|ter|di|me|se|ke|pe)[a-z]{3,}", verb)
                and verb not in _PLAIN_TRADE_VERBS):
            continue
        said = ",".join(raw[k:])[m.end() if listed.lang == "en" else m.start(1):]
        if len([p for p in SPLIT.split(until_stop(said)) if clean_item(p)]) < 3:
            continue
        read_list(object_list(said), listed, described)
        return raw[:k]
    return raw


# What a maker's work is called: "fotografer produk & makanan" offers "foto produk", "foto makanan".
_WORK_OF = {"fotografer": "foto", "photografer": "foto", "fotographer": "foto", "videografer": "video",
            "desainer": "desain", "designer": "desain", "ilustrator": "ilustrasi", "pelukis": "lukisan"}
_WORK_OF_EN = {"photographer": "photography", "videographer": "videos", "designer": "design",
               "illustrator": "illustrations", "painter": "paintings"}


def _describe(phrase: str, described: Collector) -> None:
    """The offering inside a self-description: "usaha minuman boba kekinian" → "minuman boba"."""
    phrase = clean_item(phrase.strip())
    m = SELF_LEAD.match(phrase)
    core = until_stop(phrase[m.end():] if m else phrase)
    core = SELF_TRAIL.sub("", clean_item(core))
    head = tail = ""
    for _ in range(3):
        rest = split_self(core, described.lang)
        if rest is None:
            break
        words = [w for w in core.split() if w not in PRONOUNS]
        if words and words[0] in _WORK_OF and rest:
            head = _WORK_OF[words[0]]
        elif words and words[-1] in _WORK_OF_EN and described.lang == "en" and rest:
            tail = _WORK_OF_EN[words[-1]]
        core = rest.strip() if head else clean_item(rest)  # "foto" + "produk & makanan": keep "produk"
    pieces = SPLIT.split(core)
    if tail:
        pieces = [f"{p.strip()} {tail}" for p in pieces if p.strip()]
    _push_all(pieces, described, None, head)
