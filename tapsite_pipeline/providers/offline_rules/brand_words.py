"""Word lists and patterns for brand-name extraction (used by brand.py, name_reader.py and brand_guards.py)."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

from .courtesies import COURTESY_WORDS
from .language_pairs import LANGUAGE_NOUNS
from .lexicon import KEYWORDS

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
""".split()) | COURTESY_WORDS
# Lower-case words that may sit inside a capitalised name ("House of Batik", "Kopi & Roti").
_CONNECT = {"of", "de", "n", "&", "and", "van", "der", "la", "le", "du", "d'", "the", "x", "y", "by", "drg", "drh", "dr", "ir",
            "hj", "h", "ny", "prof", "st", "dkk", "von", "del", "da", "do", "dos",
            # the joining words of names in other languages, between two capitalised words: "Deutsch mit Dina",
            # "Cucina con Lucia", "Pain et Beurre", "Haus zum Baum"
            "mit", "und", "zum", "zur", "et", "avec", "con", "della", "dei"}
# How customers pay or are insured, and what certifies the goods or the work: worth a note of their own when
# the owner names one ("Bisa BPJS", "Sudah BPOM"), never a business name.
ACCEPTED_OR_CERTIFIED = frozenset({
    "bpjs", "qris", "ovo", "gopay", "shopeepay", "linkaja", "edc", "kpr", "visa", "paypal", "cod",
    "iso", "sni", "bpom", "haccp", "mui", "pirt", "bnsp", "ojk"})
# ALL-CAPS tokens that are not part of names (acronyms of platforms and shop talk).
_HARD_ACRONYMS = {"wa", "ig", "hp", "umkm", "dm", "po", "seo", "ui", "ux", "ceo", "ok", "fb", "cs", "pm",
                  "sd", "smp", "sma", "smk", "i", "a",
                  "kemenag", "kemenkes", "ielts", "toefl", "jlpt", "utbk", "snbt", "cpns", "bumn", "ppdb",
                  *ACCEPTED_OR_CERTIFIED,
                  # banks and the documents a service handles: never a business name
                  "atm", "bca", "bri", "bni", "btn", "bsi", "ktp", "npwp", "sim", "stnk", "bpkb", "ppn",
                  # currencies: "Tarif mulai Rp 3.000.000" names a price, never the business
                  "rp", "idr", "usd", "sgd", "myr", "aud", "eur"}
# Capitalised words that never start or end a name (pronouns, greetings, platforms, request verbs).
_HARD = set("""
saya aku gw gue halo hai hi hello hey tolong mohon please buatkan bikinin bikin buat jual menjual website web landing
page i we my our a an this it is kalau untuk utk dan yang di in at selamat assalamualaikum swastiastu sampurasun
shalom syalom horas punten tabik namaste
permisi whatsapp wa instagram ig tiktok shopee tokopedia lazada bukalapak blibli gojek gofood grabfood grab
shopeefood facebook fb google maps youtube twitter line telegram umkm cod po hp ok oke iya we're i'm im hallo thanks
terima kasih dm chat order pesan site seo logo brand ui ux it ai api ceo owner founder jadi so also juga jg mau ingin
need want ini sekarang kalian anda kamu sebagai menu produk website-nya gratis free promo diskon discount sale
your looking saya,
melayani menyediakan menerima tersedia sedia serving
gopay shopeepay linkaja qris bpjs ovo paypal rp idr usd sgd myr eur
""".split())
# Words of a greeting that are ordinary name words outside it: "Selamat" greets only before a time of day or
# "datang" ("Data Selamat Lab" is a name), "Kasih" thanks only after "terima" ("Rajut Kasih", "Yayasan Kasih Ibu").
_GREETING_AFTER = frozenset("pagi siang sore malam datang ulang hari tahun menikmati berbelanja jalan idul natal "
                            "berbuka sahur menunaikan".split())
_THANKS_BEFORE = frozenset("terima trima makasih".split())


def greeting_sense(low: str, prev: str, nxt: str) -> bool:
    """Is the capitalised greeting word ``low`` said as a greeting here (else it is a word of a name)?"""
    if low == "selamat":
        return nxt.lower() in _GREETING_AFTER or not nxt[:1].isupper()
    if low == "kasih":
        return prev.lower() in _THANKS_BEFORE
    return True


# Capitalised words that are names only next to other name words ("Kopi Kita", "English Fun Academy").
_SOFT = set("""
kami kita the min admin kak gan sis bro mas mbak pak bu ibu bapak senin selasa rabu kamis jumat sabtu minggu monday
tuesday wednesday thursday friday saturday sunday januari februari maret april mei juni juli agustus september
oktober november desember january february march june july august october december lebaran idul fitri ramadan
ramadhan natal imlek christmas eid english inggris indonesia indonesian bahasa arab jawa sunda mandarin jl jalan rt
pagi siang sore malam hari
rw no kec kab kota kabupaten halal homemade home made fresh premium new best
muharram muharam safar sapar rabiul rajab syaban sya'ban ruwah syawal dzulqadah dzulqa'dah zulkaidah dzulhijjah
zulhijah tutup closed closes opens libur
""".split()) | LANGUAGE_NOUNS  # "Les privat bahasa Korea, Jepang …": a language alone names no business
# The words that are never a name's word on their own (public: name_likeness and the brand modules read them).
NOT_NAME_WORDS = _HARD | _SOFT
_NEVER_IN_NAME = {"di", "dan", "and", "in", "at", "sejak", "since", "is", "are", "yang", "untuk", "dengan", "with",
                  "for", "adalah", "jual", "menjual", "sells", "selling", "yg", "utk", "dgn", "warna", "color"}
_PERSON_BEFORE = regrouped(r"(?:\bsaya|\baku|\bnama\s+saya|\bmy\s+name\s+is|\bi\s+am|\bi'm|\bini|\bby|(?<!-)\boleh"
                           r"|\bdengan|\bdgn)\s*$|\b(?:owner(?:nya)?|pemilik(?:nya)?)\s*,?\s*$")
_HONORIFIC = r"(?:bu|ibu|pak|bapak|mas|mbak|mba|kak|bang|cak|ning|teh|aa|koh|ceu|kang|akang|mang|mpok|babeh|bli|opung|daeng|etek|wak|cik|ci|ko|om|tante|mbok|mak|uda|uni|bunda|mama|mami|papa|papi|oma|opa|abah|umi|eyang|mbah|nenek|kakek|engkong|encim|bude|pakde|bulik|paklik|uncle|aunty|auntie|mom|mum|grandma|granny|nyonya|ny|tuan|haji|hj|h|ustadz|ustad|ummi)"
_PREFIX = (r"(?:toko|warung|waroeng|warkop|kedai|cafe|kafe|caffe|coffee|bakso|baso|rumah makan|rm|depot|butik|boutique|"
           r"studio|salon|bengkel|klinik|laundry|dapur|rumah|sanggar|katering|catering|mie|mi|soto|sate|ayam|martabak|"
           r"roti|kue|kopi|apotek|bimbel|griya|pondok|angkringan|lesehan|barbershop|kios|galeri|gallery|percetakan|"
           r"konveksi|penjahit|optik|nasi|pecel|seblak|es|jamu|dimsum|pempek|gudeg|rawon|batik|bolu|kost|kos|yayasan|"
           r"rental|sanggar|pangkas rambut|sekolah|les|kursus|lembaga|paud|tk)")
# The ordinary words of a trade, a shop and an owner's talk ("toko", "usaha", "rumahan"): no name of its own.
GENERIC_WORDS = set(KEYWORDS) | set("""
saya kami aku kecil online rumahan murah enak besar baru lokal terbaik rumah usaha bisnis toko warung kedai shop
store brand merek produk jasa kuliner makan makanan minuman home small local online new best my our the a an
sendiri kecil-kecilan keluarga family sederhana mini mikro umkm halal premium fresh kekinian tradisional modern
jualan dagangan olshop usahaku tokoku kita ini itu nya sy gw gue cafe kafe coffee
""".split())

_WORD_TOKEN = regrouped(r"[\w][\w'’]*(?:[-.][\w]+)*|&|[.,;:!?()\[\]\"/|+]|-")
_PUNCT = set(".,;:!?()[]\"/|+-")
# (with the shortened kinds of business a name opens with: "RM. Pagi Sore" (rumah makan), "TB. Sinar Jaya" (toko bangunan))
_ABBR = {"ny", "jl", "st", "pt", "cv", "hj", "h", "dr", "drg", "drh", "tn", "ir", "drs", "prof", "co", "bpk", "kh", "ud",
         "rm", "tb", "pd", "mr", "mrs", "ms"}
# The honorifics before a person's name ("bu", "pak", "kak"), as a set of words.
HONORIFICS = set(_HONORIFIC[3:-1].split("|"))
_YEAR = regrouped(r"^(?:19|20)\d\d$")

_STRONG = fast(
    r"\b(?:(?:nama|nm|nma)\s+(?:[a-z]+\s+){1,2}?(?:[a-z]{3,}nya|saya|sy|aku|ku|gw|gue|kami|kita)\b|"
    # "nama kelasnya X", "nama kedainya X", "nama kami X": any noun with its possessive names what is owned (not a
    # person's full, nick or real name, nor an owner's or a teacher's)
    r"(?:nama|nm|nma)\s+(?!(?:lengkap|panggilan|asli|owner|pemilik|anak|bapak|ibu|suami|istri|guru|pengajar|dokter|"
    r"pengirim|penerima|kontak|akun|rekening)nya\b)(?:[a-z]{3,}nya|kami|kita)\b|our\s+name\s+is|"
    r"(?:nama|nm|nma)\s*(?:toko|usaha|bisnis|brand|merek|merk|warung|kedai|cafe|kafe|resto|restoran|restaurant|butik|"
    r"studio|salon|bengkel|klinik|laundry|perusahaan|lembaga|tempat|produk|label|katering|catering|bimbel|sekolah|"
    r"yayasan|komunitas|kios|lapak|olshop|online\s*shop|toko\s*online|jualan|dagangan|outlet|gerai|kantor|agensi|"
    r"agency|event|acara|festival|kursus|les|akun|channel|kost|kos|homestay|dagang|bakery|kafe|studio|tk|paud|"
    r"wo|eo|travel|rental|shop|store|band|sanggar|tim|team|startup|aplikasi|app|usaha\s*kuliner|bisnis\s*kuliner)"
    r"(?:\s*-?\s*(?:nya|ku|mu)\b)?(?:\s+(?:saya|sy|aku|ku|gw|gue|gua|kami|kita|ane|dia|kita)\b)?|"
    # regional: Minang "namo kedainyo", "namonyo"; Javanese "jenenge", "asmanipun"; Sundanese "namina", "ngaranna";
    # Betawi "namenye"
    r"namo\s+(?:[a-z]{3,}(?:nyo|nya)|kami|awak)\b|namonyo|jenenge|jenengipun|asmane|asmanipun|namina|ngaranna|"
    r"namenye|"
    r"namanya|namany|nmanya|nmnya|namax|nama\s+nya|bernama|dinamai|dinamakan|dinamain|dikasi\s+nama|diberi\s+nama|dikasih\s+nama|kasih\s+nama|dengan\s+nama|"
    r"dgn\s+nama|pakai\s+nama|pake\s+nama|brand\s*name(?:\s+is)?|business\s+name(?:\s+is)?|shop\s+name(?:\s+is)?|"
    r"store\s+name(?:\s+is)?|company\s+name(?:\s+is)?|called|named|known\s+as|under\s+the\s+name|trading\s+as|"
    r"(?:shop|store|business|company|bakery|cafe|brand|studio|restaurant|salon|agency|startup)\s+is\s+called|"
    r"goes\s+by|(?<![\w'])(?<!my\s)(?:the\s+)?name[’']s|(?:our|the)\s+name\s*[’']s|nama(?=\s*:)|(?<!jenis\s)(?<!bidang\s)(?<!kategori\s)(?<!type\sof\s)(?:name|company|brand|shop|store|business|usaha|merek|merk|seller|"
    # a marketplace listing signs its shop with a label: "Toko: Dapur Salawaku" (not "alamat toko:", "jam buka toko:")
    r"(?<!alamat\s)(?<!lokasi\s)(?<!buka\s)(?<!jam\s)(?<!ongkir\s)toko|lapak|olshop)(?=\s*:))\b"
    r"(?:\s*(?:adalah|yaitu|ialah|yakni|itu|is|:|=|-)(?=\s|\"|'|$))?\s*", re.I)
_MEDIUM = fast(
    r"\b(?:brand(?:nya)?|merek(?:nya)?|merk(?:nya)?|label(?:nya)?)(?:\s+(?:saya|sy|aku|kami|gw|gue|kita|ku|my|our)\b)?"
    r"(?:\s*(?:adalah|yaitu|ialah|itu|is|:|=|-))?\s+|"
    r"\b(?:usaha|toko|warung|bisnis|kedai|angkringan|cafe|kafe|olshop|butik|studio|salon|bengkel|lapak|jualan|brand|"
    r"merek|katering|catering|bakery|laundry|klinik|kost|kos|sanggar|bimbel|les|kursus|tempat)\s+"
    r"(?:saya|sy|aku|gw|gue|kami|ku|ane)\s*[,:-]\s*", re.I)
_MEDIUM_CAP = fast(
    r"\b(?:we\s+are|we're|this\s+is|i\s+run|we\s+run|i\s+own|we\s+own|i\s+manage|i\s+operate|owner\s+of|founder\s+of|"
    # "We're Maria and Lukas, the couple behind Salt & Stone": who made the business, then its name
    r"the\s+(?:couple|family|team|people|duo|sisters|brothers|siblings|founders?|owners?|makers?)\s+behind|"
    r"organizing|organising|presenting|introducing|pemilik|owner|punya|membuka|buka|mengelola|call\s+us|"
    # "…oatmeal cookies, by Oven Kecil", "made by Rumah Rajut": the maker's name signs the brief
    r"(?<=,\s)by|(?<=—\s)by|(?<=-\s)by|(?:made|baked|crafted|brought\s+to\s+you)\s+by|"
    # ("my husband Wayan and I run …": kin and the people around the owner are named after "my", not the business)
    r"(?:my|our)(?!\s+(?:name|nama|member|client|customer|friend|neighbou?r|husband|wife|son|daughter|mother|father|"
    r"mom|mum|dad|sister|brother|kid|child|children|cousin|uncle|aunt|boss|partner)s?\b)(?-i:(?:\s+[a-z-]+){1,2}?(?=\s*,?\s+(?:The\s+)?[A-Z0-9]))|usaha\s+(?:saya|kami|aku|gw)|"
    # an admin or agent writing for a member: "helping our member Ibu Ketut, her business is Ketut Weaving"
    r"(?:her|his|their)\s+(?:business|shop|store|brand|stall|studio|workshop|label|company|bakery|kitchen)\s+is|"
    r"toko\s+(?:saya|kami|aku|gw)|bisnis\s+(?:saya|kami|aku|gw))\s*(?:,\s*)?(?:adalah\s+|is\s+)?", re.I)
_QUOTED = fast(r"\"([^\"]{2,60})\"|(?<![\w])'([^']{2,50})'(?![\w])")
_SINCE = regrouped(r"\s*[,(-]?\s*\b(?:sejak|since|est\.?|established(?:\s+in)?|berdiri\s+(?:sejak|tahun)|dari\s+tahun)"
                   r"\s+(?:tahun\s+|thn\s+|th\s+)?(?:19|20)\d\d\b", re.I)
_START_FOLLOW = regrouped(
    r"\s*(?:[:\-,(]|adalah\b|merupakan\b|yaitu\b|ialah\b|is\b|are\b|was\b|jual\b|menjual\b|menyediakan\b|"
    r"sells\b|offers\b|provides\b|hadir\b|has\b|serves\b|specializes\b|specialises\b|melayani\b|berdiri\b|sejak\b|"
    r"since\b|est\b|spesialis\b|makes\b|bakes\b|brings\b|helps\b|membantu\b|menawarkan\b|siap\b|ready\b|—|"
    # what the business does, said right after its name: "Studio Rekam Hulontalo menerima rekaman …"
    r"menerima\b|terima\b|memproduksi\b|membuat\b|mengerjakan\b|memasok\b|menyewakan\b|mengajar(?:kan)?\b|"
    r"melatih\b|mengelola\b|mengantar\b|runs\b|rents\b|builds\b|teaches\b|designs\b|supplies\b|organises\b|"
    r"organizes\b|hosts\b|repairs\b|"
    # more of what a business does in English: "Kelod Connect sets up internet for villas …"
    r"sets\s+up\b|installs\b|fixes\b|cleans\b|delivers\b|handles\b|creates\b|crafts\b|brews\b|roasts\b|"
    r"grows\b|guides\b|plans\b|trains\b|cooks\b|prints\b|sews\b|tailors\b|shoots\b|films\b|paints\b|"
    r"translates\b|tutors\b|coaches\b|cuts\b|styles\b|washes\b|transports\b|ships\b|imports\b|exports\b)",
    re.I)
_LOWER_START = regrouped(
    r"\s*((?:[\w'&.-]+\s+){0,4}?[\w'&-]+)(?:\s*[:,-]|\s+(?:adalah|merupakan|is\s+an?|buka|jual|jualan|berjualan|menjual|"
    r"menyediakan|melayani|menerima|terima|sells|offers|provides|hadir|sejak|since|dekat|di|in|jl\.?|jln\.?|jalan)\b\.?)\s")
_HONOR_RE = regrouped(r"\b(" + _PREFIX + r"(?:\s+[a-z]+){0,2}?\s+)" + _HONORIFIC + r"\.?\s+([a-z][a-z'-]{1,20})\b(?:\s+\d{1,3}\b(?![.,]?\d))?")
# (the trade's words between may hold a short acronym: "Bengkel AC mobil Jaya", "servis HP Sinar")
_PREFIX_CAP = regrouped(r"\b((?i:" + _PREFIX + r"))((?:\s+(?:[a-z]+|[A-Z]{2,3})){0,2}?)\s+(?=[A-Z0-9])(?![A-Z]{2,3}\s+[a-z])")
_SUFFIXES = set("""
bakery bakehouse cafe café coffee kitchen laundry studio studios salon barbershop catering store shop florist
photography photo academy course tour travel organizer organiser decor digital tech craft crafts cake cakes cookies
boutique collection co company corp group house lab labs works workshop creative creatives design media production
productions gallery garden farm spa clinic care school center centre hub space id official indonesia wedding events
event foods food resto restaurant bistro eatery snack snacks frozen tailor printing print sablon laundryan bimbel
""".split())

# Lower-case particles that may sit inside a name introduced by an explicit marker ("Jazz di Kebun").
PARTICLES = {"di", "de", "in", "on", "at", "of", "dan", "and", "by", "the", "van", "la", "le", "du", "von", "da", "dari"}
# Nouns that make "di X" a location ("di Pasar Baru", "di Jalan Mawar"), never part of a name.
LOC_NOUNS = set("""
pasar jalan jl jln gang gg kota kabupaten kab kecamatan kec desa kampung kelurahan komplek kompleks perumahan perum ruko
mall plaza kampus gor stadion lapangan gelanggang dekat sebelah depan belakang samping seberang area daerah wilayah kawasan lantai blok rt rw sekitar
""".split())
# Capitalised words that never continue a name even between two name words ("Kopi Saya Enak" is not a name).
NO_SANDWICH = set("""
saya aku gw gue i we my our kami kita anda kamu kalian halo hai hi hello hey hallo tolong mohon please buatkan bikinin
bikin buat jual menjual website landing page is are dan yang di in at untuk utk kalau whatsapp wa instagram ig tiktok
shopee tokopedia lazada bukalapak blibli gojek gofood grabfood shopeefood facebook fb google maps youtube twitter
telegram selamat assalamualaikum permisi thanks
""".split())
# "X adalah brand hijab ...": "brand" after a copula describes X; it does not introduce a name.
COPULA_BEFORE = regrouped(r"(?:\badalah|\bmerupakan|\bialah|\bis\s+an?|\bare\s+an?|\bsebuah|\bsatu|\ba|\ban|"
                          r"\bbuat|\buntuk|\butk|\bbagi|\bfor|\bcocok\s+(?:buat|untuk))\s*$", re.I)
_OWNED = fast(r"\b([a-z]{3,}?)(?:nya|ku|\s+(?:saya|sy|kami|aku|gw|gue|ane))\s*(?:,\s*|adalah\s+|bernama\s+|:\s*)?"
                   r"(?=(?:The\s+)?[A-Z0-9])")
_OWN_NOUNS = {"klub", "club", "grup", "group", "galeri", "tim", "team", "band", "komunitas", "channel", "akun", "lapak",
              "merek", "merk", "brand", "label", "kantor", "perusahaan", "organisasi", "sanggar", "studio", "yayasan"}
_OBJ_VERBS = {"jual", "jualan", "menjual", "berjualan", "sell", "sells", "selling", "menyediakan", "terima", "menerima",
              "melayani", "bikin", "buat", "jasa", "produksi", "offer", "offers", "serving", "pasang", "sewa"}
_DOT_ABBR = {"co", "corp", "inc", "ltd", "bros"}
_COLOR_TRIGGERS = {"warna", "warnanya", "nuansa", "tema", "color", "colour", "colors", "colours", "theme", "tone"}
_BEFORE_PLACE = regrouped(r"((?:[a-z0-9][\w'&.-]*\s+){1,3}[a-z0-9][\w'&-]*)(?:\s*,\s*|\s+(?:di|in)\s+)(?=\S)")
