"""Business type and industry, by weighted keyword rules (the lexicon read in keyword_hits.py, customers named in
customers.py; the tone in tone.py)."""

from __future__ import annotations

import re
from collections import defaultdict

from tapsite_pipeline.fastre import Fast, fast, regrouped

from .app_product import sold_app
from .customers import _audience_spans, _helped, _served
from .hashtag_hits import Vote, hashtag_votes
from .heads import named_heads, norm, says_what_brand_is
from .keyword_hits import _KW, _PLACE_WORDS, _TOKEN, _fuzzy, _keyword_hits
from .lexicon import DEFAULT_INDUSTRY, GENERIC_INDUSTRIES, KEYWORDS, TYPE_PRIORITY
from .niche import dining_or_packaged, niche_of
from .not_offered import negated_clauses
from .other_businesses import other_businesses
from .own_work import OWN_WORK_WEIGHT, makes_own
from .past_trades import former_businesses
from .pet_lodging import CARED, PET_BOARDING, for_pets
from .roles import AUDIENCE
from .service_done import DONE_NAMES, DONE_WEIGHT, service_done
from .trading_units import FORM_WEIGHT, is_form_hit, trading_unit

_TEACHING = {"course", "tutoring", "music lessons", "language school"}


# "jual" inside a document's name ("akta jual beli", "surat jual beli", "perjanjian jual beli") is no selling.
_SELL_VERB = fast(r"(?<!akta )(?<!surat )(?<!perjanjian )"
                  r"\b(?:jual|jualan|menjual|berjualan|dijual|we\s+sell|i\s+sell|selling|sells|reseller|"
                  r"distributor|stockist|toko|shop|store|olshop)\b")
_SERVICE_VERB = fast(r"\b(?:pasang|instal|install|installation|titip|jastip|jasa\s+titip|vermak|permak|menerima\s+jahitan|jahit|cuci|servis|service|"
                     r"reparasi|perbaikan|repair|repairs|repairing|fixing|fixes|memperbaiki|benerin|laundry|grooming|rental|sewa|rent|"
                     # printed or embroidered on goods: the goods are what the service is done to
                     r"sablon|printing|bordir|embroidery|engraving|grafir)\b")
_MAKER = fast(r"\b(?:handmade|hand\s*made|buatan\s+(?:sendiri|tangan|kami|saya)|bikin\s+sendiri|produksi|memproduksi|"
              r"pengrajin|perajin|crafter|artisan|we\s+make|i\s+make|we\s+craft|handcrafted|karya|studio)\b")
_SERVICE_OBJ = regrouped(r"(?:jasa|paket|layanan|kelas|kursus|les|tiket|ticket|sewa|service|class|course|tour|trip)\b")
_NEAR = fast(r"\b(?:near|dekat|dkt|deket|sebelah|samping|depan|seberang|belakang|opposite|next\s+to)\s+"
             r"((?:[\w'-]+\s*){1,3})")
# The heads of a document's name: a trade word after one names the document a paperwork service draws up ("akta
# jual beli tanah", "surat keterangan usaha", "perjanjian jual beli"), not what the business is.
# (A contract is a service's terms, "kontrak maintenance IT": no document head.)
_DOCUMENT_HEADS = frozenset({"akta", "surat", "sertifikat", "sertipikat", "perjanjian", "dokumen", "deed", "deeds"})
_SUPPLY_HEADS = {"bahan", "cetakan", "alat", "peralatan", "perlengkapan", "supplies", "supply", "equipment", "kemasan",
                 "packaging", "ingredients", "tools"}
_NOT_GOODS = {"services", "events", "education"}  # and creative textiles/crafts; art sold by its maker stays creative
_SOLD_GOODS = frozenset({"textiles", "crafts", "music"})  # creative goods that are retail when sold (not by their maker)


_CLAUSE_END = regrouped(r"[.;:!?]")
_HEAD_WORD = regrouped(r"([a-z]+)\W+$")


def head_word(window: str) -> str | None:
    """What `_HEAD_WORD.search(window)` captures: the run of a-z letters right before the non-word characters
    that end the window (none when the window ends in a word character). Read from the end, not tried at
    every position."""
    j = len(window)
    while j and not (window[j - 1].isalnum() or window[j - 1] == "_"):  # \W: what is no word character
        j -= 1
    if j == len(window):
        return None
    i = j
    while i and "a" <= window[i - 1] <= "z":
        i -= 1
    return window[i:j] if i < j else None


def _object_spans(lower: str, verb: re.Pattern[str] | Fast) -> list[tuple[int, int]]:
    """From a verb to the end of its clause (".", ";", ":" or "!"): what is sold or serviced."""
    out = []
    for m in verb.finditer(lower):
        end = _CLAUSE_END.search(lower, m.end())
        out.append((m.end(), end.start() if end else len(lower)))
    return out


# "sy fotografer …", "kami wedding organizer", "I'm a photographer": what the owner says they ARE
# outweighs what their work is about ("fotografer produk & makanan" is photography, not food).
_I_AM = regrouped(r"\b(?:saya|sy|aku|gw|gue|kami|we\s+are|we're|i\s+am|i'm|im)\s+"
                  r"(?:adalah\s+|ini\s+|seorang\s+|sebuah\s+|a\s+|an\s+)?")

# Roles that say how someone trades, not what: "sy reseller frozen food" is still frozen food.
_TRADE_ROLES = frozenset("reseller resellers dropshipper dropship agen agent distributor penjual pedagang "
                         "jualan supplier seller vendor".split())


Hit = tuple[str, str, float, str]  # (matched text, business type, weight, industry label)
FIRST_WEIGHT = 1.25

# "kelas menjahit", "kursus masak", "photography classes": a skill taught is education, whatever the skill.
_TEACH_BEFORE = regrouped(r"\b(?:kelas|kursus|les|pelatihan|belajar|training|class|classes|course|courses|lessons?|"
                          r"workshop|workshops|bootcamp|mengajar|ngajar|ajarin|privat)\s+(?:\w+\s+)?$")
_TEACH_AFTER = regrouped(r"^\s+(?:class|classes|course|courses|lessons?|workshops?|training|bootcamp)\b")
# "website sekolah", "aplikasi antrian klinik", "platform pelatihan": what the software is for, not the trade.
_TECH_BEFORE = fast(r"(?<!bikin )(?<!bikinin )(?<!buat )(?<!buatkan )(?<!mau )(?<!pengen )(?<!ingin )"
                    r"(?<!butuh )(?<!need )(?<!want )(?<!a )(?<!new )(?<!our )(?<!my )"
                    r"\b(?:website|web|aplikasi|app|apps|platform|sistem|system|software|saas|dashboard)\s+"
                    r"(?:(?!dong\b|buat\b|untuk\b|utk\b|for\b|kami\b|saya\b|aku\b|gw\b)\w+\s+){0,2}$")
# "we also run …", "juga terima … utk wisuda, pernikahan": what is said after "also", to the end of the sentence, is a
# side line of the business.
_ALSO = fast(r"\b(?:also|juga|jg|sekalian|besides|selain\s+itu)\b")
_ALSO_REACH = 80  # a side line runs on to the end of its sentence, list and all, this far at most
# "langsung dr pengrajin", "from local farmers": where goods come from, not what the business is.
_SOURCE_BEFORE = regrouped(r"\b(?:dari|dr|langsung\s+dari|langsung\s+dr|from|sourced\s+from|beli\s+dr|beli\s+dari)\s+"
                           r"(?:para\s+|local\s+|lokal\s+)?$")


# "langsung dari petani", "sourced from local farmers", "dibeli dari nelayan": the produce is bought from those who grow
# or catch it, so the business trades it (the card: a farm selling its own produce is other; a shop is retail).
# A village enterprise that says which unit of it the page is for ("BUMDes X membuka unit usaha toko desa", "Unit
# persewaan BUMDes Y: sewa tenda …"): the unit's trade is the business, the BUMDes only who owns it.
_VILLAGE_ENTERPRISE = frozenset({"bumdes", "bumdesa", "bum desa", "badan usaha milik desa"})
_UNIT_OF = fast(r"\bunit\s+(?:usaha\s+)?[a-z]")
_UNITS_LISTED = fast(r"[^.:;!?]*?,[^.:;!?]*?\b(?:dan|and|serta)\b")
_FROM_GROWERS = fast(r"\b(?:dari|dr|from|sourced\s+from|bought\s+from|beli\s+dari|dibeli\s+dari|ambil\s+dari)\s+"
                     r"(?:\d+\s+|ratusan\s+|puluhan\s+|hundreds\s+of\s+)?"  # "bought from 300 local farmers"
                     r"(?:para\s+|local\s+|lokal\s+|the\s+|small\s+)?(?:petani|peternak|nelayan|pekebun|farmers|growers|"
                     r"fishermen|beekeepers|peternakan\s+mitra|petani\s+mitra)\b")


# "handmade … by local makers", "karya pengrajin lokal": the goods are made by others, and the owner sells them.
_MADE_BY_OTHERS = fast(r"\b(?:by|from|dari|dr|karya|oleh)\s+(?:local\s+|lokal\s+|para\s+|village\s+|desa\s+)?(?:makers|artisans|"
                       r"crafters|craftsmen|craftspeople|weavers|pengrajin|perajin)(?!\s+kami)\b")


# "workshop" is a class, or the place where goods are made: "a family workshop in Bantul making batik masks".
_WORKSHOP = frozenset({"workshop", "workshops"})
_MAKING_AFTER = regrouped(r"[^.;!?]{0,40}?\b(?:making|makes|make|producing|produces|crafting|crafts|handcrafting|"
                          r"building|builds|where\s+we\s+make|yang\s+membuat|membuat|memproduksi|pembuatan)\b")


# "workshop kami", "to our workshop": the owner's premises, where goods are sent or made, not a class.
_OWN_PLACE = regrouped(r"\s+(?:kami|kita|saya|sy|aku|gw)\b")
_TO_PLACE = regrouped(r"\b(?:ke|di|to|at|in)\s+(?:our|my)\s+$|\b(?:our|my)\s+$")


# "a family workshop making handmade silver rings": the workshop makes what follows, it teaches nothing.
_WORKSHOP_MAKING = regrouped(r"\bworkshops?\s+(?:making|makes|producing|produces|crafting|crafts|membuat|memproduksi)\s+"
                             r"(?:\w+\s+)?$")


# Who a workshop is for, and making one's own piece there: the workshop is a class ("batik workshops for tourists").
_FOR_WHOM = regrouped(r"\s+(?:for|untuk|utk|bagi)\s+(?:(?:the|all|para|young|adult|first[\s-]time)\s+)?([a-z]+)")
_LEARNERS = AUDIENCE | {"travellers", "traveller", "participants", "peserta", "guests", "visitors", "pengunjung"}
_OWN_MAKING = regrouped(r"[^.;!?]{0,80}?\b(?:make\s+your\s+own|bikin\s+sendiri|buat\s+sendiri|take\s+home\s+your)\b")


def _in_context(lower: str, s: int, e: int, matched: str, before: str, entry: tuple[str, float, str],
                sold: list[tuple[int, int]], served: list[tuple[int, int]], maker: float) -> tuple[str, float, str]:
    """A keyword hit's (type, weight, industry) as the words around it read it: the skill of a class, the subject
    of an app, goods sold or serviced, supplies for a trade."""
    btype, weight, industry = entry
    if matched in _WORKSHOP and (_OWN_PLACE.match(lower, e) or _TO_PLACE.search(before)):
        return btype, weight * 0.2, industry  # "kirim sepatu ke workshop kami": where the work is done, no class
    if matched in _WORKSHOP and _MAKING_AFTER.match(lower, e):
        return "creative", min(weight, 1.0), "crafts"  # "a family workshop making leather bags": where goods are made
    if matched.rsplit(" ", 1)[-1] in _WORKSHOP and btype != "education" and (
            (m := _FOR_WHOM.match(lower, e)) and m.group(1) in _LEARNERS or _OWN_MAKING.match(lower, e)):
        btype, industry = "education", "course"  # "leather workshop for beginners … make your own wallet": a class
    # the three patterns read before a keyword end in whitespace at the end ("\s+$"): after "(" or "," none
    # can match, and their search would try every position of the window
    spaced = before[-1:].isspace()
    taught = spaced and _TEACH_BEFORE.search(before) and not _WORKSHOP_MAKING.search(before)
    if btype != "education" and (taught or _TEACH_AFTER.match(lower[e:e + 20])):
        btype, industry = "education", "course"  # the skill of a class
    elif btype != "technology" and spaced and _TECH_BEFORE.search(before):
        weight *= 0.3  # the subject of an app or a website
    if industry in ("crafts", "agriculture") and spaced and _SOURCE_BEFORE.search(before):
        weight *= 0.2
    head = head_word(lower[max(0, s - 20):s])
    if head in _DOCUMENT_HEADS and btype != "services":
        weight *= 0.2  # "akta jual beli tanah": the name of a document, not the land trade
    if head in _SUPPLY_HEADS and btype != "retail":
        btype, industry = "retail", "supplies"  # "bahan kue", "cetakan kue", "alat pancing": goods for others
    elif (btype in _NOT_GOODS or industry in _SOLD_GOODS) and industry not in _TEACHING and sold \
            and any(a <= s < b for a, b in sold) and not _SERVICE_OBJ.match(matched):
        btype, industry = "retail", "retail"  # "we sell batik tulis fabric", "jual oleh2 haji & umroh"
    elif btype in ("retail", "food_and_beverage") and served and any(a <= s < b for a, b in served):
        weight *= 0.3  # "titip skincare & fashion", "vermak celana": the object of a service
    elif btype == "retail" and maker:
        weight *= maker  # "handmade rattan bags", "yg bikin gelang manik": goods the owner makes lean creative
    return btype, weight, industry


_GOODS_TYPES = frozenset({"retail", "food_and_beverage"})

# What a shop sells is its goods, whatever trade they belong to: "toko musik", "toko alat tani", "kios rohani",
# "music store", "craft shop" are retail (the card: a shop that sells goods is retail). A trade word in such a compound
# turns retail; services said with "shop" ("repair shop", "tattoo shop") are not goods and keep their type.
_SHOP_BEFORE = regrouped(r"\b(?:toko|kios|gerai|lapak|outlet)\s+$")
_SHOP_AFTER = regrouped(r"\s+(?:shop|shops|store|stores)\b")
_SHOP_GOODS = frozenset({"music", "fine art", "crafts", "textiles", "agriculture", "religious", "drone services"})


def _shop_goods(found: tuple[tuple[int, int, str, tuple[str, float, str]], ...], lower: str) -> set[int]:
    """Starts of the keyword hits that name what a shop sells: right after "toko"/"kios" or right before
    "shop"/"store"."""
    return {s for s, e, _m, (_t, _w, industry) in found if industry in _SHOP_GOODS and (
        _SHOP_BEFORE.search(lower[max(0, s - 8):s]) or _SHOP_AFTER.match(lower, e))}


# A drone that sprays, maps or surveys is the tool of a technology service (the card: drone spraying), not a camera.
_DRONE = frozenset({"drone", "drones"})
_DRONE_WORK = regrouped(r"\b(?:semprot\w*|penyemprotan|menyemprot\w*|spray\w*|pemetaan|memetakan|mapping|maps|"
                        r"survey\w*|survei\w*|inspeksi|inspection|inspect\w*|pestisida|pesticides?|pupuk|fertili[sz]er)\b")


def _clause_span(lower: str, s: int, e: int) -> tuple[int, int]:
    """Where the sentence around a span starts and ends (up to ".", ";", "!" or "?" either side)."""
    a = max(lower.rfind(c, 0, s) for c in ".;!?") + 1
    ends = [i for i in (lower.find(c, e) for c in ".;!?") if i >= 0]
    return a, min(ends) if ends else len(lower)


def _clause(lower: str, s: int, e: int) -> str:
    """The sentence around a span (up to ".", ";", "!" or "?" either side)."""
    a, b = _clause_span(lower, s, e)
    return lower[a:b]


# Services done on a farmer's land: a drone that sprays or maps, a tractor that ploughs, a harvester for hire.
_FIELD_SERVICES = frozenset({"drone services", "farm services"})


def _drone_work(lower: str, found: tuple[tuple[int, int, str, tuple[str, float, str]], ...]) -> list[tuple[int, int]]:
    """The sentences where a drone or a tractor works (sprays, maps, ploughs): the fields, plantations and farms said
    there are what the service works on ("penyemprotan … dengan drone untuk kebun sawit", "jasa bajak sawah pakai
    traktor"), not a farm that sells produce."""
    return [_clause_span(lower, s, e) for s, e, matched, (_t, _w, industry) in found
            if industry in _FIELD_SERVICES or matched in _DRONE and _DRONE_WORK.search(_clause(lower, s, e))]


# "latihan tari utk anak SD", "les gitar untuk murid", "swimming lessons for kids": training pupils is education,
# whatever they are trained in and wherever they later perform (the card: a dance studio that trains pupils).
_TEACH_PUPILS = fast(r"\b(?:latihan|berlatih|melatih|les|kelas|kursus|lessons?|classes|training|trains?|teach(?:es|ing)?|"
                     r"coaching)\b[^.;!?]{0,40}?\b(?:untuk|utk|buat|bwt|bagi|for)\s+(?:para\s+)?(?:anak|anak2|anak-anak|"
                     r"murid|siswa|pelajar|kids|children|students|pupils|remaja|balita|teens?|teenagers)\b")
# A business head (heads.py) where it names the business outweighs this many times its keyword weight (at least 2).
HEAD_WEIGHT = 3.0

# A person's title before a word: the word is a name ("Bu Endang", "Mbak Lastri"), not a typo of a keyword.
_TITLE_BEFORE = regrouped(r"\b(?:bu|ibu|pak|bapak|mbak|mba|mas|kak|mbok|mak|bang|abang|uni|uda|teh|teteh|ci|cik|koh|om|"
                          r"tante|oma|opa|eyang|mbah|bli|kang|akang|cak|neng|daeng|ustadz|ustadzah|hj|h)\.?\s+$")
# "haji" is the pilgrimage a travel agent sells only where the brief speaks of the journey; elsewhere it is a title in
# a name ("Kontrakan Haji Udin", "Kolam Pancing Pak Haji"), naming no trade.
_TITLES = frozenset({"haji", "hajjah", "hajah"})
_PILGRIMAGE = regrouped(r"\b(?:umroh|umrah|umrohnya|umrahnya|travel|biro|manasik|ibadah\s+haji|"
                        r"haji\s+(?:plus|khusus|reguler|furoda)|keberangkatan|berangkat|kemenag|tanah\s+suci|mekkah|"
                        r"makkah|mecca|madinah|medina|pilgrim\w*|jamaah|jemaah|hajj|tour)\b")
# Words that say a service follows ("jasa khitanan", "layanan MC", "jasa les privat"): the trade after the word is what
# the service is, and the word casts no vote of its own for the services type. Goods after it stay the object of the
# service ("jasa pasang wallpaper", "jasa titip skincare"), and a service keeps the word.
_SERVICE_LEADS = frozenset({"jasa", "layanan", "spesialis"})
# An agent of a service is that service ("agen resmi tiket pesawat", "agen asuransi"), not a shop; an agent of goods
# stays a trader of them.
_AGENT_LEADS = frozenset({"agen", "agen resmi", "agent", "official agent", "authorized agent", "authorised agent"})
def _read_leads(lower: str, found: tuple[tuple[int, int, str, tuple[str, float, str]], ...]
                ) -> tuple[tuple[int, int, str, tuple[str, float, str]], ...]:
    """The keyword hits as the business reads them: a title is no trade ("Pak Haji"); a service word before a trade of
    another kind than goods or services is one hit of that trade ("jasa khitanan" → events), and so is an agent
    before a service ("agen resmi tiket pesawat" → services)."""
    out: list[tuple[int, int, str, tuple[str, float, str]]] = []
    pilgrimage: bool | None = None
    k = 0
    while k < len(found):
        s, e, matched, entry = found[k]
        if matched == "ar" and lower[e:e + 2] in (" r", "-r"):  # "Rumah Tahfidz Ar Rayyan": an Arabic article
            k += 1
            continue
        if matched in _TITLES:
            if pilgrimage is None:
                pilgrimage = bool(_PILGRIMAGE.search(lower))
            if not pilgrimage:
                k += 1
                continue
        if k + 1 < len(found) and (matched in _SERVICE_LEADS or matched in _AGENT_LEADS):
            s2, e2, matched2, (btype2, weight2, industry2) = found[k + 1]
            joins = btype2 == "services" if matched in _AGENT_LEADS else btype2 not in _GOODS_TYPES | {"services"}
            if joins and lower[e:s2].isspace():
                if industry2 == "agriculture" and matched in _SERVICE_LEADS:  # "jasa pertanian": work done on farms
                    btype2, industry2 = "services", "farm services"
                # one hit: the trade's words (its niche, its head) over the span from the lead (where the phrase starts)
                out.append((s, e2, matched2, (btype2, max(weight2, 3.0), industry2)))
                k += 2
                continue
        if matched in _SERVICE_LEADS and (done := service_done(lower, e)) and (
                k + 1 == len(found) or found[k + 1][0] >= done[0]):  # "jasa cuci & repaint sepatu": the work done
            out.append((s, done[0], done[1], ("services", DONE_WEIGHT, "services")))
            k += 1
            continue
        out.append(found[k])
        k += 1
    return tuple(out)



# A planner or organizer heading the business arranges what its packages hold: "proposal planner: dekor, fotografer,
# musik akustik", "surprise planner – foto & video": the photographer, the band, the flowers are services it books.
_PLANNER_HEADS = frozenset("planner planners organizer organiser organizers organisers eo wo planning".split())
_ARRANGED = frozenset({"photography", "videography", "music", "makeup artistry", "florist", "crafts", "restaurant",
                       "catering", "bakery", "beverages"})
ARRANGED_WEIGHT = 0.4


def _planner_at(found: tuple[tuple[int, int, str, tuple[str, float, str]], ...], named_at: set[int]) -> int | None:
    """Where an events planner or organizer that heads the business is named: the business's own head, or the
    first thing the brief names."""
    for k, (s, _e, matched, (btype, _w, _i)) in enumerate(found):
        if btype == "events" and matched.rsplit(" ", 1)[-1] in _PLANNER_HEADS and (s in named_at or k == 0):
            return s
    return None


def score(lower: str, skip: list[tuple[int, int]] = (), hits: list[Hit] | None = None,
          brand_span: tuple[int, int] | None = None, tags: tuple[Vote, ...] = ()
          ) -> tuple[dict[str, float], dict[str, dict[str, float]], list[str]]:
    """Scores per business type, per (type, industry), and the keywords seen (in order); every weighted
    keyword hit is appended to `hits` when given. A business head where it names the business (the brand's own
    head, what the owner says they run, the brief's first words) decides with HEAD_WEIGHT."""
    hits = [] if hits is None else hits
    types: dict[str, float] = defaultdict(float)
    industries: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    seen: list[str] = []
    covered: list[tuple[int, int]] = []
    aud, listed = _audience_spans(lower)
    own = makes_own(lower)  # "yg bikin kerajinan manik": the owner says they make the goods
    maker = (own or any(not _SOURCE_BEFORE.search(lower[max(0, m.start() - 25):m.start()])
                        for m in _MAKER.finditer(lower))) and not _MADE_BY_OTHERS.search(lower)
    maker_weight = (OWN_WORK_WEIGHT if own else 0.6) if maker else 1.0
    sold = _object_spans(lower, _SELL_VERB) if not maker else []
    if sold and aud:  # "signboard for Toko Roti Mawar, hand-painted": the customer's shop, not goods the owner sells
        sold = [(a, b) for a, b in sold if not any(x < a <= y for x, y in aud)]
    near = [(m.end(), m.end() + len(m.group(1))) for m in _NEAR.finditer(lower)]
    served = _object_spans(lower, _SERVICE_VERB)
    also = [(a, min(b, a + _ALSO_REACH)) for a, b in _object_spans(lower, _ALSO)]
    # "we are Tani Pintar, an app …": the owner says their name there, and what they are after it
    self_starts = {m.end() for m in _I_AM.finditer(lower)} - {
        brand_span[0] if brand_span and says_what_brand_is(lower, brand_span) else -1}
    found = _read_leads(lower, _keyword_hits(lower, True))
    customers = _served(lower)  # "udh bantu 80an toko & klinik": a list of customers, one say shared by its items
    aud, listed = aud + _helped(lower, found) + customers, listed | set(customers)
    named_at = named_heads(lower, found, brand_span)
    # the goods a named service works on ("sewa kebaya", "cuci sofa"): said again alone, they are still its object
    objects = {w for s, _e, matched, (btype, _w, _i) in found if s in named_at and btype not in _GOODS_TYPES
               for w in matched.split()[1:]}
    for ds, de, done, _x in found:  # "jasa cuci & repaint sepatu … kirim sepatu ke workshop": still the object
        if done in DONE_NAMES:
            end = _clause_span(lower, ds, de)[1]
            objects |= {norm(m) for hs, _e, m, (bt, _w, _i) in found if de <= hs < end and bt in _GOODS_TYPES}
    if objects:  # "Sofa Bersih 99 jasa cuci sofa": the goods in the name are what the service works on
        named_at = {s for s, _e, matched, (btype, _w, _i) in found if s in named_at and not (
            btype in _GOODS_TYPES and (matched in objects or norm(matched) in objects))}
    denied = negated_clauses(lower)  # "no PADI courses here, only fun dives": not what the business is
    if others := other_businesses(lower):  # "I run a laundry and a juice bar, the site is for the juice bar"
        denied = denied + others
    if former := former_businesses(lower):  # "dulu jualan pulsa tp udh tutup, skrg jualan mie aceh"
        denied = denied + former
    shop_goods = _shop_goods(found, lower)
    pets = any(for_pets(lower, e, industry) for _s, e, _m, (_t, _w, industry) in found)
    droned = _drone_work(lower, found)
    from_growers = bool(_FROM_GROWERS.search(lower))
    planner = _planner_at(found, named_at)
    unit = trading_unit(lower)  # "Koperasi Wanita … jual keripik": the form of ownership is not the trade
    village_unit = _UNIT_OF.search(lower) if "unit" in lower else None
    if village_unit and _UNITS_LISTED.match(lower, village_unit.end() - 1):
        village_unit = None  # "punya unit air bersih, simpan pinjam, dan wisata": the enterprise's units, the page its own
    if village_unit and any(matched in _VILLAGE_ENTERPRISE for _s, _e, matched, _x in found):
        named_at = {s for s, _e, _m, _x in found if s == village_unit.end() - 1} or named_at  # the unit's head names it
    for s, e, matched, (btype, weight, industry) in found:
        if village_unit and matched in _VILLAGE_ENTERPRISE:
            covered.append((s, e))
            continue  # who owns the unit, not what the unit does
        if s in shop_goods:  # "toko musik": the goods of a shop
            btype, industry = "retail", "retail"
        elif pets and industry in CARED:  # "boarding & daycare for dogs and cats … daycare 120K": lodging for animals
            btype, industry = PET_BOARDING
        elif matched in _DRONE and btype != "technology" and _DRONE_WORK.search(_clause(lower, s, e)):
            btype, weight, industry = "technology", max(weight, 4.0), "drone services"  # what the service is
        if denied and any(a <= s < b for a, b in denied):
            continue
        named = s in named_at
        before = lower[max(0, s - 30):s]
        if named:  # what the business is called outranks what is said of its goods or customers
            weight = max(weight, 2.0) * HEAD_WEIGHT
        else:
            if btype in _GOODS_TYPES and objects and (matched in objects or norm(matched) in objects):
                weight *= 0.3
            if s in self_starts and matched not in _TRADE_ROLES:
                weight *= 2.5
            if industry == "agriculture" and droned and any(a <= s < b for a, b in droned):
                weight *= 0.3  # "semprot hama kebun jeruk pakai drone": the orchard is what the drone works on
            if industry == "agriculture" and from_growers:
                btype, industry = "retail", "grocery"  # "telur ayam kampung langsung dari petani": bought, not grown
            btype, weight, industry = _in_context(lower, s, e, matched, before, (btype, weight, industry),
                                                  sold, served, maker_weight)
        if unit and is_form_hit(matched, industry):
            weight *= FORM_WEIGHT
        if planner is not None and s > planner and not named and industry in _ARRANGED:
            weight *= ARRANGED_WEIGHT  # "proposal planner: …, fotografer": a service the planner arranges
        if also and any(a <= s < b for a, b in also):
            weight *= 0.5  # "…ceramic mugs. We also run pottery classes": a side line, not what the business is
        if near and any(a <= s < b for a, b in near):
            weight *= 0.3  # "rooms near Sardjito hospital", "dekat kampus": a landmark, not the business
        if skip and any(s < b and e > a for a, b in skip):
            continue
        if aud and (span := next(((a, b) for a, b in aud if a <= s < b), None)):
            # "aplikasi kasir untuk resto": resto is the customer; a list of customers is one say, shared by its items
            shared = sum(1 for hs, _he, _m, _x in found if span[0] <= hs < span[1]) if span in listed else 1
            weight *= 0.35 / max(1, shared)
        if industry in _TEACHING:  # a cooking class is education even when it lists dishes
            weight *= 1.6
        if not seen and s < 40:  # the first thing named, at the start, usually says what the business is
            weight *= FIRST_WEIGHT
        types[btype] += weight
        # the earliest strong keyword gets a tiny bonus so ties go to what the owner said first
        industries[btype][industry] += weight + (0.01 / (1 + len(seen)))
        # the keywords seen are the lexicon's (offerings fall back on them): a head it lacks ("toko kacamata") by
        # the lexicon words in it
        seen.extend([matched] if matched in _KW or norm(matched) in _KW else [h[2] for h in _keyword_hits(matched)])
        hits.append((matched, btype, weight, industry))
        covered.append((s, e))
    if (m := _TEACH_PUPILS.search(lower)) and not (denied and any(a <= m.start() < b for a, b in denied)):
        # training pupils is what the business does: said in the first sentence it weighs as a head
        first = not _CLAUSE_END.search(lower, 0, m.start())
        weight = 2.0 * (HEAD_WEIGHT if first else 1.0) * (FIRST_WEIGHT if m.start() < 40 else 1.0)
        types["education"] += weight
        industries["education"]["course"] += weight
        hits.append((m.group(0), "education", 2.0, "course"))  # a plain vote for the niche: what is taught says more
    for matched, (btype, weight, industry) in tags:  # "#mualampung": a plain vote, no offering (hashtag_hits.py)
        types[btype] += weight
        industries[btype][industry] += weight
        hits.append((matched, btype, weight, industry))
    for m in _TOKEN.finditer(lower):
        w = m.group(0)
        kw = _fuzzy(w)  # (cached per word) most words are no typo of a keyword: their spans need not be read
        if not kw or abs(len(kw) - len(w)) > 1 or w in _PLACE_WORDS:  # "bandung" is a town, not "bandeng"
            continue
        if _TITLE_BEFORE.search(lower, max(0, m.start() - 9), m.start()):  # "Bu Endang" is a name, not "rendang"
            continue
        if any(m.start() < b and m.end() > a for a, b in covered) or skip and any(
                m.start() < b and m.end() > a for a, b in skip):
            continue
        btype, weight, industry = KEYWORDS[kw]
        types[btype] += weight * 0.7
        industries[btype][industry] += weight * 0.7
        seen.append(w)
        hits.append((kw, btype, weight * 0.7, industry))
    return types, industries, seen


def business_type(lower: str, skip: list[tuple[int, int]] = ()) -> tuple[str, str, list[str]]:
    """(business_type, industry label, keywords seen). Falls back to ("other", "small business")."""
    btype, industry, seen, _ = business(lower, skip)
    return btype, industry, seen


def business(lower: str, skip: list[tuple[int, int]] = (), brand_span: tuple[int, int] | None = None,
             raw: str = "") -> tuple[str, str, list[str], str]:
    """(business_type, industry label, keywords seen, niche); the niche is "other" when unsure. The raw brief gives
    the hashtags its cleaning dropped."""
    hits: list[Hit] = []
    btype, industry, seen = _decide(lower, skip, hits, brand_span, hashtag_votes(raw))
    industry, niche = dining_or_packaged(industry, niche_of(hits, btype), btype, lower)
    if niche == "webdev" and sold_app(lower):  # an app of its own, by subscription: no studio's (app_product.py)
        niche = "other"
    return btype, industry, seen, niche


def _decide(lower: str, skip: list[tuple[int, int]], hits: list[Hit], brand_span: tuple[int, int] | None = None,
            tags: tuple[Vote, ...] = ()) -> tuple[str, str, list[str]]:
    types, industries, seen = score(lower, skip, hits, brand_span, tags)
    if not types or max(types.values()) < 0.75:
        return "other", DEFAULT_INDUSTRY["other"], seen
    best = max(types, key=lambda t: (types[t], -TYPE_PRIORITY[t]))
    labels = industries[best]
    specific = {k: v for k, v in labels.items() if k not in GENERIC_INDUSTRIES}
    pool = specific if specific and max(specific.values()) >= 1 else labels
    industry = max(pool, key=lambda k: pool[k]) if pool else DEFAULT_INDUSTRY[best]
    return best, industry[:60], seen
