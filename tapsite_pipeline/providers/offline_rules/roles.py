"""Words that are never an offering on their own, by the role they play in a brief (Indonesian + English).

"salon khusus wanita" names who is served, "bisa booking" a feature of the page, "dekat kampus" a place,
"produk kami" a category, "datang" a verb, "pedas" a quality: none of them is a product card. A product
phrase is kept only when at least one of its words plays none of these roles (`is_offering`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped

from .amenities import is_amenity
from .lone_words import LONE_NOTHING, names_nothing_alone
from .people_words import names_a_person


def _words(block: str) -> frozenset[str]:
    return frozenset(w for w in block.split() if w)


AUDIENCE = _words("""
wanita perempuan pria laki laki-laki cowok cewek cowo cewe ibu ibu-ibu ibu2 emak emak-emak bunda mama mamah bapak
bapak-bapak ayah anak anak-anak anak2 bocah balita bayi remaja abg dewasa lansia manula mahasiswa mahasiswi pelajar
siswa siswi murid santri keluarga karyawan pegawai pekerja kantoran buruh umkm ukm usaha-usaha pengusaha pebisnis
startup startups perusahaan korporat korporasi instansi koperasi pemerintah sekolah-sekolah kampus-kampus pemula
profesional muslimah muslim hijabers pengantin pasangan calon wisatawan turis traveler travelers pelanggan konsumen
customer customers klien client clients warga masyarakat umum kalangan generasi milenial gen-z genz kaum komunitas
member anggota peserta jamaah jemaah tamu guests guest pecinta penggemar pencinta pemilik owner owners reseller
resellers dropshipper dropshippers agen pembeli buyer buyers penyewa tenant tenants pasien patients patient
women woman men man ladies lady gentlemen girls girl boys boy kids kid children child toddlers toddler babies baby
teens teenagers teen adults adult seniors elderly students student pupils parents parent families family
professionals workers employees companies company businesses business smes sme msmes cooperatives cooperative
schools universities campuses beginners beginner couples couple brides bride grooms tourists tourist locals
residents expats expat moms mums mothers dads fathers lovers fans people everyone anyone newcomers players
ortu orangtua orang-tua orang guru guru-guru dosen teachers teacher akhwat ikhwan anabul alumni youtubers
sd smp sma smk tk paud
podcasters creators influencers ustadz ustadzah ustad ustadzahnya pak bu bapak mas mbak mba kak bang om tante
mbok cak teh aa koh ci miss mister mr mrs ms sir madam dropship putra putri community communities
petani pekebun peternak nelayan pedagang kelompok poktan gapoktan pengrajin-lokal pelaku ojol sopir nasabah farmers farmer growers
fishermen traders shopkeepers retailers homeowners landlords
gereja churches church jemaat congregations congregation parishes parish mosques pesantren-pesantren
""")

FEATURE = _words("""
booking boking bookingan reservasi reservation reservations reserve appointment appointments janji pendaftaran
registrasi registration register daftar enrol enroll enrollment signup sign-up online offline website web situs
landing page halaman form formulir katalog catalog catalogue menu daftar harga price prices pricing pricelist
price-list tarif biaya ongkos testimoni testimonial testimonials testi review reviews ulasan rating galeri gallery
portfolio portofolio porto jadwal schedule timetable peta map maps gmaps lokasi location alamat address wa whatsapp
whats app wa.me chat ig instagram insta tiktok facebook fb youtube yt twitter linkedin shopee tokopedia lazada
bukalapak gofood grabfood shopeefood gojek grab delivery deliveries antar diantar kirim ongkir shipping
cod po pre-order preorder order orders pesan pesanan orderan checkout drop newsletter subscribe subscription download
unduh tombol button link links kontak contact hubungi call telepon telp phone email e-mail dm inbox notifikasi
fitur feature features promo diskon discount voucher cashback gratis free trial demo info informasi detail details
tiket ticket tickets feel feels aroma aromanya warna warnanya warnah warna2 nuansa tema theme themes
tone tones vibe vibes dominan colors colours color colour palette look tampilan kesan webnya websitenya
daring luring tatap muka ekspedisi visit visits pengiriman pengantaran
survey survei
update updates
multi-language multilingual multi-bahasa multibahasa calendars
donasi donasinya sumbangan donation donations donatur hibah infaq infak
""")

PLACE = _words("""
kampus kantor sekolah rumah pasar mall plaza jalan jl jln gang gg kota kabupaten kecamatan desa kampung kelurahan
komplek kompleks perumahan perum ruko gedung lantai blok daerah area wilayah kawasan sekitar dekat sebelah depan
belakang samping seberang cabang outlet gerai toko warung kedai kios lapak kitchen dapur studio tempat lokasi alamat
pusat pinggir pantai stasiun terminal bandara masjid pabrik gudang garasi
office school campus home house market street road city town village district area neighbourhood neighborhood
branch branches outlet outlets shop store stall kiosk venue place spot centre center downtown beach station
apartemen apartment apartments hotel hotels resort resorts cafes restaurants offices homes markets pasar-pasar kolam rmh dkt deket
wifi wi-fi parkir parking toilet musholla mushola colokan playground taman-bermain jemuran
supermarket supermarkets minimarket minimarkets swalayan hypermarket hypermarkets
""")
# The land and water a place is named by ("Bunaken harbour", "Tomohon highlands", "pulau Kanawa", "bukit Sikunir"): a
# phrase headed by one is a stop on a route or where the business works, never a card.
GEOGRAPHY = _words("""
harbour harbor pelabuhan dermaga highlands highland lowlands pulau island islands kepulauan bukit hill hills gunung
mount mountain mountains danau lake lakes sungai river teluk bay tanjung cape selat strait lembah valley pesisir coast
coastline curug waterfall waterfalls peninsula pantai beach beaches
""")
PLACE = PLACE | GEOGRAPHY

# Titles said before a person's name ("Ceu Nining", "Bang Oji", "Uni Fitri", "Haji Mamat"): a title and a name are a
# person, never a card; a title inside a business's name ends the words that say what it sells ("Les Gitar Bang Oji").
TITLES = _words("""
pak bu bapak ibu mas mbak mba kak kakak bang abang om tante mang kang akang ceu ceuceu teteh teh aa uni uda cik cece
koh ko ci engkong engkoh encim babeh babe abah ambu umi ummi mbok mak emak bude pakde bulik paklik lik cak ning
eyang oma opa nenek kakek mbah haji hj hajjah ustadz ustad ustadzah kyai kiai gus bli daeng bunda mama mami papa
papi uncle aunty auntie
""")

# Nouns that say who provides the service or what the business is ("fotografer", "organizer", "travel"):
# at the head of a phrase they make it a self-description, not an offering.
PROVIDER = _words("""
fotografer photografer fotographer photographer photographers videografer videographer designer desainer
illustrator ilustrator organizer organiser planner operator konsultan consultant consultancy consulting developer
developers tukang guru tutor teacher pelatih coach trainer instruktur instructor penjahit tailor mua kaligrafer
pelukis painter musisi musician seniman artist agency agensi studio house freelance freelancer penyedia provider
specialist spesialis ahli expert lembaga lpk bimbel sanggar klub club yayasan sekolah school academy akademi
travel agent agen biro firm kantor office team tim crew vendor maker pembuat produsen pengrajin perajin
crafter artisan owner founder collective playgroup preschool daycare dokter doctor drh vet
""")

# People and agencies named by a trade: "party planner", "web developer"; the words before them are the trade's field.
AGENT = _words("""
planner organizer organiser operator developer designer desainer consultant konsultan photographer fotografer
videographer videografer illustrator ilustrator editor agency agensi tutor teacher guru trainer coach painter
pelukis writer penulis
""")

# Occasions an offering is for ("makeup for weddings, graduations and photoshoots"): never the offering.
OCCASION = _words("""
weddings graduations photoshoots parties birthdays events occasions anniversaries anniversary anniv ultah lamaran proposals
grand-opening opening acara nobar reunions gatherings celebrations
""")

# Occasions named in Indonesian, and the English singulars: after "khusus acara", "untuk", "cocok buat" they say
# when the offering is used ("katering khusus acara pernikahan dan aqiqah"); in a list or after a trade they name
# what is sold ("foto prewedding, wisuda", "EO gathering & outbound"), so they are no role word on their own.
USES = OCCASION | _words("""
pernikahan nikahan resepsi akad lamaran khitanan sunatan khitan aqiqah akikah syukuran tasyakuran selamatan wisuda
seminar seminars rapat konferensi conference conferences ibadah
ulang ultah arisan pengajian halal-bihalal bihalal tujuh-bulanan mitoni tingkeban gathering outing tahlilan
kondangan hajatan kenduri walimah walimahan reuni perpisahan wedding weddings graduation birthday party parties
""")

# Counting words: "6 flavours", "3 hari", "kapasitas 800 org".
UNIT = _words("""
flavours flavors rasa varian variants hari days day bulan months month minggu weeks week tahun years year jam hours
hour menit minutes porsi portions pax orang org persons people kapasitas capacity kg kilo ml liter gram pcs buah
lembar toples stoples renteng lusin kodi dus unit units tgl tanggal date dates isi bln thn th levels senin selasa rabu kamis jumat sabtu minggu monday
tuesday wednesday thursday friday saturday sunday weekday weekdays weekend weekends pagi siang sore malam morning
afternoon evening evenings night nights liter litre ml sesi session sessions pertemuan meeting meetings ajaran
early now today tonight tomorrow soon asap secepatnya segera habis abis abih
jan feb mar apr jun jul aug agu sep sept oct okt nov dec des
januari februari maret april mei juni juli agustus september oktober november desember january february march
june july august october december
""")

# Generic and abstract category nouns; concrete kinds of goods ("kue", "minuman", "snack") are offerings.
CATEGORY = _words("""
produk product products barang item items jasa layanan pelayanan service services usaha bisnis business
kuliner culinary fnb f&b kecantikan beauty kesehatan health teknologi technology tech digital kreatif creative
solusi solution solutions sistem system systems aplikasi app apps software platform saas cloud startup
kelas class classes kursus course courses les latihan program programs programme paket package packages menu koleksi
collection collections aneka macam berbagai variasi varian pilihan kategori category categories jenis kebutuhan
perlengkapan peralatan stuff things hal sesuatu lainnya dll dsb etc lain-lain sejenisnya kebutuhannya
toko shop store warung kedai resto restoran restaurant cafe kafe salon studio bengkel klinik clinic
agency agensi perusahaan company brand merek merk label olshop umkm ukm industri industry sektor sector
foto photo photos pictures gambar video videos job jobs project projects proyek karya group groups grup batch lessons lesson
database
""")

VERB = _words("""
datang mampir kunjungi visit visiting pesan order ordering beli membeli buy buying bayar pay hubungi contact call
chat daftar join gabung ikut ikutan coba try trying lihat see cek check tanya ask asking cari find mau ingin pengen
butuh perlu need want wants jual menjual jualan sell selling kirim ship antar deliver delivering
booking book bisa can dapat get melayani serve serving menyediakan provide providing tersedia available terima
menerima accept ambil pick pickup jemput tunggu wait buka open tutup close nikmati enjoy rasakan
belajar learn teach teaches teaching help helps helping give gives giving run runs running ship shipping bs bsa come covers covering pake pakai beli dipesan diantar dikirim
dipanggil ditunggu ditungguin dateng dtg looking hoping planning sign washed ironed folded cleaned dried pressed
delivered picked tinggal done sent finished completed follow
""")

QUALIFIER = _words("""
pedas manis asin gurih asam enak lezat nikmat murah meriah terjangkau mahal segar fresh homemade home-made rumahan
premium halal organik organic original ori asli terbaik best bagus good great kekinian modern tradisional
traditional klasik classic lokal local sehat healthy custom handmade baru new bekas second cepat fast express kilat
instan instant berkualitas quality profesional professional terpercaya trusted elegan elegant mewah luxury luxurious
cozy nyaman kecil small besar big large spesial special khusus istimewa favorit favorite andalan populer popular
lengkap complete terlengkap murah-meriah hemat affordable cheap simple simpel minimalis aesthetic estetik lucu cute
unik unique exclusive eksklusif terjamin ramah friendly jumbo mini level extra ekstra super hot dingin panas cold
viral legendaris legendary authentic autentik otentik panggilan on-call internationally worldwide nationwide
daily weekly monthly everyday fun bold cheerful ceria calm gentle soft pastel neon bright dark light vibe vibes
earthy warm tropical resmi izin official licensed certified bersertifikat unlimited garansi warranty fokus focus
kemenag bpom mui sni pirt iso respon response serious serius formal playful friendly luxurious clean minimal
nonstop non-stop family-run family-owned bottled spicy nasional internasional bahan material materials mesin
ready siap half-day full-day setengah-hari seharian
sizes size ukuran aman lengkap rutin remote on-site onsite welcome wanginya luar dalam dlm
blush dusty champagne pale deep royal sky forest electric jet off broken burnt metallic matte muted creamy tua muda
kenceng kencang dongker gelap terang cerah pucat lanjutan advanced intermediate dasar basic beginner pemula menengah covering
lamak maknyus mantap mantul nendang juara yummy delicious tasty nagih endes endeus legit kental encer renyah kriuk
empuk lembut crispy creamy juicy bana pisan banget bgt hangat privat
rapi rapih bersahabat jujur amanah sabar teliti cekatan sopan tepat-waktu neat tidy honest patient punctual
puas tuntas beres lancar mahir fasih satisfied
terbaru terkini terupdate latest newest
vegan vegetarian cruelty-free gluten-free sugar-free dairy-free msg-free paraben-free alcohol-free
""")

# How a customer pays: "bisa COD, transfer dan QRIS", "cicilan 0%", "cash or e-wallet". A way to pay is a
# fact for the page, never something the business sells ("kredit motor" and "jasa transfer" still are).
PAYMENT = _words("""
pembayaran payment payments cod transfer tf qris qr tunai cash debit kredit credit cicilan installment installments dp down-payment
e-wallet ewallet ovo gopay shopeepay linkaja paylater edc bca bni bri dana cicil nyicil dicicil
""")

# What a customer pays beside the offering: "iuran 100rb/bln", "infaq 50rb", "uang pangkal", "biaya pendaftaran",
# "DP 50%", "admin fee", "hitungan per m2" (how the price is reckoned). A phrase headed by one (first in Indonesian, "fee" last in English) is a price fact for the
# page, never a card; "jasa pengurusan retribusi" names a service (its head is no fee word). Two-word fees are joined
# by "_" ("uang_pangkal").
FEE = _words("""
iuran iurannya infaq infak infaqnya spp biaya biayanya ongkir ongkos deposit dp retribusi tarif tarifnya harga hrg
hitungan itungan hitungannya perhitungan
fee fees uang_pangkal uang_gedung uang_daftar uang_muka uang_kas uang_sekolah uang_bulanan uang_makan
uang_saku uang_seragam uang_buku
""")
# English fee words said last: "admin fee", "registration fees", "security deposit".
_FEE_TAILS = frozenset("fee fees deposit charge charges dues".split())

# When something takes place, said by the prayer times ("Kamis ba'da Ashar", "ba'da subuh"): a schedule, never a card.
PRAYER_TIMES = _words("""
ba'da bada ba'dha bakda habis sehabis selepas sebelum subuh shubuh dzuhur zuhur dhuhur duhur lohor ashar asar
maghrib magrib isya isha isyak
""")

# How an offering is measured or graded ("kadar air 12%", "kualitas ekspor", "grade A", "export quality"), and what a
# monitor reads ("suhu", "salinitas", "pH", "water temperature"): a
# specification of the goods, a fact for the page, never an offering. Head first in Indonesian, last in English.
SPEC = _words("""
kadar kualitas mutu grade ukuran berat bobot size sizes moisture kelembapan kelembaban
spesifikasi spec specs
suhu temperatur temperature salinitas salinity ph humidity kekeruhan turbidity
""")
_SPEC_TAILS = frozenset("quality grade moisture specs specification temperature salinity humidity turbidity".split())
# What a quantity is measured with: "pH meter", "sensor suhu", "temperature logger" are goods, not the quantity.
_DEVICES = frozenset("meter meters sensor sensors tester testers logger loggers probe probes alat gauge gauges "
                     "kit kits monitor monitors controller controllers pengukur termometer thermometer".split())

# What a package holds besides the offering: "(2 concepts, 3x revision)", "vector AI", "source file", "monthly
# report", "already used". Alone or counted they are package details; "laporan keuangan" still
# names a service (a word of its own).
EXTRAS = _words("""
revisi revision revisions konsep concept concepts vector vektor file files format formats report reports ai psd cdr eps svg
laporan already used
""")


# Words between items that are not items themselves ("yg", "and more"); they never stand alone.
FILLER = _words("""
yang yg dan and atau or serta juga jg also too dengan dgn with untuk utk buat for dari from di in ke to the a an
ada adalah yaitu seperti kayak like including termasuk mulai start starting nya kami saya aku kita our my we i
ini itu this that these those semua all every setiap tiap per sampai hingga until plus lagi
halo hai hi hello hey hallo it them they its nama namaku namanya name named called so nma nm assalamualaikum us
selamat bikin
you your me
skrg sekarang now lagi currently masih msh still
permisi bersama maaf ganggu sorry thanks thank makasih terimakasih kasih sebelumnya kadang sering biasanya selalu arisan pengajian
syukuran hajatan selamatan kenduri
""")

# What comes with or makes up the offering rather than being sold on its own: amenities of a rented room
# ("listrik", "cctv"), a booth's extras ("props"), materials ("fresh or silk"), a bare field name ("kelas bahasa" —
# the language is the offering). Alone they are notes; "silk scarves", "bahasa arab" still name offerings.
TRAIT = _words("""
listrik cctv satpam security props properti-foto silk sutra satin katun cotton polyester rayon bahasa language
languages kurikulum curriculum certificate certificates sertifikat e-sertifikat e-certificate kuah
""")

# A cue word of an occasion and up to six words, right before a phrase (used_for); a word boundary. The regional
# "for" counts too: Javanese "kanggo"/"kangge"/"kagem"/"nggo", Sundanese "pikeun", Minang "untuak".
_FOR_CUE = regrouped(r"\b(?:for|untuk|utk|buat|bwt|bagi|khusus|cocok|kanggo|kangge|kagem|nggo|pikeun|untuak)\s+(?:[\w'&-]+,?\s+){0,6}?\Z")
BOUNDARY = regrouped(r"\b")


def said_after(phrase: str, lower: str, before: re.Pattern[str], after: re.Pattern[str] = BOUNDARY) -> bool:
    """Does the phrase stand right where `before` (a pattern ending in \\Z) ends, with `after` (a whole-word end
    unless given) matching right after it? What `re.search(before_source + re.escape(phrase) + after_source, lower)`
    answers, without compiling a pattern for each phrase (a compile takes longer than most of a parse)."""
    at = lower.find(phrase)
    while at >= 0:
        if after.match(lower, at + len(phrase)) and before.search(lower, 0, at):
            return True
        at = lower.find(phrase, at + 1)
    return False


def used_for(item: str, lower: str) -> bool:
    """"DJ for weddings, corporate events and beach clubs": occasions after "for"/"untuk" say when the
    offering is used; "organizing graduation parties" names what is sold."""
    words = item.split()
    # the occasion must be the head: first in Indonesian ("gathering kantor"), last in English ("corporate
    # events"); "makeup wisuda" and "paket aqiqah" are things sold for the occasion
    if not words or words[0] not in USES and words[-1] not in OCCASION or item not in lower:
        return False
    return said_after(item, lower, _FOR_CUE)


ROLES: dict[str, frozenset[str]] = {
    "audience": AUDIENCE, "feature": FEATURE, "place": PLACE, "category": CATEGORY, "verb": VERB,
    "qualifier": QUALIFIER, "filler": FILLER, "provider": PROVIDER, "unit": UNIT, "agent": AGENT,
    "occasion": OCCASION, "trait": TRAIT, "payment": PAYMENT,
}
NON_OFFERING: frozenset[str] = frozenset().union(*ROLES.values())

_TOKEN = regrouped(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# Suffixes a role word takes: possessives ("anakmu"), "-an", English plurals, and the imperative "-kan"/"-lah" of a call
# to action ("daftarkan anakmu", "hubungilah kami"), which names nothing sold.
_SUFFIXES = ("nya", "ku", "mu", "an", "s", "es", "kan", "lah")


_MEASURE = regrouped(r"\d+(?:[.,/-]\d+)*(?:ml|l|lt|kg|g|gr|gram|pcs|x|k|rb|ribu|jt|juta|m|cm|km|h|d|th|s)?")


@lru_cache(maxsize=16384)
def _role_word(w: str) -> bool:
    if w in NON_OFFERING or _MEASURE.fullmatch(w):
        return True
    if w[-1:] == "2" and w[:-1] in NON_OFFERING:     # reduplication: "anak2", "ibu2"
        return True
    return any(w.endswith(x) and len(w) - len(x) >= 3 and _takes_suffix(w[:-len(x)], x) for x in _SUFFIXES)


# Suffixes that make a new word of their stem rather than say whose it is or stress it: "-an" and the plural.
_DERIVING = frozenset("an s es".split())
# Page features that are also things made or stocked: their plural is goods ("phones, tablets", "restaurant menus",
# "gift vouchers", "websites"); the feature plurals a page has ("reviews", "maps", "tickets") are listed as they are.
_FEATURE_GOODS = frozenset("phone website web menu catalog catalogue katalog button tombol voucher form".split())


def _takes_suffix(stem: str, suffix: str) -> bool:
    """Is the stem plus the suffix the same role word as the stem? A possessive or a particle keeps the role of any
    role word ("semuanya", "anakmu", "itulah"). A function word or filler derives no word of its role ("ada" + "an"
    is no filler), and a page feature that is also goods has a plural of goods."""
    if stem not in NON_OFFERING:
        return False
    if suffix not in _DERIVING:
        return True
    return stem not in FILLER and not (suffix != "an" and stem in _FEATURE_GOODS)


def role_of(word: str) -> str | None:
    """The first role a single word plays ("wanita" → "audience"), or None if it can name an offering."""
    w = word.lower()
    for role, words in ROLES.items():
        if w in words:
            return role
    return None


# Heads that make an offering with a word saying who or what level it is for: "kelas pemula", "paket keluarga".
_VARIANT_HEADS = frozenset("kelas class classes les kursus course courses paket package packages program "
                           "programs sesi session sessions lesson lessons training trainings workshop "
                           "workshops".split())
# Heads of a course: with a trade after them ("kelas MUA", "kursus fotografer") the trade is what is taught.
_COURSE_HEADS = frozenset("kelas class les kursus course pelatihan training workshop bootcamp".split())
# The same heads said last, in English; a session or a package ("full-day sessions", "family package") there
# is a format of the offering, not one of its own.
_VARIANT_TAILS = frozenset("class classes course courses lesson lessons training trainings workshop workshops".split())
# Heads naming a kind of work, whose object makes the offering: "foto produk", "desain kemasan".
_WORK_HEADS = frozenset("foto video desain ilustrasi".split())
_WORK_TAILS = frozenset("photos photo photography videos video shoots design designs illustrations".split())  # English


# Words closing a policy rather than naming a product: "drop-ins welcome", "reseller welcome", "COD diterima",
# "pets allowed", "laptop friendly". The phrase says who or what is accepted (a note for the page), never a card.
POLICY = _words("""
welcome welcomed diterima accepted allowed dipersilakan dipersilahkan boleh friendly provided disediakan
""")

# Price tiers of a package ("paket Basic", "package B", "paket 2"): a row of the price list (a fact), not a card.
_PACKAGE_HEADS = frozenset("paket package packages".split())
_TIERS = frozenset("""
basic basik standard standar reguler regular premium gold silver bronze platinum diamond vip deluxe lite pro plus
exclusive eksklusif ekslusif starter advance advanced ultimate complete lengkap i ii iii iv v
""".split())
# A named curriculum ("Cambridge curriculum", "kurikulum merdeka") says how a school teaches, not what it sells.
_CURRICULUM = frozenset("curriculum kurikulum".split())


# How big a class or a package is ("kelas kecil", "small groups"): a fact of the offering, not one of its own.
_SIZES = frozenset("kecil besar small big large mini".split())
# How a lesson or a session is given: "group lessons 350k, private 600k", "kelas grup", "sesi privat": each a kind
# sold at its own price (gold: "group lesson", "private class", "small group").
_FORMATS = frozenset("group groups grup kelompok private privat semi-private semi-privat one-on-one 1-on-1 couple "
                     "couples family keluarga".split())


# "cicilan tanpa bunga", "without sugar": what an offering lacks is a property of it, never a thing sold.
_WITHOUT = frozenset("tanpa without".split())


# Access sold by the period ("member bulanan", "membership tahunan", "monthly" is said after in English too): the
# member is whom a gym serves, but a membership for a month is what it sells.
_ACCESS = frozenset("member membership keanggotaan".split())
_PERIODS = frozenset("harian mingguan bulanan tahunan daily weekly monthly yearly annual".split())


def access_by_period(words: list[str]) -> bool:
    return len(words) == 2 and words[0] in _ACCESS and words[1] in _PERIODS


def _is_tier(words: list[str]) -> bool:
    return (len(words) >= 2 and words[0] in _PACKAGE_HEADS
            and all(w in _TIERS or (len(w) == 1 and w.isalnum()) or w.isdigit() for w in words[1:]))


# Words of facts said beside an offering (fees, prayer-time schedules, package details): never an offering's name,
# but kept out of ROLES, whose words also tell whether a text describes a business at all.
_BESIDE = FEE | PRAYER_TIMES | EXTRAS | SPEC


def _fee_or_spec(words: list[str]) -> bool:
    """"iuran bulanan", "biaya pendaftaran", "uang pangkal", "admin fee"; "kadar air", "grade a", "export quality":
    a phrase headed by a fee or a specification word. A grade said before the goods it grades ("grade a vanilla
    beans", "grade 1 cocoa beans") names those goods."""
    if len(words) >= 3 and words[0] == "grade" and len(words[1]) <= 2 and words[2] not in SPEC:
        return False
    first = words[0] if len(words) < 2 or f"{words[0]}_{words[1]}" not in FEE else f"{words[0]}_{words[1]}"
    if first in FEE or first in SPEC and not any(w in _DEVICES for w in words):
        return True
    return len(words) >= 2 and (words[-1] in _FEE_TAILS or words[-1] in _SPEC_TAILS) and not any(
        w in _DEVICES for w in words)


# A qualifier that is also the name of a work ("clean": the cleaning done), read so after a word of its grade
# ("deep clean", "fast clean", "express clean"); alone or after other words it keeps its sense ("desain clean").
_GRADED_WORK = frozenset(("clean",))
_WORK_GRADES = frozenset("deep fast quick express regular basic standard premium full general light heavy total "
                         "spring reguler kilat".split())


@lru_cache(maxsize=8192)
def is_offering(phrase: str) -> bool:
    """True when the phrase names something that can be sold: at least one word plays no other role.

    "wanita", "booking", "dekat kampus", "produk kami", "pedas", "startup saas" → False;
    "creambath", "potong rambut", "keripik singkong pedas", "kelas yoga", "kelas pemula" → True.
    """
    words = _TOKEN.findall(phrase.lower())
    if not words or _is_tier(words) or words[0] in _CURRICULUM or words[-1] in _CURRICULUM or words[0] in _WITHOUT:
        return False
    if len(words) >= 2 and words[-1] in POLICY or is_amenity(words) or names_nothing_alone(words) \
            or names_a_person(words):
        return False
    if _fee_or_spec(words):
        return False
    if not all(_role_word(w) or w in _BESIDE or w in LONE_NOTHING for w in words):
        return True  # ("bookings after": a page feature and when, nothing sold)
    if len(words) >= 2 and words[-1] in _GRADED_WORK and words[-2] in _WORK_GRADES:
        return True  # "deep clean 45k, fast clean 25k": a grade of the work, the work itself sold
    if access_by_period(words):  # "member bulanan": access sold by the period
        return True
    # a design of a page thing is a design service ("menu design", "desain katalog"); a photo of one is the page's
    if len(words) >= 2 and words[0] in _WORK_HEADS:
        return not all(w in FEATURE and words[0] != "desain" or w in VERB or w in FILLER or w in PROVIDER
                       for w in words[1:])
    if len(words) >= 2 and words[-1] in _WORK_TAILS:  # "product photos", "logo design"
        design = words[-1] in ("design", "designs")
        return not all(w in FEATURE and not design or w in VERB or w in FILLER or w in PROVIDER for w in words[:-1])
    if len(words) < 2:
        return False
    # the head comes first in Indonesian ("kelas pemula"), last in English ("beginner lessons", "kids classes")
    if words[0] in _VARIANT_HEADS:  # "paket aqiqah", "paket wisuda": a package for an occasion is sold
        if all(w in _SIZES for w in words[1:]):  # "kelas kecil", "small class": how big, a fact of the class
            return False
        if words[0] in _COURSE_HEADS and any(w in PROVIDER for w in words[1:]) and all(
                w in PROVIDER or w in AUDIENCE or w in QUALIFIER or w in _FORMATS for w in words[1:]):
            return True  # "kelas MUA pemula", "kursus barista", "pelatihan satpam": the trade is what is taught
        return all(w in AUDIENCE or w in QUALIFIER or w in USES or w in _VARIANT_HEADS or w in _FORMATS
                   for w in words[1:])
    if all(w in _SIZES for w in words[:-1]) and words[-1] in _VARIANT_HEADS:
        return False
    return words[-1] in _VARIANT_TAILS and all(w in AUDIENCE or w in QUALIFIER or w in _FORMATS for w in words[:-1])


def known_word(word: str) -> bool:
    """Does any role list hold this word (used by the does-this-describe-a-business check)?"""
    return _role_word(word.lower())
