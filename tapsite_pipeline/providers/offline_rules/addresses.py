"""Where the business is and where it serves: a street address ("Jl. Merdeka No. 5, Kec. Bumiaji"), a landmark
("dekat stasiun Pondok Cina"), the place it works from ("kantor kami di Buah Batu"), the areas it serves ("area
Jabodetabek", "kirim ke seluruh Indonesia") and places named together ("Jakarta & Bandung").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import fast, regrouped

from .regional_cues import cue

# Words that open the terms of an order, said right after the places served: never a word of a place.
_AREA_ENDS = (r"(?:min(?:imal|imum)?\b|min\.|maks(?:imal)?\b|max(?:imum)?\b|ongkir\b|ongkos\b|free\b|gratis\b|"
              r"mulai\b|harga\b|cuma\b|hanya\b|only\b|starting\b|biaya\b|tarif\b|diskon\b|disc\b|tambah\b|tmbh\b|"
              r"extra\b|surcharge\b|"
              r"(?:rp|idr)\.?\s*\d|\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)\b|"
              # the owner's number ("antar wilayah Banjarmasin & Banjarbaru wa 0896 …")
              r"wa\b|whatsapp\b|telp\b|hub\b)")
_AREA = fast(
    # ("se" glued to a place, "sebandung", is tried after the words it begins: "serving", "sekitar", "seluruh")
    r"\b(?:area|wilayah|daerah|kawasan|seluruh|sekitar|radius|covering|serving|melayani\s+(?:area|wilayah|daerah)|"

    r"(?:antar|kirim)(?:\s+ke)?(?:\s+(?:area|wilayah|daerah|kawasan))?|delivery\s+(?:to|across|around)|ship(?:ping)?\s+(?:to|across)|across|"
    # ("antar se-Kota Malang", "kirim ke seluruh Jawa Timur": the whole of the place after the cue)
    r"ke\s+seluruh|luar|se-|se(?=[a-z]{4,}))\s*(?:(?:se-|seluruh\s+)\s*)?((?:(?:kab|kec|kel|ds)\.\s*)?(?:(?!dan\b|and\b|untuk\b|utk\b|for\b|mau\b|pengen\b|warna\b|on\b|with\b|by\b|from\b|an?\b|dengan\b|dgn\b|pakai\b|pake\b|via\b|lewat\b|naik\b|setiap\b|tiap\b|"
    # a clause of who speaks ends the places: "di luar Imlek kami tidak produksi"
    r"kami\b|saya\b|kita\b|aku\b|"
    # the area ends where the terms of the order begin: "area Kotagede Banguntapan min order 100rb", "delivery area
    # Menteng Cikini free ongkir", "antar area Kemang ongkir 10rb" (the least order, the fee, what is free, a price)
    # (a line break ends the places: the next line says something else)
    rf"{_AREA_ENDS})[\w/&'-]+[^\S\n]?){{1,4}})", re.I)
# A sending verb with what is sent before where it goes: "kirim frozen ke luar kota", "antar pesanan ke Depok",
# "ship loaves to Canggu"; the area is the place after "ke"/"to", never the thing sent.
_SENT_THING = regrouped(r"(?:antar|kirim|ship(?:ping)?)\s*$")
_THING_THEN_TO = regrouped(r"(?:(?!ke\b|to\b)[\w/'-]+\s+){1,2}(?:ke|to)\s+(?=\w)")
_AREA_WORD = regrouped(r"(?:indonesia|nusantara|jabodetabek|jabotabek|worldwide|nationwide|luar\s+negeri|luar\s+kota|"
                       r"luar\s+pulau|\d+\s*km)", re.I)
# The titles a street is named with, abbreviated with a full stop that ends no sentence.
STREET_TITLE_STOP = (r"(?:(?<=\bkol)|(?<=\bjend)|(?<=\bjen)|(?<=\bletjen)|(?<=\bmayjen)|(?<=\bbrigjen)|(?<=\bir)|"
                     r"(?<=\bh)|(?<=\bhj)|(?<=\bdr)|(?<=\bprof)|(?<=\bkh)|(?<=\bk\.h)|(?<=\bkapt)|(?<=\blet)|(?<=\bsersan)|"
                     r"(?<=\bpdt)|(?<=\bmgr)|(?<=\btgk)|(?<=\bsyekh)|"
                     # an initial right after the street word or another initial: "Jl. T. Nyak Arief", "Jl. A. Yani",
                     # "Jl. R.A. Kartini", "Jalan S. Parman" (never "Blok C. Buka …")
                     r"(?<=\bjl\. [a-z])|(?<=\bjln\. [a-z])|(?<=\bjl [a-z])|(?<=\bjalan [a-z])|(?<=\.[a-z])|(?<=\. [a-z]))\.")
# The full stops of the words an address is written with ("Gg. II", "Lt. 5", "Kab. Bantul") and the comma of a
# decimal ("Jl. Kaliurang km 9,5"): neither ends the address.
_ADDRESS_DOT = (r"(?:\.(?:(?<=\bgg\.)|(?<=\blt\.)|(?<=\bkav\.)|(?<=\bkomp\.)|(?<=\bkec\.)|(?<=\bkel\.)|(?<=\bkab\.)|"
                r"(?<=\bds\.)|(?<=\bdsn\.)|(?<=\bperum\.))(?=\s*\w)|,(?<=\d,)(?=\d))")
_ADDRESS = fast(
    # ("lampu jalan", "pinggir jalan": the street as a common noun, no address)
    r"(?:\b(?:jl\.?|jln\.?|(?<!lampu\s)(?<!pinggir\s)(?<!tepi\s)(?<!rambu\s)(?<!marka\s)(?<!penerangan\s)"
    r"(?<!perbaikan\s)(?<!pengaspalan\s)jalan(?!\s+(?:kaki|tol)\b)|gg\.?|gang|komplek|kompleks|komp\.|ruko|perum(?:ahan|\.)?|blok)\s+[A-Za-z0-9]"
    # a street named for a title keeps the title's full stop: "Jl. Kol. Atmo", "Jl. Jend. Sudirman", "Jl. Ir. H. Juanda"
    # (a colon ends it where the owner's list begins: "Jl. Kaliurang km 7 Jogja: cuci kiloan, setrika"; not a time's)
    r"(?:[^,;\n.:]|[.:](?=\s*\d)|" + _ADDRESS_DOT + r"|" + STREET_TITLE_STOP + r")*?(?:\s*,?\s*(?:no\.?|nomor)\s*\d+[a-z]?)?"
    # never ending on the word a number follows: "Jl. Raya Bogor No. 12", "Jl. Kaliurang Km. 7"
    r"(?<!\bno)(?<!\bkm)(?<!\bkav)(?<!\brt)(?<!\brw)(?!" + STREET_TITLE_STOP + r")(?!" + _ADDRESS_DOT + r")(?=\s*(?:[,.;\n]|:(?!\s*\d)|$|\b(?:kec\.?|kota|di|dekat|sebelah|depan|buka|mau|pengen|warna|or|atau)\b|"
    # ("pickup at Jl. Sei Batang Hari or we send by gojek": the other way to get it, no part of the street)
    # a new clause begun by who speaks, where an emoji ended the sentence ("Jl. Hanoman 🙂 we buy, sell & swap")
    r"\s(?:we|kami|saya|aku|gue|gw|open|opens)\b))|"
    rf"\b(?:ruko|{cue('pasar')}|mall|plaza|itc|gedung|lantai)\s+(?-i:[A-Z])(?:[^,.;\n]|\.(?=\s*\d)|{_ADDRESS_DOT}){{2,40}}|"
    # a village or ward as written on letters: "Desa Sidomulyo", "Kelurahan Sukajadi", "Ds. Selorejo", "Kel. Limba B"
    # (the pattern's literal words stay within fastre's 24 atoms, or every brief is scanned whole: "Dsn." is left out)
    # ("ayam kampung", "telur kampung" are kinds of chicken and egg, not a village)
    r"(?<!ayam\s)(?<!telur\s)(?<!sayur\s)(?<!rasa\s)(?<!gaya\s)\b(?-i:Desa|Dusun|Kelurahan|Kampung|Ds\.|Kel\.)\s*(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]*)?|"
    # the same in English, the name first: "Krebet village", "Penglipuran Village"
    r"\b(?-i:[A-Z])[\w'-]+\s+(?:village|hamlet)\b)"
    # then the district and town it is in: ", Kec. Bumiaji", ", Slawi", ", Malang"; and the stall, block or floor
    # inside a market or a building: ", los lantai duo", ", kios no. 12", ", blok C lantai 2"
    # the street a building or an estate is on: "Ruko Sentra Niaga Blok B-5, Jl. Ahmad Yani"
    r"(?:\s*,\s*(?:jl\.?|jln\.?|jalan)\s*(?-i:[A-Z0-9])(?:[^,;\n.:]|\.(?=\s*\d)|" + STREET_TITLE_STOP + r"){1,40}?"
    r"(?=\s*(?:[,;\n]|\.(?!\s*\d)|$))|"
    r"\s*,\s*(?:(?:kec\.|kecamatan|kab\.|kabupaten|kota)\s*)?(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?"
    r"(?=\s*(?:[,.;\n]|$))|"
    rf"\s*,?\s*\b(?:los|kios|lapak|blok|{cue('lantai')}|lt\.|stand|stan|konter|counter)\s+(?:[^,.;\n]|\.(?=\s*\d)){{1,24}}?"
    r"(?=\s*(?:[,;\n]|\.(?!\s*\d)|$)))*", re.I)
# Where the business itself is, said as a place it works from: "kantor kami di Buah Batu", "our studio in Canggu",
# "workshop di Desa Tegallalang".
BASE = fast(
    # only with whose it is: "Boba shop in Surabaya" says what the business is, not where to find it
    r"\b(?:(?:our|my)\s+(?=\w+\s+(?:is\s+|are\s+)?(?:at|in)\b)|(?=\w+\s+(?:kami|kita|saya)\b))"
    r"(?:kantor|toko|studio|workshop|bengkel|outlet|gerai|cabang|lokasi|markas|basecamp|galeri|"
    r"showroom|office|store|shop|kitchen|dapur|roastery|bakery|farm|kebun|homestay|warung|kedai|cafe|kafe|salon|klinik|"
    r"clinic|gallery|atelier|warehouse|gudang|rumah\s+produksi|tempat|sanggar|pabrik|factory)\s+(?:(?:kami|kita|saya)\s+)?(?:(?:ada|berada|terletak|is|are)\s+)?"
    # a street is the address reader's ("toko kami di Jl. Merdeka 5")
    r"(?:di|at|in)\s+(?!(?:jl|jln|jalan|gg|gang|komplek|kompleks|komp|ruko|perum|perumahan|blok)\b)(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z0-9])[\w'-]*){0,3}"
    # the floor, block or stall inside it: "toko kami di Pasar Klewer lt. dasar blok C no 12"
    r"(?:\s*,?\s*\b(?:los|kios|lapak|blok|lantai|lt\.|stand|stan|konter|counter)\s*(?:[^,.;\n]|\.(?=\s*\d)){1,24}?"
    r"(?=\s*(?:[,;\n]|\.(?!\s*\d)|$)))?"
    # and the town it is in: "our roastery in Dago, Bandung"
    r"(?:\s*,\s*(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?(?=\s*(?:[,.;\n]|$)))?", re.I)
# Where to find it by a landmark, when no street is given: "deket kampus UNS", "dekat stasiun Pondok Cina".
NEAR = fast(
    r"\b(?:dekat|deket|dkt|near|sebelah|seberang|depan|belakang|samping)\s+(?:kampus|stasiun|pasar|masjid|terminal|"
    r"alun-alun|mall|rs|rumah\s+sakit|universitas|univ|bandara|pelabuhan|candi|pantai|kantor|sekolah|the|"
    # the landmarks of a town's streets a stall is found by: "depan SD Negeri 2", "sebelah Indomaret", "dekat SPBU"
    r"sd|smp|sma|smk|puskesmas|gereja|pura|vihara|klenteng|spbu|pom\s+bensin|indomaret|alfamart|lapangan|gor|"
    r"balai\s+desa|polsek|koramil)\b"
    # (it ends where the clause goes on with when it is there: "depan kampus Unpad tiap sore jam 3 …")
    r"[^,.;\n]{0,30}?(?=\s*(?:[,.;\n]|$)|\s+(?:namanya|nama|buka|jual|di|dan|yang|yg|tiap|setiap|mulai|jam|pukul|"
    r"pagi|siang|sore|malam|every|daily|from|open|opens|untuk|utk|buat|for)\b)", re.I)
_NEAR_WORD = regrouped(r"(?i)\b(?:dekat|deket|dkt|near|sebelah|seberang|depan|belakang|samping)\s+$")
# A route, from a known place to others: "dari Surabaya ke Balikpapan", "rute Medan - Parapat", "from Bali to Lombok".
_ROUTE = fast(r"\b(?:(?:rute|route|jalur|trayek)\s+(?:dari\s+|from\s+)?|dari\s+|from\s+)"
                   r"([a-z][\w'-]+(?:\s+[a-z][\w'-]+)?)\s*(?:\bke\b|\bto\b|-|–|→|\bmenuju\b)\s*([a-z][\w'-]+(?:\s+[a-z][\w'-]+)?)"
                   r"(?=\s*(?:[,.;&\n]|$|\b(?:dan|and|serta|pp|pulang|setiap|tiap|every|daily)\b))")
# A trip to a place of nature, from the town it leaves: "from Kumai into Tanjung Puting National Park", "dari Sembalun
# ke Gunung Rinjani", "from Amed to Gili Selang Island". What kind of place it is ("Gunung", "National Park") names it
# a place even when no list knows the town.
_NATURE_BEFORE = (r"(?:Taman\s+Nasional|Gunung|Mount|Mt\.?|Pulau|Danau|Lake|Kawah|Pantai|Air\s+Terjun|Bukit|Teluk|Goa|Gua|"
                  r"Tanjung|Kepulauan|Desa\s+Wisata)")
_NATURE_AFTER = (r"(?:National\s+Park|Islands?|Beach|Lake|Waterfalls?|Crater|Volcano|Bay|Cave|Reef|Marine\s+Park|"
                 r"Nature\s+Reserve)")
_TRIP_TO = fast(
    rf"\b(?:from|dari)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})\s+(?:to|into|ke|menuju)\s+"
    rf"((?:{_NATURE_BEFORE}\s+)?[A-Z][\w'-]+(?:\s+(?!{_NATURE_AFTER}\b)[A-Z][\w'-]+){{0,2}}(?:\s+{_NATURE_AFTER})?)\b")
_NATURE_WORD = regrouped(rf"^{_NATURE_BEFORE}\s|\s{_NATURE_AFTER}$")
_AREA_NAMED = fast(r"\b(?:melayani|around(?:\s+the)?|(?<=\bwe\s)(?:also\s+)?serve|(?<=\bwe\s)(?:now\s+)?cover)\s+")
# Who is served, not where: "melayani Anda", "Melayani Pelanggan …", "serving Our guests".
_NOT_PLACE_AFTER = frozenset("anda kakak kak bapak ibu pelanggan customer customers our your you all semua".split())
# A region is named with its part of a country or island, in either language: "eastern Indonesia", "Central Java",
# "Indonesia timur", "Sulawesi bagian utara", "Greater Jakarta": the part is a word of the place's name.
_PART_BEFORE = r"(?:(?:eastern|western|northern|southern|central|greater|east|west|north|south)\s+)?"
_PART_AFTER = r"(?:\s+(?:bagian\s+)?(?:timur|barat|utara|selatan|tengah)\b)?"
# ("Kab. Sidoarjo", "Kec. Wonosari": the abbreviated kind of place with its full stop is a word of the place)
_ADMIN_DOT = r"(?:(?:Kab|Kec|Kel|Ds)\.\s*)?"
_CAPITALISED_RUN = regrouped(rf"{_ADMIN_DOT}{_PART_BEFORE}(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*{_PART_AFTER}")
_MORE_PLACES = regrouped(r"\s*(?:,\s*(?:(?:dan|and|serta|&)\s+)?|(?<!\w)(?:dan|and|serta)\s+|&\s*)"
                         rf"({_ADMIN_DOT}{_PART_BEFORE}[A-Z][\w-]+(?:\s[A-Z][\w-]+){{0,2}}{_PART_AFTER})")

# A region's towns listed after a colon: "area Kaltim: Samarinda, Bpp, Tenggarong" (the first a known town).
_TOWNS_AFTER = regrouped(r"[^\S\n]*:[^\S\n]*([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2})")


def areas(text: str, lower: str) -> Iterator[tuple[re.Match, str]]:
    """(match, value) for each area served: after a cue word ("area", "kirim ke", "serving"), or two places named
    together. Places named one after another without commas are a list ("Area layanan: Surabaya Sidoarjo Gresik" →
    "Surabaya, Sidoarjo, Gresik"), said as one."""
    for m, value in _areas(text, lower):
        # "seluruh Indonesia sejak 2017": the year is when the business began (read as its own fact), not an area
        # ("se-Kota Bitung tanpa biaya": a word that joins the next clause never ends the area)
        if value := _DANGLING.sub("", _SINCE_TAIL.sub("", value)):
            yield m, spaced_places(value)


# A year the business began, said at the end of an area's clause: "sejak 2017", "since 2015", "dari tahun 1998".
_DANGLING = re.compile(r"(?i)(?:\s+(?:tanpa|dengan|dgn|untuk|utk|karena|krn|yang|yg|dan|atau|with|without|and|or|for))+\s*$")
_SINCE_TAIL = re.compile(r"(?i)[\s,]+(?:sejak|semenjak|since|dari\s+(?:tahun|thn)|sedari)\s+(?:(?:tahun|thn|th)\.?\s*)?"
                         r"(?:19|20)\d\d\s*$")


def spaced_places(value: str) -> str:
    """Known places written one after another with spaces only, said as the list they are ("Medan Binjai Deli
    Serdang" → "Medan, Binjai, Deli Serdang"); any other value as written. Each place is the longest known one at
    its word ("Jakarta Selatan" stays one place); a word no place begins with leaves the value as it is."""
    from .places import PLACES
    words = value.split()
    if len(words) < 2 or any(not w[:1].isalpha() for w in words) or re.search(r"[,&/]", value):
        return value
    out, i = [], 0
    while i < len(words):
        k = next((k for k in (3, 2, 1) if i + k <= len(words) and " ".join(words[i:i + k]).lower() in PLACES), 0)
        if not k:
            return value
        out.append(" ".join(words[i:i + k]))
        i += k
    return ", ".join(out) if len(out) >= 2 else value


# Where the goods come from, said before places named together: "biji kopi dari Gayo dan Toraja", "beans sourced
# from Flores and Bajawa", "asal Garut & Tasikmalaya", "origins: Kintamani, Toraja". The places are the goods'
# origin, never the area the business serves (a route's "dari Surabaya ke …" is read before, by its own pattern).
_ORIGIN_BEFORE = regrouped(
    r"(?:\b(?:biji|beans?|kopi|coffee|teh|tea|kakao|cacao|cocoa|rempah|spices?|bahan|kain|benang|rotan|kayu|madu|honey|"
    r"bibit|benih|seeds?|beras|rice|ikan|fish|sayur|buah|fruits?|batik|tenun|kerajinan|crafts?|barang|stok|stock|"
    r"hasil|panen|produk|products?|sourced|didatangkan|diambil|dipasok|langsung|asli|grown|harvested|imported)\b"
    r"[^,.;:!?\n]{0,20}?\b(?:dari|from)|\b(?:asal|asalnya|origins?|single\s+origin)\b|"
    # a style named by its region: "kostum Jawa dan Bali", "masakan Padang dan Manado", "tari Bali & Jawa" (what is
    # sold, never where it serves)
    r"\b(?:kostum|pakaian\s+adat|baju\s+adat|busana|tari|tarian|masakan|kuliner|motif|gamelan|"
    r"resep|cuisine|dances?|costumes?)\b(?:\s+(?:adat|khas|tradisional|daerah))?)\s*:?\s*$")


def _areas(text: str, lower: str) -> Iterator[tuple[re.Match, str]]:
    listed: list[tuple[int, int]] = []
    for m in _ROUTE.finditer(lower):  # "rute Surabaya ke Balikpapan, Samarinda, dan Banjarmasin": where it goes
        if not (_known_place(text[m.start(1):m.end(1)]) and _looks_like_place(text[m.start(2):m.end(2)])):
            continue
        end = m.end(2)
        while (more := _MORE_PLACES.match(text, end)) and _looks_like_place(more.group(1)):
            end = more.end(1)
        start = m.start() if m.group(0).startswith(("rute", "route", "jalur", "trayek")) else m.start(1)
        listed.append((m.start(), end))
        yield re.compile(r"[\s\S]+").match(text, start, end) or m, text[start:end].strip()
    for m in _TRIP_TO.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in listed) or not _NATURE_WORD.search(m.group(2)):
            continue
        listed.append((m.start(), m.end()))
        yield m, text[m.start(1):m.end()].strip()
    for m in _AREA.finditer(lower):
        if any(a <= m.start(1) < b for a, b in listed):
            continue
        words = m.group(1)
        end = m.end(1)
        start = m.start(1)
        if _SENT_THING.match(lower, m.start(), m.start(1)) and (to := _THING_THEN_TO.match(lower, start, end)):
            start = to.end()  # "kirim frozen ke luar kota": what is sent, then where to; the place is the area
            words = lower[start:end]
        if lower[m.start():m.start(1)] == "se" and not _known_place(text[start:end]):
            continue  # "se" glued only to a known place ("sebandung"): "service radius 10km" is no area "rvice"
        if _AREA_WORD.search(words) or _looks_like_place(text[start:end]):
            # "Cikarang dan Karawang", "Kuta and Legian", "Manado, Minahasa, dan Bitung": each place of the list
            while (more := _MORE_PLACES.match(text, end)) and _looks_like_place(more.group(1)):
                end = more.end(1)
            if (towns := _TOWNS_AFTER.match(text, end)) and _known_place(towns.group(1)):
                end = towns.end(1)  # "area Kaltim: Samarinda, Bpp, Tenggarong": the region, then its towns
                while (more := _MORE_PLACES.match(text, end)) and _looks_like_place(more.group(1)):
                    end = more.end(1)
            value = text[start:end].strip()
            listed.append((start, end))
            if re.search(r"(?i)\b(?:seluruh|se-)", text[m.start():m.start(1)]):
                value = "seluruh " + value if not value.lower().startswith("seluruh") else value
            yield m, value
    for m in _AREA_NAMED.finditer(lower):
        # "Melayani Ampenan, Cakranegara, dan Sekarbela", "around the Karimunjawa islands": after the verb or the
        # adverb a place is a capitalised name, and only the name is the place ("around Lake Toba packages include"
        # ends at "Toba"; "melayani pengiriman ke seluruh Indonesia" leaves the area to its own cue)
        run = _CAPITALISED_RUN.match(text, m.end())
        if run is None or any(a < run.end() and run.start() < b for a, b in listed) \
                or run.group(0).split()[0].lower() in _NOT_PLACE_AFTER or not _named_place(run.group(0)):
            continue
        end = run.end()
        while (more := _MORE_PLACES.match(text, end)) and _looks_like_place(more.group(1)):
            end = more.end(1)
        listed.append((run.start(), end))
        yield re.compile(r"[\s\S]+").match(text, m.start(), end) or m, text[run.start():end].strip()
    said: list[tuple[int, int]] = []
    for m in _place_lists(lower):  # "Jakarta & Bandung", "Kuta and Legian": two places named together
        if any(a <= m.start() and m.end() <= b for a, b in listed):
            continue  # part of a list read above after its cue word
        if _ORIGIN_BEFORE.search(lower, max(0, m.start() - 40), m.start()):
            continue  # "biji kopi dari Gayo dan Toraja": where the goods come from, not where it serves
        said.append((m.start(), m.end()))
        yield m, text[m.start():m.end()]
    for v in _SERVED_IN.finditer(lower):  # "memasok pasar modern dan hotel di Bandung": where the buyers are
        clause_end = v.end() + len(re.split(r"[.;!?\n]", lower[v.end():v.end() + 60], maxsplit=1)[0])
        for m in _SERVED_WHERE.finditer(lower, v.end(), clause_end):
            raw = _known_place(text[m.end():m.end() + 40])
            if raw:
                if not any(a <= m.end() < b for a, b in said):
                    yield re.compile(r"[\s\S]+").match(text, m.end(), m.end() + len(raw)) or m, raw
                break


_STREET_WORD = regrouped(r"(?i)(?:jl|jln|jalan)\b")  # ("Lumpia Gang Lombok", "Bakmi Gang Kelinci" are named for their alley)


def street_spans(text: str) -> list[tuple[int, int]]:
    """The spans of street addresses ("Jl. R.A. Kartini No. 5, Rembang"): words inside one are the street's name,
    never the business's."""
    return [(m.start(), m.end()) for m in _ADDRESS.finditer(text) if _STREET_WORD.match(m.group(0))]


# The people who make the goods, said before a village they work in: "dari pengrajin Kampung Sasirangan", "working
# with 120 weavers in Tangga Ulin village". The village is where the goods come from, not where to find the business.
_MAKERS_BEFORE = regrouped(
    r"(?i)\b(?:pengrajin|perajin|pengrajinnya|penenun|petani|peternak|nelayan|artisans?|craftsm[ae]n|crafters|weavers|"
    r"farmers|growers|fishermen|makers)\b[^,.;:!?\n]{0,25}$")
_VILLAGE = regrouped(r"(?i)(?:desa|dusun|kelurahan|kampung)\b|\S+\s+(?:village|hamlet)\b")


def makers_village(text: str, m: re.Match) -> bool:
    """Is this address the village the goods' makers work in ("dari pengrajin Kampung Sasirangan")?"""
    return bool(_VILLAGE.match(m.group(0)) and _MAKERS_BEFORE.search(text, max(0, m.start() - 40), m.start()))


# A district said with its town, as a clause of its own: "Mlati, Sleman.", "Lokasi: Kasihan, Bantul", "Toko Kue Bu
# Sri, Ngaliyan, Semarang". The town is a known place; the district before it is a capitalised name no lexicon knows.
# (read from the comma: a capitalised town after it, a known place, then the district right before it)
_TOWN_AFTER_COMMA = regrouped(r",\s*((?-i:[A-Z])[\w'-]+(?:\s(?-i:[A-Z])[\w'-]+){0,2})(?=\s*(?:[.,;\n]|$))")
_DISTRICT_BEFORE = regrouped(r"(?:^|(?<=[.,;:!?\n])|(?<=\bdi\s)|(?<=\bin\s))\s*((?-i:[A-Z])[a-z'-]{2,}(?:\s(?-i:[A-Z])[a-z'-]{2,})?)"
                             r"\s*$")


def district_pairs(text: str) -> Iterator[re.Match]:
    """Each district said with its known town, where the district is no place of the lists, no word of the
    lexicons and no place the lists know (two known places are areas named together)."""
    for t in _TOWN_AFTER_COMMA.finditer(text):
        keywords, places, known_word = _district_words()
        if t.group(1).lower() not in places:
            continue
        d = _DISTRICT_BEFORE.search(text, max(0, t.start() - 40), t.start())
        if d is None:
            continue
        district = d.group(1)
        if district.lower() in places or _known_place(district):
            continue
        if any(known_word(w) or w.lower() in keywords or w.lower() in _NOT_DISTRICT for w in district.split()):
            continue
        yield re.compile(r"[\s\S]+").match(text, d.start(1), t.end(1)) or t


# A place written in brackets right after a capitalised name: "CV Matahari Sumba Energi (Waitabula)", "Bengkel Las
# Sinar Jaya (Tanjung Morawa)", "Rental Tenda Berkah (Cileunyi, Bandung)": where the business is, though no list may
# know the village. One to three capitalised words, and a town after a comma.
_NAME_WORD = r"(?-i:[A-Z])[a-z'-]{2,}"
_BRACKETED = regrouped(rf"\(\s*({_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}(?:\s*,\s*{_NAME_WORD}"
                       rf"(?:\s{_NAME_WORD}){{0,2}})?)\s*\)")
# (the name itself is blanked out of the text the fact readers get: the bracket follows its blank)
_NAME_BEFORE = regrouped(r"(?:(?-i:[A-Z])[\w&.'-]*\s?|(?:^|\S)\s{3,})$")


def bracketed_places(text: str, name: str = "") -> Iterator[re.Match]:
    """Each place in brackets right after the business's name (or a capitalised word), whose words are known places
    or no word of the lexicons, the role lists or the clause openers ("(Persero)", "(Catering)", "(Halal)" are no
    place), and share no word with the name or the rest of the brief ("Sanggar Tari Ayu (Tari Jaipong)" says what the
    studio teaches, "Studio Foto Lensa (Wisuda) foto wisuda" what it shoots)."""
    named = {w.lower() for w in re.findall(r"[\w'-]+", name)}
    for m in _BRACKETED.finditer(text):
        if not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        rest = f"{text[:m.start()]} {text[m.end():]}".lower()
        if any(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", rest) for w in re.findall(r"[\w'-]+", m.group(1))):
            continue
        keywords, places, known_word = _district_words()
        parts = [p.strip() for p in m.group(1).split(",")]
        if all(p.lower() in places or not any(
                known_word(w) or w.lower() in keywords or w.lower() in _NOT_DISTRICT or w.lower() in _NOT_BRACKETED
                or w.lower() in named for w in p.split()) for p in parts):
            yield re.compile(r"[\s\S]+").match(text, m.start(1), m.end(1)) or m


# Capitalised words a bracket after a name holds that name no place: a company's form, a branch, what the goods are.
_NOT_BRACKETED = frozenset("""persero tbk pusat cabang official resmi halal original ori baru lama new old est since sejak
dulu formerly ex eks""".split())


@functools.cache
def _district_words() -> tuple:
    """(the lexicons' keywords, the known places, the role lists' word test), imported once when first asked."""
    from .lexicon import KEYWORDS
    from .places import PLACES
    from .roles import known_word
    return KEYWORDS, PLACES, known_word


# Capitalised words that open a clause and name no district: days, months, greetings, who speaks.
_NOT_DISTRICT = frozenset("""senin selasa rabu kamis jumat sabtu minggu ahad monday tuesday wednesday thursday friday
saturday sunday januari februari maret april mei juni juli agustus september oktober november desember january
february march june july august october december halo hai hello kami saya aku lokasi alamat area wilayah kota
kabupaten kecamatan desa daerah""".split())


def addresses(text: str) -> Iterator[re.Match]:
    """Each street address, with the "near" word before it ("dkt pasar Ciputat" is near the market, not in it);
    a village the makers of the goods work in is read too (its words are a place, never an offering), and
    `makers_village` tells it apart."""
    for m in _ADDRESS.finditer(text):
        near = _NEAR_WORD.search(text, max(0, m.start() - 12), m.start())
        if near:
            m = re.compile(r"[\s\S]+").match(text, near.start(), m.end()) or m
        yield m


@functools.cache
def _place_list() -> re.Pattern:
    from .places import PLACES
    one = "(?:" + "|".join(re.escape(p) for p in sorted(PLACES, key=lambda p: (-len(p), p)) if len(p) >= 3) + ")"
    # "Jakarta & Bandung", "Kuta, Legian dan Seminyak", or three or more side by side: "palu sigi donggala"
    return regrouped(rf"(?<![\w-]){one}(?:(?:\s*(?:,|&|dan|and|serta|or|atau)\s*{one})+|(?:\s+{one}){{2,}})(?![\w-])")


@functools.cache
def _place_starts() -> re.Pattern[str]:
    """Where a word starts with the first three letters of a place (each a word character)."""
    from .places import PLACES
    heads = sorted({p[:3] for p in PLACES if len(p) >= 3})
    assert all(re.fullmatch(r"\w{3}", h) for h in heads)  # so a head's start is a word's start
    return regrouped(r"(?<![\w-])(?=" + "|".join(map(re.escape, heads)) + ")")


def _place_lists(lower: str) -> Iterator[re.Match]:
    """`_place_list().finditer(lower)`, tried only where a word starts with the first three letters of a place:
    every match starts so (each place opens with a letter after no word character or hyphen), and trying the
    several hundred places at every position was a large share of reading the facts."""
    rx, end = _place_list(), 0
    for w in _place_starts().finditer(lower):
        at = w.start()
        if at >= end and (m := rx.match(lower, at)):
            yield m
            end = m.end()


# Supplying or serving someone somewhere: the place after it is an area served, not where the business is.
_SERVED_IN = regrouped(
    r"\b(?:memasok|pasok|menyuplai|nyuplai|suplai|supply|supplies|supplying|distribusi|mendistribusikan|distribute|"
    r"distributes|melayani|serve|serves|serving|delivering\s+to|mengirim)\b")
_SERVED_WHERE = regrouped(r"\b(?:di|in|ke|to|across|around)\s+")


def _known_place(raw: str) -> str:
    """The longest known place ``raw`` opens with, as written ("Bandung dengan pengiriman" → "Bandung"), or ""."""
    from .places import PLACES
    words = raw.split()
    return next((" ".join(words[:k]) for k in (3, 2, 1)
                 if len(words) >= k and " ".join(words[:k]).lower().strip(",.") in PLACES), "")


_CAPITALISED = re.compile(r"[A-Z][a-z]+")


_ADMIN_PREFIX = regrouped(r"^(?i:kota|kabupaten|kab\.?|kecamatan|kec\.?|desa|kelurahan|pulau|kepulauan|danau|gunung|"
                          r"lake|mount|mt\.?|city\s+of|the)\s+")


_PART_WORDS = regrouped(rf"^{_PART_BEFORE}|{_PART_AFTER}$", re.I)


def _named_place(raw: str) -> bool:
    """A known place, or capitalised words none of which the lexicons know ("Ampenan", not "Pesanan Nasi Box")."""
    from .lexicon import KEYWORDS
    from .roles import known_word
    raw = _ADMIN_PREFIX.sub("", _PART_WORDS.sub("", raw.strip()))  # "Kota Kupang", "Kabupaten Bandung", "Pulau Seram"
    if _known_place(raw):
        return True
    words = raw.lower().split()
    return bool(_CAPITALISED.match(raw.strip())) and not any(known_word(w) or w in KEYWORDS for w in words)


# Days, months and holidays are capitalised and no place: "kirim Kamis" is when it is sent, never an area "Kamis";
# "di luar Imlek" is outside the season, never an area "Imlek". (Kuningan, a Balinese holiday, is also a town.)
_DAYS_MONTHS = frozenset("""senin selasa rabu kamis jumat jum'at sabtu minggu ahad monday tuesday wednesday thursday
friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays januari februari maret april mei
juni juli agustus september oktober november desember january february march june july august october december
imlek lebaran natal ramadan ramadhan nyepi waisak galungan christmas easter""".split())


def _looks_like_place(raw: str) -> bool:
    from .places import PLACES
    raw = _PART_WORDS.sub("", raw.strip())  # "eastern Indonesia", "Jawa bagian timur": the place the part is of
    words = raw.lower().split()
    if words and all(w.strip(",.") in _DAYS_MONTHS for w in words):
        return False
    return any(" ".join(words[:k]) in PLACES for k in (3, 2, 1) if len(words) >= k) or bool(
        _CAPITALISED.match(raw.strip()))
