"""Indonesian phrase bank. Slots are filled by sections.py; a template is only used when all
its slots are known (slots named o_* are optional fragments and may be empty).

Pronoun slots follow the tone: {kamu}/{Kamu} → "kamu"/"Anda", {mu} → "mu"/" Anda",
{untukmu} → "untukmu"/"untuk Anda", {mau} → "mau"/"inginkan".
"""

PRONOUN = {
    "casual": {"kamu": "kamu", "Kamu": "Kamu", "mu": "mu", "untukmu": "untukmu", "mau": "mau"},
    "formal": {"kamu": "Anda", "Kamu": "Anda", "mu": " Anda", "untukmu": "untuk Anda", "mau": "inginkan"},
}

LANG = "id"
CONJ = "dan"
AND_MORE = "lainnya"  # joined as the last item: "a, b, c, dan lainnya"
O_AUD = " untuk {aud}"
O_LOC = " di {loc}"
O_DELIV = ", bisa diantar ke alamat{mu}"
O_DELIV_APP = ", atau lewat {apps}"  # delivered only through food apps (factcopy.food_apps)
# a courier's or a supplier's delivery (context.ships_to): to where a shipment goes, to a business
O_DELIV_TO = {"carrier": ", dikirim sampai alamat tujuan", "supply": ", bisa dikirim ke tempat usaha{mu}"}
CHAN = {"ig": "lewat DM Instagram", "wa": "lewat WhatsApp", "form": "lewat formulir di halaman ini", "phone": "lewat telepon",
        "email": "lewat email", "tg": "lewat Telegram", "line": "lewat LINE"}
CHAN_NAME = {"ig": "Instagram", "wa": "WhatsApp", "form": "formulir", "phone": "telepon", "email": "email",
             "tg": "Telegram", "line": "LINE"}

# kind → word put before a product in running text when it does not already start with one
PREFIX = {"class": "kelas"}
PREFIX_SKIP = ("les", "kelas", "kursus", "bimbel", "program", "privat", "pelatihan", "workshop",
               "bootcamp", "latihan", "mentoring", "coaching", "persiapan", "belajar", "paket",
               "layanan", "jasa", "sesi", "servis", "service", "class", "course", "training")

HERO_HEAD_PROD = (
    "{P2} dari {brand} untuk {ben}",
    "{brand}: {p2} untuk {ben}",
    "{P1} dari {brand}, pilihan pas untuk {ben}",
    "{P2} untuk {ben}, dari {brand} di {loc}",
    "Cari {p1} di {loc}? {brand} siap melayani",
    "{brand} menghadirkan {p2} untuk {ben}",
)
# When every offering is a package ("paket intimate"), the package does not say what the business is: the noun does.
HERO_HEAD_PKG = (
    "{Noun} {brand}{o_loc}: {p2} untuk {ben}",
    "{Noun} {brand}{o_loc}, dengan {p2} untuk {ben}",
)
# A headline that would run long (a long name, long offerings) keeps the name and what is sold; the rest is the
# lead paragraph's (sections._hero).
HERO_HEAD_PROD_SHORT = ("{P2} dari {brand}", "{brand}: {p2}", "{brand} menghadirkan {p2}", "{P1} dari {brand}", "{brand}: {p1}")
HERO_HEAD_PKG_SHORT = ("{Noun} {brand}: {p2}", "{Noun} {brand}{o_loc}", "{Noun} {brand}")
HERO_HEAD_NOPROD_SHORT = ("{brand}, {noun} di {loc}", "{brand}: {noun} di {loc}", "{brand}: {noun}")
HERO_BEN = ("Pilihan pas untuk {ben}.",)  # the benefit, in the lead when the headline had no room for it
HERO_HEAD_NOPROD = (
    "{brand}: {noun} untuk {ben}",
    "{brand}, {noun} di {loc} untuk {ben}",
    "{brand} hadir untuk {ben}",
    "{brand} — {summ} di {loc}",
    "Bersama {brand}, untuk {ben}",
)
HERO_S1_PROD = (
    "{brand} menyediakan {plist}{o_aud}{o_loc}.",
    "Di {loc}, {brand} menghadirkan {plist}{o_aud}.",
    "{brand} adalah {noun}{o_loc} dengan pilihan {plist}{o_aud}.",
)
HERO_S1_NOPROD = (
    "{brand} adalah {noun}{o_loc} yang menyediakan {summ}{o_aud}.",
    "{brand} menyediakan {summ}{o_aud}{o_loc}.",
    "Di {loc}, {brand} hadir dengan {summ}{o_aud}.",
)

# what to do next, by ordering mode; *_nochan when the owner gave no way to reach them
ACT = {
    "order": ("Pesan langsung {chan}{o_deliv}.", "Tinggal pesan {chan}{o_deliv}."),
    "order_casual": ("Yuk, pesan langsung {chan}{o_deliv}.",),
    "order_nochan": ("Lihat pilihannya di bawah.",),
    "book": ("Pilih jadwal yang pas dan booking langsung {chan}.", "Atur jadwal{mu} dan booking {chan}."),
    "book_nochan": ("Lihat pilihan {item} di bawah.",),
    "visit": ("Langsung datang saja, tanpa perlu booking. Ada pertanyaan? Tanyakan saja {chan}.",
              "Tinggal datang, tanpa booking. Tanya dulu juga boleh {chan}."),
    "visit_nochan": ("Langsung datang saja, tanpa perlu booking.",),
    "register": ("Daftar sekarang {chan}.", "Pendaftaran bisa langsung {chan}."),
    "register_nochan": ("Lihat pilihan {item} di bawah.",),
    "tickets": ("Pesan tiket{mu} {chan}.",),
    "tickets_nochan": ("Lihat info acaranya di bawah.",),
    # tickets that let a visitor in (a fishing pond, a water park, a farm): no event is named
    "tickets_entry_nochan": ("Lihat pilihan tiketnya di bawah.",),
    "consult": ("Ceritakan kebutuhan{mu} {chan}, kita diskusikan bersama.",
                "Sampaikan kebutuhan{mu} {chan}, kami siap berdiskusi."),
    "consult_nochan": ("Lihat apa saja yang bisa kami kerjakan di bawah.",),
}
DELIV_NOCHAN = " Pesanan juga bisa diantar."
# what an unreachable page can still offer: a visit, or news on Instagram
ACT_VISIT = ("Datang langsung ke {address}.",)
ACT_IG = ("Kabar terbarunya ada di Instagram {ig}.",)
PRICE_LINE = "Harga {what}: {value}."
PRICE_LINE_BARE = "Harga: {value}."
PRICE_IN_CARD = " Harga: {value}."
HOLDS_IN_CARD = "Isi: {value}."

CTA = {
    "ig": "Chat via Instagram", "tg": "Chat via Telegram", "line": "Chat via LINE",
    "register_wa": "Daftar via WhatsApp", "register": "Daftar Sekarang",
    "tickets": "Pesan Tiket", "book_wa": "Booking via WhatsApp", "book": "Booking Sekarang",
    "order_wa": "Pesan via WhatsApp", "chat_wa": "Chat via WhatsApp", "menu": "Lihat Menu",
    "catalog": "Lihat Katalog", "contact": "Hubungi Kami", "phone": "Telepon Kami",
    "email": "Kirim Email",
}

PROD_HEAD_MENU = "Menu Kami"
PROD_HEAD_CATALOG = ("Katalog Kami", "Lihat Katalog Kami")
PROD_INTRO = {
    "visit": ("Pilih {item} yang {kamu} butuhkan, lalu langsung datang saja.",
              "Ini {item} yang bisa {kamu} dapatkan di {brand}, tanpa perlu booking."),
    "order": ("Ini pilihan {item} dari {brand} yang bisa {kamu} pesan.",
              "Lihat pilihan {item} kami, lalu pilih yang paling cocok {untukmu}.",
              "Pilihan {item} dari {brand}{o_loc}, tinggal pilih yang {kamu} {mau}."),
    "book": ("Pilih {item} yang {kamu} butuhkan, lalu atur jadwalnya bersama kami.",
             "Ini {item} yang bisa {kamu} booking di {brand}."),
    "register": ("Pilih {item} yang sesuai dengan kebutuhan{mu}.",
                 "Ini pilihan {item} di {brand} yang bisa {kamu} ikuti."),
    "tickets": ("Pilih acara yang ingin {kamu} datangi.",),
    "tickets_entry": ("Ini pilihan di {brand}{o_loc}, tinggal pilih yang {kamu} {mau}.",),
    "consult": ("Ini hal-hal yang bisa {brand} kerjakan {untukmu}.",
                "Pilih yang paling dekat dengan kebutuhan{mu}, detailnya kita bahas bersama."),
}
DESC = {  # under the card's title, so they do not start by repeating it
    "goods": ("Dari {brand}, cocok untuk {use}.",
              "Bisa {kamu} pesan untuk {use}.",
              "Pilihan dari {brand} yang pas untuk {use}.",
              "Pas untuk {use}, dari {brand}."),
    "service": ("Dari {brand}, pas untuk {use}.",
                "Cocok untuk {use}, dikerjakan oleh {brand}.",
                "{brand} bisa bantu, cocok untuk {use}."),
    "class": ("Bersama {brand}, cocok untuk {use}.",
              "Di {brand}, pas untuk {use}.",
              "Cocok untuk {use}, diajarkan di {brand}."),
}
# when an offering is not clearly of the page's niche, say only what is known

HL_HEADS = ("Kenapa {brand}?", "Kenapa Memilih {brand}", "Yang Bisa {Kamu} Harapkan")
HL_FEATURE = {
    "delivery": ("Bisa diantar", "Pesanan bisa diantar ke alamat{mu}, tidak perlu keluar rumah."),
    "delivery_carrier": ("Sampai alamat tujuan", "Kiriman{mu} kami bawa sampai ke alamat tujuan."),
    "delivery_supply": ("Bisa dikirim", "Pesanan dikirim ke tempat usaha{mu} sesuai jadwal yang disepakati."),
    "whatsapp": ("{wa_title}", "Cukup kirim chat, tanpa perlu aplikasi tambahan."),
    "whatsapp_supply": ("Harga grosir lewat WhatsApp", "Kirim chat untuk daftar harga grosir, minimal order, dan jadwal kirim."),
    "booking": ("Booking online", "Pilih jadwal yang pas tanpa harus datang dulu."),
    "registration": ("Daftar dengan mudah", "Pendaftaran bisa langsung dari halaman ini."),
    "signup": ("Daftar dengan mudah", "Pendaftaran bisa langsung dari halaman ini."),
    "tickets": ("Tiket online", "Pesan tiket langsung dari halaman ini."),
    "schedule": ("Jadwal jelas", "Lihat jadwal{o_sched} sebelum {kamu} memutuskan."),
    "catalog": ("Lihat katalog", "Semua pilihan {item} ada di satu tempat."),
    "menu": ("Lihat menu dulu", "Cek pilihan menu sebelum memesan."),
    "gallery": ("Galeri foto", "Lihat suasana dan hasil kami lewat foto."),
    "portfolio": ("Lihat karya kami", "Lihat contoh karya sebelum {kamu} memutuskan."),
    "order_form": ("Formulir pesanan", "Isi formulir singkat, kami yang akan menghubungi{mu}."),
    "contact_form": ("Tanya lewat formulir", "Tulis pertanyaan{mu}, kami akan membalasnya."),
    "map": ("Cek lokasi di peta", "Lokasi kami bisa {kamu} lihat langsung di peta."),
}
HL_WA_TITLE = {"order": "Pesan lewat WhatsApp", "book": "Booking lewat WhatsApp", "visit": "Tanya lewat WhatsApp",
               "register": "Daftar lewat WhatsApp", "tickets": "Tiket lewat WhatsApp",
               "consult": "Konsultasi lewat WhatsApp"}
HL_SCHED = {"class": " kelas", "event": " acara"}
HL_LOC = (("Di {loc}", "Untuk {kamu} yang tinggal atau beraktivitas di {loc}."),
          ("Ada di {loc}", "{brand} melayani pelanggan di {loc}."))
# a stay, a dive or surf school: its guests come from elsewhere; a tour: it takes them from where it is based
HL_LOC_VISIT = (("Di {loc}", "Mau ke {loc}? {brand} siap menyambut{mu}."),)
HL_LOC_SHIPS = (("Dikirim dari {loc}", "{brand} mengirim pesanan dari {loc} sampai ke alamat{mu}."),)
HL_LOC_TRIP = (("Berbasis di {loc}", "Tim {brand} ada di {loc} dan siap membantu merencanakan perjalanan{mu}."),)
HL_AUD = ("Untuk {aud}", "{brand} hadir khusus untuk {aud}.")
HL_AUD_LONG = ("Sesuai kebutuhan{mu}", "{brand} hadir khusus untuk {aud}.")
HL_VARIETY = ("Banyak pilihan", "Ada {pv1}, {pv2}, sampai {pv3}.")
HL_TONE = {
    "friendly": ("Ramah dan santai", "Tanya-tanya dulu juga boleh, kami senang membantu."),
    "playful": ("Seru dan santai", "Pesan tanpa ribet, ngobrolnya juga santai."),
    "professional": ("Rapi dan profesional", "Komunikasi jelas dari awal sampai selesai."),
    "elegant": ("Sentuhan elegan", "Setiap detail kami perhatikan dengan sepenuh hati."),
    "bold": ("Langsung ke intinya", "Pilih, hubungi, beres. Tanpa basa-basi."),
    "calm": ("Tenang dan nyaman", "Tanpa terburu-buru, kami temani sampai {kamu} yakin."),
}
HL_CHAN = ("Mudah dihubungi", "Hubungi kami {chans}.")
HL_ASK = ("Tanya dulu boleh", "Belum yakin? Tanyakan apa saja sebelum {kamu} memutuskan.")

ABOUT_HEAD = "Tentang {brand}"
ABOUT_S1_PROD = (
    "{brand} adalah {noun}{o_loc} yang menyediakan {pall}.",
    "{brand} hadir sebagai {noun}{o_loc} dengan pilihan {pall}.",
    "Dari {loc}, {brand} menghadirkan {pall}.",
)
ABOUT_S1_NOPROD = (
    "{brand} adalah {noun}{o_loc} yang menyediakan {summ}.",
    "{brand} hadir sebagai {noun}{o_loc} untuk {summ}.",
)
ABOUT_S1_OWN = ("{brand} adalah {noun}{o_loc}.", "{brand} hadir sebagai {noun}{o_loc}.")
ABOUT_S2_AUD = (
    "Kami melayani {aud} dengan {tone_style}.",
    "Kami hadir untuk {aud}, dengan {tone_style}.",
)
ABOUT_S2 = (
    "Kami ingin setiap pelanggan dilayani dengan {tone_style}.",
    "Setiap pesanan kami tangani dengan {tone_style}.",
)
TONE_STYLE = {
    "friendly": "suasana yang ramah dan santai", "playful": "gaya yang seru dan santai",
    "professional": "cara kerja yang rapi dan profesional", "elegant": "sentuhan yang elegan dan teliti",
    "bold": "semangat dan cara kerja yang lugas", "calm": "suasana yang tenang dan tidak terburu-buru",
}
ABOUT_S3 = ("Ada pertanyaan? Hubungi kami {chan}.", "Silakan hubungi kami {chan} untuk bertanya atau memesan.")
ABOUT_S3_VISIT = ("Kunjungi kami di {address}.",)
ABOUT_S3_IG = ("Ikuti kabar terbaru kami di Instagram {ig}.",)
ABOUT_SINCE = ("{brand} berdiri sejak {since}.", "{brand} sudah melayani{o_loc} sejak {since}.")
ABOUT_FACTS_HEAD = "Info singkat"

HOW_HEAD = {"order": ("Cara Pesan", "Cara Memesan"), "book": ("Cara Booking", "Cara Pesan Jadwal"),
            "visit": ("Cara Datang", "Langsung Datang"),
            "register": ("Cara Daftar", "Cara Mendaftar"), "tickets": ("Cara Pesan Tiket",),
            "consult": ("Cara Memulai", "Cara Kerja Sama")}
HOW_BODY = {"casual": ("Gampang, cukup tiga langkah.", "Cuma tiga langkah, kok."),
            "formal": ("Prosesnya sederhana, cukup tiga langkah.",)}
STEP1 = {
    "visit": ("Pilih {item}", "Lihat pilihan {item} di atas dan tentukan yang {kamu} {mau}."),
    "order": ("Pilih {item}", "Lihat pilihan {item} di atas dan tentukan yang {kamu} {mau}."),
    "book": ("Pilih {item} & waktu", "Tentukan {item} dan jadwal yang paling pas {untukmu}."),
    "register": ("Pilih {item}", "Lihat pilihan {item} yang ada, lalu tentukan yang cocok {untukmu}."),
    "tickets": ("Pilih acara", "Lihat info acara dan tentukan tiket yang {kamu} {mau}."),
    "tickets_entry": ("Pilih tiket", "Lihat pilihan di atas dan tentukan tiket yang {kamu} {mau}."),
    "consult": ("Ceritakan kebutuhan{mu}", "Sampaikan apa yang {kamu} butuhkan, sedetail mungkin."),
}
STEP2 = {
    "visit": ("Datang langsung", "Datang di jam buka, tanpa perlu booking. Mau tanya dulu? Kirim pertanyaan {chan}."),
    "order": ("Kirim pesanan", "Kirim pesanan{mu} {chan}, sebutkan jumlah dan waktunya."),
    "order_service": ("Kirim pesanan", "Sampaikan kebutuhan{mu} {chan}, sebutkan apa yang perlu dikerjakan dan kapan."),
    "book": ("Konfirmasi jadwal", "Hubungi kami {chan}, lalu kami konfirmasi jadwalnya."),
    "register": ("Daftar", "Kirim data diri{mu} {chan} untuk mendaftar."),
    "tickets": ("Pesan tiket", "Pesan tiket{mu} {chan} dan simpan konfirmasinya."),
    "consult": ("Diskusi rencana", "Kita bahas ruang lingkup, jadwal, dan biayanya bersama."),
}
STEP2_NOCHAN = {
    "visit": ("Datang langsung", "Datang di jam buka, tanpa perlu booking."),
    "order": ("Hubungi kami", "Sampaikan pesanan{mu}, sebutkan jumlah dan waktunya."),
    "order_service": ("Hubungi kami", "Sampaikan kebutuhan{mu}, sebutkan apa yang perlu dikerjakan dan kapan."),
    "book": ("Hubungi kami", "Sampaikan pilihan{mu}, lalu kami konfirmasi jadwalnya."),
    "register": ("Hubungi kami", "Sampaikan data diri{mu} untuk mendaftar."),
    "tickets": ("Hubungi kami", "Sampaikan pesanan tiket{mu} dan simpan konfirmasinya."),
}
STEP3 = {
    "visit": ("Kami layani", "Begitu {kamu} tiba, {brand} siap melayani."),
    "order_deliv": ("Pesanan diantar", "Setelah pesanan dikonfirmasi, kami antar ke alamat{mu}."),
    "order_deliv_carrier": ("Kiriman diantar", "Setelah pengiriman dikonfirmasi, kiriman kami bawa sampai alamat tujuan."),
    "order_deliv_supply": ("Pesanan dikirim", "Setelah pesanan dikonfirmasi, kami kirim ke tempat usaha{mu}."),
    "order": ("Terima konfirmasi", "Kami konfirmasi detail pesanan{mu}, lalu pesanan segera disiapkan."),
    "book_come": ("Datang sesuai jadwal", "Datang di waktu yang sudah dikonfirmasi, kami siap melayani."),
    "book_go": ("Kami datang", "Di waktu yang disepakati, kami datang ke lokasi{mu}."),
    "book": ("Sesuai jadwal", "Di hari yang disepakati, {brand} siap melayani."),
    "register": ("Mulai belajar", "Kami kirim konfirmasi dan info selanjutnya sebelum kelas dimulai."),
    "register_service": ("Hari pertama", "Kami kirim konfirmasi dan info yang perlu disiapkan untuk hari pertama."),
    "register_event": ("Ikuti acaranya", "Kami kirim konfirmasi dan info selanjutnya sebelum acara dimulai."),
    "tickets": ("Datang ke acara", "Simpan konfirmasi tiket{mu}, lalu sampai jumpa di acara!"),
    "tickets_entry": ("Datang dengan tiket", "Simpan konfirmasi tiket{mu} dan tunjukkan saat {kamu} datang."),
    "consult": ("Mulai dikerjakan", "Setelah semuanya sepakat, kami mulai mengerjakannya."),
}
STEP2_CONSULT_CHAN = ("Hubungi kami", "Sampaikan kebutuhan{mu} {chan}, lalu kita bahas bersama.")

CONTACT_HEAD = {"casual": ("Hubungi Kami", "Yuk, Ngobrol Dulu", "Hubungi Kami"),
                "formal": ("Hubungi Kami",)}
CONTACT_BODY = {
    "casual": ("Ada pertanyaan soal {topic}? Hubungi kami {chan}, kami senang membantu.",
               "Mau tanya atau langsung pesan? Kami tunggu kabarnya {chan}.",
               "Tanya dulu juga boleh. Hubungi {brand} {chan}."),
    "formal": ("Untuk pertanyaan atau pemesanan, silakan hubungi kami {chan}.",
               "Silakan hubungi {brand} {chan}, kami siap membantu.",
               "Ada yang ingin ditanyakan tentang {topic}? Silakan hubungi kami {chan}."),
}
CONTACT_BODY_NOCHAN = {
    "casual": ("Ada pertanyaan soal {topic}? Hubungi kami, kami senang membantu.",),
    "formal": ("Untuk pertanyaan atau pemesanan, silakan hubungi kami.",),
}

SEO_TITLE = ("{brand} — {T2} di {loc}", "{brand} — {T1} di {loc}", "{brand} — {T2}", "{brand} — {T1}",
             "{brand} — {Tsumm}", "{brand} — {Tnoun} di {loc}", "{brand} — {Tnoun}", "{brand} di {loc}", "{brand}")
SEO_DESC_S1 = ("{brand}: {noun}{o_loc} dengan pilihan {plist}.", "{brand} menyediakan {plist}{o_loc}.")
SEO_DESC_S1_NOPROD = ("{brand}: {noun}{o_loc} untuk {summ}.", "{brand} menyediakan {summ}{o_loc}.")
SEO_DESC_S2 = {"order": "Pesan mudah {chan}.", "book": "Booking mudah {chan}.", "visit": "Langsung datang, tanpa booking.",
               "register": "Daftar mudah {chan}.", "tickets": "Pesan tiket {chan}.",
               "consult": "Konsultasi {chan}."}
SEO_DESC_S2_NOCHAN = ""
CONTACT_HOURS = "Jam buka: {hours}."
CONTACT_ADDRESS = "Alamat: {address}."
CONTACT_AREA = "Area layanan: {area}."
CONTACT_DEST = "Tujuan: {area}."
CONTACT_BODY_IG = ("Ikuti {brand} di Instagram {ig} untuk kabar terbaru.",)
CONTACT_BODY_VISIT = ("Kunjungi {brand} langsung di alamat di bawah.",)
CTA_SEE = {"menu": "Lihat Menu", "catalog": "Lihat Katalog", "see": "Lihat Pilihan"}
CTA_FORM = "Kirim Pesan"
HL_ITEMS = ("Lihat pilihannya", "Semua {item} dari {brand} ada di halaman ini.")
