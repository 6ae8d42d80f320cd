"""What the owner said, read from the brief by our own rules: brand (explicit forms only), offerings,
language, niches, places. Independent of the generator's parser on purpose: scoring a page against
the parser that produced it would only measure the parser against itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .gold import brand as gold_brand
from .lexicon import COLOURS, STYLE_WORDS, Lexicon, load_lexicon
from .no_details import unaddressed
from .not_brands import USE_VERB, never_brand
from .people import in_people, owners_words, taken_back
from .text import STOP_EN, STOP_ID, content_words, detect_language, norm, words
from .video_text import blanked, video_parts

# ---------------------------------------------------------------- language

_BRIEF_ID = frozenset("""yang dan di untuk dengan saya sy aku gw gue kami mau pengen ingin jual jualan nama namanya
tokonya usahanya warna ada bisa buat bikin utk yg aja dong ya kak punya dekat sama juga atau lewat pesan
kirim harga webnya tolong butuh usaha toko jasa sejak tersedia paket sewa melayani menerima hari setiap tiap
bisa juga kalau kalo sampai hingga dengan""".split())
# not "a"/"i": "paket A", "kelas I" are Indonesian too
_BRIEF_EN = frozenset("""the and for with we we're i'm my our is are in near called named please need want
shop selling sell baking building colour color from by of to do make offer offering""".split())


def brief_language(text: str) -> str | None:
    """'id' / 'en' for a brief: chatty briefs have few formal stopwords, so a wider word list votes;
    None when neither side has two votes more than the other (the language check is then skipped)."""
    ws = words(text)
    i, e = sum(w in _BRIEF_ID for w in ws), sum(w in _BRIEF_EN for w in ws)
    if abs(i - e) < 2:
        return detect_language(text)
    return "id" if i > e else "en"


# ---------------------------------------------------------------- brand (explicit forms only)

_OWNER = r"(?:saya|kami|gw|gue|aku|sy|kita|ku)"
_END = (r"(?=\s*(?:[,.;:!?()\n\"]|\s-\s|\s–\s|$|\s(?:di|in|at|near|dekat|yang|yg|jual|jualan|sejak|since|is|adalah|"
        r"untuk|utk|for|dan|and|kak|ya|dong|lho|nih|mau|pengen|warna|berlokasi|located|based|buka|with|dengan)\b))")
# (a name never runs over a line break: a heading or a listing puts it on a line of its own)
_NAME = r"(?P<b>[^\s,.;:!?()\"]+(?:[ \t]+[^\s,.;:!?()\"]+){0,5}?)"
BRAND_PATTERNS = [
    # an agency writing for its client: the client is the business ("for our client Oesapa Glow", "untuk klien kami
    # Dalihan WO"), whatever the agency calls itself first
    re.compile(rf"\b(?:for\s+(?:our|my|the)\s+client|(?:untuk\s+)?klien\s+(?:kami|saya))\s*,?\s+"
               rf"(?=[A-Z0-9]){_NAME}{_END}"),
    # "namanya X", "nama tokonya X", "nama usaha gw X", "nama tempat les saya X", "nama: X"
    # ("balik nama BPKB", "jahit nama & bordir", "papan nama", "kartu nama": a service or goods with a name on it)
    re.compile(rf"(?<!balik\s)(?<!kartu\s)(?<!jahit\s)(?<!papan\s)(?<!cetak\s)(?<!bordir\s)(?<!sablon\s)(?<!ganti\s)(?<!tulis\s)"
               rf"(?<!custom\s)(?<!ukir\s)(?<!gravir\s)\bnama(?:nya|\s+(?:[\w-]+\s+){{0,2}}?(?:[\w-]+nya|{_OWNER}))?\s*(?:adalah|:|=|yaitu)?\s+{_NAME}{_END}",
               re.I),
    re.compile(rf"\b(?:brand|merek|merk|toko|usaha)(?:nya|\s+{_OWNER})\s+(?:namanya\s+|adalah\s+|yaitu\s+)?{_NAME}{_END}",
               re.I),
    re.compile(rf"\b(?:company|brand|business|shop|store)\s+name\s*(?:is|:)?\s+{_NAME}{_END}", re.I),
    re.compile(rf"\b(?:the|our|my)\s+(?:brand|business|shop|store|company|studio)\s+is\s+(?:called\s+)?{_NAME}{_END}",
               re.I),
    re.compile(rf"\b(?:is\s+|are\s+)?(?:called|named)\s+{_NAME}{_END}", re.I),
    # not "I'm X": that is the owner's name, not the business's
    re.compile(rf"\b(?i:we're|we’re|we are|this is)\s+"
               rf"(?P<b>[A-Z0-9][^\s,.;:!?()\"]*(?:\s+[A-Z0-9&][^\s,.;:!?()\"]*){{0,5}}?){_END}"),
    re.compile(rf"(?:^|[.!?]\s+){_NAME}\s+(?:adalah|merupakan|is\s+(?:a|an|our|the|my))\b", re.I),
]
# the name the owner writes after taking one back: a run of capitalised words
_CAPITALISED = re.compile(r"(?P<b>[A-Z0-9][\w'&.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w'&-]*){0,5})")
_NOT_BRAND = frozenset("saya sy aku gw gue kami kita ini itu we it this i usaha toko bisnis".split())
# A verb after "toko kami", "usaha saya" says what the shop does or where it is ("Toko kami berada di Ruko …"):
# a verb is never a brand.
_VERB_FIRST = frozenset("""
berada terletak berlokasi beralamat bertempat buka tutup ada sudah udah sdh sedang lagi masih menjual jual jualan
menyediakan sedia melayani menerima terima bisa bs hadir berdiri sejak punya mempunyai memiliki is are was located
based sells sell offers offer provides has opens open""".split())
# An opening run of Title-Case words the owner capitalised on purpose ("Toko Kue Ani sejak 1998 …",
# "Syifa Beauty, salon …"), ended by punctuation or a word that starts the description.
OPENING_NAME = re.compile(r"\s*(?P<b>[A-Z0-9][\w'&.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w'&.-]*){1,5})"
                          r"(?=[ \t]*\n|\s*(?:[,:;!?(]|\.\s|\s[-–]\s|$)|\s+(?:sejak|since|di|in|dekat|near|adalah|is|jual|"
                          r"menjual|buka|melayani|menyediakan|menawarkan|yang|yg|berdiri|hadir|from|based)\b)")
_OFFER_OPENING = re.compile(r"^\s*(?:(?:buka|open)\s+)?(?:kemitraan|reseller|franchise|waralaba|mitra)\s+(?=[A-Z])",
                            re.I)
_OPENERS = frozenset("halo hai hi hello hey selamat assalamualaikum permisi pagi siang sore malam saya aku kami "
                     "jual menjual dijual shalom syalom horas punten sampurasun tabik namaste i im i'm dekat near "
                     "katalog catalog catalogue nota kuitansi invoice receipt".split())
# a greeting of the country's languages opening the brief: "Om Swastiastu, …", "Horas! …"
# a catalogue's or price list's heading word opening the brief, and a name set off by a dash after the heading's words
_CATALOGUE = re.compile(r"\s*(?:katalog|catalog(?:ue)?|price\s*list|pricelist|daftar\s+harga)[ \t]+(?=[A-Z])", re.I)
_AFTER_DASH = re.compile(r"[^\n—–]{2,60}?\s[—–-]\s(?P<b>[A-Z][\w'&.-]*(?:[ \t]+[A-Z0-9][\w'&.-]*){1,5})"
                         r"(?=[ \t]*(?:[,:;!?(\n]|$))")
_GREETING_OPENING = re.compile(r"\s*(?:om\s+swastiastu|shalom|syalom|horas|punten|sampurasun|tabik|namaste|"
                               r"assalamu'?alaikum|salam\s+sejahtera)\b", re.I)


def extract_brand(text: str) -> str | None:
    """The brand when the owner names it explicitly ("nama tokonya X", "namanya X", "X adalah",
    "called X", "We're X", or opens the brief with a capitalised name); None otherwise: a guess
    would make the brand check cry wolf."""
    lex = load_lexicon()
    for pat in BRAND_PATTERNS:
        for m in pat.finditer(text):
            b = m.group("b").strip(" -–'\"")
            if q := re.search(r"['\"]([^'\"]{2,40})['\"]?$", b):  # "Tenda & Sound 'Rafflesia 99'": the quoted name
                b = q.group(1).strip()
            # "les saya Harmoni Music School": lower-case words before a capitalised name are not the name
            if (lead := re.match(r"(?:[a-z][\w-]*\s+)+(?=[A-Z0-9])", b)) and b[lead.end():]:
                b = b[lead.end():]
            # "Bengkel Sinar di Kota Madiun adalah …": the place after "di"/"in" says where, it is no word of the name
            if (at := re.search(r"\s(?:di|in)\s(.+)$", b)) and at.start() > 0 and _only_place(at.group(1), lex):
                b = b[:at.start()]
            if in_people(text, m.start("b"), m.end("b")):
                continue  # "Tiang Pak Made Sukerta, …", '"…" – Mama Yuli': a person, not the business
            if (again := taken_back(text, m.end("b"))) is not None and (other := _CAPITALISED.match(text, again)):
                return other.group("b")  # "Laundry Bunda Rahma? eh bukan, Laundry Bunda Ica": the name written instead
            ws = words(b)
            if not ws or all(w in _NOT_BRAND or w in STOP_ID or w in STOP_EN for w in ws) or len(b) < 2 \
                    or ws[0] in _VERB_FIRST or _only_place(b, lex) or never_brand(text, b):
                continue
            return b
    # "BUKA KEMITRAAN Teh Tarik Bang Tapis!": the offer of partnership before the name is not the name
    text = _OFFER_OPENING.sub("", text, count=1)
    if heading := _CATALOGUE.match(text):
        # "Katalog Kue Kering — Dapur Bu Ina (Solo)", "Pricelist Sambal Mbak Rini": a catalogue's heading word is not
        # the shop's name; the heading names the shop after a dash, or is the shop's name after the word
        text = text[heading.end():]
        if after := _AFTER_DASH.match(text):
            return after.group("b")
    text = USE_VERB.sub("", text, count=1)  # "Try KasirPintar, the POS app …": the name, not the verb telling one to
    m = OPENING_NAME.match(text)
    if m and never_brand(text, m.group("b")):
        m = None  # "Slide 1: …", "08.OO-2O.OO", "Kelas<TAB>Lama<TAB>SPP": a label, a time, a table's header
    if m and in_people(text, m.start("b"), m.end("b")):
        m = None  # "Kita Om Noldy, 58 taong, …": the owner introducing themselves
    if m and (_GREETING_OPENING.match(text) or _only_place(m.group("b"), lex) or all(
            w in lex.business_words or w in lex.places for w in words(m.group("b")))):
        m = None  # "Om Swastiastu, …", "SEWA ALAT PESTA LAMPUNG …": a greeting, a region or the trade, not a name
    if m and words(m.group("b"))[0] not in _OPENERS and not _TRIGGER.search(m.group("b")):
        # "Karang Taruna Bina Remaja Desa Ngargosari": the village after the name is where, not who
        return re.split(r"\s+(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kab\.|Kota|RT|RW)\s+", m.group("b"))[0].strip()
    return standalone_name(text)


# a piece of the brief that is nothing but a capitalised name ("EO kecil2an di Bandung, Gathering Kita, biasa
# pegang …", "… Nexus Event Management. Request a proposal"), or opening a line after its emoji ("📸 STUDIO SUAR — …"):
# the owner signing with the business's name
_STANDALONE = re.compile(r"(?:^|\n[^\w\n]*|[,.;!?—–]\s|\s[-–—]\s)\s*(?P<b>[A-Z][\w'&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w'&-]*){1,4})"
                         r"[ \t]*(?=[,;!?—–]|\.(?:\s|$)|\s[-–—]\s|$)")


# an address's later pieces ("Jl. Melati No. 4, Sukajadi, Bandung"): the pieces after the street name its
# neighbourhood and town, on the street's own line and sentence ("No." and "Jl." do not end it)
_AFTER_STREET = re.compile(r"\b(?:jl|jln|jalan)\b\.?\s(?:[^.;!?\n]|\.(?=\S)|(?<=\bno)\.|(?<=\bNo)\.)*,\s*$", re.I)

# a person's title before the piece ("Kontak: Drs. Budi Santoso", "Hj. Siti Aminah"): the owner's name, not the shop's
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:drs?|dra|ir|hj?|prof|bpk|mr|mrs|ms)\.\s*$", re.I)


def standalone_name(text: str, lex: Lexicon | None = None) -> str | None:
    """The first comma or sentence piece of two to five capitalised words that is not a place or a day."""
    lex = lex or load_lexicon()
    for m in _STANDALONE.finditer(text):
        b = m.group("b")
        ws = words(b)
        if re.search(r"\d", b) or ws[0] in _OPENERS or ws[0] in STOP_EN or ws[0] in STOP_ID or ws[0] in _SIGN_OFF \
                or any(w in lex.places or w in _ADMIN or w in _DAY_NAMES or w in _FEATURE_TOKENS for w in ws) \
                or _only_place(b, lex) or _GREETING_OPENING.match(b) \
                or _TRIGGER.search(b) or re.search(r"\b(?:di|in|at|jl|jln|jalan)\W*$", text[:m.start("b")], re.I) \
                or _AFTER_STREET.search(text, 0, m.start("b")) or _TITLE_BEFORE.search(text, 0, m.start("b")) \
                or in_people(text, m.start("b"), m.end("b")) or never_brand(text, b):
            continue
        return b
    return None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(text).replace("&", " ")).strip("-")


# ---------------------------------------------------------------- offerings

# verbs (and nouns used like verbs) after which the owner lists what they sell
_TRIGGER = re.compile(r"\b(?:(?:produk|products?|menu|services?|layanan|jasa|offerings?)\s*:|"
                      r"jual(?:an)?|menjual|jualin|sedia(?:in)?|menyediakan|nyediain|terima(?!\s+kasih)|menerima|"
                      r"melayani|produksi|memproduksi|jasa|layanan|spesialis|we\s+sell|selling|sell|we\s+make|"
                      r"making|baking|bake|building|build|offering|offer|we\s+do|serving|specialising\s+in|"
                      r"specializing\s+in|providing|provide)\b\s*(?:bikin\s+|pembuatan\s+|buat\s+)?", re.I)
# a selling verb said right after a negation ("ndak terima cetak", "gak jual eceran", "we don't sell online")
_NEGATED = re.compile(r"\b(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|kagak|ndak|bukan|not|don't|dont|doesn't|never)\s+$",
                      re.I)
# request context: what follows is what the owner wants on the page, not what they sell
_REQUEST = re.compile(r"\b(?:mau|pengen|pingin|ingin|minta|tolong|butuh|perlu|need|want|please|pls|would\s+like|"
                      r"with\s+a|mohon|bisa\s+ada|webnya|websitenya|web\s+yg|web\s+yang|fitur|fiturnya|features?|"
                      r"bikinin|buatin|target)\b|^\s*(?:web|website|situs)\b", re.I)
_COLOUR_CHUNK = re.compile(r"^\s*(?:warna(?:nya)?|colou?rs?|theme)\b", re.I)
_BRAND_INTRO = re.compile(r"\b(?:nama\w*|called|named|brand\w*|merek\w*|merk\w*|we're|we\s+are)\b", re.I)
# where an offering phrase ends (place, audience, time, price, qualifier)
_CUT = re.compile(r"\s(?:di|in|at|near|dekat|(?:untuk|utk|for|buat)(?!\s(?:program|kelas|kursus|pelatihan|paket)\b)|khusus|especially|sejak|since|yang|yg|which|"
                  r"that|area|wilayah|mulai|harga|from|dari|seharga|only|cuma|hanya|per)\s.*$|\s(?:di|in|for|untuk)$",
                  re.I)
# "Bespoke suits and kebaya for weddings": an opening list said to be for someone names what is sold
# (not "Linen Loop does laundry for …": a sentence with a verb opens with who does it)
_FOR_WHOM = re.compile(r"^(?![\w&+/' -]*\b(?:does|do|is|are|was|has|have|adalah|merupakan)\b)[\w&+/' -]+?"
                       r"\s(?:for|untuk|utk|buat)\s", re.I)
# (not "untuk program tahfidz, diniyah …": a programme or class after "untuk" is what is offered)
_AUDIENCE_CUT = re.compile(r"^\s*(?:untuk|utk|for|buat|khusus|especially\s+for)\s(?!(?:program|kelas|kursus|"
                           r"pelatihan|paket|layanan|jasa|classes|courses|programmes?|programs?)\b)", re.I)
_CONJ = re.compile(r"\s*(?:&|\+|/|\bdan\b|\band\b|\bserta\b|\bplus\b|\bsm\b|\bsama\b)\s*", re.I)
_NUMBER = re.compile(r"(?:\b(?:rp|idr)\.?\s?)?\d", re.I)
_CONJ_WORDS = frozenset({"dan", "and", "serta", "plus", "&", "+", "sm", "sama"})
# how goods are sold, not what is sold ("jual digital", "jual grosir")
_MODE_WORDS = frozenset("digital online offline grosir eceran ecer satuan retail wholesale murah".split())
_HEADS = ("paket", "package", "les", "kelas", "kursus", "jasa", "servis", "service", "sewa", "cuci", "foto",
          "jual", "menu")
# tokens that make a listed item a feature, fact or request rather than an offering
_FEATURE_TOKENS = frozenset("""booking online pickup pick-up delivery antar jemput kirim ongkir gratis free harga
price prices galeri gallery portfolio portofolio testimoni testimonial testimonials form formulir peta map maps
lokasi location jadwal schedule pendaftaran registration promo diskon discount cod whatsapp wa instagram ig
tiktok shopee tokopedia ada garansi warranty email experience pengalaman trial jam buka open tutup closed
senin selasa rabu kamis jumat sabtu minggu monday tuesday wednesday thursday friday saturday sunday
shipping nationwide based pembelian pemesanan usia umur age ages jl jln jalan kec kel kab desa rt rw
telp telepon""".split())
# single words that are never an offering on their own
_GENERIC_ITEMS = frozenset("""kemasan kapasitas aman bahan mesin ruang fasilitas lokasi area harga out jg juga
ultah anniv anniversary wisuda graduation graduations lamaran lebaran natal imlek arisan pengajian birthday
reseller dropship dropshipper resellers hotel hotels villa villas kantor""".split())


@dataclass
class _Chunk:
    raw: str
    trigger: bool
    items: list[str]
    clean: bool  # a short list-like chunk: no stopwords, no place/time/audience qualifiers
    opens_audience: bool = False


def _items(phrase: str, protected: tuple[str, ...]) -> list[str]:
    p = phrase.split(":")[-1].strip(" .-–:;")  # "packages: basic wash" lists "basic wash"
    keep = {}
    for i, pr in enumerate(protected):  # "wash & fold" is one service, not two
        if pr in p.lower():
            p = re.sub(re.escape(pr), f"\x00{i}\x00", p, flags=re.I)
            keep[f"\x00{i}\x00"] = pr
    parts = [x.strip(" .-–") for x in _CONJ.split(p) if x.strip(" .-–")]
    parts = [re.sub(r"\x00\d+\x00", lambda m: keep[m.group(0)], x) for x in parts]
    if parts:  # "paket adat batak & nasional" → "paket nasional"
        head = parts[0].split()[0].lower()
        if head in _HEADS:
            parts = [parts[0]] + [x if x.lower().startswith(head) or len(x.split()) > 1 else f"{head} {x}"
                                  for x in parts[1:]]
    return parts


def _keep_item(item: str, brand: str | None, lex: Lexicon) -> bool:
    n = norm(item)
    toks = n.replace("-", " ").split()
    if not toks or len(toks) > 5 or re.search(r"\d{3,}", n) or "@" in item:
        return False
    if brand and (norm(brand) in n or n in norm(brand)):
        return False
    if all(t in COLOURS or t in STYLE_WORDS for t in toks) or toks[0] == "warna" \
            or any(t in _FEATURE_TOKENS for t in toks) or (len(toks) == 1 and toks[0] in _MODE_WORDS | _GENERIC_ITEMS):
        return False
    if len(toks) == 1 and re.fullmatch(r"[a-z]{3,}ed", toks[0]) and toks[0] not in ("red", "seed", "bed"):
        return False  # "washed, ironed and folded" say how, not what
    if all(t in STOP_ID or t in STOP_EN for t in toks):
        return False
    if len(toks) <= 3 and toks[0] in _HONORIFICS and len(toks) > 1:
        return False  # "CP: Bu Sum", "Pak Tono": a person to ask for, not a thing sold
    if len(toks) == 1 and len(toks[0]) <= 2:
        return False  # "v", "ph", "kk": a letter or two is a scrap, a unit or a document, not a thing sold
    if toks[0] in _SPEAKER or any(t in _CHAT or t in _SAYS or t in _ASKS for t in toks) \
            or (len(toks) == 1 and toks[0] in _NOT_ITEM):
        return False  # "i automate …", "sapi lg ya", "syarat", "sorry", "jual apa aja?": talk, not goods
    return lex.non_offering_kind(n) is None


# Words that make a piece of the brief talk rather than the name of something sold: who speaks or what is ruled out
# ("no pets", "tanpa pengawet") at its start, chat particles,
# conditions and courtesies, and the verbs of a sentence that says what the business does.
_SPEAKER = frozenset("i we our my her his their kami saya aku gw gue no not tanpa tidak tdk bukan gak nggak ga ndak".split())
_CHAT = frozenset("kak ya yaa yah lg dong nih sih deh gan sis bro kok".split())
# greetings, thanks and the frame of a reply in the regional languages owners write in ("matur nuwun", "hatur nuhun",
# "menjawab pertanyaannya"), and who speaks in them ("kulo Ki Panut", "abdi"): a courtesy or a speaker, no goods
_CHAT |= frozenset("nuwun nuhun suksma mauliate swastiastu sampurasun punten pertanyaannya menjawab".split())
_SPEAKER |= frozenset("kulo kula abdi ambo awak".split())
_NOT_ITEM = frozenset("""sorry maaf reservations reservation enquiries enquiry inquiries inquiry syarat ketentuan
hubungi nm nama materi nasional""".split())
# a word that asks: "jual apa aja?", "berapa lama?" are a customer's questions, no goods
_ASKS = frozenset("apa apakah apaan berapa brp bagaimana gimana gmn kapan dimana siapa what what's whats how why where".split())
_SAYS = frozenset("""provides installs maintains offers makes sells delivers serves runs builds repairs fixes cleans
teaches automate automates""".split())


_HONORIFICS = frozenset("bu ibu pak bapak mas mbak kak kakak bang abang om tante cik koh ko ci teh aa akang".split())


_LABEL = re.compile(r"\b(?:name|nama\w*|e-?mail|phone|telp|telepon|hp|wa|whatsapp|ig|instagram|web|website|"
                    r"situs|alamat|address|lokasi|location|kontak|contact|info|informasi|jam|hours|buka|open|"
                    r"harga|price|prices)\s*$", re.I)


def _chunks(sentence: str, protected: tuple[str, ...]) -> list[_Chunk]:
    """Comma pieces of one sentence; a piece after a colon opens a list ("Produk: roti sobek, …")."""
    out: list[_Chunk] = []
    parts = sentence.split(":")
    for part_i, part in enumerate(parts):
        if part_i > 0 and _LABEL.search(parts[part_i - 1]):
            continue  # "Email: …", "Shop name: …", "Alamat: …": a contact or name, not a list of goods
        for k, raw in enumerate(part.split(",")):
            raw = raw.strip()
            if not raw or _BRAND_INTRO.search(raw) or _COLOUR_CHUNK.match(raw):
                out.append(_Chunk(raw, False, [], False))
                continue
            m = _TRIGGER.search(raw)
            if m and _NEGATED.search(raw, 0, m.start()):  # "ndak terima cetak": what is not done is not sold
                out.append(_Chunk(raw, False, [], False))
                continue
            body = raw[m.end():] if m else raw
            if num := _NUMBER.search(body):  # "nastar Rp 85.000/toples": the price is a fact, not a name
                body = body[:num.start()]
            cut = _CUT.sub("", " " + body + " ").strip()
            tail = body.strip()[len(cut):]
            audience = bool(_AUDIENCE_CUT.match(" " + body))
            items = [] if audience else [i for i in _items(cut, protected) if i]
            toks = [t for t in words(cut) if t not in _CONJ_WORDS]
            # list-like: short, no function words; a trailing "for/untuk <who>" is allowed
            clean = bool(toks) and len(toks) <= 8 and (not tail.strip() or bool(_AUDIENCE_CUT.match(tail))) \
                and not any(t in STOP_ID or t in STOP_EN for t in toks)
            c = _Chunk(raw, bool(m) or (part_i > 0 and k == 0), items, clean)
            # "… for hotels, cafés and export buyers": the pieces after "for" go on naming who, not what
            # (only when the "for …" clause ends the piece: "khusus wanita di Bogor, creambath" moves on)
            c.opens_audience = (audience or bool(_AUDIENCE_CUT.match(tail))) and not re.search(
                r"\s(?:di|in|at|near|dekat|area|sejak|since|across|around)\s", " " + (tail or body) + " ", re.I)
            out.append(c)
    return out


def extract_offerings(text: str, brand: str | None = None, lex: Lexicon | None = None) -> list[str]:
    """What the brief says the business sells, in its own words: items after a selling verb or a colon
    ("jual X, Y & Z", "Produk: X, Y"), or runs of two or more short comma-separated items ("creambath,
    potong rambut"). Conservative: an item that may be a feature, place, audience, occasion or colour
    is left out, and so is a list that continues "for …" (who the business serves)."""
    lex = lex or load_lexicon()
    protected = tuple(w for n in lex.niches.values() for w in n.cues + n.words if re.search(r"&| and ", w))
    out: list[str] = []
    first = True
    text = re.sub(r"\([^)]*\)", " ", text)  # "(Kintamani, Toraja)": asides name origins, sizes, examples
    for sentence in re.split(r"[.!?;](?=\s|$)|\n|\s[-–—]\s", text):
        req = _REQUEST.search(sentence)
        if req:
            sentence = sentence[:req.start()]
        chunks = _chunks(sentence, protected)
        if first and chunks and not chunks[0].trigger and not _FOR_WHOM.search(chunks[0].raw):
            chunks[0].clean = False  # the opening words of a brief are usually the business's name
        first = False
        audience = False
        for i, c in enumerate(chunks):
            if c.trigger:
                audience = False
            elif audience:
                continue
            after_trigger = any(chunks[j].trigger for j in range(i)) and all(
                chunks[j].clean for j in range(next(j for j in range(i) if chunks[j].trigger) + 1, i))
            in_run = c.clean and ((i > 0 and chunks[i - 1].clean) or (i + 1 < len(chunks) and chunks[i + 1].clean))
            listed = c.clean and len(c.items) >= 2
            if c.trigger or (c.clean and after_trigger) or in_run or listed:
                out += [x for x in c.items if _keep_item(x, brand, lex)]
            audience = audience or c.opens_audience
    return list(dict.fromkeys(x.lower() for x in out))


# ---------------------------------------------------------------- places

# ("Selamat datang di Rajut Nenek Official": the shop a bio welcomes one to, not a place)
_PLACE_AFTER = re.compile(r"(?<!selamat datang\s)\b(?:di|in|near|dekat|daerah|kawasan|area|wilayah|sekitar|around|serving|melayani|"
                          r"seluruh|across|berlokasi di|located in|based in|se)[\s-]+((?:[\w'.-]+\s*){1,3})", re.I)
_PLACE_NOUNS = frozenset("kampus campus pasar jalan kota kabupaten desa kecamatan stasiun terminal pantai kawasan "
                          "daerah wilayah area".split())


# words that open a call to action or a fact, never a name ("Hubungi 0263…", "Since 2003", "Call us")
_SIGN_OFF = frozenset("hubungi call contact since sejak email wa whatsapp ig instagram info informasi order pesan "
                      "daftar book join visit request".split())
_DAY_NAMES = frozenset("senin selasa rabu kamis jumat sabtu minggu monday tuesday wednesday thursday friday saturday "
                       "sunday".split())
_ADMIN = frozenset("kota kabupaten kab kecamatan kec kelurahan kel desa provinsi prov".split())
# the points of the compass that make a region of a place: "Central Sulawesi", "Nusa Tenggara Timur", "West Flores"
_DIRECTIONS = frozenset("central west east north south barat timur utara selatan tengah raya".split())


def _only_place(name: str, lex: Lexicon) -> bool:
    """A name made only of places and compass words ("Nusa Tenggara Timur", "West Flores") names a region."""
    rest = [w for w in words(name) if w not in _DIRECTIONS]
    return bool(rest) and all(w in lex.places or w in _place_parts(lex.places) for w in rest)


@lru_cache(maxsize=4)
def _place_parts(places: frozenset[str]) -> frozenset[str]:
    """The words of the places written in more than one word ("nusa tenggara" → "nusa", "tenggara")."""
    return frozenset(w for p in places if " " in p for w in p.split())


# An agency's clause about itself, up to the client it writes for ("We are Nyiur Media, a content agency in Manado,
# preparing this brief for our client …"): where the agency is says nothing of where the client is.
_AGENCY_CLAUSE = re.compile(r"(?i)(?:^|(?<=[.!?\n]))[^.!?\n]*?\b(?:agency|agensi)\b[^.!?\n]*?"
                            r"(?=\b(?:for\s+(?:our|my|the)\s+client|(?:untuk\s+)?klien\s+(?:kami|saya))\b)")


def extract_places(text: str, lex: Lexicon | None = None) -> list[str]:
    """Places the brief names: known city names, and the capitalised name after di/in/near/dekat/area
    ("di Pasar Burung Pramuka" is one place; "Kota"/"Kabupaten" are left out of it)."""
    lex = lex or load_lexicon()
    found: list[str] = []  # only after a locative word: "masakan Padang" names a cuisine, not a place
    for m in _PLACE_AFTER.finditer(text):
        name: list[str] = []
        for i, raw in enumerate(m.group(1).split()):
            w = raw.strip(".,'")
            if norm(w) in lex.not_places:  # "dashboards in Figma", "lessons in English": what the work is done in
                break
            if (w[:1].isupper() or norm(w) in lex.places) and norm(w) not in STOP_ID and norm(w) not in STOP_EN \
                    and lex.non_offering_kind(w) not in ("channel", "feature", "audience", "category"):
                if norm(w) not in _ADMIN:
                    name.append(norm(w))
            elif not (i == 0 and w.lower() in _PLACE_NOUNS):  # "dekat kampus UNDIP"
                break
            if raw[-1:] in ".,;:!?":  # "in Bekasi. JLPT N5": the sentence ended
                break
        phrase = " ".join(name)
        if phrase and not any(phrase in f for f in found):
            found = [f for f in found if f not in phrase] + [phrase]
    return list(dict.fromkeys(found))


# ---------------------------------------------------------------- everything at once

@dataclass
class BriefInfo:
    text: str
    gold: dict = field(default_factory=dict)

    @cached_property
    def lex(self) -> Lexicon:
        return load_lexicon()

    @cached_property
    def norm(self) -> str:
        return norm(self.text)

    @cached_property
    def tokens(self) -> list[str]:
        return content_words(self.text)

    @cached_property
    def language(self) -> str | None:
        return self.gold.get("language") or brief_language(self.text)

    @cached_property
    def brand(self) -> str | None:
        known, brand = gold_brand(self.gold)  # a gold null brand: the brief names none, nothing to check
        # a video's title names what the video shows ("Rani & Yosef — Sumba Wedding Film"), not who made it
        return brand if known else extract_brand(blanked(self.text, video_parts(self.text)[0]))

    @cached_property
    def names_no_brand(self) -> bool:
        """The gold label says the brief names no business (the scorer's own reading finding no name says only that
        it found none)."""
        known, brand = gold_brand(self.gold)
        return known and not brand

    @cached_property
    def offerings(self) -> list[str]:
        if self.gold.get("offerings") is not None:
            return list(self.gold["offerings"])
        return extract_offerings(owners_words(unaddressed(self.text)), self.brand, self.lex)  # nor an addressee

    @property
    def gold_offerings(self) -> bool:
        return bool(self.gold.get("offerings"))

    @cached_property
    def not_offerings(self) -> list[str]:
        return list(self.gold.get("not_offerings") or [])

    @cached_property
    def niches(self) -> list[str]:
        g = self.gold.get("niche")
        known = [n for n in ([g] if isinstance(g, str) else list(g or [])) if n in self.lex.niches]
        # the brief's own cues add related niches (a sewing course speaks of tailoring); "other" (a
        # mosque, a kost, a tattoo studio) has no vocabulary of its own, so only the brief's cues count
        return list(dict.fromkeys(known + self.lex.detect_niches(self.text)))

    @cached_property
    def places(self) -> list[str]:
        brand_words = set(norm(self.brand).split()) if self.brand else set()
        text = _AGENCY_CLAUSE.sub(lambda m: " " * len(m.group(0)), self.text)  # the agency's own town is not its client's
        return [p for p in extract_places(text, self.lex) if p not in brand_words]
