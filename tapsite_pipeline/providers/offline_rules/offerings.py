"""What the business offers, read from the structure of the brief rather than from single keywords.

Lists after an offer verb or marker ("jual nastar, kastengel", "menu: …", "we do logos, packaging and …")
and bare comma lists ("creambath, potong rambut") come first; only when there are none does the business's
self-description stand in ("usaha minuman boba" → "minuman boba"). Every candidate goes through the role
lexicon (roles.py): audiences, features, places, categories, verbs and qualifiers are never offerings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .colors import is_color
from .lexicon import KEYWORDS
from .places import PLACES
from .roles import (
    _VARIANT_HEADS,
    AGENT,
    AUDIENCE,
    CATEGORY,
    FEATURE,
    OCCASION,
    PLACE,
    PROVIDER,
    QUALIFIER,
    VERB,
    is_offering,
)

MASK = "\x00"
# Words naming the premises or the trade itself; at a phrase's head they make it a self-description
# ("warung bakso", "juice bar", "retreat organizer"), whose other words are the offering.
VENUE = frozenset("""
toko shop store warung kedai kios lapak stall bar place salon studio bengkel klinik clinic resto restoran restaurant
cafe kafe boutique butik gerai outlet house kitchen dapur rumah center centre hub counter konter depot usaha bisnis
kebun farm ladang gym dojo
business jasa layanan service services company perusahaan brand merek label olshop
""".split()) | PROVIDER
# For software and web businesses, websites and apps are what is sold.
TECH_WORDS = frozenset("website websites web landing page pages halaman aplikasi app apps software sistem system "
                       "systems platform toko online e-commerce ecommerce".split())

# Offer verbs and markers; what follows them (up to a clause word) is a list of offerings.
_TRIGGER = re.compile(
    r"\b(?:jual|jualan|jualin|menjual|berjualan|dagang|berdagang|sedia|menyediakan|nyediain|tersedia|produksi|"
    r"memproduksi|spesialis|melayani|layani|terima|menerima|sajikan|menyajikan|sajian|racik|meracik|jual\s+beli|"
    r"menyewakan|disewakan|sewakan|rent\s+out|manufactures?|produces?|makes|crafts|designs|creates|offers|"
    r"mengembangkan|develops?|berisi|meliputi|menyelenggarakan|selenggarakan|mengadakan|adakan|"
    r"menunya|produknya|layanannya|jualannya|jualanku|dagangannya|isinya|armada|varian|variannya|"
    r"menawarkan|tawarkan|grosir|supplier|distributor|agen|reseller|stok|stock|stocking|"
    r"specializing\s+in|specialising\s+in|specialize\s+in|specialise\s+in|specialists?\s+in|selling|sell|sells|"
    r"offering|offer|offers|provide|provides|providing|serving|serve|serves|supply|supplies|supplying|"
    r"we\s+do|we\s+make|i\s+make|we\s+bake|i\s+bake|we\s+brew|we\s+roast|we\s+stock|we\s+carry|we\s+grow|"
    r"we\s+teach|i\s+teach|we\s+run|we\s+fix|we\s+repair|we\s+rent|we\s+sew|we\s+cook|we\s+print|we\s+build|"
    r"we\s+design|we\s+shoot|we\s+offer|roasting|baking|brewing|making|growing|teaching|doing|runs|running|"
    r"organizing|organising|organize|organise|hosts|building|we\s+build|i\s+build|builds|"
    r"mostly|mainly|featuring|including|such\s+as|like|"
    r"kami\s+(?:buat|bikin|jual|sediakan|kerjakan|ajarkan)|mengerjakan|ngerjain|bikin|membuat|"
    r"mengajar|ngajar|mengajarkan|budidaya|membudidayakan|menanam|ternak|beternak|"
    r"(?:produk|menu|layanan|paket|pilihan|isinya|armada)(?:nya)?(?:\s+(?:kami|saya|utama|andalan))?"
    r"\s+(?:ada|adalah|yaitu|yakni|berupa|meliputi|antara\s+lain|seperti)|"
    r"ada|punya|seperti|antara\s+lain|yaitu|yakni|berupa|meliputi|mulai\s+dari|kayak|termasuk|"
    r"praktek|praktik|treatment|perawatan|layanan|jasa|menu|produk|paket)\b\s*")

_WEAK_TRIGGERS = frozenset("ada punya like buat bikin membuat layanan jasa menu produk paket treatment perawatan "
                           "doing making seperti kayak praktek praktik".split())
# "sy punya …", "i run a small …": what follows says what the business is.
_SELF_TRIGGER = re.compile(
    r"\b(?:(?:saya|sy|sya|kami|aku|ak|gw|gue|ane)\s+(?:baru\s+)?(?:punya|pnya|buka|membuka|mengelola|adalah|ini)|"
    r"(?:i|we)\s+(?:run|own|have|manage|operate|are|am)|i'm|we're|im|"
    r"(?:saya|sy|sya|kami|aku|gw|gue|ane|i|we)(?=\s+(?:seorang\s+|a\s+|an\s+)?(?:" + "|".join(sorted(VENUE)) + r")\b))"
    r"\b\s*(?:an?\s+|seorang\s+)?")
# "Peranakan dishes like lumpia, …": the words before "like" name the kind, the list names the offerings.
_EXAMPLES = frozenset("seperti kayak like such as including termasuk antara lain mostly mainly yaitu yakni berupa "
                      "meliputi".split())
# A label before a colon that only names a kind ("Produk", "Packages", "menu kami").
_LABEL_ONLY = re.compile(r"(?:produk|menu|layanan|jasa|paket|pilihan|koleksi|varian|isinya|isi|armada|program|kelas|"
                         r"products?|services?|packages?|menu\s+items|classes|courses|programs?|programmes?|"
                         r"treatments?|range)(?:nya)?(?:\s+(?:kami|saya|kita|utama|andalan|our|we\s+offer))?", re.I)

# Where a list of offerings ends: prepositions and clause words ("… di Bandung", "… untuk kantor").
_ITEM_STOP = frozenset("""
di in at on untuk utk bwt bagi for dengan dgn with yang yg which that who whose sejak since warna color colour
mau ingin pengen pingin tolong please namanya nama bisa pesan order via lewat harga mulai target tapi
tp but karena krn because located based kami saya aku gw gue i we my our is are was were nuansa tema buka setiap
tiap every tersedia available sudah udah sdh telah ke kirim antar delivery free gratis kalau kalo klo biar supaya
agar mohon butuh need needs want wants cocok hubungi contact called named bernama juga jg from dari colors colours
theme vibe vibes look pesen psn orderan style gaya desain please pls merek merk brand brandnya mereknya nmanya
level so then lalu terus trus jadi jd khusus especially aimed by oleh per only cuma hanya sekali lagi ya yaa dong
sih nih kak gan sis min loh lho deh kok is area wilayah daerah sekitar around near dekat across seluruh all
made inspired namaku name my inspirasi berbahan from dibuat asal nma nm sy gk ga gak nggak blm belum khas beli
mirip similar harus wajib should must buat semua semuanya everything all dkt deket anywhere everywhere
""".split()) - {"desain"}
# Passive verbs end an item: "… bolu pandan, semua dibikin subuh".
_PASSIVE = re.compile(r"di(?:bikin|buat|jual|kirim|antar|pesan|masak|panggang|olah|goreng|proses|produksi|jamin|cek|"
                      r"jahit|cuci|kerjakan|siapkan|sajikan|racik|import|impor|awasi|dampingi|akui|kelola|dukung|"
                      r"percaya|sertifikasi|bina|naungi)\w*|terdaftar|berbadan|bersertifikat")
_REQUEST = re.compile(
    r"\b(?:mau|ingin|pengen|pengennya|pingin|pgn|tolong|mohon|butuh|perlu|minta|memerlukan|membutuhkan|"
    r"need|needs|want|wants|would\s+like|looking\s+for|please|pls|plz|include|tampilkan|tampilin|cantumkan|"
    r"sertakan|bikinin|buatkan|buatin|dibuatkan|show|could|can\s+you|website|web|landing\s+page|halaman|situs|"
    r"tombol|button|link|webnya|websitenya|halamannya)\b")
_OFFER_AFTER_REQUEST = re.compile(
    r"\s*(?:(?:bisa|untuk|utk|buat|bwt)\s+)?(?:jual|jualan|menjual|berjualan|buka\s+usaha|usaha|bikin\s+(?!web|website|"
    r"landing|halaman|situs|page|tombol|form)|sell|selling|to\s+sell|offer)\b")
_LEAD = re.compile(
    r"^(?:\d[\d.,]*\s*(?:(?:to|sampai|-)\s*\d[\d.,]*\s*)?(?:kva|kw|watt|gb|tb|mbps|inci|inch|liter|ml|kg|gram|gr)\b|"
    r"aneka|berbagai(?:\s+macam)?|macam[\s-]+macam|macam|bermacam[\s-]+macam|various|all\s+kinds\s+of|"
    r"kinds\s+of|some|a|an|the|juga|jg|also|and|dan|serta|sama|sm|ada|yaitu|seperti|antara\s+lain|mulai\s+dari|"
    r"jasa|layanan|produk|berupa|or|atau|plus|hingga|sampai|our|my|menyediakan|jual|menjual|jualan|terima|"
    r"menerima|melayani|mostly|mainly|authentic|curated|local|lokal|fresh|segar|homemade|home\s+made|"
    r"kami|saya|gw|gue|aku|we|i|isinya|bisa|bs|can|also\s+do|do|dr|dari|resmi|official|authorized|authorised|"
    r"pembuatan|membuat|bikin|bikinin|andalan|favorit|unggulan|spesial|special|termasuk|including|sekalian|sekarang|"
    r"(?:me|mem|men|meng|meny|menge)[a-z]{2,}kan)\b\s*(?=\S)")
_TRAIL = re.compile(
    r"\s*\b(?:enak|murah|lezat|juga|jg|aja|saja|dll|dsb|etc|lainnya|lain-lain|lain\s+lain|and\s+more|dan\s+lainnya|"
    r"dan\s+lain-lain|dkk|nya|yang|yg|kekinian|terbaik|best|too|as\s+well|banget|bgt|berkualitas|so|ya|yaa|"
    r"dong|kak|in\s+cups|per\s+\w+|grosir|ecer|eceran|satuan|lusinan|panggilan|home\s+service|on\s+call|"
    r"profesional|professional|murah\s+meriah|terpercaya|berpengalaman|bersertifikat|certified|"
    r"ukuran|size|berbasis|based|"
    # how much comes in one, said after the name: "dimsum frozen isi 10", "kopi literan 1 liter", "madu botolan"
    r"isi\s+\d+|\d+[\d.,]*\s*(?:liter|ltr|ml|gr|gram|kg|pcs|pc|biji|lembar)|botolan)$")
_INCLUDED = re.compile(r"\b(?:included|includes|include|incl|termasuk|sudah\s+termasuk)$")
_SPLIT = re.compile(r"\s*(?:,|&|/|\+|;|\band\b|\bdan\b|\bserta\b|\bsama\b|\bsm\b|\bama\b|\batau\b|\bor\b|"
                    r"\bplus\b|\bjuga\b|\bjg\b|\balso\b|\bmaupun\b|\bhingga\b|\bsampai\b|\bbeserta\b|\bberikut\b|"
                    r"\balong\s+with\b|\btogether\s+with\b)\s*")
_WORDS = re.compile(r"[a-z0-9][a-z0-9'.-]*")
# Self-descriptions that name what the business is: "usaha minuman boba", "toko mainan", "juice bar".
_SELF_LEAD = re.compile(
    r"^(?:(?:kami|saya|sya|sy|aku|ak|gw|gue|we|i|my|our)\s+(?:adalah\s+|are\s+|am\s+|punya\s+|run\s+|have\s+|a\s+|an\s+)*)?"
    r"(?:(?:punya|pnya|pny|buka|membuka|baru\s+buka|usaha|bisnis|jualan|dagang|toko|warung|kedai|lapak|olshop|gerai|kios|"
    r"konter|counter|depot|outlet|grosir|reseller|distributor|agen|supplier|jasa|layanan|spesialis|tukang|"
    r"produsen|home\s+industry|industri\s+rumahan|a|an|small|kecil|family|keluarga)\s+)+")
_SELF_TRAIL = re.compile(
    r"\s+(?:shop|store|bar|place|stall|business|brand|company|studio|boutique|house|kitchen|cafe|online|"
    r"rumahan|kecil|kecil-kecilan|keluarga|kekinian|sederhana|service|services|specialist|center|centre)$")


def _occasion_for(item: str, lower: str) -> bool:
    """"DJ for weddings, corporate events and beach clubs": occasions after "for"/"untuk" say when the
    offering is used; "organizing graduation parties" names what is sold."""
    words = item.split()
    if not words or words[-1] not in OCCASION and words[0] not in OCCASION:
        return False
    return bool(re.search(r"\b(?:for|untuk|utk|buat|bwt|bagi)\s+(?:[\w'&-]+,?\s+){0,6}?" + re.escape(item) + r"\b", lower))


def _most_specific(items: list[str]) -> list[str]:
    """"lele" beside "lele konsumsi", "jahit" beside "jahit kebaya wisuda": the bare word repeats an offering
    the list names more precisely, so only the precise ones are kept."""
    sets = [set(i.split()) for i in items]
    return [it for k, it in enumerate(items)
            if not any(j != k and sets[k] < sets[j] for j in range(len(items)))]


# How goods are packed or kept: "sambal botol", "kopi literan", "frozen dimsum". Beside its kinds
# ("sambal bawang", "sambal ijo") such a phrase names the range, not one more product.
_FORM = frozenset("""
botol botolan kemasan toples jar jars pouch sachet saset kaleng literan curah frozen beku kiloan instan bottled
jarred canned packaged
""".split())


_GOODS_TYPES = frozenset({"food_and_beverage", "retail"})  # "ilustrasi kemasan" is a drawing, not packed goods


def _drop_ranges(items: list[str]) -> list[str]:
    """"sambal botol, sambal bawang, sambal ijo" → the two kinds; "sambal botol" alone stays the offering."""
    out = []
    for it in items:
        words = it.split()
        rest = [w for w in words if w not in _FORM]
        if len(rest) == 1 and len(words) > 1 and KEYWORDS.get(rest[0], ("",))[0] in _GOODS_TYPES:
            kinds = [o for o in items if o != it and o.split()[0] == rest[0] and not set(o.split()[1:]) & _FORM]
            if len(kinds) >= 2:
                continue
        out.append(it)
    return out


def _mask(lower: str, spans: list[tuple[int, int]]) -> str:
    out = list(lower)
    for a, b in spans:
        a, b = max(0, a), min(len(out), b)
        if b > a:
            out[a:b] = MASK * (b - a)
    return "".join(out)


_NOT_HEAD = AUDIENCE | FEATURE | PLACE | VERB
# A price, a percentage or a count is a fact about an offering, never its name: "drop-in 150k", "100% cotton",
# "10-class pack", "masa pelatihan 6 bulan", "sisa 3 kamar", "6 bands". A number closing the name
# ("playstation 5"), giving a size ("tv 43 inci", "tahfidz 30 juz") or a length written as one
# adjective ("3-day beginner retreat", "2-hour city tour") is part of it.
_SPEC_UNITS = r"(?:inci|inch|inches|juz|cm|mm|kva|watt|gb|tb|mbps|mp|megapixel|pintu|seater|tingkat|lantai)"
_COUNTED = re.compile(
    r"(?:\b(?:rp|idr|usd)\.?\s?\d|\d(?:[\d.,]*)\s?(?:k|rb|ribu|jt|juta|million|mio|%)(?![a-z])|^\d+(?:[.,]\d+)?(?:\s|-(?!(?:day|night|week|month|hour|"
    r"year|hari|malam|jam)\b))"
    r"|\b\d+(?:[.,]\d+)?\s+(?!" + _SPEC_UNITS + r"\b)[a-z])")
_LENGTH_LEAD = re.compile(r"\d+(?:[.,]\d+)?-[a-z]+\s+")
# An Indonesian active verb standing alone ("menyewakan", "mengadakan"): what is done, not what is offered.
_VERB_ONLY = re.compile(r"(?:me|mem|men|meng|meny|menge)[a-z]{2,}(?:kan|i)")
# Offerings short enough to look like scraps.
_SHORT_GOODS = frozenset("tv ac hp ps4 ps5 pc kue tas teh jus mie mi es mc dj sim ktp cat ban oli aki spa bbq".split())
_NOT_FIRST = VERB | FEATURE


def _head(words: list[str], lang: str) -> str:
    return words[-1] if lang == "en" and len(words) > 1 else words[0]


def _head_ok(item: str, lang: str, tech: bool) -> bool:
    """The head word names a thing, not a person served, a page feature, a place or an action."""
    words = _WORDS.findall(item)
    if not words:
        return False
    if item in KEYWORDS:  # "putri salju" is a cookie, whatever "putri" means alone
        return True
    head = _head(words, lang)
    if tech and head in TECH_WORDS:
        return True
    if head in _NOT_HEAD and not (len(words) > 1 and head in CATEGORY):
        return False
    if lang == "en":
        return True  # English modifiers come first: "phone cases", "video editing"
    return words[0] not in _NOT_FIRST or (tech and words[0] in TECH_WORDS)


# Indonesian puts the modifier last: "seragam sekolah", "sepatu sekolah" are goods for school, not a school
# that sells them.
_WHOSE = frozenset(["sekolah"])
_PRONOUNS = frozenset("saya sy sya kami aku ak gw gue ane i we my our a an seorang".split())


def split_self(piece: str, lang: str) -> str | None:
    """For a self-description ("warung bakso", "juice bar", "travel umroh", "party planner ulang tahun"),
    the words that say what is offered; None when the piece is not one."""
    words = piece.split()
    while words and words[0] in _PRONOUNS:
        words = words[1:]
    if not words:
        return None
    if words[0] in VENUE:
        return " ".join(words[1:])
    if len(words) >= 3 and words[1] in AGENT:
        return " ".join(words[2:])
    if len(words) >= 2 and words[-1] in VENUE and (lang == "en" or words[-1] in PROVIDER) \
            and not (lang == "id" and words[-1] in _WHOSE):
        return " ".join(words[:-1])
    return None


@lru_cache(maxsize=8192)
def clean_item(item: str) -> str:
    item = item.strip(" -:'\".,")
    for _ in range(4):
        new = _LEAD.sub("", item)
        new = _TRAIL.sub("", new).strip(" -:'\".,")
        new = re.sub(r"(\d)\s+(?:harian|mingguan|bulanan|daily|weekly|monthly)$", r"\1", new)  # "playstation 5 harian"
        if new == item:
            break
        item = new
    return item


@lru_cache(maxsize=8192)
def _until_stop(seg: str) -> str:
    for w in re.finditer(r"[\w'-]+", seg):
        word = w.group(0)
        if word in _ITEM_STOP or re.fullmatch(r"(?:19|20)\d\d", word) or _PASSIVE.fullmatch(word):
            return seg[:w.start()]
    return seg


class _Collector:
    def __init__(self, lang: str, banned: set[str], tech: bool, trace: list | None = None, source: str = ""):
        self.items: list[str] = []
        self.lang, self.banned, self.tech = lang, banned, tech
        self.trace, self.source = trace, source  # every phrase tried, for the learned candidate filter

    def push(self, raw: str) -> bool:
        item = clean_item(raw)
        if self.trace is not None:
            self.trace.append((self.source, item))
        words = item.split()
        if not item or len(item) < 2 or len(words) > 5 or item.isdigit() or MASK in item:
            return False
        if len(item) <= 3 and item not in _SHORT_GOODS:  # "cm", "ios", "kol": scraps, not offerings
            return False
        if _COUNTED.search(item) or _VERB_ONLY.fullmatch(item):  # "drop-in 150k", "6 bands", "menyewakan"
            return False
        if _INCLUDED.search(item):  # "drone included": what a package comes with is a fact, not a card
            return False
        lasts = _LENGTH_LEAD.match(item)
        if lasts and not is_offering(item[lasts.end():]):  # "8-week course": how long the course runs, a fact
            return False
        color = [is_color(w) or is_color(w.rstrip("s")) for w in words]
        colorish = any(color) and all(c or not is_offering(w) for c, w in zip(color, words, strict=True))  # "biru tua"
        if item in self.banned or item in PLACES or colorish or not is_offering(item):
            tech_word = self.tech and any(w in TECH_WORDS for w in words) and (
                len(words) > 1 or item in ("website", "websites", "web"))
            if not tech_word or item in self.banned:
                return False
        if not _head_ok(item, self.lang, self.tech):
            return False
        if item not in self.items:
            self.items.append(item)
        return True


# For a business that builds websites, "web sekolah" after "terima bikin" is what it sells, not a request.
_REQUEST_TECH = re.compile(_REQUEST.pattern.replace(r"website|web|landing\s+page|halaman|situs|", "")
                           .replace(r"|webnya|websitenya|halamannya", ""))


def _offer_parts(clause: str, tech: bool = False) -> list[tuple[int, int]]:
    """Spans of a clause that are not the owner's requests for the page ("mau ada galeri …")."""
    parts, pos = [], 0
    request = _REQUEST_TECH if tech else _REQUEST
    while pos < len(clause):
        m = request.search(clause, pos)
        if not m:
            parts.append((pos, len(clause)))
            break
        if _OFFER_AFTER_REQUEST.match(clause, m.end()):
            parts.append((pos, len(clause)))  # "mau jualan kue": a plan to sell, not a request for the page
            break
        parts.append((pos, m.start()))
        nxt = _TRIGGER.search(clause, m.end())
        while nxt and nxt.group(0).strip() in _WEAK_TRIGGERS | {"show", "like"}:
            nxt = _TRIGGER.search(clause, nxt.end())  # "mau ada galeri": still a request
        if not nxt or re.search(r"\b(?:web|website|halaman|page|landing|situs|tombol|button|form)\b",
                                clause[m.end():nxt.start()]) and not re.search(
                r"\b(?:utk|untuk|buat|bwt|for)\s+$", clause[max(0, nxt.start() - 6):nxt.start()]):
            break
        pos = nxt.start()
    return [(a, b) for a, b in parts if b > a]


def offerings(lower: str, mask_spans: list[tuple[int, int]], lang: str, exclude: list[str],
              seen_keywords: list[str], tech: bool = False, trace: list | None = None) -> list[str]:
    """Up to 10 offerings in the owner's words (lower case), most explicit first. With `trace`, every
    phrase the rules tried is appended to it as (source, phrase): the candidates a learned filter reads."""
    text = _mask(lower, mask_spans)
    if "." in text:  # each substitution below needs its character in the text (most briefs lack some)
        text = re.sub(r"(?<![\w])\.[a-z]{2,4}\b", lambda m: MASK * len(m.group(0)), text)  # ".com", ".id"
    banned = {e.lower() for e in exclude if e}
    listed = _Collector(lang, banned, tech, trace, "listed")
    described = _Collector(lang, banned, tech, trace, "described")
    opening = True
    if "-" in text or "—" in text or "–" in text:  # "Toko X - puzzle, balok": a dash starts a new clause
        text = re.sub(r"\s[-—–]+\s", " " + MASK + " ", text)
    text = _ADMIN_AREA.sub(lambda m: MASK * len(m.group(0)), text)  # "RW 05 Kel. Sukamaju": an address, not goods
    if "(" in text:
        text = _PAREN.sub(_mask_elaboration, text)
    for cm in re.finditer(r"[^.!?;\n()\[\]\"\x00]+", text):
        clause = cm.group(0)
        if not re.search(r"[a-z]", clause):
            continue
        for a, b in _offer_parts(clause, tech):
            _read_part(clause[a:b], listed, described, opening and a == 0)
        opening = False
    items = [i for i in _drop_ranges(_most_specific(listed.items or described.items)) if not _occasion_for(i, lower)]
    if not items:
        # the business's own keywords, but not words of its name ("Kopi Kita" does not sell "kopi")
        name_words = {w for b in banned for w in b.split()}
        fallback = _Collector(lang, banned | name_words, tech, trace, "fallback")
        for kw in seen_keywords:
            if (" " in kw or len(kw) >= 4) and kw not in name_words:
                fallback.push(kw)
        items = fallback.items
    return items[:10]


# An administrative area and its name: after "Kel." the dot is no sentence end and the next word is a place;
# "RW 05" is a neighbourhood's number.
_ADMIN_AREA = re.compile(r"\b(?:kel|kec|kab|kota|ds|dsn|kp|jl|jln)\.\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?|"
                         r"\b(?:kelurahan|kecamatan|kabupaten|dusun)\s+[a-z][\w'-]*|\b(?:rt|rw)\s*\.?\s*\d+\b")
_PAREN = re.compile(r"([\w'-]+)(\s*)\(([^()]{1,120})\)")
# Words after which a parenthesised list is the list itself: "menu (nasi goreng, mie ayam)".
_LIST_LABELS = CATEGORY | frozenset("menu produk layanan paket pilihan varian koleksi isi antara".split())


def _mask_elaboration(m: re.Match) -> str:
    """"single origin beans (Gayo, Kintamani, Toraja)", "kelompok bermain (usia 3–4 tahun)": brackets after an
    offering say which kinds or for whom; they are not offerings of their own."""
    pieces = [p.strip() for p in _SPLIT.split(m.group(3)) if p.strip()]
    kinds = len(pieces) >= 2 and not any(p in PLACES or re.search(r"\d", p) or not is_offering(p) for p in pieces)
    if m.group(1) in _LIST_LABELS or kinds:
        return m.group(0)  # "bibit buah (alpukat, durian, kelengkeng)": kinds of goods, each an offering
    return m.group(1) + m.group(2) + MASK * (len(m.group(3)) + 2)


# Nouns opening a run that describes what the goods are made of, smell of, run on or come with:
# "wanginya lavender, vanilla, kopi", "bahan PLA/resin", "mesin offset Heidelberg", "fasilitas: …".
_ATTRIBUTE_LEAD = re.compile(
    r"\s*(?:wangi|aroma|rasa|bahan|material|materials|made\s+of|mesin|ukuran|size|sizes|kapasitas|capacity|"
    r"properti|fasilitas|facilities|amenities|fitur|features|warna|colou?rs?|motif|pilihan\s+warna)(?:nya)?\b")


# A sentence opening with what the goods come in ("kemasan botol 250ml dan 500ml", "packed in jars") says how they
# are sold; in a list after an offer verb ("cetak buku, kalender, dan kemasan karton") packaging is the product.
_PACKED_LEAD = re.compile(r"\s*(?:kemasan|dikemas|packed\s+in|packaging)\b")


@lru_cache(maxsize=4096)
def _names_goods(piece: str) -> bool:
    from .classify import _keyword_hits  # the business lexicon: does the phrase name a trade's goods?
    return bool(_keyword_hits(piece))


def _is_self(piece: str, lang: str) -> bool:
    head = _until_stop(piece)
    return bool(_SELF_LEAD.match(piece.strip()) or _SELF_TRAIL.search(head)
                or split_self(clean_item(head), lang) is not None)


_SWAPPABLE = AUDIENCE | QUALIFIER | PLACE


def _distribute(prev: str, word: str) -> str | None:
    """"les renang anak & dewasa" → "les renang dewasa"; "paket adat batak & nasional" → "paket nasional";
    "pindahan rumah & kantor" → "pindahan kantor": a lone modifier shares the head of the item before it."""
    words = prev.split()
    if len(words) < 2 or " " in word or not (word in _SWAPPABLE or word in PLACES):
        return None
    if words[-1] in _SWAPPABLE or words[-1] in PLACES:
        return " ".join(words[:-1] + [word])
    if words[0] in _VARIANT_HEADS:
        return f"{words[0]} {word}"
    return None


def _push_all(pieces: list[str], target: _Collector, described: _Collector | None, head: str = "") -> None:
    prev = ""
    for p in pieces:
        if not p.strip():
            continue
        item = clean_item(p)
        if described is not None and split_self(item, target.lang) is not None and not (
                target.tech and item.split()[0] in TECH_WORDS):  # "web sekolah" is a website, not a school
            _describe(p, described)
            continue
        if head and item and not item.startswith(head + " "):
            item = f"{head} {item}"  # "paket adat batak & nasional": each item is a paket
        shared = _distribute(prev, item) if prev else None
        target.push(shared or item)
        prev = shared or item


def _read_list(seg: str, target: _Collector, described: _Collector, head: str = "") -> None:
    pieces = _SPLIT.split(_until_stop(seg))
    for k, p in enumerate(pieces):
        if k and _ATTRIBUTE_LEAD.match(p) and not re.match(r"\s*mesin\b", p):  # "mesin cuci" is goods  # "lilin, diffuser, wanginya lavender, vanilla": the scents end the list
            pieces = pieces[:k]
            break
    _push_all(pieces, target, described, head)


def _read_part(part: str, listed: _Collector, described: _Collector, opening: bool) -> None:
    """Lists after triggers → `listed`; a bare comma list of short noun phrases → `listed`;
    the business's self-description ("toko mainan edukasi") → `described`."""
    lang = listed.lang
    if ":" in part:  # "kue basah: klepon, lapis legit": the label describes, the list offers
        left, right = part.split(":", 1)
        _read_part(left, described, described, opening)
        if not re.search(r"\b(?:nama|name|brand|merek|merk|usaha|toko|alamat|address|warna|color|colour|wa|"
                         r"whatsapp|ig|instagram|email|hp|telp|lokasi|location|kantor|office|fasilitas|facilities|"
                         r"amenities|fitur|features|bahan|material|materials|jadwal|schedule|jam|hours|harga|price|"
                         r"prices|tarif|rates|syarat|requirements)\W*$", left):
            _read_list(right, listed, described)
        return
    consumed: list[tuple[int, int]] = []
    for m in _SELF_TRIGGER.finditer(part):
        seg = _until_stop(part[m.end():])
        _describe(seg, described)
        consumed.append((m.start(), m.end() + len(seg)))
    for m in _TRIGGER.finditer(part):
        if any(a <= m.start() < b for a, b in consumed):
            continue
        word = m.group(0).strip()
        if word.split()[0] in _EXAMPLES:
            lead = max(part.rfind(",", 0, m.start()), 0)
            if clean_item(part[lead:m.start()]):
                _describe(part[lead:m.start()].strip(" ,"), described)
                consumed.append((lead, m.start()))
        seg = _until_stop(part[m.end():])
        pieces = [p for p in _SPLIT.split(seg) if p.strip()]
        word = m.group(0).strip()
        weak = word in _WEAK_TRIGGERS
        head = word if word in ("paket", "kelas") and listed.lang == "id" else ""
        _read_list(seg, described if weak and len(pieces) < 2 else listed, described, head)
        rest = part[m.end():]
        # "hampers & buket snack buat wisuda, ultah, anniv": what follows a stop word belongs to it
        end = len(part) if _until_stop(rest) != rest else m.end() + len(seg)
        consumed.append((m.start(), end))
    rest = part
    for a, b in sorted(consumed, reverse=True):
        rest = rest[:a] + MASK * (b - a) + rest[b:]
    for run in re.split(r"\x00+", rest):
        raw = [p for p in run.split(",") if p.strip()]
        # a piece that opens with a clause word ("bisa wordpress, laravel", "untuk ultah, lamaran") takes the
        # rest of the run with it: those are what the clause is about, not offerings
        cut = next((k for k, p in enumerate(raw) if not clean_item(_until_stop(p))
                    and clean_item(p) and p.strip().split()[0] in _ITEM_STOP), len(raw))
        pieces = [p for p in raw[:cut] if clean_item(_until_stop(p))]
        if not pieces or _ATTRIBUTE_LEAD.match(pieces[0]) or _PACKED_LEAD.match(pieces[0]):
            continue
        if len(pieces) == 1:
            # "Juice bar in Ubud", "toko mainan anak": what the business is. A sentence that is only a
            # phrase naming goods ("cold pressed juices + acai bowls.") lists them; a lone phrase beside
            # other words ("…, wifi kenceng buat nugas") is a note, not an offering.
            if opening or _is_self(pieces[0], lang):
                _describe(pieces[0], described)
            elif run.strip() == part.strip() and (_SPLIT.search(_until_stop(pieces[0])) or _names_goods(pieces[0])):
                _read_list(pieces[0], listed, described)
            continue
        for p in pieces:
            if _is_self(p, lang):
                _describe(p, described)
                continue
            _read_list(p, listed, described)
            if _until_stop(p).strip() != p.strip():
                break  # "backdrop utk ultah, lamaran, …", "bisa wordpress, laravel": the rest belongs to "utk"/"bisa"
        opening = False


# What a maker's work is called: "fotografer produk & makanan" offers "foto produk", "foto makanan".
_WORK_OF = {"fotografer": "foto", "photografer": "foto", "fotographer": "foto", "videografer": "video",
            "desainer": "desain", "designer": "desain", "ilustrator": "ilustrasi", "pelukis": "lukisan"}
_WORK_OF_EN = {"photographer": "photography", "videographer": "videos", "designer": "design",
               "illustrator": "illustrations", "painter": "paintings"}


def _describe(phrase: str, described: _Collector) -> None:
    """The offering inside a self-description: "usaha minuman boba kekinian" → "minuman boba"."""
    phrase = clean_item(phrase.strip())
    m = _SELF_LEAD.match(phrase)
    core = _until_stop(phrase[m.end():] if m else phrase)
    core = _SELF_TRAIL.sub("", clean_item(core))
    head = tail = ""
    for _ in range(3):
        rest = split_self(core, described.lang)
        if rest is None:
            break
        words = [w for w in core.split() if w not in _PRONOUNS]
        if words and words[0] in _WORK_OF and rest:
            head = _WORK_OF[words[0]]
        elif words and words[-1] in _WORK_OF_EN and described.lang == "en" and rest:
            tail = _WORK_OF_EN[words[-1]]
        core = rest.strip() if head else clean_item(rest)  # "foto" + "produk & makanan": keep "produk"
    pieces = _SPLIT.split(core)
    if tail:
        pieces = [f"{p.strip()} {tail}" for p in pieces if p.strip()]
    _push_all(pieces, described, None, head)

