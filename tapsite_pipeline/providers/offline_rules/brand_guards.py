"""Judging a brand-name candidate: what is never a name (prices, times, addresses, contact lines, demonyms, a
person to call), what is only business words, and the cleanup every name gets (a town or village closing it, a
possessive in front of it, the owner's capitalisation kept).

`vet_candidate` is asked of every candidate extract_brand finds; it returns the cleaned name and span, or None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tapsite_pipeline.fastre import fast, regrouped

from .brand_asked import asked
from .brand_bio import goods_title, without_badge
from .brand_edges import edged
from .brand_elsewhere import price_line, worked_at_before
from .brand_forms import hidden_by_form
from .brand_kin import couple_named, customer_named, go_between_named, kin_named
from .brand_numbers import number_shaped
from .brand_titles import is_schedule, is_season, is_vehicle, keeps_case, land_named, side_by_side
from .brand_town import placed_after, town_in_name, trade_named
from .brand_words import (
    _CONNECT,
    _DOT_ABBR,
    _HONORIFIC,
    _PERSON_BEFORE,
    _PREFIX,
    _SUFFIXES,
    GENERIC_WORDS,
    HONORIFICS,
    LOC_NOUNS,
    NOT_NAME_WORDS,
    PARTICLES,
    STOP,
)
from .certified import BODY_ONLY
from .letter_formulas import letter_formula
from .lexicon import KEYWORDS
from .notice_words import NOTICE_OPENERS, NOTICE_WORDS
from .offer_words import SHORT_GOODS
from .places import PLACES
from .roles import VERB
from .text import title_case

_NAME_SPLIT = re.compile(r"\s+|&")
_WITH_WORDS = frozenset({"with", "bareng", "bersama", "sama", "ala", "for"})
_PLACE_PREP = regrouped(r"(?i)\b(?:in|di|at|near|dekat|dkt|around|sekitar|daerah|area|kota)\s+$")
# Words that say where the business is: what follows them is a place ("lokasi Mall Mangga Dua", "alamat: Ruko
# Palem", "located at Plaza Semanggi"), never its name.
# Words that open a statement of where the business works: "Area Jakarta Selatan", "Wilayah Sleman & Bantul".
_TITLE_JUST_BEFORE = regrouped(r"(?i)\b(?:dr|drg|drh|dra|drs|apt|ir|prof|hj|kh|bd)\.\s?$")
_VOUCHED = frozenset("licensed certified registered accredited insured bonded trusted established founded berizin "
                     "terdaftar bersertifikat terpercaya".split())
# A sales announcement heading a post ("PRE ORDER LEBARAN", "OPEN PO NATAL", "READY STOCK", "Promo Akhir Tahun"):
# when every word of a candidate is one of these, it announces a sale and names no business.
_ANNOUNCEMENT = frozenset("pre preorder pre-order po open order orderan ready stock stok promo diskon discount sale "
                          "flash big new baru terbaru limited edition spesial special edisi now menerima terima "
                          "lebaran idul fitri adha ramadan ramadhan natal christmas imlek tahun akhir awal year end "
                          "harbolnas payday 11.11 12.12 grand opening launching dijual cepat obral restock restok "
                          "arrival arrivals clearance jelang menjelang sambut menyambut selamat happy hari raya gong "
                          "xi xin fat cai choi choy kiong hi musim season seasonal nyepi waisak galungan paskah easter "
                          "valentine halloween kemerdekaan agustusan siap siap2 siap-siap 17an 17-an dirgahayu merdeka "
                          "hut katalog catalog catalogue pricelist daftar harga tarif price list faq faqs".split()) | NOTICE_WORDS
# The words a sale's heading opens with ("OPEN PO Kue Kering Natal", "DIJUAL Rak Besi"): what follows is the goods.
# "Open", "Ready", "Pre" and "Flash" open one only with the order or stock they announce ("Open Kitchen Bali", "PO Bus
# Sinar Jaya", "Sale Pisang Mak Ijah" are names).
_HEADING_OPENERS = frozenset("preorder pre-order promo diskon discount dijual obral restock restok katalog catalog "
                             "catalogue pricelist faq faqs".split())  # ("Katalog Frozen Sedap Mama Tio", "FAQ Kopi …": a title)
_HEADING_PAIRS = regrouped(r"(?i)(?:open|ready|pre|flash)\s+(?:po|order|preorder|pre-order|stock|stok|sale)\b|"
                           r"(?:daftar|list)\s+(?:harga|tarif)\b|price\s+list\b|" + NOTICE_OPENERS)  # ("Daftar tarif Klinik …")
# ("PO H-2": order two days ahead; "Jelang Imlek 2578", "Lebaran 1448 H": the year of the feast)
_DAYS_BEFORE = regrouped(r"h-?\d{1,2}|\d{1,2}|\d{4}|h")
_AREA_OPENERS = frozenset("area wilayah daerah kawasan coverage jangkauan".split())
_WHERE_CUE = regrouped(r"\b(?:lokasi|lokasinya|lokasi\s+kami|lokasi\s+toko|location|located(?:\s+(?:in|at|on))?|"
                       r"alamat|alamatnya|address|berlokasi(?:\s+di)?|bertempat(?:\s+di)?|terletak(?:\s+di)?)\s*:?\s*$")
# A word after these is what the business uses, goes through or works in ("online via Zoom", "design in Figma",
# "pakai pick up L300"), not its name.
_OBJECT_BEFORE = regrouped(r"(?i)\b(?:via|pakai|pake|using|use|uses|with|in|on|lewat|dengan|dgn|on|up|from|dari|ke|to|"
                           r"for|untuk|utk|buat|of)\s+$")
# A model code: letters then digits ("L300", "A6400", "X5"), no name unless coined with lower case ("Kopi21")
_MODEL_CODE = regrouped(r"[A-Z]{1,3}-?\d{2,5}[A-Z]?")
_JOINED_ON = regrouped(r"(?i)(?:&|\+|/|(?:dan|and|atau|or|serta)\b)")
# ("telp 031 5566 778 (pak Darto)": the honorific may stand lower case before the capitalised name)
# (the number ends on a digit: "… 3344. Dapur Mama Fina" starts a sentence of its own after it)
_CONTACT_PERSON = regrouped(r"(?i)(?:(?:\d[\s.-]?){7,}\d\s*\(?|\b(?:cp|hub|hubungi|contact|kontak|a/n|an\.|a\.n\.?)\s*:?\s*\(?)\s*"
                            r"(?:(?:coach|" + _HONORIFIC[3:] + r"\.?\s+)?$")
# Where the owner or staff studied or were certified: "guru lulusan ISI", "alumni UGM", "trained at Le Cordon Bleu":
# an institution vouching for them, not the business.
_SCHOOLED_AT = regrouped(r"(?i)\b(?:lulusan|alumni|alumnus|alumna|jebolan|tamatan|lulus\s+dari|kuliah\s+di|"
                         r"graduates?\s+(?:of|from)|graduated\s+from|trained\s+(?:at|by)|studied\s+at|certified\s+by|"
                         r"bersertifikat|sertifikasi)\s*:?\s*$")
# Degrees and professional titles after a person's name are part of how a practice is named: "Bidan Hartini,
# A.Md.Keb", "Notaris Rina Wulandari, S.H., M.Kn.", "dr. Sari, Sp.A", "Dewi Lestari, M.Psi., Psikolog".
_DEGREE_PART = (r"(?:S|M|A|D|Dr|Md|Sp|Psi|Pd|Kom|Kes|Keb|Kep|Farm|Apt|Ked|KG|OG|H|Kn|E|T|Si|Sos|Ak|Ds|Sn|Hum|Ag|Pt|Gz|"
                r"Ft|Tr|Ph|Th|Ars|IK|Mat|Gz|Tp|Ikom|Li|Sc|B|Hons|Ort|Perio|Pros|KGA|BM|PD|JP|Rad|KK|THT)")
_DEGREES = regrouped(rf"(?:,\s*(?:{_DEGREE_PART}\.\s?(?:{_DEGREE_PART}\.?\s?){{1,3}}|Psikolog|MBA|CPA|CHt|CFP|Ph\.D\.?)"
                     rf"(?![\w.]))+")
# A degree standing alone ("S.Farm", "Sp.A", "M.Kn.", "A.Md.Keb"): it follows a person's name and names no business.
_DEGREE_ALONE = regrouped(rf"(?:{_DEGREE_PART}\.\s?){{1,3}}{_DEGREE_PART}\.?")
# Names shaped like a business: a trade word in front ("Kedai Teh Kita") or behind ("Dina Cake & Bakery").
_BUSINESS_SHAPED = regrouped(r"(?i)(?:" + _PREFIX + r")\b|.*\b(?:" + "|".join(sorted(_SUFFIXES)) + r")\.?$")
# A village, district or province after a name ("… Desa Ngargosari"), or the branch it names ("… Cabang Margonda"): where.
_TRAILING_PLACE = regrouped(r"\s+(?:Desa|Kelurahan|Kel\.|Kecamatan|Kec\.|Kabupaten|Kab\.|Provinsi|Cabang|cabang)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$")
# "Tokonya", "Butiknya", "Usahanya", a lone "Nya": a possessive in front of a name belongs to the sentence
# ("tokonya Hana Syar'i" = "her shop is Hana Syar'i"); Indonesian names do not open with one.
# Only nouns for a business take it here: "Ranya", "Sonya" are given names.
_POSSESSIVE_LEAD = regrouped(r"(?i)(?:(?:toko|butik|usaha|bisnis|warung|kedai|brand|merek|merk|nama|namanya|studio|"
                             r"salon|bengkel|lapak|olshop|jualan|dagangan|kafe|cafe|resto|katering|catering|sanggar|"
                             r"klinik|kost|kos|tempat|kantor|rumah|dapur|galeri|produk|label|pu)nya|nya)\s+(?=\S)")
_DEMONYMS = frozenset("""
balinese javanese sundanese indonesian chinese japanese korean thai vietnamese western italian french american
mexican indian arabic turkish european asian japanese minang minangkabau betawi peranakan malay malaysian
""".split())


def _known(w: str) -> bool:
    return w in GENERIC_WORDS or w in NOT_NAME_WORDS or w in STOP or w.isdigit()


_REDUP = fast(r"^([^\W\d_]{2,})2(?:an|nya|x)?$")


_NOT_A_PERSON = frozenset("kami kita saya aku kamu anda sekalian semua dan".split())


def is_generic(name: str) -> bool:
    """Only business nouns, pronouns and clause words (also after stripping -an/-nya/-kan: "pesanan", "jualannya")."""
    # chat Indonesian writes a doubled word with a "2" ("kecil2an" = kecil-kecilan, "kue2"): read its base
    words = [_REDUP.sub(r"\1", w) for w in re.split(r"[\s&'-]+", name.lower()) if w]
    # "Kopi Kita", "Dapur Kita", "Toko Kami": a trade word made the owner's with a capitalised pronoun is a coined name
    if len(words) >= 2 and name.split()[-1] in ("Kita", "Kami"):
        return False
    # a word after an honorific is a person's name, whatever else it means ("Warung Sate Pak Min", "Soto Mbok Sis")
    if any(a in HONORIFICS and b not in HONORIFICS and b not in _NOT_A_PERSON for a, b in zip(words, words[1:], strict=False)):
        return False
    return not words or all(_known(w) or any(w.endswith(x) and len(w) > len(x) + 2 and _known(w[:-len(x)])
                                             for x in ("nya", "an", "kan")) for w in words)


# A lower-case trade right before a name ("toko bangunan Sumber Rejeki Tulungagung", "bengkel Jaya Motor Pati"):
# the owner is saying where the business is, as "di" would. A name given as a name ("nama toko Gudang iPhone
# Bekasi", "We are Clean Sweep Bali", "Rattan House Cirebon manufactures…") keeps its town: it is how the owner
# wrote the name.
_TRADE_BEFORE = regrouped(r"(?<!nama )(?<!namanya )(?<!name )(?<!called )(?<!named )\b(?:toko|warung|bengkel|"
                          r"percetakan|usaha|jasa|kedai|depot|toko bangunan|toko kue|toko roti|rumah makan|apotek|"
                          r"salon|laundry|konveksi|katering|catering|penitipan anak|wedding organizer|studio)\s+$")


def _town_next(text: str, e: int) -> bool:
    """Does a known town follow right after ``e``, with or without a comma ("… Cangkringan Sleman", "…, Padang")?"""
    m = re.match(r"\s*,?\s*((?:[A-Za-z]+\s*){1,3})", text[e:e + 40])
    if not m:
        return False
    words = m.group(1).lower().split()
    return any(" ".join(words[:k]) in PLACES for k in (3, 2, 1) if len(words) >= k)


def _smaller_place(text: str, name: str, s: int, e: int) -> bool:
    """A guessed name said after a place preposition, naming nothing a business is called by, and followed (or
    closed) by a known town, is a smaller place of that town: a district, a quarter, a market ("kolam di Cangkringan
    Sleman", "lapak di Pasa Raya Padang", "in Sidemen, Karangasem"). A name with a trade or business word in it
    ("di Tanah Liat Studio Jakarta", "di Sekolah Musik Sonata Toba"), and so is a coined one ("di KopiKita Depok")."""
    if not _PLACE_PREP.search(text, max(0, s - 12), s):
        return False
    words = [w.lower().strip(".,'") for w in name.split()]
    if not words or _BUSINESS_SHAPED.match(name) or re.search(r"[a-z][A-Z]|\.[a-z]{2,4}$", name) or any(
            w in GENERIC_WORDS or w in _SUFFIXES or w in HONORIFICS or w in NOT_NAME_WORDS for w in words):
        return False
    closed = len(words) >= 2 and any(" ".join(words[-k:]) in PLACES for k in (2, 1) if len(words) > k)
    return closed or _town_next(text, e)


def cut_trailing_place(name: str) -> str:
    """The name without a town closing it: "Sumber Rejeki Tulungagung" → "Sumber Rejeki". The town stays when
    what is left would not name the business by itself: one word ("Soto Kudus"), only trade words ("Nasi
    Goreng Surabaya"), a number ("SMK Negeri 1 Malang") or another place ("Kopi Aceh Gayo")."""
    words = name.split(" ")
    for k in (3, 2, 1):
        if len(words) - k < 2 or " ".join(words[-k:]).lower().strip(".,") not in PLACES:
            continue
        rest = words[:-k]
        last = rest[-1].lower()
        if any(ch.isdigit() for ch in last) or last in PLACES or last in _CONNECT or last in PARTICLES \
                or not all(w[:1].isupper() or not w[:1].isalpha() for w in words[-k:]) or is_generic(" ".join(rest)):
            return name
        return " ".join(rest)
    return name


# What a bare "merk"/"brand" names when it is not the business: the goods' makers ("merk KYT INK NHK ori semua",
# "brand Wardah, Emina") said as genuine, imported or several; and "brand" as the first half of a service
# ("brand identity", "brand strategy", "brand activation").
_GENUINE_AFTER = regrouped(r"(?i)\s*(?:[,/]\s*\w|(?:&|dan|and|atau|or)\s+[A-Z]|(?:ori|original|asli|resmi|authentic|"
                           r"genuine|import|impor|bergaransi|100\s*%)\b)")
_BRAND_SERVICE = frozenset("""
identity identities strategy strategi guideline guidelines guide book activation aktivasi awareness building
positioning story storytelling voice design desain kit kits deck naming audit consulting konsultan ambassador dagang
ambassadors deal deals collab collaboration kolaborasi partnership lokal local ternama terkenal luar import
""".split())


def _makers_listed(text: str, e: int) -> bool:
    """In a brief without case: the name after "merk" goes on as a list of makers ("MERK KYT, INK, NHK ORI") when
    "ori"/"asli" or another maker follows, and the next two items are short and hold no measure or price."""
    if _GENUINE_AFTER.match(text, e) and not re.match(r"\s*[,/]", text[e:]):
        return True  # "MERK KYT & INK", "MERK KYT ORI"
    items = re.split(r"\s*,\s*", re.split(r"[.;!?\n]", text[e:], maxsplit=1)[0])[1:3]
    if not items or not items[0]:
        return False
    return all(i and len(i.split()) <= 3 and not re.search(r"\d", i) for i in items) or (
        len(items) == 1 and len(items[0].split()) <= 3 and not re.search(r"\d", items[0]))


def carried_goods(text: str, lower: str, name: str, s: int, e: int) -> bool:
    """Is the name read after a bare "merk"/"brand" the goods carried or a service rather than the business?"""
    words = name.split()
    if words[0].lower() in _BRAND_SERVICE:
        return True
    if text.isupper():  # "KERIPIK TEMPE MERK DUA PUTRI, RENYAH, 200GR": an ALL CAPS brief says nothing by case
        return _makers_listed(text, e)
    acronyms = sum(1 for w in words if w.isupper() and w.isalpha() and len(w) <= 6)
    if len(words) >= 2 and acronyms == len(words):  # several makers in capitals, side by side
        return True
    after = _GENUINE_AFTER.match(text, e)
    if after and not after.group(0)[-1:].isupper() and after.group(0).lstrip()[:1] in ",/" \
            and name != name.lower() and name != name.upper():
        return False  # "merk Aren Mas, botol 500ml": a cased name, then the brief goes on uncapitalised; no list of makers
    return bool(after)


def finish_name(name: str) -> str:
    """The name as the page shows it: spaces and quotes tidied, an all-lower-case name title-cased."""
    name = " ".join(name.replace("\u2019", "'").split()).strip(" -:,.'\"")
    if not name:
        return name
    if name == name.lower():
        # a title keeps its case: "klinik hewan drh. wulan" → "Klinik Hewan drh. Wulan"
        # ... and a maker signed inside it keeps a lower-case "by": "sweet crumbs by lia" → "Sweet Crumbs by Lia"
        name = " ".join(w if keeps_case(w) or (w == "by" and 0 < i < len(name.split(" ")) - 1) else title_case(w)
                        for i, w in enumerate(name.split(" ")))
    else:
        words = name.split(" ")
        # a lower-case business noun in front of a capitalised name: "warung Bu Sri" → "Warung Bu Sri"; a title
        # keeps the case it is written in ("Klinik Gigi drg. Ratna", "dr. Budi Santoso")
        for i, w in enumerate(words):
            if w[:1].islower() and not keeps_case(w) and (
                    i == 0 or (w not in _CONNECT and w not in PARTICLES and w not in _WITH_WORDS)):
                words[i] = w[:1].upper() + w[1:]
        name = " ".join(words)
    if len(name) > 50:
        name = name[:50].rsplit(" ", 1)[0]
    return name


_A_LETTER = re.compile(r"[^\W\d_]")
_INNER_PARTICLE = re.compile(r"\S\s(?:di|in|on|at|de)\s[A-Z]")


_PARTS = re.compile(r"\s*(?:&|,|/|\band\b|\bdan\b)\s*")


def _weak_guess_ok(text: str, name: str, s: int, prio: int) -> bool:
    """A capitalised run found by no cue (a guess from the brief's shape) is no name when it is only a model code,
    a measure ("4-week"), a lone acronym, a word the business uses ("via Zoom", "in Figma"), or made of nothing
    but verbs and places ("Kirim Jabodetabek", "Bekasi & Jakarta Timur")."""
    words = [w for w in _NAME_SPLIT.split(name) if w and w.lower() not in ("and", "dan")]
    if not words or prio >= 11:  # a lone acronym read from nowhere ("AB mix", "pakai L300") names nothing
        return False
    if len(words) == 1:
        word = words[0]
        if _MODEL_CODE.fullmatch(word) or word.lower() in SHORT_GOODS or word == word.lower():
            return False  # "L300", "AC", "4-week": a model, goods, a measure
        coined = bool(re.search(r"[a-z][A-Z]|\.[a-z]{2,4}$", word))
        if not coined and _OBJECT_BEFORE.search(text, max(0, s - 12), s):
            return False
    if land_named(name) and _OBJECT_BEFORE.search(text, max(0, s - 12), s):
        return False  # "Hello from Flores Island": where the greeting comes from
    parts = [p for p in _PARTS.split(name.lower()) if p]
    return not all(p in PLACES or all(w in VERB or w in PLACES for w in p.split()) for p in parts)


def _only_places(words: list[str]) -> bool:
    """Do the words split wholly into places the gazetteer knows ("medan binjai deli serdang")?"""
    if not words:
        return True
    return any(" ".join(words[:k]) in PLACES and _only_places(words[k:]) for k in (3, 2, 1) if len(words) >= k)


# A business noun and a number the owner gave it: "Toko 88", "Warung 99", "Apotek 17 Sehat" (not "Kamar 2", "Warung 24
# jam": a count, an hour or a measure follows the number)
_NUMBERED = regrouped(r"(?i)" + _PREFIX + r"(?:\s+[^\W\d_]+)?\s+\d{2,4}\b")
_COUNTED_NEXT = regrouped(r"(?i)\s*(?:jam|hari|hr|km|lantai|lt|kamar|menit|mnt|rb|ribu|k|cabang|tahun|thn|th|orang|org|porsi|pcs|"
                          r"kg|gr|gram|jenis|macam|meter|m|unit|tusuk|item|varian|menu|x|%|hours?|days?|rooms?|years?)\b")


def _numbered(text: str, name: str, e: int) -> bool:
    """Is the name a business noun and the number it goes by ("Toko 88"), not a count or an hour after the noun?"""
    m = _NUMBERED.match(name)
    return bool(m) and not _COUNTED_NEXT.match(name if m.end() < len(name) else text, m.end() if m.end() < len(name) else e)


# A shop's own noun opening a name read where a place stands: "HP bekas di Konter Cahaya Cell", "di Toko Sumber Rejeki":
# the brief says at which business, not in which town.
_PREMISES = regrouped(r"(?i)(?:toko|warung|warkop|kedai|konter|counter|kios|lapak|bengkel|apotek|salon|butik|depot|klinik|"
                      r"optik|rumah\s+makan|laundry)\s+\S")


# The landmarks and streets a town's stalls are found by: a capitalised run opening with one names a place.
_LANDMARK = regrouped(r"(?i)(?:pasar|terminal|stasiun|alun-alun|bandara|pelabuhan|kampus|ruko|jl|jln|jalan|gang|gg|komplek|"
                      r"kompleks|perum|perumahan|blok|puskesmas|universitas)\b\.?\s+\S")

_AT_LANDMARK = regrouped(r"(?i)\b(?:di|dalam|depan|dekat|deket|dkt|sebelah|seberang|belakang|samping|near|at|in|opposite|"
                         r"behind|next\s+to)\s+$")


_TRADE_WORD_SET = frozenset(w for k in KEYWORDS for w in k.split())
# A greeting word, a school's level or an English title capitalised right before a name, after a sentence's start or a
# comma (never the brief's opening greeting: "Horas! we are …", "Namaste, …").
_LEAD_WORD = regrouped(r"(?:(?<=[.,;:!?—–])\s+|(?<=\s[-—–])\s+|^)((?:Namaste|Horas|Swastiastu|Sampurasun|Punten|Tabik|Shalom|"
                       r"Syalom|Aloha)\s|(?:SD|SMP|SMA|SMK|MTs)\s|^(?:SD|SMP|SMA|SMK|MTs)\s|(?:Mr|Mrs|Ms)\.\s?)$")
_KITCHENS = frozenset("dapur warung toko kedai rumah griya pawon omah depot".split())
_TRAILING_SIZE = regrouped(r"\s+\d+(?:[.,]\d+)?\s?(?:gr|g|gram|kg|ml|ltr|liter|pcs)$")


# A listing's title: what is sold and its size, a dash, and a cry ("Sambal Teri Bu Sumi 200gr - Gurih Pol!",
# "Hijab Voal 115cm - Adem!!"): the words after the dash praise the goods, they name no one.
_MEASURE_DASH = regrouped(r"(?i)\d+(?:[.,]\d+)?\s*(?:gr|g|gram|kg|ml|l|ltr|liter|cm|mm|m|pcs|pc|pack|pak|botol|btl|pax|porsi|"
                          r"biji|lembar|lbr|yard|x\d+)\s*[-—–]\s*$")
_CRY_AFTER = regrouped(r"\s*!")


def praised_after_title(text: str, s: int, e: int) -> bool:
    """Is text[s:e] the cry after a listing's title and size ("… 150gr - Pedas Nampol!!"), not a name?"""
    return bool(_CRY_AFTER.match(text, e)) and bool(_MEASURE_DASH.search(text, max(0, s - 20), s))


# "I'm Sari from Sari's Batik Corner", "saya Rudi dari Rudi Jaya Elektronik": where the owner is "from" is the
# business when it bears their own name or ends on a trade's title, not a town.
_INTRODUCED_FROM = regrouped(r"(?i)\b(?:i'm|i\s+am|saya|sy|aku|this\s+is)\s+([A-Z][\w'-]+)\s+(?:from|dari)\s+$")


def _own_from(text: str, name: str, s: int) -> bool:
    m = _INTRODUCED_FROM.search(text, max(0, s - 40), s)
    if not m:
        return False
    words = name.split()
    return len(words) >= 2 and (words[0].lower().removesuffix("'s") == m.group(1).lower()
                                or words[-1].lower() in _SUFFIXES)


_DENIED = regrouped(r"(?i)(?:\s+[a-z]+)?\s*\?+\s*(?:bukan|not|no|nope)\b")


def vet_candidate(text: str, lower: str, skip: Sequence[tuple[int, int]], prio: int, name: str, s: int, e: int,
                  allow_generic: bool) -> tuple[str, int, int] | None:
    """The candidate ``name`` at ``text[s:e]`` (found by a rule of priority ``prio``) cleaned, with its span, or
    None when it is no name. ``skip`` holds spans (locations) that cannot be names."""
    if goods_title(text, s, e):
        return None  # "RAKIT PC CUSTOM ⚡ Pixel Rakit Lubuklinggau": a bio's title over the shop's name
    trail = _TRAILING_PLACE.search(name)
    if trail and trail.start() > 0:  # "Karang Taruna Bina Remaja Desa Ngargosari": the village is not the name
        name, e = name[:trail.start()], s + trail.start()
    words = name.split(" ")
    headed = len(words) >= 2 and (words[0].lower() in _HEADING_OPENERS or bool(_HEADING_PAIRS.match(name))) \
        and text[s:e] == name
    if headed:
        # "OPEN PO Kue Kering Natal!": the heading's words go, and what is left must be a name on its own
        lead = next((i for i, w in enumerate(words) if w.lower() not in _ANNOUNCEMENT), len(words))
        tail = next((i for i in range(len(words), lead, -1) if words[i - 1].lower() not in _ANNOUNCEMENT), lead)
        if tail <= lead:
            return None
        cut = len(" ".join(words[:lead])) + 1
        name, s, e = " ".join(words[lead:tail]), s + cut, s + cut + len(" ".join(words[lead:tail]))
    size = _TRAILING_SIZE.search(name)
    if size and size.start() > 0 and text[s:e] == name:
        # a listing's title, "Sambal Cumi Bu Sumi Magelang 200gr": the size is the goods'; what is sold is said
        # before whose it is, and the maker a title names goes by the honorific and the name
        name, e = name[:size.start()], s + size.start()
        words = name.split(" ")
        at = next((i for i, w in enumerate(words) if i > 0 and w.lower() in HONORIFICS), 0)
        if at >= 2 and words[at - 1].lower() in _KITCHENS:
            at -= 1  # "Sambal Cumi Dapur Mak Inah 150gr": the kitchen is the maker's
        if at and at < len(words) - 1:
            cut = len(" ".join(words[:at])) + 1
            name, s = name[cut:], s + cut
    if (trimmed := edged(text, name, s, e)) is None:
        return None  # "Register by WA": how to reach the business (brand_edges.py)
    name, s, e = trimmed  # "Katalog WA Business Servis HP …", "Program Kelas …", "… Trip by Bang Usman"
    lead = _LEAD_WORD.search(text, max(0, s - 16), s)
    if lead and text[s:e] == name and name[:1].isupper():
        # "… tiap hari. Namaste Lombok Yoga, drop-in 100k", "SD Islam Terpadu …", "Mr. Bean Coffee": the word the
        # name reader leaves out (a greeting, a school's level, a title) opens the name when the owner wrote it so
        name, s = text[lead.start(1):e], lead.start(1)
    name = finish_name(name)
    if (bare := without_badge(name)) != name:  # "Hijab Nadira Official Store": the marketplace's badge is not the name
        name, e = bare, s + len(bare)
    short = cut_trailing_place(name) if _TRADE_BEFORE.search(lower[max(0, s - 30):s]) else name
    if short != name:  # "toko bangunan Sumber Rejeki Tulungagung jual semen": the trade, the name, the town
        name, e = short, s + len(short) if text[s:s + len(short)] == short else e
    poss = _POSSESSIVE_LEAD.match(name)
    if poss and poss.end() < len(name):  # "Tokonya Hana Syar'i": the possessive noun is not the name
        name, s = name[poss.end():], s + (text[s:e].find(name[poss.end():].split()[0]) if text[s:e].find(
            name[poss.end():].split()[0]) >= 0 else 0)
    if len(name) < 2 or not _A_LETTER.search(name) or number_shaped(name) or BODY_ONLY.fullmatch(name):
        return None
    if hidden_by_form(text, name, s, prio):
        return None  # "Download di Play Store", "dekat Tiban Center" (brand_forms.py)
    if letter_formula(text, name, s):
        return None  # "Kepada Yth. Tim …", "Perihal: …": a letter's frame
    if _DEGREE_ALONE.fullmatch(name.strip(" ,")):
        return None  # "apt. Sari, S.Farm": the degree after a name is no name by itself
    if prio >= 4 and (is_schedule(name) or is_vehicle(name)):
        return None  # "Praktek Senin-Sabtu" says when; "with Toyota Innova" is what the rental drives
    if name.lower().strip(" .,") in PLACES and _PLACE_PREP.search(text[max(0, s - 12):s]):
        return None  # "… at our studio in Canggu": the place it is in, not the name
    if _JOINED_ON.match(name):  # "papan nama toko & signage…": a cue word inside a list, not a name after it
        return None
    if kin_named(text, s, name) or customer_named(text, s, name) or go_between_named(text, s, name) \
            or couple_named(text, s, e, name):
        return None  # "anaknya Bu Yati", "buat Dek Raffa", "admin grup X": a parent, a customer, the writer's group
    if " " in name and _only_places(name.lower().split()):
        return None  # "Wilayah: Medan Binjai Deli Serdang": places listed without commas are where, not who
    if " " not in name and name.lower() in _DEMONYMS:
        return None  # "Balinese", "Javanese": how a cuisine or style is described, not a name
    if prio >= 5 and _TITLE_JUST_BEFORE.search(text, max(0, s - 6), s):
        return None  # "apt. Sari Dewi.": a titled person's name standing alone is read with the title, or not at all
    if " " not in name and name.lower() in _VOUCHED:
        return None  # "Licensed since 2004, …": what vouches for the business, said first, is no name
    if is_season(name):
        return None  # "buka Des-Feb aja": a season says when, not who
    if all(w in _ANNOUNCEMENT or _DAYS_BEFORE.fullmatch(w) or is_season(w) for w in name.lower().split()):
        return None  # "PRE ORDER LEBARAN 🌙\n…\nDapur Bunda Rara": the post's heading, not the name it is signed with
    if len(name.split()) >= 2 and name.split()[0].lower() in _AREA_OPENERS:
        return None  # "Area Tangerang Kota & BSD, jasa bersih rumah": where it works, said first, is no name
    if prio >= 4 and _CONTACT_PERSON.search(text[max(0, s - 30):s]):
        return None  # "hub 0812-2500-6060 (Pak Anton)": the person to call, not the business
    if prio >= 4 and _SCHOOLED_AT.search(text, max(0, s - 25), s):
        return None  # "guru lulusan ISI": where the teacher studied
    if prio >= 4 and praised_after_title(text, s, e):
        return None
    if prio >= 4 and (price_line(text, e) or worked_at_before(text, s)):
        return None  # "DTF A4 ........ 25rb", "dulu kerja di WO Gemilang": a line of a price list, a former workplace
    if _DENIED.match(text, e):
        return None  # "Mie Gacoan? bukan, ini Mie Setan Mas Dodi": a name asked about and denied is not the owner's
    if prio >= 7 and not _weak_guess_ok(text, name, s, prio):
        return None
    if prio >= 7 and _LANDMARK.match(name) and _AT_LANDMARK.search(text, max(0, s - 12), s):
        return None  # "jual bakso frozen di depan Pasar Cisalak": a landmark it is found by, guessed as a name, is where

    inner_particle = bool(_INNER_PARTICLE.search(name))  # "Jazz di Kebun"
    if headed and all(w in _TRADE_WORD_SET or _known(w) for w in name.lower().split()):
        return None  # "OPEN PO Kue Kering Natal": with the heading gone, only the goods are left
    if not allow_generic and not inner_particle and is_generic(name) and not _numbered(text, name, e):
        return None
    for a, b in skip:
        if a <= s and e <= b and prio >= 4 and not _PREMISES.match(name) and not _own_from(text, name, s) \
                and not trade_named(name, _TRADE_WORD_SET):
            return None
        if s < a < e <= b and not inner_particle and not placed_after(text, e) and not town_in_name(text, s, a, b, e):
            # "Tanah Liat Studio Jakarta Selatan" after "di": the place is not the name; but in "Sekolah Musik
            # Sonata Toba, Medan Johor" the town follows the name, and the place word inside it is the name's
            cut = re.sub(r"(?i)[\s,]*\b(?:di|in|at)?\s*$", "", text[s:a])
            if len(cut) < 2:
                return None
            name, e = finish_name(cut), s + len(cut)
    if prio >= 7 and _smaller_place(text, name, s, e):
        return None  # "kolam di Cangkringan Sleman": where the pond is, not the name of an unnamed business
    if prio >= 3 and (_WHERE_CUE.search(lower, max(0, s - 25), s) or (
            _PLACE_PREP.search(lower, max(0, s - 12), s) and name.split()[0].lower() in LOC_NOUNS)):
        return None  # "lokasi Mall Mangga Dua lt 3", "di Ruko Sentra Niaga": where the business is, not its name
    if prio >= 7 and _PERSON_BEFORE.search(lower[max(0, s - 20):s]) and not _BUSINESS_SHAPED.match(name):
        return None  # "ini Budi" is a person; "Ini Kedai Teh Kita" is a shop
    if prio >= 4 and side_by_side(text, s, e):
        return None  # "dashboard Power BI / Looker Studio": the tools it works with, not its name
    if prio >= 4 and asked(text, s, e):
        return None  # "usaha kakak blm muncul di google maps?": what the brief asks its reader names no one
    if text[e:e + 1] == "." and name.split()[-1].lower() in _DOT_ABBR:
        name, e = name + ".", e + 1  # "Akar Jamu Co.", "Frame by Frame Co."
    if text[e:e + 1] == "," and (deg := _DEGREES.match(text, e)):
        name, e = name + text[e:deg.end()].rstrip(), e + len(text[e:deg.end()].rstrip())
    return name, s, e
