"""The words an offering is read with.

Offer verbs and markers ("jual", "menu:", "we do"), the words that end a list item ("di", "untuk", "yang"),
the leads and trails stripped from an item ("aneka …", "… murah"), and the self-description frames
("usaha …", "… shop"), with the checks the collector (offer_collector.py) makes of a candidate: counts,
prices, places and scraps. The lowest layer: item_bounds.py ends an item with these words, offer_reader.py
reads the brief's parts with them and offerings.py puts the parts together.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped
from tapsite_pipeline.phrase_find import phrase_spans

from .courtesies import ADDRESSED, OPENERS, is_courtesy
from .lexicon import KEYWORDS
from .list_words import CHAT_TAIL, list_splitter
from .opened_locks import opens_a_lock
from .places import PLACES
from .roles import AGENT, AUDIENCE, CATEGORY, FEATURE, FILLER, PLACE, PROVIDER, QUALIFIER, VERB, is_offering

MASK = "\x00"
# Words naming the premises or the trade itself; at a phrase's head they make it a self-description
# ("warung bakso", "juice bar", "retreat organizer"), whose other words are the offering.
VENUE = frozenset("""
toko shop store warung kedai kios lapak stall bar place salon studio bengkel klinik clinic resto restoran restaurant
cafe kafe boutique butik gerai outlet house kitchen dapur rumah center centre hub counter konter depot usaha bisnis
kebun farm ladang gym dojo angkringan wedangan pujasera foodcourt food-court peternakan perkebunan
business jasa layanan service services company perusahaan brand merek label olshop
""".split()) | PROVIDER
# For software and web businesses, websites and apps are what is sold.
TECH_WORDS = frozenset("website websites web landing page pages halaman aplikasi app apps software sistem system "
                       "systems platform toko online e-commerce ecommerce".split())

# Offer verbs and markers; what follows them (up to a clause word) is a list of offerings. The regional verbs of
# selling and hiring out owners mix in count too (Minang "manggaleh", Sundanese "ngical", Javanese "nyewakake").
_NOT_OWNED = "".join(rf"(?<!\b{w}\s)" for w in "nama lapak toko usaha brand merek akun bisnis olshop warung kedai".split())
TRIGGER = fast(
    r"\b(?:(?:menu|produk|layanan)(?:nya)?\s+(?:andalan|unggulan|utama|favorit)(?:\s+(?:kami|saya|kita))?|(?:untuk|utk|for)\s+(?:program|kelas|kursus|les|layanan|paket)(?=\s)|jual\s+beli|jual|jualan|jualin|menjual|berjualan|dagang|berdagang|sedia|menyediakan|nyediain|tersedia|produksi|"
    r"memproduksi|spesialis|melayani|layani|ngelayanin|terima|menerima|nerima|nrima|sajikan|menyajikan|sajian|racik|meracik|jual\s+beli|"
    # (the regional verbs of taking orders, making and providing: Javanese "nampi damel", "nyediakake", Sundanese
    # "sadean", "nyayogikeun", Minang "manarimo", "manjua"; Javanese "damel" alone, "makes": "damel wayang kulit")
    r"nampi(?:\s+damel)?|(?<!nampi\s)(?:n|ng)?damel|nampeni|nyediakake|nyediakaken|nyadhiyakake|sadean|nyayogikeun|"
    r"narima|manarimo|manjua|"
    r"manyadioan|bajual|"
    r"menyewakan|disewakan|sewakan|manggaleh|bagaleh|ngical|nyewakake|nyewakaken|rent\s+out|rents(?:\s+out)?|hires\s+out|leases|manufactures?|produces?|makes|crafts|designs|creates|offers|"
    r"(?<![a-z0-9]\s)(?<![a-z0-9])plans|writes|"
    r"mengembangkan|develops?|berisi|meliputi|menyelenggarakan|selenggarakan|mengadakan|adakan|"
    r"menunya|produknya|layanannya|jualannya|jualanku|dagangannya|isinya|armada|varian|variannya|"
    r"menawarkan|tawarkan|grosir|supplier|suplier|pemasok|memasok|pasok|menyuplai|suplai|distributor|agen|reseller|stocking|"
    r"specializing\s+in|specialising\s+in|specialize\s+in|specialise\s+in|specialists?\s+in|selling|sell|sells|"
    r"offering|offer|offers|provide|provides|providing|serving|serve|serves|supply|supplies|supplying|"
    # the owner's own verbs of trade, said by "we" or by "i" alike ("i do wedding photography", "I shoot weddings"),
    # or by "they" of a business written about ("they do Javanese wedding MC")
    r"(?:we|i|they)\s+(?:also\s+|can\s+(?:also\s+)?)?(?:do|make|bake|brew|roast|stock|carry|grow|teach|run|fix|repair|"
    r"rent(?:\s+out)?|sew|cook|print|build|design|shoot|offer|write|plan|arrange|perform)|"
    # what a range holds, as "produknya meliputi" says it: "our collection includes …", "our services cover …"
    r"(?:collection|range|products|services|offerings|catalogue|catalog|menu|line-?up)\s+(?:also\s+)?"
    r"(?:includes?|covers?)|"
    # ("baking class", "coffee brewing workshop": the work a course teaches, not the verb before its object)
    r"does|(?:roasting|baking|brewing|making|growing)(?!\s+(?:class|classes|course|courses|workshops?|lessons?))|"
    r"teaching|teaches|doing|runs|running|"
    r"organizing|organising|organize|organise|organizes|organises|installs|memasang|hosts|builds|"
    # "building" the verb, not the noun of a compound sold ("team building", "hand building", "brand building")
    r"(?<!team\s)(?<!hand\s)(?<!brand\s)(?<!character\s)(?<!capacity\s)(?<!body\s)(?<!skill\s)(?<!skills\s)"
    r"(?<!community\s)(?<!website\s)building|"
    r"mostly|mainly|featuring|including|such\s+as|like|"
    r"kami\s+(?:juga\s+|jg\s+)?(?:buat|bikin|jual|sediakan|kerjakan|ajarkan)|mengerjakan|ngerjain|bikin|membuat|"
    # the owner's own verb of making, said by "saya"/"kami" ("sy jahit gamis", "kami masak rendang", "sy bikinin
    # template"): what is made is the offering; a verb of service stays with its object ("kami servis AC")
    # (not the pronoun of a name: "nama lapak aku Rajut Imut", "toko saya Jahit Rapi")
    rf"{_NOT_OWNED}(?:saya|sy|sya|kami|aku|gw|gue|ane|mereka|beliau)\s+(?:juga\s+|jg\s+|bisa\s+|bs\s+)?"
    r"(?:jahit|jahitin|menjahit|masak|masakin|memasak|bikinin|buatin|anyam|menganyam|ukir|mengukir|rajut|merajut|"
    r"panggang|memanggang|sablon|nyablon|rakit|rakitin|merakit)|"
    rf"{_NOT_OWNED}(?:saya|sy|sya|kami|aku|gw|gue|ane|mereka|beliau)(?:\s+(?:juga|jg|bisa|bs))?(?=\s+(?:servis|pasang|masang|cuci|nyuci|"
    r"potong|rias|ngerias|perbaiki|benerin|betulin|bersihin|desain|desainin|edit|ngedit|urus|ngurus|"
    r"les(?:in)?|ajarin|ngajarin)\s+[a-z])|"
    r"mengajar|ngajar|mengajarkan|ajar|ajarin|ngajarin|melatih|melatihkan|budidaya|membudidayakan|menanam|ternak|beternak|"
    r"(?:produk|menu|layanan|paket|pilihan|isinya|armada)(?:nya)?(?:\s+(?:kami|saya|utama|andalan))?"
    r"\s+(?:ada|adalah|yaitu|yakni|berupa|meliputi|antara\s+lain|seperti)|"
    r"ada|punya|seperti|antara\s+lain|yaitu|yakni|berupa|meliputi|mulai\s+dari|kayak|termasuk|"
    r"praktek|praktik|treatment|perawatan|layanan|jasa|menu|produk|paket)\b\s*")

WEAK_TRIGGERS = frozenset("ada punya like buat bikin membuat layanan jasa menu produk paket treatment perawatan "
                           "doing making seperti kayak praktek praktik".split())
# "sy punya …", "i run a small …": what follows says what the business is.
SELF_TRIGGER = regrouped(
    r"\b(?:(?:saya|sy|sya|kami|aku|ak|gw|gue|ane)\s+(?:baru\s+)?(?:punya|pnya|buka|membuka|mengelola|adalah|ini)|"
    r"(?:i|we)\s+(?:run|own|have|manage|operate|are|am)|i'm|we're|im|"
    r"(?:saya|sy|sya|kami|aku|gw|gue|ane|i|we)(?=\s+(?:seorang\s+|a\s+|an\s+)?(?:" + "|".join(sorted(VENUE)) + r")\b))"
    r"\b\s*(?:an?\s+|seorang\s+)?")
# "Peranakan dishes like lumpia, …": the words before "like" name the kind, the list names the offerings.
EXAMPLES = frozenset("seperti kayak like such as including termasuk antara lain mostly mainly yaitu yakni berupa "
                      "meliputi".split())
# A label before a colon that only names a kind ("Produk", "Packages", "menu kami").
_LABEL_ONLY = regrouped(r"(?:produk|menu|layanan|jasa|paket|pilihan|koleksi|varian|isinya|isi|armada|program|kelas|"
                        r"products?|services?|packages?|menu\s+items|classes|courses|programs?|programmes?|"
                        r"treatments?|range)(?:nya)?(?:\s+(?:kami|saya|kita|utama|andalan|our|we\s+(?:also\s+)?offer))?", re.I)

# Where a list of offerings ends: prepositions and clause words ("… di Bandung", "… untuk kantor"), the regional
# "for" among them ("sinden kanggo manten", "pikeun hajatan").
ITEM_STOP = frozenset("""
di in at on untuk utk bwt bagi for dengan dgn with yang yg which that who whose sejak since warna color colour
mau ingin pengen pingin tolong please namanya nama bisa pesan order via lewat harga mulai target tapi
tp but karena krn because located based kami saya aku gw gue i we my our mereka beliau they is are was were nuansa tema buka setiap
tiap every tersedia available sudah udah sdh telah ke kirim antar delivery free gratis kalau kalo klo biar supaya
agar mohon butuh need needs want wants cocok hubungi contact called named bernama juga jg from dari colors colours
theme vibe vibes look pesen psn orderan style gaya desain please pls merek merk brand brandnya mereknya nmanya
level so then lalu terus trus jadi jd khusus especially aimed by oleh per only cuma hanya sekali lagi ya yaa dong
sih nih kak gan sis min loh lho deh kok is area wilayah daerah sekitar around near dekat across seluruh all
made inspired namaku name my inspirasi berbahan from dibuat asal nma nm sy gk ga gak nggak blm belum khas beli
mirip similar harus wajib should must buat semua semuanya everything all dkt deket anywhere everywhere
dr langsung directly now skrg sekarang max maks maksimal maximum minimal minimum pake pakai pakek using
melalui through thru lwt lwat
kanggo kangge kagem nggo pikeun untuak
sesuai menurut according compliant
""".split()) - {"desain"}

# Words that say where: what follows them, and every name coordinated with it ("khusus Desa Karangsari & Sukamulya",
# "deket Pasar Induk ama halte busway", "area Jaksel, Jaktim"), is a place, never an offering, whether or not the
# gazetteer knows the name.
PLACE_CUE = regrouped(
    r"\b(?:desa|ds|kelurahan|kel|kecamatan|kec|kampung|kp|dusun|dsn|kabupaten|kab|kota|kotamadya|provinsi|prov|daerah|"
    r"wilayah|area|kawasan|sekitar|sekitaran|seputaran|around|near|nearby|located\s+(?:in|at|on|near)|based\s+in|"
    r"lokasi(?:nya)?|berlokasi(?:\s+di)?|deket|dekat|dkt|depan|sebelah|samping|belakang|seberang|opposite|next\s+to|"
    r"behind)\b\.?")
PLACE_JOIN = regrouped(r"\s*(?:&|/|\+|\band\b|\bdan\b|\bsama\b|\bsm\b|\bama\b|\batau\b|\bor\b|\bserta\b)\s*")
# Passive verbs end an item: "… bolu pandan, semua dibikin subuh".
PASSIVE = regrouped(r"di(?:kasih|kasi|beri|berikan|bikin|buat|jual|kirim|antar|pesan|masak|panggang|olah|goreng|proses|produksi|jamin|cek|"
                     r"jahit|cuci|kerjakan|siapkan|sajikan|racik|import|impor|awasi|dampingi|akui|kelola|dukung|"
                     r"percaya|sertifikasi|bina|naungi|jemput|bimbing|ajar|latih|pandu|asuh|ajak|temani|panen|petik|rawat|tanam|"
                     r"pelihara|kemas|pilih|seleksi|sortir|keringkan|jemur|fermentasi|sangrai|giling|tenun|warnai|buka|tutup)\w*|"
                     r"terdaftar|berbadan|bersertifikat")
# Any passive with a verb suffix opening a piece starts a clause: "Ditangani fisioterapis berlisensi",
# "disesuaikan …" (not "dimsum", "diskusi"; after a noun it may describe it: "hewan dilindungi").
_PASSIVE_OPENING = regrouped(r"di[bcdfghjklmnpqrstvwyz][aeiou][a-z]+(?:kan|(?<!s)i)")
_LEAD = regrouped(
    r"^(?:\d[\d.,]*\s*(?:(?:to|sampai|-)\s*\d[\d.,]*\s*)?(?:kva|kw|watt|gb|tb|mbps|inci|inch|liter|ml|kg|gram|gr)\b|"
    r"1-on-1|one-on-one|ready(?:\s+(?:stock|stok))?|price|prices|harga|hrg|aneka|berbagai(?:\s+macam)?|macam[\s-]+macam|macam|bermacam[\s-]+macam|various|all\s+kinds\s+of|"
    r"kinds\s+of|some|a|an|the|has|have|juga|jg|also|and|dan|serta|sama|sm|karo|ada|adalah|ialah|merupakan|yaitu|seperti|antara\s+lain|mulai\s+dari|"
    r"jasa|layanan|produk|berupa|or|atau|plus|hingga|sampai|sampe|our|my|their|his|her|menyediakan|jual|menjual|jualan|terima|"
    r"menerima|melayani|pesanan|pesenan|orderan|pendaftaran|registrasi|reservasi|registration\s+for|enrol?ment\s+for|mostly|mainly|authentic|curated|local|lokal|fresh|segar|homemade|home\s+made|"
    r"kami|saya|gw|gue|aku|mereka|beliau|we|i|they|isinya|bisa|bs|can|also\s+do|do|also\s+run|run|runs|dr|dari|resmi|official|authorized|authorised|"
    r"pembuatan|membuat|bikin|bikinin|andalan|favorit|unggulan|spesial|special|termasuk|including|sekalian|sekarang|"
    r"belajar|learn|learning|open\s+class(?:es)?|open\s+registration(?:\s+for)?|(?:murid|siswa|santri)\s+baru|"
    r"menangani|mengatasi|memperbaiki|mengobati|mendampingi|mengurus|mengurusi|biasa(?:nya)?|sering|pegang|megang|"
    r"bantu|membantu|bantuin|teaches|grows|bakes|brews|roasts|repairs|fixes|sews|"
    r"(?:me|mem|men|meng|meny|menge)[a-z]{2,}kan)\b\s*(?=\S)")
# (The regional "only" closes an item too: Javanese "thok"/"wae", Betawi "doang": "sewa gamelan thok".)
_TRAIL = regrouped(
    rf"\s*\b(?:{CHAT_TAIL}|thok|thog|wae|bae|doang|enak|murah|lezat|dll|dsb|etc|lainnya|lain-lain|lain\s+lain|and\s+more|dan\s+lainnya|"
    r"dan\s+lain-lain|dkk|yang|yg|kekinian|terbaik|best|banget|bgt|berkualitas|so|yaa|"
    r"in\s+cups|per\s+\w+|grosir|ecer|eceran|satuan|lusinan|panggilan|home\s+service|on\s+call|"
    r"profesional|professional|murah\s+meriah|terpercaya|berpengalaman|bersertifikat|certified|"
    r"ukuran|size|berbasis|based|"
    # how much comes in one, said after the name: "dimsum frozen isi 10", "kopi literan 1 liter", "madu botolan" (or the
    # cue alone, its contents masked out: "hampers parcel isi [4 toples + kurma]")
    r"isi(?:\s+\d+)?|\d+[\d.,]*\s*(?:liter|ltr|ml|gr|gram|kg|km|meter|pcs|pc|biji|lembar|tamu|orang|org|pax|porsi|guests|people|"
    r"persons|peserta)|botolan)$")
_INCLUDED = regrouped(r"\b(?:included|includes|include|incl|termasuk|sudah\s+termasuk)$")
# How the goods are to be had, not goods: in stock or made when ordered ("ready stock dan PO", "stok ready", "open
# PO", "pre-order", "indent", "sistem PO", "made to order"). Said as an item of a list, it is a fact of the shop.
AVAILABILITY = regrouped(r"(?:(?:ready|siap|full|selalu)\s+)?(?:stock|stok|stoc)(?:\s+(?:ready|tersedia|available|selalu\s+ada))?|"
                          r"ready|in\s+stock|re-?stock|(?:open|sistem|system|terima|via)?\s*(?:po|pre[\s-]?orders?|preorders?)|"
                          r"open\s+orders?|inden|indent|made\s+to\s+order|by\s+order|siap\s+kirim|"
                          # how much is taken at once: "terima pesanan partai besar", "bulk orders"
                          r"(?:partai|jumlah)\s+(?:besar|kecil|banyak)|bulk(?:\s+orders?)?|"
                          # none left for today: "sold out", "habis", "ludes" (a Status series' last word of the day)
                          r"(?:(?:udah|sudah|dah|all|already)\s+)?(?:sold\s*out|soldout|habis|ludes)(?:\s+(?:today|hari\s+ini))?")

# What a package or a price already holds ("udh sm pemandu, helm", "lengkap dengan busana", "comes with a tote",
# "bonus stiker", "incl. vocals"): the list after such a cue is the contents of an offering, a fact for the page,
# never cards of its own. CONTENTS_CUE always says so; HOLDS_CUE ("includes", "termasuk", "sudah", "free")
# only after a price or a package word in the same sentence ("Rent is 200k and includes water", "paket A include
# 3 menu"), since elsewhere it lists offerings ("our menu includes nasi goreng").
CONTENTS_CUE = fast(
    r"\b(?:sudah|sdh|udah|udh|dah|already|all)\s+(?:termasuk|trmsk|include[sd]?|incl\b\.?|sama|sm|ama|dapat|dapet|dpt|"
    r"free|gratis|with|plus)\b|\bincl\b\.?|\binclusive\s+of\b|\ball[\s-]in(?:clusive)?\s*(?:[,:]|\+|with\b|includes?\b)|"
    r"\blengkap\s+(?:dengan|dgn|sama|sm)\b|\bdilengkapi(?:\s+(?:dengan|dgn))?\b|\bcomplete\s+with\b|"
    r"\bcomes?\s+with\b|\bserved\s+with\b|\bbonus(?:nya)?\b|\bfree\s+bonus\b")
HOLDS_CUE = fast(r"\b(?:includes?|including|termasuk|trmsk|sudah|udah|udh|sdh|dapat|dapet|dpt|free|gratis)\b")
# "melayani konversi motor listrik, termasuk uji tipe dan pengurusan STNK", "trips from Kumai (min. 2), including boat
# crew, cook …": "including" after a comma adds what the service or the trip said before it takes in, a fact of that
# offering, unless what is said before it is a range ("berbagai kue, termasuk nastar", "many styles, including …"),
# whose members are then named (RANGE_BEFORE).
APPENDED_HOLDS_CUE = regrouped(r",\s*(?:termasuk|trmsk|including)\b")
RANGE_BEFORE = regrouped(r"\b(?:berbagai|aneka|macam|bermacam|segala|semua\s+jenis|beragam|ragam|pilihan|koleksi|"
                         r"various|variety|range|all\s+kinds|many|selection|collection|types|kinds)\b")
# What a room, a car or a hall comes with ("kamar 3x4 udah ada kasur, lemari", "fasilitas: AC, wifi, parkir"):
# its fittings, never cards of their own. "udah ada" counts only after such a unit in its sentence ("udah ada menu
# baru: seblak, cireng" lists new goods).
FACILITIES_CUE = fast(r"\b(?:fasilitas(?:nya)?|facilities|amenities|perabot(?:an)?|furnished\s+with)\b")
FITTED_CUE = fast(r"\b(?:sudah|sdh|udah|udh|dah|already)\s+(?:ada|tersedia|lengkap|has|have|with)\b")
FITTED_UNIT = regrouped(r"\b(?:kamar|kmr|room|rooms|unit|units|villa|rumah|kos|kost|kosan|apartemen|apartment|"
                        r"mobil|car|cars|bus|hiace|elf|kapal|boat|gedung|aula|hall|venue|ruang|ruangan|studio)\b")
# What a made product has, its features ("undangan kami … ada RSVP, peta lokasi, musik", "aplikasi kasir punya stok
# otomatis, laporan harian", "ada fitur absen QR, e-raport", "features: chat, reminders"): never cards of their own.
# FEATURE_CUE always says so; HAS_CUE only after a product unit in its sentence ("ada nastar, kastengel" lists goods).
FEATURE_CUE = fast(r"\b(?:ada|with|dengan|dgn|plus|punya|lengkap|include[sd]?|termasuk|dilengkapi)\s+(?:fitur|features?)"
                   r"(?:nya)?\b|\bfitur(?:nya)?\s*:|\bfeatures?\s*:|\bfeaturing\b")
HAS_CUE = fast(r"\b(?:ada|punya|has|have)\b(?!\s+(?:juga|jg|jasa|layanan|paket|pilihan|harga|promo|diskon|tiket)\b)")
PRODUCT_UNIT = fast(r"\b(?:undangan|invitations?|aplikasi|apps?|sistem|system|software|platform|dashboard)\b")
# A price, or a word naming what is priced or sold as one set ("our set menu includes …", "the tour includes …"),
# before HOLDS_CUE in its sentence.
PRICED = regrouped(r"(?:\b(?:rp|idr|usd|eur)\.?|[$€£])\s?\d|\d(?:[\d.,]*)\s?(?:k|rb|ribu|jt|juta|million)(?![a-z])|"
                   r"\b(?:paket|package|packages|rent|sewa|harga|price|prices|rate|rates|fee|fees|tiket|ticket|"
                   r"tickets|biaya|tarif|ongkos|cost|costs|set|bundle|bundling|combo|hampers|parcel|tour|trip)\b")
# A greeting that opens the brief or a sentence ("Assalamualaikum 🙏 buka kelas …", "Hello from Kei!", "Selamat siang,
# we are …", "Om Swastiastu!"), a welcome ("Monggo pinarak", "Wilujeng sumping") or a call to come along ("Ayo lae,",
# "Yuk bun!"): what follows it is the brief, the greeting itself describes nothing.
GREETING = regrouped(
    r"(?:^|(?<=[.!?\n]))[\s\W]*\b(?:" + OPENERS + r"|"
    r"ayo|ayok|yuk|yuks|yok|mari|let'?s\s+go|come\s+on)\b"
    # the person greeted: a word of address, a kinship word said as one ("ayo lae", "yuk bun", "mari bapak-ibu")
    r"(?:\s+(?:" + ADDRESSED + r"))?[^\w.!?\n]*")
# What a staff member's schooling or papers say ("ustadzah lulusan pesantren", "a graduate of ISI", "trained in
# Bangkok"; "alumni" is also who a reunion is for): a credential, up to the end of its comma piece, never an offering.
# The owner speaking again ("lulusan akuntansi yg suka excel 😄 sy bikinin template …", the emoji gone) ends it too.
CREDENTIAL = regrouped(r"\b(?:lulusan|tamatan|jebolan|graduates?\s+(?:of|from)|graduated\s+from|"
                       r"trained\s+(?:at|in|by)|certified\s+by)\b"
                       r"(?:(?!\s(?:saya|sy|aku|gw|gue|kami|we|i)\s)[^,.;!?\n])*")
# A time said by a season or a feast ("Menjelang Natal dan Tahun Baru, …", "jelang Idul Adha ready kambing", "sampai hari H",
# "ahead of Christmas", "pas musim wisuda"): when the offering is sold or used, never a card. The feast alone
# ("kartu ucapan Natal", "parsel lebaran") still names goods.
_FEAST = (r"(?:natal|christmas|xmas|tahun\s+baru|new\s+year|imlek|lebaran|idul\s+fitri|idul\s+adha|hari\s+raya(?:\s+\w+)?|"
          r"ramadh?an|puasa|paskah|easter|nyepi|galungan|waisak|valentine|halloween|17an|agustusan|kemerdekaan|"
          r"hari\s+h|d-day|the\s+big\s+day|musim\s+\w+|\w+\s+season|liburan(?:\s+\w+)?|holidays?)")
# (After "sampai"/"until" only the feast is the time: the word still ends the list item before it.)
SEASON = regrouped(r"\b(?:(?:menjelang|jelang|ahead\s+of|before|selama|during|pas|saat|setiap|tiap|every)\s+|"
                   r"(?<=sampai\s)|(?<=sampe\s)|(?<=hingga\s)|(?<=until\s))" + _FEAST
                   + r"(?:\s*(?:&|dan|and|\+|/)\s*" + _FEAST + r")*\b")


def in_season(item: str, lower: str) -> bool:
    """Is every mention of the phrase inside a time said by a feast ("natal" of "menjelang Lebaran dan Natal")?"""
    if item not in lower:
        return False
    spans = [m.span() for m in SEASON.finditer(lower)]
    found = [at for at, _ in phrase_spans(item, lower, "", "")] if spans else []
    return bool(found) and all(any(a <= at < b for a, b in spans) for at in found)


# Where the contents end: the sentence, or a word that adds one more offering ("…, melati, serta upacara adat").
CONTENTS_END = regrouped(r"[.!?;\n]|\b(?:serta|juga|jg|also|as\s+well\s+as|tapi|tp|but|sedangkan|while|"
                         r"selain\s+itu|terus|trus|lalu|then)\b")
# Words that name something on their own after a tight slash: the lexicon's one-word goods ("kaos/kemeja",
# "lukis dinding/mural") and qualifiers or rental periods ("pria/wanita", "harian/mingguan") — what follows the
# slash then is another item or a note, not a variant of the offering before it ("goreng/rebus", "laptop/pc").
_PERIODS = "harian mingguan bulanan tahunan daily weekly monthly yearly hourly".split()
_ALONE = "|".join(sorted({re.escape(w) for w in [*KEYWORDS, *QUALIFIER, *_PERIODS] if re.fullmatch(r"[a-z0-9'-]+", w)},
                         key=lambda w: (-len(w), w)))
# The list's joiners, with the regional "and" owners mix in: Minang "jo" ("kopi kawa daun jo goreng pisang"),
# Sundanese "sareng"; "s/d" ("sampai dengan", up to) joins the two ends of a range like "sampai" (its slash is no
# list of "s" and "d").
SPLIT = list_splitter(r";|\bs/d\b|\bs\.d\b|\bama\b|\bjo\b|\bsareng\b|\bjuga\b|\bjg\b|\balso\b|\bmaupun\b|\bhingga\b|\bsampai\b|\bbeserta\b|\bberikut\b|"
                      r"\balong\s+with\b|\btogether\s+with\b", variants=_ALONE)
_WORDS = regrouped(r"[a-z0-9][a-z0-9'.-]*")
# Self-descriptions that name what the business is: "usaha minuman boba", "toko mainan", "juice bar".
SELF_LEAD = regrouped(
    r"^(?:(?:kami|saya|sya|sy|aku|ak|gw|gue|we|i|my|our)\s+(?:adalah\s+|are\s+|am\s+|punya\s+|run\s+|have\s+|a\s+|an\s+)*)?"
    r"(?:(?:punya|pnya|pny|buka|membuka|baru\s+buka|usaha|bisnis|jualan|dagang|toko|warung|kedai|lapak|olshop|gerai|kios|"
    r"konter|counter|depot|outlet|grosir|reseller|distributor|agen|supplier|suplier|pemasok|jasa|layanan|spesialis|tukang|"
    r"produsen|home\s+industry|industri\s+rumahan|a|an|small|kecil|family|keluarga)\s+)+")
SELF_TRAIL = regrouped(
    r"\s+(?:shop|store|bar|place|stall|business|brand|company|studio|boutique|house|kitchen|cafe|online|"
    r"rumahan|kecil|kecil-kecilan|keluarga|kekinian|sederhana|service|services|specialist|center|centre)$")


_NOT_HEAD = AUDIENCE | FEATURE | PLACE | VERB
# A price, a percentage or a count is a fact about an offering, never its name: "drop-in 150k", "100% cotton",
# "10-class pack", "masa pelatihan 6 bulan", "sisa 3 kamar", "6 bands". A number closing the name
# ("playstation 5"), giving a size or a purity ("tv 43 inci", "tahfidz 30 juz", "emas 24 karat") or a length written as one
# adjective ("3-day beginner retreat", "2-hour city tour") is part of it.
SPEC_UNITS = r"(?:inci|inch|inches|juz|cm|mm|kva|watt|gb|tb|mbps|mp|megapixel|pintu|seater|tingkat|lantai|karat|kt|carat)"
_COUNTED = fast(
    r"(?:(?:\b(?:rp|idr|usd|eur)\.?|[$€£])\s?\d|\d(?:[\d.,]*)\s?(?:k|rb|ribu|jt|juta|million|mio|%)(?![a-z])|^\d+(?:[.,]\d+)?(?:\s|-(?!(?:day|night|week|month|hour|"
    r"year|hari|malam|jam|on)\b))"
    r"|\b\d+(?:[.,]\d+)?\s+(?!" + SPEC_UNITS + r"\b)[a-z])")
# A count of one or two digits before a kind of room or stay: head last in English, first in Indonesian.
_STAY_KINDS = r"(?:kamar|rooms?|suites?|villas?|bungalows?|cabins?|cottages?|dorms?|glamping\s+tents?|tents?)"
COUNTED_STAY = regrouped(r"\d{1,2}\s+(?!(?:bedrooms?|beds?|br|bd|kt|kamar\s+tidur)\b)((?:[a-z][\w'-]*\s+){1,3}?" + _STAY_KINDS + r"|" + _STAY_KINDS +
                          r"(?:\s+[a-z][\w'-]*){1,2})")
_LENGTH_LEAD = regrouped(r"\d+(?:[.,]\d+)?-[a-z]+\s+")
_COUNT_LEAD = regrouped(r"\d+-(?!(?:day|night|week|month|hour|year|hari|malam|jam|on)\b)[a-z]")


def opens_with_count(item: str) -> bool:
    """A phrase opening with how many, as one adjective ("10-class pack", "5-pack"): a count, never a name (a
    length, "3-day retreat", is one, and so is a number named with the goods, "360 video booth")."""
    return bool(_COUNT_LEAD.match(item))


# An Indonesian active verb standing alone ("menyewakan", "mengadakan"): what is done, not what is offered.
_VERB_ONLY = regrouped(r"(?:me|mem|men|meng|meny|menge)[a-z]{2,}(?:kan|i)")
# Offerings short enough to look like scraps ("kol" is cabbage in a list of vegetables).
SHORT_GOODS = frozenset("tv ac hp ps4 ps5 pc kue tas teh jus mie mi es mc dj sim ktp cat ban oli aki spa bbq kol ubi "
                         "seo".split())
_NOT_FIRST = VERB | FEATURE
_MODEL_CODE = regrouped(r"[a-z]{1,2}\d{1,3}")  # "v60", "s23": a model's code names the goods


# How or where the work is given, said on its own ("in-person or online", "daring & luring", "on-site"): a way of
# taking an offering, never one.
DELIVERY_MODES = frozenset((
    "in-person", "in person", "online", "offline", "hybrid", "daring", "luring", "tatap muka", "face-to-face",
    "face to face", "on-site", "onsite", "on site", "remote", "remotely", "virtual", "home visit", "home visits",
    "kunjungan rumah"))


# A trip or a stay named by its days and nights ("2D1N", "3H2M", "paket 4D3N"): the name of a package.
TRIP_CODE = r"(?:paket\s+|package\s+)?\d\s?[dh]\s?\d\s?[nm]"


def trip_code(item: str) -> bool:
    return bool(_TRIP_WHOLE.fullmatch(item))


_TRIP_WHOLE = regrouped(TRIP_CODE)


# The side of a place ("Bali Barat", "West Bali", "Sumba Tengah"): with a known place it is still a place.
_COMPASS = frozenset("barat timur utara selatan tengah west east north south central".split())


def is_place(item: str) -> bool:
    """A place the gazetteer knows, alone or with its side ("bali barat", "north lombok")."""
    if item in PLACES:
        return True
    words = item.split()
    return len(words) >= 2 and (words[-1] in _COMPASS and " ".join(words[:-1]) in PLACES
                                or words[0] in _COMPASS and " ".join(words[1:]) in PLACES)


def is_scrap(item: str) -> bool:
    """Three letters or fewer that are no known short name of goods: "cm", "ios", "rw" are pieces of a
    longer phrase ("aplikasi Android dan iOS"), never an offering by themselves."""
    return len(item) <= 3 and item not in SHORT_GOODS and not _MODEL_CODE.fullmatch(item)


# An English "-ing" head that is the owner's verb alone ("planning to open", "teaching since 2010") but after a noun
# names the work sold: "wedding planning", "event planning", "piano teaching", "trail running".
_WORK_GERUNDS = frozenset("planning teaching running".split())


def _work_gerund(words: list[str], lang: str) -> bool:
    return lang == "en" and len(words) > 1 and words[-1] in _WORK_GERUNDS and words[-2] not in _NOT_HEAD \
        and words[-2] not in FILLER and is_offering(words[-2])


# "anak" before an animal names its young, sold by farms and pet shops ("anak kucing", "anak ayam kampung"), not a
# child served ("baju anak", "les anak").
_YOUNG_OF = frozenset("kucing anjing ayam bebek itik entok kambing domba sapi kerbau kelinci burung puyuh marmut "
                      "babi kuda ikan lele".split())


def _head(words: list[str], lang: str) -> str:
    return words[-1] if lang == "en" and len(words) > 1 else words[0]


def _head_ok(item: str, lang: str, tech: bool) -> bool:
    """The head word names a thing, not a person served, a page feature, a place or an action."""
    words = _WORDS.findall(item)
    if not words:
        return False
    if is_courtesy(item):  # "kulo nuwun", "matur nuwun kak": said to the reader or the builder, never sold
        return False
    if item in KEYWORDS or _check_of(words) or _open_trip(words):  # "putri salju" is a cookie, whatever "putri" means alone
        return True
    if opens_a_lock(words):  # "buka pintu terkunci", "buka brankas": a locksmith's work, not when the shop opens
        return True
    if len(words) > 1 and words[0] == "anak" and words[1] in _YOUNG_OF:  # "anak kucing persia": a kitten, goods
        return True
    head = _head(words, lang)
    if tech and head in TECH_WORDS:
        return True
    if head in _NOT_HEAD and not (len(words) > 1 and head in CATEGORY) and not _work_gerund(words, lang):
        return False
    if lang == "en":
        return True  # English modifiers come first: "phone cases", "video editing"
    return words[0] not in _NOT_FIRST or (tech and words[0] in TECH_WORDS)


# "open trip Bromo sunrise", "open tour Ijen": a trip anyone may join is a kind of trip sold (as "private trip" is), not
# the verb "open" before its object
_JOINED_TRIPS = frozenset("trip trips tour tours".split())


def _open_trip(words: list[str]) -> bool:
    return len(words) >= 2 and words[0] == "open" and words[1] in _JOINED_TRIPS


# "cek lab", "cek gula darah", "cek tensi", "check ban": a check of a thing the business tests is a service; "cek IG",
# "cek harga", "cek ongkir" (a page feature or a price) and "cek stok"/"cek resi" (what the customer looks up) are not.
_CHECKS = frozenset("cek check periksa".split())
_LOOKED_UP = frozenset("stok stock resi ketersediaan availability dulu aja saja langsung sekarang".split())


def _check_of(words: list[str]) -> bool:
    # what is tested is read as one phrase ("asam urat": "asam" alone is a taste)
    return len(words) >= 2 and words[0] in _CHECKS and all(
        w not in FEATURE and w not in _LOOKED_UP for w in words[1:]) and is_offering(" ".join(words[1:]))


# Indonesian puts the modifier last: "seragam sekolah", "sepatu sekolah" are goods for school, not a school
# that sells them.
# The same holds for a person or a body of Indonesian name said last: "obat resep dokter" is a doctor's prescription,
# "seragam guru" a teacher's uniform (a maker said last is English order: "wedding organizer", "makeup artist").
_WHOSE = frozenset("sekolah dokter drh guru ahli spesialis pelatih instruktur penjahit pelukis seniman musisi "
                   "pengrajin perajin kantor tim".split())
# (and whom a writer speaks for: "mereka jual …", "beliau menerima …", "they do …")
PRONOUNS = frozenset("saya sy sya kami aku ak gw gue ane mereka beliau i we they my our a an seorang".split())


# In English a place word comes before the service done there: "office cleaning", "house painting", "farm
# tours", "kitchen sets", "team retreats" are offerings, not a place or a crew named by its trade ("studio musik nada
# ria", "salon cantik").
_EN_MODIFIERS = frozenset("""
office offices house houses home homes kitchen kitchens studio farm gym school clinic bar cafe restaurant hotel
villa shop store salon boutique garden pool team
""".split())
_EN_SERVICE = regrouped(r"[a-z-]+(?:ing|[^s]s)")
# ... and the nouns of such work that end otherwise ("restaurant photography", "kitchen renovation")
_EN_WORK = frozenset("photography design renovation maintenance repair makeover".split())


def _en_service(words: list[str]) -> bool:
    return len(words) in (2, 3) and words[0] in _EN_MODIFIERS and (
        bool(_EN_SERVICE.fullmatch(words[-1])) or words[-1] in _EN_WORK)


# English words that say whose field an offering serves when they come first: "business Chinese", "business cards".
_EN_FIELD_FIRST = frozenset("business company brand".split())


# A training named by whom it trains: "pelatihan operator alat berat", "kursus barista", "training guru PAUD".
_TEACHING = frozenset("pelatihan kursus kelas les training course courses class classes diklat bootcamp workshop".split())


def split_self(piece: str, lang: str) -> str | None:
    """For a self-description ("warung bakso", "juice bar", "travel umroh", "party planner ulang tahun"),
    the words that say what is offered; None when the piece is not one."""
    words = piece.split()
    while words and words[0] in PRONOUNS:
        words = words[1:]
    if not words:
        return None
    if words[0] in VENUE and not (lang == "en" and (_en_service(words) or words[0] in _EN_FIELD_FIRST)) and not (
            words[0] in _BRAND_WORDS and len(words) > 1 and _BRAND_WORK.match(" " + words[1])):  # "brand identity kits"
        return " ".join(words[1:])
    if len(words) >= 3 and words[1] in AGENT and words[0] not in _TEACHING:
        # "fotografer" of "jasa fotografer wedding" is who does it; "pelatihan operator traktor" trains operators
        return " ".join(words[2:])
    if len(words) >= 2 and words[-1] in VENUE and (lang == "en" or words[-1] in PROVIDER) \
            and not (lang == "id" and words[-1] in _WHOSE):
        return " ".join(words[:-1])
    return None


# "brand identity kits", "brand strategy": the brand is the work sold, not a name that follows
_BRAND_WORDS = frozenset(("brand", "merek", "merk"))
_BRAND_WORK = regrouped(r"\s+(?:identity|identities|strategy|strategi|guidelines?|guide|book|kits?|design|desain|"
                        r"activation|aktivasi|audit|awareness|positioning|naming|refresh|story|storytelling|"
                        r"collateral|building|development|consulting|photography|photo|video)\b")
