"""Brand-name extraction: explicit markers, quotes, "X sejak 2010", leading names, capitalised runs.

Each rule proposes candidates with a priority (lower is stronger); the strongest, then the
earliest, wins. Names stop at the next clause word and keep the owner's capitalisation
(all-lower-case names are title-cased).
"""

from __future__ import annotations

import re

from .lexicon import KEYWORDS
from .places import PLACES
from .text import title_case

# Words that end a name ("nama tokonya Kopi Senja yang ..." → "Kopi Senja").
STOP = set("""
yang yg di dan jual menjual jualan berjualan selling sells sell sold in at with warna warnanya color colour colors
colours sejak since untuk utk buat bwt for dengan dgn dg adalah is are was were which that who located berlokasi
beralamat terletak mau ingin pengen pingin tolong dong ya yaa gan kak sis min nih sih lho loh deh kok lah
dari from ke by we i saya sy aku kami gw gue gua ane my our menyediakan provides provide offering offers offer
serving serves punya ada bisa juga jg enak murah terbaik paling banget bgt sekali sangat tapi but atau or website
web landing halaman page site nuansa tema bernuansa bertema theme produk products est berdiri didirikan founded
established sudah udah sdh telah has have pada on daerah kota area near dekat sekitar lokasi alamat pesan order
via lewat melalui through wa whatsapp ig instagram target khusus spesialis specializing nomor hp telp kontak contact
email harga price mulai starting tersedia available buka a an as sebagai merupakan yaitu ialah yakni cuma hanya only
just also too butuh need needs want wants please pls tolong makasih thanks thx terima kami kita its it menerima
melayani menawarkan offering we're i'm lagi sedang akan will can could should and kalau kalo klo karena krn biar
supaya agar tiap setiap every per jam hari jl jln jalan masih baru lagi no
""".split())
# Lower-case words that may sit inside a capitalised name ("House of Batik", "Kopi & Roti").
_CONNECT = {"of", "de", "n", "&", "and", "van", "der", "la", "le", "du", "d'", "the", "x", "y", "by", "drg", "dr", "ir",
            "hj", "h", "ny", "prof", "st", "dkk", "von", "del", "da", "do", "dos"}
# ALL-CAPS tokens that are not part of names (acronyms of platforms and shop talk).
_HARD_ACRONYMS = {"wa", "ig", "cod", "hp", "umkm", "dm", "po", "seo", "ui", "ux", "ceo", "ok", "fb", "cs", "pm",
                  "sd", "smp", "sma", "smk", "i", "a"}
# Capitalised words that never start or end a name (pronouns, greetings, platforms, request verbs).
_HARD = set("""
saya aku gw gue halo hai hi hello hey tolong mohon please buatkan bikinin bikin buat jual menjual website web landing
page i we my our a an this it is kalau untuk utk dan yang di in at selamat pagi siang sore malam assalamualaikum
permisi whatsapp wa instagram ig tiktok shopee tokopedia lazada bukalapak blibli gojek gofood grabfood grab
shopeefood facebook fb google maps youtube twitter line telegram umkm cod po hp ok oke iya we're i'm im hallo thanks
terima kasih dm chat order pesan site seo logo brand ui ux it ai api ceo owner founder jadi so also juga jg mau ingin
need want hari ini sekarang kalian anda kamu sebagai menu produk website-nya gratis free promo diskon discount sale
your looking saya,
""".split())
# Capitalised words that are names only next to other name words ("Kopi Kita", "English Fun Academy").
_SOFT = set("""
kami kita the min admin kak gan sis bro mas mbak pak bu ibu bapak senin selasa rabu kamis jumat sabtu minggu monday
tuesday wednesday thursday friday saturday sunday januari februari maret april mei juni juli agustus september
oktober november desember january february march june july august october december lebaran idul fitri ramadan
ramadhan natal imlek christmas eid english inggris indonesia indonesian bahasa arab jawa sunda mandarin jl jalan rt
rw no kec kab kota kabupaten halal homemade home made fresh premium new best
""".split())
_NOT_NAME = _HARD | _SOFT
_NEVER_IN_NAME = {"di", "dan", "and", "in", "at", "sejak", "since", "is", "are", "yang", "untuk", "dengan", "with",
                  "for", "adalah", "jual", "menjual", "sells", "selling", "yg", "utk", "dgn", "warna", "color"}
_PERSON_BEFORE = re.compile(r"(?:\bsaya|\baku|\bnama\s+saya|\bmy\s+name\s+is|\bi\s+am|\bi'm|\bini|\bby|\boleh"
                            r"|\bdengan|\bdgn)\s*$|\b(?:owner(?:nya)?|pemilik(?:nya)?)\s*,?\s*$")
_HONORIFIC = r"(?:bu|ibu|pak|bapak|mas|mbak|mba|kak|bang|cak|ning|teh|aa|koh|cik|ci|ko|om|tante|mbok|mak|uda|uni|bunda|mama|mami|papa|papi|oma|opa|abah|umi|eyang|mbah|nenek|kakek|engkong|encim|bude|pakde|bulik|paklik|uncle|aunty|auntie|mom|mum|grandma|granny|nyonya|ny|tuan|haji|hj|h|ustadz|ustad|ummi)"
_PREFIX = (r"(?:toko|warung|waroeng|warkop|kedai|cafe|kafe|caffe|coffee|bakso|baso|rumah makan|rm|depot|butik|boutique|"
           r"studio|salon|bengkel|klinik|laundry|dapur|rumah|sanggar|katering|catering|mie|mi|soto|sate|ayam|martabak|"
           r"roti|kue|kopi|apotek|bimbel|griya|pondok|angkringan|lesehan|barbershop|kios|galeri|gallery|percetakan|"
           r"konveksi|penjahit|optik|nasi|pecel|seblak|es|jamu|dimsum|pempek|gudeg|rawon|batik|bolu|kost|kos|yayasan|"
           r"rental|sanggar|pangkas rambut|sekolah|les|kursus|lembaga|paud|tk)")
_GENERIC = set(KEYWORDS) | set("""
saya kami aku kecil online rumahan murah enak besar baru lokal terbaik rumah usaha bisnis toko warung kedai shop
store brand merek produk jasa kuliner makan makanan minuman home small local online new best my our the a an
sendiri kecil-kecilan keluarga family sederhana mini mikro umkm halal premium fresh kekinian tradisional modern
jualan dagangan olshop usahaku tokoku kita ini itu nya sy gw gue cafe kafe coffee
""".split())

_WORD_TOKEN = re.compile(r"[\w][\w'’]*(?:[-.][\w]+)*|&|[.,;:!?()\[\]\"/|+]|-")
_PUNCT = set(".,;:!?()[]\"/|+-")
_ABBR = {"ny", "jl", "st", "pt", "cv", "hj", "h", "dr", "drg", "tn", "ir", "drs", "prof", "co", "bpk", "kh", "ud"}
_HONOR_SET = set(_HONORIFIC[3:-1].split("|"))
_TRAIL_DROP = _CONNECT | {"&", "kak", "gan", "sis", "min", "admin"}
_LEAD_DROP = _CONNECT - {"the"}
_WEAK = _SOFT | _CONNECT | _HONOR_SET
_YEAR = re.compile(r"^(?:19|20)\d\d$")

_STRONG = re.compile(
    r"\b(?:(?:nama|nm|nma)\s+(?:[a-z]+\s+){1,2}?(?:[a-z]{3,}nya|saya|sy|aku|ku|gw|gue|kami|kita)\b|"
    r"(?:nama|nm|nma)\s*(?:toko|usaha|bisnis|brand|merek|merk|warung|kedai|cafe|kafe|resto|restoran|restaurant|butik|"
    r"studio|salon|bengkel|klinik|laundry|perusahaan|lembaga|tempat|produk|label|katering|catering|bimbel|sekolah|"
    r"yayasan|komunitas|kios|lapak|olshop|online\s*shop|toko\s*online|jualan|dagangan|outlet|gerai|kantor|agensi|"
    r"agency|event|acara|festival|kursus|les|akun|channel|kost|kos|homestay|dagang|bakery|kafe|studio|tk|paud|"
    r"wo|eo|travel|rental|shop|store|band|sanggar|tim|team|startup|aplikasi|app|usaha\s*kuliner|bisnis\s*kuliner)"
    r"(?:\s*-?\s*(?:nya|ku|mu)\b)?(?:\s+(?:saya|sy|aku|ku|gw|gue|gua|kami|kita|ane|dia|kita)\b)?|"
    r"namanya|namany|nmanya|nmnya|namax|nama\s+nya|bernama|dinamai|dinamakan|diberi\s+nama|dikasih\s+nama|kasih\s+nama|dengan\s+nama|"
    r"dgn\s+nama|pakai\s+nama|pake\s+nama|brand\s*name(?:\s+is)?|business\s+name(?:\s+is)?|shop\s+name(?:\s+is)?|"
    r"store\s+name(?:\s+is)?|company\s+name(?:\s+is)?|called|named|known\s+as|under\s+the\s+name|trading\s+as|"
    r"(?:shop|store|business|company|bakery|cafe|brand|studio|restaurant|salon|agency|startup)\s+is\s+called|"
    r"goes\s+by|nama(?=\s*:))\b"
    r"(?:\s*(?:adalah|yaitu|ialah|yakni|itu|is|:|=|-)(?=\s|\"|'|$))?\s*", re.I)
_MEDIUM = re.compile(
    r"\b(?:brand(?:nya)?|merek(?:nya)?|merk(?:nya)?|label(?:nya)?)(?:\s+(?:saya|sy|aku|kami|gw|gue|kita|ku|my|our)\b)?"
    r"(?:\s*(?:adalah|yaitu|ialah|itu|is|:|=|-))?\s+|"
    r"\b(?:usaha|toko|warung|bisnis|kedai|angkringan|cafe|kafe|olshop|butik|studio|salon|bengkel|lapak|jualan|brand|"
    r"merek|katering|catering|bakery|laundry|klinik|kost|kos|sanggar|bimbel|les|kursus|tempat)\s+"
    r"(?:saya|sy|aku|gw|gue|kami|ku|ane)\s*[,:-]\s*", re.I)
_MEDIUM_CAP = re.compile(
    r"\b(?:we\s+are|we're|this\s+is|i\s+run|we\s+run|i\s+own|we\s+own|i\s+manage|i\s+operate|owner\s+of|founder\s+of|"
    r"organizing|organising|presenting|introducing|pemilik|owner|punya|membuka|buka|mengelola|"
    r"(?:my|our)(?-i:(?:\s+[a-z-]+){1,2}?(?=\s*,?\s+(?:The\s+)?[A-Z0-9]))|usaha\s+(?:saya|kami|aku|gw)|"
    r"toko\s+(?:saya|kami|aku|gw)|bisnis\s+(?:saya|kami|aku|gw))\s*(?:,\s*)?(?:adalah\s+|is\s+)?", re.I)
_QUOTED = re.compile(r"\"([^\"]{2,60})\"|(?<![\w])'([^']{2,50})'(?![\w])")
_SINCE = re.compile(r"\s*[,(-]?\s*(?:sejak|since|est\.?|established(?:\s+in)?|berdiri\s+(?:sejak|tahun)|dari\s+tahun)"
                    r"\s+(?:tahun\s+|thn\s+|th\s+)?(?:19|20)\d\d\b", re.I)
_START_FOLLOW = re.compile(
    r"\s*(?:[:\-,(]|adalah\b|merupakan\b|yaitu\b|ialah\b|is\b|are\b|was\b|jual\b|menjual\b|menyediakan\b|"
    r"sells\b|offers\b|provides\b|hadir\b|has\b|serves\b|specializes\b|specialises\b|melayani\b|berdiri\b|sejak\b|"
    r"since\b|est\b|spesialis\b|makes\b|bakes\b|brings\b|helps\b|membantu\b|menawarkan\b|siap\b|ready\b|—)", re.I)
_LOWER_START = re.compile(
    r"\s*((?:[\w'&]+\s+){0,4}[\w'&]+)\s*(?:adalah|merupakan|is\s+an?|:|-|,|buka|jual|menjual|menyediakan|melayani|"
    r"sells|offers|provides|hadir|sejak|since|jl\b|jln\b|jalan)\s")
_HONOR_RE = re.compile(r"\b(" + _PREFIX + r"(?:\s+[a-z]+){0,2}?\s+)" + _HONORIFIC + r"\.?\s+([a-z][a-z'-]{1,20})\b")
_PREFIX_CAP = re.compile(r"\b((?i:" + _PREFIX + r"))((?:\s+[a-z]+){0,2}?)\s+(?=[A-Z0-9])")
_SUFFIXES = set("""
bakery bakehouse cafe café coffee kitchen laundry studio studios salon barbershop catering store shop florist
photography photo academy course tour travel organizer organiser decor digital tech craft crafts cake cakes cookies
boutique collection co company corp group house lab labs works workshop creative creatives design media production
productions gallery garden farm spa clinic care school center centre hub space id official indonesia wedding events
event foods food resto restaurant bistro eatery snack snacks frozen tailor printing print sablon laundryan bimbel
""".split())


def _is_cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or (tok[0].isdigit() and any(c.isalpha() for c in tok))
                          or (tok[0].islower() and any(c.isupper() for c in tok[1:])))


def _hard(tok: str) -> bool:
    """A capitalised word that cannot be inside a name ("Saya", "WA"); acronyms like "IT", "WO" can."""
    low = tok.lower()
    if len(tok) >= 2 and tok.isupper():
        return low in _HARD_ACRONYMS
    return low in _HARD


def _tokens(text: str, start: int, limit: int = 14) -> list[re.Match]:
    out = []
    for m in _WORD_TOKEN.finditer(text, start):
        out.append(m)
        if len(out) >= limit:
            break
    return out


def _next_cap(text: str, m: re.Match) -> bool:
    nxt = _WORD_TOKEN.search(text, m.end())
    return bool(nxt and _is_cap(nxt.group(0)) and nxt.group(0).lower() not in _NOT_NAME | STOP)


def take_name(text: str, start: int, cased: bool, require_cap: bool = False) -> tuple[str, int, int] | None:
    """Read a name starting at ``start``: up to 6 words, ending at punctuation or a clause word."""
    while start < len(text) and text[start] in " \t:=-":
        start += 1
    if start < len(text) and text[start] in "\"'":
        q = text[start]
        end = text.find(q, start + 1)
        if 0 < end - start - 1 <= 50:
            return text[start + 1:end].strip(), start + 1, end
        start += 1
    words: list[re.Match] = []
    for m in _tokens(text, start):
        tok = m.group(0)
        low = tok.lower()
        if tok in _PUNCT:
            if tok == "." and words and words[-1].group(0).lower() in _ABBR:
                continue
            if tok == "&" and words:
                words.append(m)
                continue
            break
        capped = cased and _is_cap(tok)
        connector = bool(words) and cased and ((low in _CONNECT and _next_cap(text, m))
                                               or (low in _ABBR and text[m.end():m.end() + 1] == "."))
        if not words and low == "the" and (not cased or _is_cap(tok) or _next_cap(text, m)):
            words.append(m)
            continue
        if low in STOP and not connector:
            if not (capped and words and not _hard(tok) and low not in _NEVER_IN_NAME):
                break
        if _YEAR.match(low):
            break
        must_cap = require_cap or (cased and words and _is_cap(words[0].group(0)))
        if must_cap and cased and not capped and not connector and not tok[:1].isdigit():
            break
        words.append(m)
        if len(words) >= 6:
            break
    while words and (words[-1].group(0).lower() in _CONNECT | {"-", "&"}):
        words.pop()
    if not words:
        return None
    s, e = words[0].start(), words[-1].end()
    name = text[s:e]
    return name, s, e


def is_generic(name: str) -> bool:
    words = [w for w in re.split(r"[\s&'-]+", name.lower()) if w]
    return not words or all(w in _GENERIC or w in _NOT_NAME or w in STOP or w.isdigit() for w in words)


def _finish(name: str) -> str:
    name = " ".join(name.replace("\u2019", "'").split()).strip(" -:,.'\"")
    if not name:
        return name
    if name == name.lower():
        name = title_case(name)
    else:
        words = name.split(" ")
        # a lower-case business noun in front of a capitalised name: "warung Bu Sri" → "Warung Bu Sri"
        for i, w in enumerate(words):
            if w[:1].islower() and (i == 0 or w not in _CONNECT):
                words[i] = w[:1].upper() + w[1:]
        name = " ".join(words)
    if len(name) > 50:
        name = name[:50].rsplit(" ", 1)[0]
    return name


def cap_runs(text: str) -> list[tuple[int, int, bool]]:
    """Spans of capitalised word runs: (start, end, sentence_initial)."""
    runs: list[tuple[int, int, bool]] = []
    cur: list[re.Match] = []
    initial, cur_initial = True, False
    toks = list(_WORD_TOKEN.finditer(text))

    def close() -> None:
        words = [w.group(0).lower() for w in cur]
        lo, hi = 0, len(cur)
        while hi > lo and words[hi - 1] in _TRAIL_DROP:
            hi -= 1
        while hi - lo >= 2 and words[lo] in _SOFT and words[lo + 1] in _SOFT:
            lo += 1
        while hi > lo and words[lo] in _LEAD_DROP:
            lo += 1
        if hi > lo and not all(w in _WEAK for w in words[lo:hi]):
            runs.append((cur[lo].start(), cur[hi - 1].end(), cur_initial and lo == 0))
        cur.clear()

    for i, m in enumerate(toks):
        tok = m.group(0)
        low = tok.lower()
        if tok in _PUNCT and tok != "&":
            if tok == "." and cur and cur[-1].group(0).lower() in _ABBR:
                continue
            close()
            initial = tok in ".!?" or (initial and tok in ",:")
            continue
        nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
        nxt_ok = (_is_cap(nxt) or nxt.isdigit()) and not _hard(nxt)
        word = (_is_cap(tok) and not _hard(tok)) or (bool(cur) and tok.isdigit() and not _YEAR.match(tok))
        conn = bool(cur) and (low in _CONNECT or tok == "&") and nxt_ok
        if word or conn:
            if not cur:
                cur_initial = initial
            cur.append(m)
        else:
            close()
        initial = False
    close()
    return runs


def extract_brand(text: str, lower: str, cased: bool, skip: list[tuple[int, int]] = ()) -> tuple[str, tuple[int, int]] | None:
    """The brand name and its span in ``text``, or None if nothing looks like a name.

    ``cased`` says whether the brief's capitalisation carries information (not all lower/upper
    case, not Title Case Everywhere); ``skip`` holds spans (locations) that cannot be names.
    """
    cands: list[tuple[int, int, str, tuple[int, int]]] = []

    def add(prio: int, found: tuple[str, int, int] | None, allow_generic: bool = False) -> None:
        if not found:
            return
        name, s, e = found
        name = _finish(name)
        if len(name) < 2 or not re.search(r"[^\W\d_]", name):
            return
        if not allow_generic and is_generic(name):
            return
        for a, b in skip:
            if a <= s and e <= b and prio >= 4:
                return
            if s < a < e <= b:  # "Tanah Liat Studio Jakarta Selatan" after "di": the place is not the name
                cut = re.sub(r"(?i)[\s,]*\b(?:di|in|at)?\s*$", "", text[s:a])
                if len(cut) < 2:
                    return
                name, e = _finish(cut), s + len(cut)
        if prio >= 7 and _PERSON_BEFORE.search(lower[max(0, s - 20):s]):
            return
        cands.append((prio, s, name, (s, e)))

    for m in _STRONG.finditer(text):
        found = take_name(text, m.end(), cased)
        if found and found[0].lower().rstrip(".") in _NOT_NAME | STOP:
            continue
        add(1, found, allow_generic=True)
    for m in _QUOTED.finditer(text):
        if re.search(r"(?:tagline|slogan|motto|tulisan|bertuliskan|kata|text|teks|caption|headline|judul|quote)\W{0,12}$",
                     lower[max(0, m.start() - 25):m.start()]):
            continue
        inner = (m.group(1) or m.group(2)).strip()
        if 1 <= len(inner.split()) <= 5 and inner[:1].isalnum() and not re.search(r"[.!?]", inner[:-1]):
            idx = m.start(1) if m.group(1) else m.start(2)
            add(2, (inner, idx, idx + len(inner)))
    for m in _MEDIUM.finditer(text):
        found = take_name(text, m.end(), cased)
        if found and found[0].lower() in _NOT_NAME | STOP:
            continue
        add(3, found)
    if cased:
        for m in _MEDIUM_CAP.finditer(text):
            found = take_name(text, m.end(), cased, require_cap=True)
            if found and not _is_cap(found[0]):
                continue
            add(3, found)
    all_runs = None
    for m in _SINCE.finditer(text):
        before = text[:m.start()]
        for a, b in skip:
            if before.rstrip(" ,(-").endswith(text[a:b]) and b >= len(before.rstrip(" ,(-")) - 1:
                before = re.sub(r"(?i)\s*\b(?:di|in|at)\s*$", "", before[:a])
                break
        if cased:
            if all_runs is None:
                all_runs = cap_runs(text)
            end = len(before.rstrip(" ,(-"))
            runs = [r for r in all_runs if end - 1 <= r[1] <= end]
            if runs:
                s, e, _ = runs[-1]
                add(4, (text[s:e], s, e))
                continue
        words = list(re.finditer(r"[\w'&]+", before))
        picked: list[re.Match] = []
        for w in reversed(words[-5:]):
            if w.group(0).lower() in STOP:
                break
            picked.insert(0, w)
        if picked:
            s, e = picked[0].start(), picked[-1].end()
            add(4, (text[s:e], s, e))
    if cased:
        runs = all_runs if all_runs is not None else cap_runs(text)
        # a capitalised name right at the start: "Kopi Senja adalah ...", "Batik Larasati: ..."
        first = _WORD_TOKEN.search(text)
        if runs and first and runs[0][0] == first.start() and _START_FOLLOW.match(text, runs[0][1]):
            s, e, _ = runs[0]
            add(5, (text[s:e], s, e))
        for m in _PREFIX_CAP.finditer(text):
            run = next((r for r in runs if r[0] == m.end()), None)
            # "toko Ani", "warung makan Bu Sri" keep the prefix; "rental mobil Lancar Jaya" does not
            if run and (len(text[run[0]:run[1]].split()) == 1 or text[run[0]:run[1]].split()[0].lower() in _HONOR_SET):
                mid = m.group(2).split()
                place = text[run[0]:run[1]].lower() in PLACES
                if all(w not in STOP and w not in _HARD for w in mid) and not place:
                    s, e = m.start(), run[1]
                    if not any(a <= run[0] and run[1] <= b for a, b in skip):
                        add(6, (text[s:e], s, e))
        for rs, re_, _ in runs:
            # "Pijat tradisional Mbok Darmi", "jual nasi uduk Bu Tini": business words before an honorific name
            if text[rs:re_].split()[0].lower() not in _HONOR_SET:
                continue
            back = list(re.finditer(r"[\w'-]+", text[max(0, rs - 40):rs]))
            keep = None
            for w in reversed(back[-3:]):
                lw = w.group(0).lower()
                if lw in STOP or lw not in _GENERIC or lw in _NOT_NAME:
                    break
                keep = w
            if keep is not None:
                s = max(0, rs - 40) + keep.start()
                if not re.search(r"[.!?,;:]", text[s:rs]):
                    add(6, (text[s:re_], s, re_))
        for s, e, initial in runs:
            name = text[s:e]
            words = name.split()
            if words[-1].lower() in _SUFFIXES and len(words) >= 2:
                add(6, (name, s, e))
            elif len(words) >= 2 or not initial:
                if words[0].lower() in PLACES and len(words) <= 2 and all(w.lower() in PLACES for w in words):
                    continue
                add(7 if len(words) >= 2 else 8, (name, s, e))
    for m in _HONOR_RE.finditer(lower):
        nm = m.group(2)
        if nm in STOP or nm in _GENERIC:
            continue
        add(9, (text[m.start():m.end()], m.start(), m.end()), allow_generic=True)
    # a name at the very start with no capitalisation to go by: "es kopi tetangga buka cabang ..."
    m = _LOWER_START.match(lower)
    if m and not any(w in STOP or w in _HARD for w in m.group(1).split()) and (not cased or text[m.start(1)].islower()
                                                                             or not cands):
        add(10, (text[m.start(1):m.end(1)], m.start(1), m.end(1)))
    if not cands:
        return None
    cands.sort(key=lambda c: (c[0], c[1]))
    prio, _, name, span = cands[0]
    return name, span
