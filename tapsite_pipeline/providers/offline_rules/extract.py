"""Location, products and target audience from a cleaned brief."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

from .audiences import SAID_OF_FOR
from .business_name_words import BUSINESS_WORDS as _BUSINESS_WORDS
from .colors import is_color
from .head_counts import head_count
from .named_others import sign_in
from .person_origin import past_origin
from .places import PLACES
from .region_city import city_over_region
from .source_lines import blank_sources
from .text import title_case
from .toponyms import TOPONYM_HEADS, toponym_spans

# ---------------------------------------------------------------- location
_LOC_PREP = fast(
    r"\b(?:berlokasi\s+di|lokasi(?:nya)?\s+(?:di|ada\s+di)|beralamat\s+di|terletak\s+di|tinggal\s+di|buka\s+di|"
    r"based\s+in|located\s+in|located\s+at|di\s+kota(?!\s+(?:tua|lama|baru|gede)\b)|di\s+daerah|di\s+kawasan|di\s+wilayah|di\s+area|di\s+sekitar|"
    r"in\s+the\s+city\s+of|di|daerah|kawasan|wilayah|sekitar|in|around|near|dekat|domisili|from|dari|"
    r"seputaran|sekitaran|wilayah|area|areas?\s+of|serving)\s+", re.I)
_NOT_LOC = set("""
instagram ig tiktok shopee tokopedia lazada bukalapak blibli whatsapp wa facebook fb youtube google gofood grabfood
shopeefood english inggris bahasa indonesia indonesian the a an my our rumah home kampus kantor sekolah pasar mall
online website web sini situ mana sana january february march april may june july august september october november
december januari februari maret mei juni juli agustus oktober desember senin selasa rabu kamis jumat sabtu minggu
monday tuesday wednesday thursday friday saturday sunday ramadan ramadhan lebaran pagi siang sore malam
rp idr usd sgd myr aud eur
""".split())
_DIRECTION = r"(?:\s+(?:selatan|utara|barat|timur|pusat|tengah|raya|kota|south|north|west|east|central))?"
_PLACE_RE = regrouped(r"(" + "|".join(re.escape(p) for p in sorted(PLACES, key=lambda p: (-len(p), p))) + r")\b" + _DIRECTION)
_PLACE_ANY = regrouped(r"(?<![\w])(" + "|".join(
                       re.escape(p) for p in sorted(PLACES, key=lambda p: (-len(p), p)) if len(p) >= 5 and p not in {
                       "batang", "puncak", "banjar", "metro", "lebak", "madura", "kuningan", "sudirman", "nusantara", "malang",
                       "indonesia", "jawa", "sumba", "flores", "kota lama", "kota wisata", "serang", "bantul", "kendal", "pemalang",
                       "tegal", "garut", "padang", "bogor", "solo", "cilacap"}) + r")\b" + _DIRECTION)
_CAP_WORD = regrouped(r"[A-Z][\w'.-]*")


# A place set off by a comma after a capitalised name, as a business heads its brief or signs it: "Kopi Rimba
# Barista Class, Bandung - …", "Ayunda Craft, Lubuklinggau.", "Keramba Nila Haranggaol, Danau Toba 🐟". The place
# ends its piece: no capitalised word, comma or "&" goes on from it (a longer name or a list of places).
_NAME_COMMA = fast(r"(?<![\w'&.-])(?:[A-Z][\w'&.-]*\s+){1,5}[A-Z][\w'&.-]*\s*,\s*")
_GEO_NOUN = regrouped(r"(?i)(?:danau|pulau|gunung|pantai|teluk|lembah|kepulauan|lake|mount|mt\.?|island|islands|bukit)\s+"
                      r"(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?")
_PIECE_END = regrouped(r"(?![\w'-]|\s*(?:,|&|/)|\s+(?-i:[A-Z]))")
# Words before a place that make it where the goods go or who is served, not where the business is.
_SERVED_CUE = regrouped(r"(?i)\b(?:kirim|dikirim|kirim(?:an)?|antar|diantar|delivery|deliver(?:s|ed|ing)?|ship(?:s|ping|ped)?|"
                        r"pengiriman|ongkir|melayani|serving|serve[sd]?)\b[^.;!?\n]{0,40}$")


# A town whose name opens many place names (toponyms.py) followed by a name word is one longer place.
# A known place's name going on in capitals up to a comma and the region it lies in: "Siak Sri Indrapura, Riau"
_RUN_TO_REGION = regrouped(r"((?:[ \t]+[A-Z][a-z'-]+){1,3})(?=[ \t]*,[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b)")
_NEXT_WORD = regrouped(r"[ \t]+([A-Za-z][a-z'-]{2,})\b")


def _whole_place(text: str, lower: str, cased: bool, s: int, e: int) -> int:
    """Where a place read at (s, e) ends: past a name word that makes a one-word town the first word of a longer
    place ("di Batu Karas" is Batu Karas, not Batu), unless that word is a place of its own ("Batu Malang"), a word of
    the trade or of the sentence. The name word is capitalised in a cased brief; in a lower-case one, no lexicon
    knows it."""
    if cased and (run := _RUN_TO_REGION.match(text, e)) and run.group(2).lower() in PLACES and all(
            w.lower() not in PLACES and w.lower() not in _NOT_LOC and w.lower() not in _BUSINESS_WORDS
            for w in run.group(1).split()):
        return run.end(1)  # "in Siak Sri Indrapura, Riau": the town's whole name, up to the region it lies in
    if lower[s:e] not in TOPONYM_HEADS or not (m := _NEXT_WORD.match(text, e)):
        return e
    word = m.group(1)
    low = word.lower()
    if low in PLACES or low in _NOT_LOC or low in _BUSINESS_WORDS or _PLACE_RE.fullmatch(low):
        return e
    if cased:
        return m.end() if word[:1].isupper() else e
    from .sense import in_vocabulary  # the lexicons know the parser's words (imported here: sense reads this module)
    return m.end() if not in_vocabulary(low) else e


def _named_then_place(text: str, lower: str) -> tuple[str, tuple[int, int]] | None:
    """The place of "<Name>, <place>" (see _NAME_COMMA), with its span."""
    for m in _NAME_COMMA.finditer(text):
        run = text[m.start():m.end()].rstrip(" ,")
        if _PLACE_RE.fullmatch(run.lower()):
            continue  # "Jakarta Selatan, Depok": a list of places, not a name and its town
        pos = m.end()
        pm = _PLACE_RE.match(lower, pos) or _GEO_NOUN.match(text, pos)
        if pm and _PIECE_END.match(text, pm.end()):
            raw = text[pos:pm.end()]
            if len(raw) < 4 and not raw.isupper():
                continue  # "jkt", "sby": shorthand, not how the page should name the town
            return (raw if raw != raw.lower() else title_case(raw))[:60], (pos, pm.end())
    return None


# A village named after its word written in lower case ("di desa Tanjungsari", "di dusun Krajan", "di kampung
# Cibeureum"), in a brief that capitalises names: the capitalised name is the village's.
_VILLAGE_NAMED = regrouped(r"(desa|dusun|kampung)\s+((?!(?:Kecamatan|Kabupaten|Kota|Kec|Kab)\b)[A-Z][\w'-]+"
                           r"(?:\s+(?!(?:Kecamatan|Kabupaten|Kota|Kec|Kab)\b)[A-Z][\w'-]+)?)\b")


_DISTRICT_NAMED = regrouped(r"(?i:kec\.|kecamatan|kel\.|kelurahan)\s*([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\b")


_OWNER_FROM = regrouped(r"\b(?:(?:kami|saya|aku|kita|we\s+are|we're)\s+(?:dari|from)|"
                        r"(?:order|orders|pesan|pesen|beli|buy|shop)\s+(?:dari|from|di|at))\s+$")


def location(text: str, lower: str, cased: bool) -> tuple[str | None, tuple[int, int] | None, bool]:
    """A city or area the owner named, its span, and whether it followed "di"/"in" (vs. a bare mention). A source
    line's name ("Dikutip dari Tribun Kaltim") is no place (source_lines.py), nor is an owner's foreign hometown when
    the brief names another (person_origin.py); a town beats a region (region_city.py)."""
    text, lower = blank_sources(text, lower)
    found = past_origin(_location(text, lower, cased), text, lower, cased, _location)  # not "I'm X from Turin"
    return city_over_region(found, text, lower, cased, _location, _BUSINESS_WORDS)


def place_skips(text: str, place_span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Spans the business reader skips: the place read, and the landform-headed place names ("Pasir Timbul")."""
    return ([place_span] if place_span else []) + toponym_spans(text)


def _location(text: str, lower: str, cased: bool) -> tuple[str | None, tuple[int, int] | None, bool]:
    headed = _named_then_place(text, lower) if cased else None
    # "I'm Marta, from Portugal. I moved to Kuta Lombok and opened a bakery": where the owner moved is where the
    # business is; where they come from is their story
    if (moved := _MOVED_TO.search(lower)) and (run := _PLACE_RUN.match(text, moved.end())) and (
            any(w.lower() in PLACES for w in run.group(0).split()) or run.group(0).lower() in PLACES):
        return run.group(0)[:60], run.span(), True
    signed_in = sign_in(text)  # "Hi, Jake from Wellington here.": where the person is from, not where it is
    for m in _LOC_PREP.finditer(lower):
        if signed_in and m.start() < signed_in[0][1]:
            continue
        if headed and headed[1][0] < m.start():
            return headed[0], headed[1], False
        pos = m.end()
        if cased and (village := _VILLAGE_NAMED.match(text, pos)):
            # "di desa Tanjungsari": the village as the page names it, "Desa Tanjungsari"
            name, end = village.group(2), village.end()
            if " " in name and name.split()[1].lower() in PLACES:  # "di kampung Sukaraja Bogor": then its town
                name, end = name.split()[0], village.start(2) + len(name.split()[0])
            return f"{village.group(1).capitalize()} {name}"[:60], (village.start(), end), True
        if cased and (district := _DISTRICT_NAMED.match(text, pos)):
            # "di kec. Tanjung Morawa", "di Kelurahan Sukajadi": the district or ward by its name
            name, (s, e) = district.group(1), district.span(1)
            if " " in name and name.split()[1].lower() in PLACES:  # "Kelurahan Sukajadi Bandung": then its town
                name, e = name.split()[0], s + len(name.split()[0])
            elif (wider := _IN_KNOWN.match(text, e)) and wider.group(1).lower() in PLACES:
                name, e = text[s:wider.end()], wider.end()  # "Kelurahan Sukajadi, Pekanbaru": and its town
            return name[:60], (s, e), True
        pm = _PLACE_RE.match(lower, pos)
        if pm:
            s, e = pm.start(), _whole_place(text, lower, cased, pm.start(), pm.end())
            raw = text[s:e]
            as_written = raw != raw.lower() and (raw != raw.upper() or (len(raw) <= 4 and cased))  # "BSD", "NTT"
            return (raw if as_written else title_case(raw.lower()))[:60], (s, e), True
        if cased:
            # "di Tanah Liat Studio Jakarta Selatan": a known place inside the capitalised words wins
            run = re.match(r"(?:[A-Z][\w'.-]*\s*){1,6}", text[pos:pos + 80])
            if run:
                for pm in _PLACE_RE.finditer(lower, pos, pos + run.end()):
                    if pm.start() == pos or lower[pm.start() - 1] == " ":
                        if pm.start() > pos and pm.end() - pos > run.end() + 1:
                            continue
                        s, e = pm.start(), _whole_place(text, lower, cased, pm.start(), pm.end())
                        return text[s:e][:60], (s, e), True
            words = []
            cur = pos
            for wm in re.finditer(r"\S+", text[pos:pos + 80]):
                w = wm.group(0).rstrip(",.;:!?)")
                if not _CAP_WORD.fullmatch(w) or w.lower() in _NOT_LOC or len(words) >= 3:
                    break
                words.append(w)
                cur = pos + wm.start() + len(w)
                if wm.group(0) != w:
                    break
            if words and words[0].lower() not in _NOT_LOC and len(words[0]) >= 3:
                raw = text[pos:cur]
                # "di Kopi Senja", "dari Kisah Kita Photography" name a business, not a place
                # ... and so do "Order from Bloomy Days", "pesan di Dapur Nenek Ijah": whom the goods are had from
                owner_from = _OWNER_FROM.search(lower, max(0, m.start() - 14), pos)
                # the whole capitalised run decides: "di Dapur Ibu Made Cooking School" is a business
                full = re.match(r"(?:[A-Z][\w'.-]*\s*){1,7}", text[pos:pos + 100])
                run_words = (full.group(0) if full else raw).split()
                if not re.match(r"(?i)(?:toko|warung|kedai|cafe|kafe|rumah|dapur|jl|jalan|pt|cv)\b", raw) and not any(
                        w.lower().strip(".,") in _BUSINESS_WORDS for w in run_words) and not owner_from:
                    # "di Banyuresmi, Garut": a village no list knows, then the regency or city it lies in
                    if (wider := _IN_KNOWN.match(text, cur)) and wider.group(1).lower() in PLACES:
                        cur = wider.end()
                        raw = text[pos:cur]
                    return raw[:60], (pos, cur), True
    if headed:
        return headed[0], headed[1], False
    served = origin = quoted = None
    names = [q.span() for q in _QUOTED_NAME.finditer(text)]
    for m in _PLACE_ANY.finditer(lower):
        end = _whole_place(text, lower, cased, m.start(), m.end())
        raw = text[m.start():end]
        found = (raw if raw != raw.lower() and raw != raw.upper() else title_case(raw.lower()))[:60], (m.start(), end), False
        if any(a < m.start() and end < b for a, b in names):
            # "Angkut Sampah 'Resik Lombok' Mataram": a place inside the quoted name is the name's word; the town is
            # the one named outside it, if the brief names one
            quoted = quoted or found
            continue
        if _STREET_BEFORE.search(lower, max(0, m.start() - 8), m.start()):
            continue  # "Gang Lombok", "Jl. Bali": a street named after a town
        if _ORIGIN_BEFORE.search(lower, max(0, m.start() - 30), m.start()):
            # "jual pecel madiun & rawon … di depan pasar Kliwon Kudus": the town names the dish's style (soto
            # lamongan, bandeng presto semarang, tenun sumba); the business is where the brief says it is, if it does
            origin = origin or found
            continue
        if _OUTSIDE_BEFORE.search(lower, max(0, m.start() - 16), m.start()):
            continue  # "cari agen luar Bangka", "kirim ke luar Jawa": a place the business is outside of, not in
        if not _SERVED_CUE.search(lower, max(0, m.start() - 60), m.start()):
            return found
        # "kirim pake styrofoam ke Medan & Siantar": where the goods go, an area served; the town only when the
        # brief names no other place
        served = served or found
    if cased:
        # "Pemancingan Mang Ujang, Garut: mancing …": a town whose name is also a word ("garut", "padang") is the
        # town when the owner capitalised it and set it off as a piece of its own
        for m in _SET_OFF_CAPS.finditer(text):
            if m.group(1).lower() in PLACES:
                return m.group(1)[:60], (m.start(1), m.end(1)), False
    if served or origin or quoted:
        return served or origin or quoted  # type: ignore[return-value]
    return None, None, False


# A dish or a regional product right before a town: the town is part of the product's name, not an address.
_ORIGIN_BEFORE = regrouped(
    r"\b(?:soto|bakso|baso|sate|satai|mie|mi|nasi|sego|pecel|gudeg|coto|pempek|empek-empek|lumpia|bika|dodol|wingko|"
    r"tahu|bandeng|ayam|bebek|rawon|lontong|martabak|bolu|lapis|keripik|kripik|kerupuk|emping|jenang|getuk|kopi|batik|"
    r"tenun|songket|jeruk|salak|duren|durian|mangga|kue|sambal|rendang|sop|sup|mpek-mpek|empal|gulai|tengkleng|"
    r"kupat|ketupat|bakpia|pia|wajik|rujak)(?:\s+[a-z]+)?\s+$")
# A name set in quotes: 'Resik Lombok', "Sejuk Borneo", “Kopi Toraja” (an apostrophe inside a word, "Qur'an", opens none)
_QUOTED_NAME = regrouped(r"(?<![\w'\"‘“])['\"‘“][^'\"’”\n]{2,40}['\"’”](?![\w'\"’”])")
_OUTSIDE_BEFORE = regrouped(r"\b(?:luar|outside(?:\s+of)?|beyond)\s+$")
_STREET_BEFORE = regrouped(r"\b(?:gang|gg|jl|jln|jalan)\.?\s*$")
_MOVED_TO = fast(r"\b(?:i|we|saya|aku|kami)\s+(?:(?:have|had|just|baru)\s+)?(?:moved|relocated|pindah)\s+(?:to|ke)\s+")
_PLACE_RUN = regrouped(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
_IN_KNOWN = regrouped(r",\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*(?:[,.;:!?)]|$))")
_SET_OFF_CAPS = regrouped(r"(?:^|[,(;]\s*)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*(?:[,.:;)]|$))")


# ---------------------------------------------------------------- products
_SELL = regrouped(
    r"\b(?:jual|jualan|menjual|berjualan|jualin|dagang|berdagang|menyediakan|sedia|nyediain|produksi|memproduksi|"
    r"bikin|membuat|spesialis|specializing\s+in|specialising\s+in|specialize\s+in|specialise\s+in|selling|sell|sells|"
    r"offering|offer|offers|provide|provides|providing|serving|serve|serves|make|makes|making|bake|bakes|baking|"
    r"menawarkan|melayani|terima|menerima|supply|supplies|produk(?:nya)?(?:\s+(?:kami|saya|utama|andalan))?"
    r"(?:\s+(?:adalah|yaitu|berupa|meliputi|antara\s+lain|seperti|ada)|\s*:)|menu(?:nya)?(?:\s+(?:kami|andalan|utama))?"
    r"(?:\s+(?:ada|adalah|yaitu|berupa|meliputi|seperti|antara\s+lain)|\s*:)|layanan(?:nya)?(?:\s+(?:kami|saya))?"
    r"(?:\s+(?:ada|adalah|yaitu|berupa|meliputi|seperti|antara\s+lain)|\s*:)|jasa|services?\s+(?:include|like)|"
    r"including|such\s+as|seperti|antara\s+lain|mulai\s+dari|kayak|khusus|punya\s+usaha|usaha|buka)\s*:?\s+")
_ITEM_STOP = set("""
di in at untuk utk bwt bagi for dengan dgn with yang yg sejak since warna color colour mau ingin pengen pingin tolong
please website web namanya nama bisa pesan order via lewat harga mulai target tapi but karena located based kami saya
aku gw gue i we my our is are which that who nuansa tema buka setiap tiap tersedia available terima menerima dan
landing halaman page situs sudah udah sdh telah ke kirim antar delivery free gratis ada kalau kalo klo biar supaya agar
mohon butuh need want wants need needs target cocok hubungi contact called named bernama juga jg also from dari
colors colours nuansa tema theme vibe vibes look pesen psn orderan style gaya desain design please pls tolong merek merk
brand brandnya mereknya namanya nama nmanya
""".split()) - {"dan"}
_LEAD_FILLER = regrouped(
    r"^(?:aneka|berbagai(?:\s+macam)?|macam[\s-]+macam|macam|bermacam[\s-]+macam|various|all\s+kinds\s+of|"
    r"kinds\s+of|some|a|an|the|juga|jg|also|and|dan|serta|sama|pesanan|menu|ada|yaitu|seperti|antara\s+lain|"
    r"mulai\s+dari|dari|jasa|produk|homemade\s+|kue[\s-]+kue(?=\s)|berupa|or|atau|plus|hingga|sampai|"
    r"fresh|delicious|enak|lezat|murah|our|my|menyediakan|jual|menjual)\b\s*")
_TRAIL_FILLER = regrouped(
    r"\s*\b(?:enak|murah|lezat|juga|jg|aja|saja|dll|dsb|etc|lainnya|lain-lain|lain\s+lain|and\s+more|dan\s+lainnya|"
    r"dan\s+lain-lain|dkk|nya|yang|yg|homemade|kekinian|terbaik|best|lainnya|too|as\s+well|banget|bgt|premium|"
    r"berkualitas|enak\s+banget)$")
_SPLIT = regrouped(r"\s*(?:,|&|/|\+|\band\b|\bdan\b|\bserta\b|\bsama\b|\bsm\b|\bama\b|\batau\b|\bor\b|\bplus\b|\bjuga\b|;)\s*")
_BAD_ITEM = set("""
website web landing page halaman online produk product products barang jasa usaha bisnis toko shop store kue makanan
minuman food foods lainnya lain dll etc sebagainya kami saya pesanan order orders menu harga price prices murah enak
lain-lain macam things stuff items item service services layanan yang
""".split())


def _clean_item(item: str) -> str:
    item = item.strip(" -:'\"")
    for _ in range(3):
        new = _LEAD_FILLER.sub("", item)
        new = _TRAIL_FILLER.sub("", new).strip(" -:'\"")
        if new == item:
            break
        item = new
    return item


def products(lower: str, exclude: list[str], seen_keywords: list[str]) -> list[str]:
    """Up to 10 products/services in the owner's words (lower case)."""
    banned = {e.lower() for e in exclude if e}
    out: list[str] = []

    def push(item: str) -> None:
        item = _clean_item(item)
        words = item.split()
        if not item or len(item) < 2 or len(words) > 4 or item in _BAD_ITEM or item.isdigit():
            return
        if is_color(item) or item in banned or any(item in b.split() or item == b for b in banned) or words[0] in _ITEM_STOP:
            return
        if item not in out:
            out.append(item)

    for m in _SELL.finditer(lower):
        start = m.end()
        seg_m = re.match(r"[^.;!?()\n]{0,200}", lower[start:])
        seg = seg_m.group(0) if seg_m else ""
        if re.match(r"(?:website|web|landing|halaman|situs|page|a\s+website|toko\s+online\s+saya)\b", seg):
            continue
        # cut at the first clause word
        words = re.finditer(r"[\w'-]+|[,&/+]", seg)
        cut = len(seg)
        for w in words:
            if w.group(0) in _ITEM_STOP:
                cut = w.start()
                break
        seg = seg[:cut]
        for part in _SPLIT.split(seg):
            push(part)
        if len(out) >= 10:
            break
    if not out:
        for kw in seen_keywords:
            if " " in kw or len(kw) >= 4:
                push(kw)
    return out[:10]


# ---------------------------------------------------------------- audience
_AUD_TRIGGER = regrouped(
    r"\b(?:target(?:\s+(?:pasar|market|customer|konsumen|pelanggan))?(?:nya)?(?:\s+(?:saya|kami|kita|kita|utama|our|my))?"
    r"(?:\s+(?:adalah|yaitu|is|are|:))?|sasaran(?:nya)?(?:\s+(?:kami|saya))?|segmen(?:t)?(?:nya)?|aimed\s+at|"
    r"catering\s+to|ideal\s+for|perfect\s+for|cocok\s+(?:untuk|buat|bagi)|pelanggan(?:nya)?\s+(?:kami\s+|saya\s+)?"
    r"(?:kebanyakan|mayoritas|utama(?:nya)?|biasanya)|kebanyakan\s+pelanggan(?:nya)?|untuk|utk|buat|bwt|bagi|khusus|"
    r"for|melayani|serving|targeting|terutama|especially)\s*:?\s+")
_AUD_NOUN = regrouped(r"\b(?:ibu|ibu-ibu|ibu2|emak|emak-emak|mamah|bapak|bapak-bapak|mahasiswa|mahasiswi|pelajar|"
                      r"siswa|anak|anak-anak|anak2|remaja|keluarga|karyawan|pekerja|kantoran|orang|ortu|lansia|"
                      r"wanita|perempuan|putri|putra|santri|pria|laki-laki|cowok|cewek|muslimah|muslim|hijabers|pengantin|pasangan|"
                      r"calon|umkm|pelaku|pengusaha|perusahaan|kantor|balita|bayi|gen|milenial|millennials?|"
                      r"wisatawan|turis|traveler|travelers|pecinta|penggemar|pencinta|komunitas|warga|masyarakat|"
                      r"pemula|profesional|kids|children|child|students?|parents?|families|family|professionals|women|"
                      r"woman|men|teens|teenagers|tourists|couples|businesses|startups|owners|seniors|workers|moms|"
                      r"mums|mothers|dads|people|lovers|fans|beginners|young|adults|kaum|generasi|pegawai|guru|"
                      r"petani|nelayan|reseller|dropshipper|pembeli|customers|clients|klien|kalangan|instansi|"
                      r"sekolah|kampus|brides|grooms|gamers|pelari|runners|atlet|athletes|pemilik|pet|hewan|kucing|"
                      r"anjing|perantau|ekspatriat|expats|pekerja|buruh|santri|jamaah|jemaah|dewasa|usia|tamu|guests|"
                      # people by their work: "English for guides & boat crew", "arrangements for church choirs"
                      r"guides?|pemandu|crews?|awak\s+kapal|drivers?|sopir|supir|teachers?|nurses|farmers|fishermen|"
                      r"choirs?|paduan\s+suara|schools)\b")
_AUD_STOP = regrouped(r"\b(?:di|in|at|dengan|dgn|with|sejak|since|warna|color|colour|mau|ingin|tolong|please|website|"
                      r"pesan|order|via|lewat|harga|jual|sell|selling|and\s+i|dan\s+saya|namanya|nama|bisa|can|"
                      r"who\s+want|terima|menerima|karena|because|tapi|but|(?<!who\s)(?<!that\s)(?:is|are|was|were)|adalah|"
                       # what the group gets is a fact of its own: "utk mahasiswa ada diskon 10%"
                      r"ada|dapat|dapet|dpt|get|gets|diskon|discount|gratis|free|mulai|from|"
                       # where it is begins a place: "khusus putri dekat kampus UI"
                      r"dekat|deket|dkt|near|sebelah|samping|depan|"
                       # a new clause's subject: "for foreign couples we handle the paperwork"
                      r"we|kami|they|(?<=\s)i)\b|\s[-—–]\s|"
                      # a price ends it: "for tourists photoshoot 250k/person" is for "tourists photoshoot"
                      r"\b(?:rp|idr)\b|\b\d[\d.,]*\s*(?:rb|ribu|k|jt|juta|million)\b"
)

_SEGMENT = re.compile(r"[^.;:!?,()\n]{0,120}")
# the writer's own people: "my parents", "our kids", "anak saya", "ibuku"
_WRITERS_OWN = regrouped(r"\b(?:my|our|saya|aku|sy|gue|gw)\b|\b(?:ibu|bapak|ayah|mama|papa|anak|adik|kakak|nenek|kakek|"
                         r"suami|istri)ku\b")


def audience(lower: str, btype: str, lang: str) -> str:
    for m in _AUD_TRIGGER.finditer(lower):
        if SAID_OF_FOR.search(lower, max(0, m.start() - 9), m.start()):
            continue  # "aman untuk anak": what the goods are like (audiences.py)
        # (a colon opens what follows: "for tourism: greeting guests, handling complaints" lists topics)
        seg_m = _SEGMENT.match(lower[m.end():])
        seg = seg_m.group(0) if seg_m else ""
        stop = _AUD_STOP.search(seg)
        if stop:
            seg = seg[:stop.start()]
        words = seg.split()[:6]
        while words and words[-1] in ("yang", "yg", "dan", "and", "or", "atau", "the", "who", "that", "serta"):
            words.pop()
        phrase = " ".join(words)
        if head_count(phrase):
            continue  # "for 4 guests": what one offering holds (head_counts.py)
        if _WRITERS_OWN.search(phrase):
            continue  # "I'm making this site for my parents", "buat ibu saya": the writer's family, no audience
        explicit = not re.match(r"(?:untuk|utk|buat|bwt|bagi|khusus|for|melayani|serving|terutama|especially)\b",
                                m.group(0))
        if phrase and (_AUD_NOUN.search(" ".join(words[:3])) or (explicit and len(words) <= 5)):
            return phrase[:120]
    return ""  # nobody named: the page does not make up an audience
