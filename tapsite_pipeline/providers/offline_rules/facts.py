"""Concrete facts the owner stated: hours, the year they started and years of experience, prices, areas served, delivery and pickup,
turnaround, packages, offers, guarantees, who it is for, levels taught, address and Instagram.

Each fact keeps the owner's own words (a price stays "45rb", hours stay "08.00-21.00"), so the page can
repeat it and never state one that was not given. The spans found are also returned: prices, hours and
addresses are not offerings, and the offerings reader skips them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ...models import Fact
from .brand_words import STOP
from .certified import CERTIFIED
from .tenure import tenure
from .when import WHEN, WHEN_UNDATED

Span = tuple[int, int]

_DAY = (r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekdays?|weekends?|hari\s+kerja|akhir\s+pekan)")
_TIME = r"\d{1,2}(?:[.:]\d{2})?(?!\d)\s*(?:am|pm|wib|wita|wit)?(?:\s*(?:pagi|siang|sore|malam|malem))?"
_DAY_LIST = rf"{_DAY}(?:\s*(?:-|–|s/?d|sampai|to|until|sd|&|dan|and|,)\s*{_DAY})*"
# the days it is closed, said with the days it is open: "tiap hari kecuali Selasa", "daily except Mondays"
_EXCEPT = rf"(?:\s*,?\s*(?:kecuali|except|selain|but\s+not)\s+(?:(?:hari|on)\s+)?{_DAY_LIST}s?)"
_DAYS = rf"(?:(?:(?:setiap|tiap|every)\s+hari|daily|everyday){_EXCEPT}?|setiap\s+{_DAY}|tiap\s+{_DAY}|{_DAY_LIST})"
# A day after the hours that starts a clause of its own ("10.00-22.00, jumat buka abis jumatan", "Sabtu sampai
# jam 12", "Sunday closed", "sat & sun 8am-11pm") is an exception to them, never one more day of the same hours.
_DAY_CLAUSE = r"(?:s|nya)?\s+(?:buka|open|opens|tutup|libur|closed|off|sampai|smp|sampe|until|till|cuma|hanya|only|setengah|half|mulai|from|jam|pukul)\b"
_HOURS = re.compile(
    rf"\b(?:(?:jam\s+(?:buka|operasional|praktek|praktik|layanan)|buka|open(?:ing)?(?:\s+hours)?|opens|praktek|praktik|"
    rf"operasional|beroperasi|layanan)\s*:?\s*)?(?:{_DAYS}\s*,?\s*)?(?:(?:jam|pukul|pkl|from|dari)\s*)?"
    rf"{_TIME}\s*(?:-|–|s/?d|sampai|smp|sampe|ampe|to|until|sd|hingga)\s*(?:jam\s*|pukul\s*)?{_TIME}"
    rf"(?:\s*,?\s*(?>{_DAYS})\b(?!{_DAY_CLAUSE}|\s*\d))?|"
    rf"\b(?:buka|open|opens|layanan|service|siaga|ready)\s+(?:24\s*(?:jam|hours?|/\s*7)|nonstop|non-stop)(?:\s+nonstop)?\b|"
    rf"\b24\s*(?:jam|hours?)(?:\s+(?:nonstop|non-stop|setiap\s+hari|every\s+day|a\s+day))?\b|\b24/7\b|"
    rf"\b(?:buka|open|opens)\s+(?:{_DAYS})\b|"
    rf"\b(?:(?:every|each)\s+(?:morning|day|evening)\s+)?(?:from|mulai|buka)\s+(?:jam\s+|pukul\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s*"
    rf"(?:am|pm|pagi|wib)\b|"
    # one time on a day, as a schedule: "setiap Minggu pukul 09.00", "Friday youth service at 7pm", "19:00 WIB"
    rf"\b(?:(?:setiap|tiap|every)\s+)?{_DAY}\b(?:\s+[a-z]+){{0,3}}?\s+(?:pukul|pkl|jam|at)\s*\d{{1,2}}(?:[.:]\d{{2}})?"
    rf"(?:\s*(?:am|pm|wib|wita|wit|pagi|siang|sore|malam))?\b"
    # and the day's other times: "Sunday services at 8am and 5pm", "Minggu pukul 07.00 dan 17.00"
    rf"(?:\s*(?:,|and|&|dan)\s*(?:pukul\s*|jam\s*|at\s*)?\d{{1,2}}(?:[.:]\d{{2}})?(?:\s*(?:am|pm|wib|wita|wit|pagi|siang|sore|"
    rf"malam))?\b(?![.,]?\d|\s*(?:-|–|rb|ribu|k\b|jt|orang|pax|tamu|kali)))*|"
    rf"\b\d{{1,2}}[.:]\d{{2}}\s*(?:wib|wita|wit)\b", re.I)
_AMOUNT = (r"(?:(?:rp\.?|idr)\s*\d[\d.,]*(?:\s*(?:rb|ribu|k|jt|juta|jutaan|million|mio|thousand))?|"
           r"\d[\d.,]*\s*(?:rb|ribu|rebu|k|jt|juta|million|mio)\b(?:an)?)")
_TIMED_PACKAGE = re.compile(rf"\b\d{{1,2}}\s*(?:hours?|hrs?|jam)\s+(?:(?:from|mulai|for|only|cuma|hanya)\s+)?{_AMOUNT}",
                            re.I)
# Words that begin what follows a price, never a second word of its unit ("350rb/orang min 30 org").
_PRICE_TAIL_STOP = (r"(?:sudah|udah|sdh|min|minimal|max|dan|and|atau|or|untuk|utk|for|termasuk|incl|including|include|"
                    r"all|bisa|yang|yg|di|ke|dengan|with)\b")
_PRICE = re.compile(
    rf"(?:\b(?:mulai(?:\s+dari)?|start(?:ing)?\s+(?:from|at)|from|cuma|hanya|only|harga(?:nya)?|price[sd]?|"
    rf"tarif(?:nya)?|biaya(?:nya)?|paket)\s*:?\s*)?{_AMOUNT}(?:\s*(?:/|per)\s*[a-z]+(?:\s+(?!{_PRICE_TAIL_STOP})[a-z]+)?)?"
    # what the price includes is part of it: "1,8jt/bulan sudah termasuk listrik", "IDR 500k incl. breakfast"
    rf"(?:,?\s*(?:sudah\s+|udah\s+|sdh\s+|all\s+)?(?:termasuk|incl\.?|including|included|include)\s+[\w-]+"
    rf"(?:\s+(?!{_PRICE_TAIL_STOP})[\w-]+)?(?:\s*(?:dan|&|and|\+)\s*[\w-]+)?)?", re.I)
# The rest of a fact's clause: up to the next comma, full stop or semicolon (the "." of "min." is not one),
# ending on a whole word ("di atas 2 juta", never "di atas 2 jut").
_TAIL = r"(?:[^,.;]|(?<=\bmin)\.|(?<=\bmaks)\.|(?<=\bmax)\.|(?<=\d)[.,](?=\d))"  # "IDR 150,000" is one amount
# What makes an amount a condition ("min. belanja 100rb", "untuk pembelian di atas 2 juta", "orders above 200k"):
# the words right before it, ending where the amount starts.
_THRESHOLD = re.compile(r"(?:\b(?:di\s*atas|min(?:imal|imum)?|min\.|maks(?:imal)?|max(?:imum)?|above|over|lebih\s+dari|"
                        r"more\s+than|at\s+least)|\b(?:belanja|pembelian))\s*:?\s*$", re.I)
_AREA = re.compile(
    r"\b(?:area|wilayah|daerah|kawasan|seluruh|se-|se(?=[a-z]{4,})|sekitar|radius|covering|serving|melayani\s+(?:area|wilayah|daerah)|"
    r"antar(?:\s+ke)?|kirim(?:\s+ke)?|delivery\s+(?:to|across|around)|ship(?:ping)?\s+(?:to|across)|across|"
    r"ke\s+seluruh|luar)\s*((?:(?!dan\b|and\b|untuk\b|utk\b|for\b|mau\b|pengen\b|warna\b)[\w/&'-]+\s?){1,4})", re.I)
_AREA_WORD = re.compile(r"(?:indonesia|nusantara|jabodetabek|jabotabek|worldwide|nationwide|luar\s+negeri|luar\s+kota|"
                        r"luar\s+pulau|\d+\s*km)", re.I)
_DELIVERY = re.compile(
    r"\b(?:(?:bisa|bs|siap|free|gratis)\s+)?(?:delivery|deliver(?:ed|s)?(?:\s+daily)?|pesan\s+antar|diantar|bisa\s+antar|"
    r"(?:free|gratis)\s+antar|"
    r"layanan\s+antar|(?:gratis|free)\s+ongkir|ongkir\s+gratis|free\s+shipping|kirim\s+ke\s+[\w\s-]{3,30}?(?=[,.]|$)|"
    r"(?:we\s+)?ship(?:s|ped|ping)?\s+(?:worldwide|nationwide|internationally|anywhere|across|to\s+[\w\s]{3,25}?(?=[,.]|$))|"
    r"international\s+orders|pengiriman\s+[\w\s]{3,25}?(?=[,.]|$)|"
    r"\bcod\b|bayar\s+di\s+tempat|gofood|grabfood|shopeefood)\b"
    rf"{_TAIL}{{0,30}}(?:(?<=\w)\w+)?(?:\s*{_AMOUNT})?", re.I)
_PICKUP = re.compile(
    r"\b(?:(?:free|gratis)\s+)?(?:antar[\s-]+jemput|pick\s?-?up(?:\s*(?:&|and)\s*(?:delivery|drop[\s-]?off))?|"
    r"bisa\s+dijemput|jemput\s+(?:ke\s+)?(?:rumah|lokasi)|home\s+pickup|home\s+service|panggilan|"
    r"(?:i|we)\s+come\s+to\s+(?:your|you)\b[\w\s]{0,10}|(?:datang|dateng|dipanggil|panggil)\s+ke\s+rumah)"
    rf"(?:\s+(?:gratis|free))?{_TAIL}{{0,25}}(?:(?<=\w)\w+)?", re.I)
_TURNAROUND = re.compile(
    r"\b(?:(?:\d+(?:\s*-\s*\d+)?|satu|dua|tiga|sehari|se)\s*(?:hari|jam|hr|days?|hours?)\s+(?:jadi|selesai|beres|kelar|done|ready)|"
    # "sehari" alone is also "a day" ("makan 3x sehari"): a turnaround only with what is done in it
    r"sehari\s*(?:jadi|selesai|beres|kelar)|(?:one[\s-]day|same[\s-]?day|next[\s-]day|1x24\s*jam|express|ekspres|kilat)"
    r"\s*(?:jadi|selesai|service|delivery|beres)?|selesai\s+(?:dalam\s+)?\d+\s*(?:hari|jam)|ready\s+in\s+\d+\s*(?:days?|hours?)|"
    r"bisa\s+(?:di)?tunggu|(?:langsung|tunggu|ditunggu)\s+jadi|while\s+(?:you|u)\s+wait)\b", re.I)
_OFFER = re.compile(
    r"\b(?:(?:free|gratis)\s+(?:trial|konsultasi|consultation|survey|survei|cek|check|instalasi|"
    r"installation|kelas\s+percobaan|trial\s+class|first\s+(?:class|lesson|session)|demo|wifi|parkir|"
    r"kelas\s+pertama)|coba\s+gratis|trial\s+(?:class|lesson|session)s?|kelas\s+(?:percobaan|trial)|"
    r"(?:survey|survei|konsultasi|consultation|cek|instalasi)\s+gratis|diskon\s+\d+\s*%|\d+\s*%\s+(?:off|diskon)|"
    r"promo\s+[\w\s]{3,25}?(?=[,.]|$)|buy\s+\d+\s+get\s+\d+|beli\s+\d+\s+gratis\s+\d+|bisa\s+kredit|cicilan\s+0\s*%)"
    rf"{_TAIL}{{0,20}}(?:(?<=\w)\w+)?(?:\s*{_AMOUNT})?", re.I)
# Who does the work and what vouches for them: "instruktur bersertifikat", "certified technicians".
_CREDENTIAL = re.compile(
    r"\b(?:instruktur|guru|tutor|pengajar|pelatih|terapis|teknisi|mekanik|montir|dokter|trainer|coach|tenaga)\s+"
    r"(?:yang\s+|yg\s+)?(?:bersertifikat|bersertifikasi|tersertifikasi|berlisensi|berpengalaman)\b|"
    r"\b(?:[a-z]+-)?(?:certified|licensed|experienced)\s+(?:instructors?|teachers?|tutors?|trainers?|coaches|coach|therapists?|"
    r"technicians?|mechanics?)\b", re.I)
_GUARANTEE = re.compile(rf"\b(?:garansi|bergaransi|warranty|guarantee[d]?)\b{_TAIL}{{0,30}}(?:(?<=\w)\w+)?", re.I)
# A package as a small grammar: "paket" + what it is (up to five words, a count with its unit among them: "umrah
# reguler 9 hari", "4 kamera cctv", "intimate wedding 50 tamu") + its price ("mulai Rp29.500.000", "3,2jt") + what
# it includes ("udh include pasang + hdd 1tb", "sudah termasuk katering, dekorasi, dan MC").
_PKG_AMOUNT = r"(?:mulai(?:\s+dari)?\s+|from\s+|cuma\s+|only\s+|harga\s+)?(?:rp\.?|idr)\s*\d[\d.,]*|\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)\b"
_PACKAGE = re.compile(
    rf"\bpaket\s+(?!harga|kami|nya\b|ya\b|dan\b|bisa\b|\+)((?:(?!(?:{_PKG_AMOUNT})|mulai\b|from\b|sudah\b|udh\b|udah\b|"
    rf"termasuk\b|include|(?:dan|and|atau|or|&)\s+paket\b|bisa\b|bs\b|yang\b|yg\b|dengan\b|dgn\b|di\b|dari\b|dr\b)[\w%/&-]+\s?){{1,5}})"
    rf"(?:,?\s*(?:{_PKG_AMOUNT})(?:\s*(?:/|per)\s*(?:orang|org|pax|person|malam|night|bulan|month|sesi|session)\b)?)?"
    rf"(?:,?\s*(?:(?:sudah|udah|udh|sdh)\s+(?:termasuk\s+|include[sd]?\s+|incl\.?\s+)?|(?:all\s+)?(?:termasuk|include[sd]?|"
    rf"incl\.?|including)\s+)(?:[^.;,]{{1,40}}(?:,\s*[^.;,]{{1,40}}){{0,5}},?\s+(?:dan|and|&)\s+[^.;,]{{1,30}}|[^.;,]{{1,60}}))?",
    re.I)
_LEVEL = re.compile(r"\b(?:paud|tk|sd|smp|sma|smk|jlpt\s*n\d(?:\s*-\s*n\d)?|toefl|ielts|utbk|snbt|"
                    r"cpns|kelas\s+\d+(?:\s*-\s*\d+)?|usia\s+\d+(?:\s*-\s*\d+)?\s*(?:th|thn|tahun)?|"
                    r"(?:ages?|aged)\s+\d+\s*(?:-|to)\s*\d+|pemula|lanjutan|beginners?|intermediate|advanced)\b", re.I)
_AUDIENCE = re.compile(
    r"\b(?:khusus|spesial\s+untuk|untuk|utk|buat|bagi|target(?:\s+(?:pasar|market))?(?:nya)?|for|aimed\s+at|"
    r"catering\s+to|cocok\s+(?:untuk|buat)|melayani|menerima|accepting|welcomes?|welcoming)\s+"
    r"((?:(?:anak|anak-anak|anak2|ibu|ibu-ibu|bapak|wanita|perempuan|pria|muslimah|akhwat|ikhwan|remaja|dewasa|"
    r"mahasiswa|pelajar|siswa|keluarga|karyawan|kantor|perusahaan|korporat|umkm|ukm|koperasi|sekolah|startup|"
    r"pemula|profesional|pengantin|kids|children|women|men|ladies|teens|adults|students|families|companies|"
    r"businesses|smes|small\s+businesses|cooperatives|schools|beginners|professionals|couples|expats|toddlers|"
    r"seniors|parents|restoran|resto|cafe|kafe|hotel|hotels|villa|villas|klinik|rumah\s+sakit|petani|peternak|"
    r"pabrik|factories|bumdes|desa|pemerintah(?:\s+desa)?|instansi|penerbit|publishers|"
    r"nelayan|reseller|pet\s+owners|pecinta\s+\w+|"
    # people served by schools, villages, clinics and tours: "santri putra dan putri", "perangkat desa dan kader posyandu"
    r"santri|santriwati|perangkat\s+desa|kader(?:\s+posyandu)?|guru|dosen|bidan|perawat|tenaga\s+kesehatan|nakes|lansia|"
    r"balita|ibu\s+hamil|wisatawan|tourists|travell?ers|jamaah|jemaah|pekerja|pelaku\s+usaha|pengusaha|runners|pelari|"
    r"putra|putri)\b(?:\s+(?:sd|smp|sma|smk|tk|kecil|menengah|muda|putra|putri|(?!dan\b)\w+an))?"
    r"(?:\s*(?:,|&|dan|and|atau|or|serta|/)\s*)?)+)", re.I)
_ADDRESS = re.compile(
    r"(?:\b(?:jl\.?|jln\.?|jalan(?!\s+kaki)|gg\.?|gang|komplek|kompleks|komp\.|ruko|perum(?:ahan)?|blok)\s+[A-Za-z0-9]"
    r"(?:[^,;\n.]|\.(?=\s*\d))*?(?:\s*,?\s*(?:no\.?|nomor)\s*\d+[a-z]?)?"
    r"(?=\s*(?:[,.;\n]|$|\b(?:kec\.?|kota|di|dekat|sebelah|depan|buka|mau|pengen|warna)\b))|"
    r"\b(?:ruko|pasar|mall|plaza|itc|gedung|lantai)\s+(?-i:[A-Z])[^,.;\n]{2,40}|"
    # a village or ward as written on letters: "Desa Sidomulyo", "Kelurahan Sukajadi"
    r"\b(?-i:Desa|Dusun|Kelurahan|Kampung)\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)"
    # then the district and town it is in: ", Kec. Bumiaji", ", Slawi", ", Malang"
    r"(?:\s*,\s*(?:(?:kec\.|kecamatan|kab\.|kabupaten|kota)\s*)?(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?"
    r"(?=\s*(?:[,.;\n]|$)))*", re.I)
_INSTAGRAM = re.compile(r"(?:\b(?:ig|instagram|insta)\b\s*[:@]?\s*@?|(?<![\w.])@)([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)\b",
                        re.I)
_OTHER_PLATFORM = re.compile(r"\b(?:telegram|tele|tg|tiktok|tik\s+tok|twitter|x|threads|line|facebook|fb|youtube|yt|"
                             r"shopee|tokopedia|tokped|lazada|bukalapak|linkedin|discord|snapchat)\s*[:@]?\s*$")
_IG_NOT = {"kami", "saya", "aku", "kita", "our", "my", "the", "aja", "juga", "dan", "and", "ya", "nya", "link", "sama",
           "sm", "biar", "buat", "untuk", "utk", "dong", "please", "pls", "tiktok", "wa", "whatsapp", "fb"}


_OVERLAPPING = frozenset({"area", "level", "audience", "package"})  # a package holds its price
# Facts read with a free tail of words ("konsultasi gratis di …"): the tail ends where the business's place begins.
_TAILED = frozenset({"offer", "delivery", "pickup", "guarantee"})
_TAIL_LINK = re.compile(r"(?i)(?:\s+(?:di|at|in|ke|to|dan|and|&|yang|yg|untuk|utk|for))+\s*$")
# Where the business itself is, said as a place it works from: "kantor kami di Buah Batu", "our studio in Canggu",
# "workshop di Desa Tegallalang".
_BASE = re.compile(
    # only with whose it is: "Boba shop in Surabaya" says what the business is, not where to find it
    r"\b(?:(?:our|my)\s+(?=\w+\s+(?:is\s+|are\s+)?(?:at|in)\b)|(?=\w+\s+(?:kami|kita|saya)\b))"
    r"(?:kantor|toko|studio|workshop|bengkel|outlet|gerai|cabang|lokasi|markas|basecamp|galeri|"
    r"showroom|office|store|shop|kitchen|dapur)\s+(?:(?:kami|kita|saya)\s+)?(?:(?:ada|berada|terletak|is|are)\s+)?"
    # a street is the address reader's ("toko kami di Jl. Merdeka 5")
    r"(?:di|at|in)\s+(?!(?:jl|jln|jalan|gg|gang|komplek|kompleks|komp|ruko|perum|perumahan|blok)\b)(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z0-9])[\w'-]*){0,3}", re.I)
# Where to find it by a landmark, when no street is given: "deket kampus UNS", "dekat stasiun Pondok Cina".
_NEAR = re.compile(
    r"\b(?:dekat|deket|dkt|near|sebelah|seberang|depan|belakang|samping)\s+(?:kampus|stasiun|pasar|masjid|terminal|"
    r"alun-alun|mall|rs|rumah\s+sakit|universitas|univ|bandara|pelabuhan|candi|pantai|kantor|sekolah|the)\b"
    r"[^,.;\n]{0,30}?(?=\s*(?:[,.;\n]|$)|\s+(?:namanya|nama|buka|jual|di|dan|yang|yg)\b)", re.I)
_NEAR_WORD = re.compile(r"(?i)\b(?:dekat|deket|dkt|near|sebelah|seberang|depan|belakang|samping)\s+$")
# How the goods are sold, a fact buyers look for: "terima reseller & dropship", "eceran maupun grosir",
# "wholesale for cafes", "reseller welcome".
_TRADE_WORD = r"(?:reseller|dropship(?:per)?s?|grosir|eceran|partai|wholesale|retail)"
_TRADE = re.compile(
    rf"\b(?:(?:terima|menerima|open|buka|bisa|melayani|layani|welcome|ready)\s+(?:pembelian\s+)?)?{_TRADE_WORD}"
    rf"(?:\s*(?:&|dan|and|maupun|atau|or|,|/)\s*{_TRADE_WORD})*(?:\s+(?:welcome|ok|oke))?\b", re.I)
# The exceptions said after the hours, each kept whole with them: ", jumat buka abis jumatan", ", Sabtu sampai
# jam 12", ". Sunday closed", ", libur hari Senin", " except Mondays".
_HOURS_EXCEPTION = re.compile(
    rf"\s*[,.;]?\s*(?:(?:dan|and|but|tapi|tp)\s+)?(?:(?:kecuali|except|selain|closed\s+on|tutup|libur|off)\s+"
    rf"(?:(?:hari|on|every|tiap|setiap)\s+)?{_DAY_LIST}s?\b|"
    # holidays: "except public holidays", "kecuali tanggal merah", "libur nasional tutup"
    rf"(?:(?:kecuali|except|selain|closed\s+on|tutup|libur|off)\s+(?:on\s+|saat\s+|pas\s+)?)?(?:public|national|bank)\s+"
    rf"holidays?(?:\s+closed)?\b|(?:(?:kecuali|selain|tutup|libur)\s+(?:saat\s+|pas\s+)?)(?:hari\s+libur(?:\s+nasional)?|"
    rf"libur\s+nasional|tanggal\s+merah|hari\s+raya|lebaran)\b|(?:(?:hari|on|every|tiap|setiap)\s+)?{_DAY_LIST}(?:{_DAY_CLAUSE}|\s*(?=\d))"
    # the exception's own words, never what follows it: "minggu buka juga untuk pesanan nasi box" ends at "juga"
    rf"(?:(?!\s+(?:untuk|utk|buat|for|jual|ada|serta|with|dengan|dgn|khusus)\b)(?:[^,.;\n]|(?<=\d)[.:](?=\d))){{0,40}}"
    rf"(?<=\w)(?!\w))", re.I)


def _with_exceptions(lower: str, m: re.Match) -> re.Match:
    """The hours with the exceptions said right after them, as one span."""
    end = m.end()
    while (x := _HOURS_EXCEPTION.match(lower, end)) and x.end() > end:
        end = x.end()
    return m if end == m.end() else re.compile(r"[\s\S]+").match(lower, m.start(), end) or m


_LEAD_WORDS = re.compile(r"^\s*(?:jam\s+(?:buka|operasional|praktek|praktik|layanan)|buka|open(?:ing)?(?:\s+hours)?|opens|"
                         r"praktek|praktik|operasional|beroperasi)\s*:?\s*", re.I)


# Cheap look-outs: a pattern runs only when one of its words is in the brief.
_HINTS = {
    "pickup": ("antar", "pick", "jemput", "home service", "panggil", "come to", "datang", "dateng"),
    "offer": ("free", "gratis", "coba", "trial", "percobaan", "diskon", "%", "promo", "buy ", "beli ", "kredit",
              "cicilan"),
    "delivery": ("deliver", "antar", "ongkir", "ship", "kirim", "cod", "bayar di tempat", "food", "international",
                 "pengiriman"),
    "turnaround": ("jadi", "selesai", "beres", "kelar", "done", "ready", "same", "next", "express", "ekspres",
                   "kilat", "1x24", "sehari", "one day", "one-day", "tunggu", "wait"),
    "guarantee": ("garansi", "warranty", "guarantee"),
}


def _maybe(lower: str, kind: str) -> bool:
    return any(h in lower for h in _HINTS[kind])


_MORE_PLACES = re.compile(r"\s*(?:,|dan|and|&|serta)\s+((?:[A-Z][\w-]+\s?){1,3})")


_ROUND_THE_CLOCK = re.compile(r"24\s*(?:/\s*7|jam|hours?)(?:\s+\S+)*", re.I)
_STAFF_BEFORE = re.compile(r"\b(?:operators?|teknisi|technicians?|mekanik|mechanics?|cs|customer\s+service|admin|support|"
                           r"dokter|doctors?|perawat|nurses?|staff|staf|petugas|tim|team|crew|driver|sopir|satpam|security|"
                           r"helpline|hotline|emergency\s+line|on\s+site|on\s+call)\b[^,.;]{0,14}$", re.I)
# A thing that runs round the clock is a facility, not the opening hours: "cctv 24 jam", "air panas 24 jam",
# "security 24/7", "listrik & wifi 24 jam".
_FACILITY_BEFORE = re.compile(r"\b(?:cctv|wifi|wi-fi|internet|listrik|electricity|power|air(?:\s+panas)?|hot\s+water|"
                              r"water|penjagaan|penjaga|keamanan|security|guards?|satpam|genset|ac|surveillance|"
                              r"kamera|camera|monitoring|pengawasan)\b[^,.;]{0,14}$", re.I)
_ONE_TIME = re.compile(r"\b(?:pukul|pkl|jam|at)\s*\d", re.I)
_BARE_RANGE = re.compile(r"\d{1,2}\s*(?:-|–|s/?d|sampai|smp|sampe|ampe|to|until|sd|hingga)\s*\d{1,2}")
_HOURS_CUE = re.compile(rf"(?:\b(?:jam|pukul|pkl|buka|open|opens|hours?|operasional|praktek|praktik|daily|setiap\s+hari|"
                        rf"tiap\s+hari|every\s+day|{_DAY})\W*)$", re.I)
# What a bare range counts when it is not a time of day: "ukuran 5-7 cm", "usia 3-4 tahun", "5-10 Agustus",
# "HSK 1-4", "min 20-30 orang".
_RANGE_NOT_TIME = re.compile(r"\s*(?:cm|mm|m|km|kg|gr|gram|ons|ml|liter|l|tahun|thn|th|years?|bulan|months?|minggu|weeks?|"
                             r"hari|days?|orang|org|pax|pcs|buah|ekor|persons?|people|x|kali|times|jan|feb|mar|apr|mei|"
                             r"may|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|des|dec|januari|februari|maret|april|juni|"
                             r"juli|agustus|september|oktober|november|desember|january|february|march|june|july|august|"
                             r"october|december|sks|level|kelas|grade)\b", re.I)


def _reads_as_hours(lower: str, m: re.Match) -> bool:
    """"8-17" after "buka senin-sabtu" is opening hours; "5-7 cm", "5-10 Agustus", "HSK 1-4" are not: a range
    of two bare numbers needs a cue for time before it and no unit after it."""
    if not _BARE_RANGE.fullmatch(m.group(0).strip()):
        return True
    if _RANGE_NOT_TIME.match(lower, m.end()):
        return False
    return bool(_HOURS_CUE.search(lower[max(0, m.start() - 30):m.start()]))


def _range_phrase(lower: str, m: re.Match) -> re.Match:
    """The range with the word that says what it counts: the label before it ("level", "grades", "ukuran")
    and the unit after it ("cm", "tahun", "Agustus")."""
    start, end = m.start(), m.end()
    unit = _RANGE_NOT_TIME.match(lower, end)
    if unit:
        end = unit.end()
    before = re.search(r"([a-z][\w'-]*)\s+$", lower[max(0, start - 25):start])
    if before and before.group(1) not in _RANGE_LEAD_STOP:
        start -= len(before.group(0))
    return re.compile(r"[\s\S]+").match(lower, start, end)


_RANGE_LEAD_STOP = frozenset("di dan and untuk utk buat for to ke dari from the a an yang yg with dengan".split())


# The platform a recurring live session or class is held on: "di tiktok", "on Instagram Live", "via Zoom".
_ONLINE_WHERE = re.compile(r"\s+(?:di|on|via|lewat|at|pake|pakai)\s+(?:(?:live|siaran)\s+)?(?:tiktok|instagram|ig|youtube|yt|zoom|"
                           r"google\s+meet|gmeet|meet|shopee|facebook|fb|twitch|discord|whatsapp|wa)\b(?:\s+live\b)?")
_WEEKLY_LEAD = re.compile(r"(?i)(?:on|every|each|setiap|tiap)\b")
_ACTIVITY_BEFORE = re.compile(r"((?:[A-Za-z][\w'-]*\s+){1,3})$")


def _with_activity(text: str, m: re.Match) -> str:
    """A weekly day with the activity said right before it ("youth fellowship on Fridays"): "On Fridays" alone
    on a page says nothing. Only names come along, never a pronoun or a verb of the sentence ("we meet")."""
    value = text[m.start():m.end()]
    if not _WEEKLY_LEAD.match(value):
        return value
    back = _ACTIVITY_BEFORE.search(text[max(0, m.start() - 40):m.start()])
    if not back:
        return value
    words = back.group(1).split()
    while words and (words[0].lower() in STOP or words[0].lower() in _WEEKLY_VERBS):
        words = words[1:]  # "we organise beach cleanups every second Sunday": the activity, not who does it
    if not words or any(w.lower() in STOP or w.lower() in _WEEKLY_VERBS for w in words):
        return value
    return " ".join(words) + " " + value


_WEEKLY_VERBS = frozenset("meet meets open opens buka tutup closed closes run runs held hold holds host hosts organise "
                          "organize organises organizes adakan mengadakan bikin".split())


def _clean(value: str) -> str:
    return " ".join(value.strip(" ,.;:-").split())


def extract_facts(text: str, lower: str) -> tuple[list[Fact], list[Span], list[Span]]:
    """Facts in the order the owner stated them, the spans other readers must skip (prices, hours,
    addresses…), and every span a fact was read from."""
    found: list[tuple[int, Fact]] = []
    spans: list[Span] = []
    read: list[Span] = []
    taken: list[Span] = []  # one stated thing is one fact: "gratis ongkir" is delivery, not also an offer

    def add(kind: str, m: re.Match, value: str, subject: str = "", mask: bool = True) -> None:
        value = _clean(_LEAD_WORDS.sub("", value) if kind == "hours" else value)
        if not value or len(value) > 120:
            return
        if any(f.kind == kind and f.value.lower() == value.lower() for _, f in found):
            return
        if kind == "package":  # "10 jam Rp 1.200.000" inside "Paket 10 jam Rp 1.200.000": one package
            low = value.lower()
            if any(f.kind == kind and low in f.value.lower() for _, f in found):
                return
            found[:] = [(p, f) for p, f in found if not (f.kind == kind and f.value.lower() in low)]
        if kind in _TAILED:  # "Konsultasi gratis di kantor kami di Buah Batu": the offer ends before the address
            cut = min((a for a, b in bases if m.start() < a < m.end()), default=None)
            if cut is not None:
                short = _TAIL_LINK.sub("", text[m.start():cut]).rstrip(" ,.;:-")
                m = re.compile(r"[\s\S]+").match(text, m.start(), m.start() + len(short)) or m
                value = _clean(short)
        if kind not in _OVERLAPPING and any(m.start() < b and m.end() > a for a, b in taken):
            return
        found.append((m.start(), Fact(kind=kind, value=value, subject=subject[:60])))
        read.append((m.start(), m.end()))
        if kind not in _OVERLAPPING:
            taken.append((m.start(), m.end()))
        if mask:
            spans.append((m.start(), m.end()))

    has_digit = any(map(str.isdigit, lower))
    for m in (_HOURS.finditer(lower) if has_digit or "buka" in lower or "open" in lower else ()):
        if not _reads_as_hours(lower, m):
            rm = _range_phrase(lower, m)  # "level 1-10", "ukuran 5-7 cm", "5-10 Agustus": said, but not hours
            add("note", rm, text[rm.start():rm.end()])
            continue
        before = lower[max(0, m.start() - 30):m.start()]
        if _ROUND_THE_CLOCK.fullmatch(m.group(0).strip()) and (_STAFF_BEFORE.search(before)
                                                               or _FACILITY_BEFORE.search(before)):
            continue  # "operators on site 24/7", "teknisi siaga 24 jam": who is there, said in a note, not opening hours
        # a single time on a day may hold the activity it is for ("Friday youth service at 7pm"): its words
        # stay readable as an offering
        single = _ONE_TIME.search(m.group(0)) and not _BARE_RANGE.search(m.group(0))
        if not single:
            m = _with_exceptions(lower, m)
        add("hours", m, text[m.start():m.end()], mask=not single)
    # a date, a recurrence, a frequency, "online only": said, and never an offering
    for m in (WHEN if has_digit else WHEN_UNDATED).finditer(lower):
        if where := _ONLINE_WHERE.match(lower, m.end()):  # "live tiap malem jumat di tiktok": where it is held
            m = re.compile(r"[\s\S]+").match(lower, m.start(), where.end()) or m
        add("note", m, _with_activity(text, m))
    for kind, m, value in (tenure(text, lower) if has_digit else ()):  # "udah dari 2012", "10 tahun pengalaman"
        add(kind, m, value)
    bases: list[Span] = []
    for m in _BASE.finditer(text):  # read before the offers and deliveries whose tails would swallow it
        if "   " in m.group(0):
            continue  # "my shop is <the name> in Bandung": the name was blanked out; it says what the shop is
        add("address", m, text[m.start():m.end()])
        bases.append((m.start(), m.end()))
    for m in (_TIMED_PACKAGE.finditer(lower) if has_digit else ()):  # "4 hours from IDR 5 million": one package
        add("package", m, text[m.start():m.end()])
    for m in (_PRICE.finditer(lower) if has_digit else ()):
        if any(a <= m.start() < b for a, b in spans):
            continue
        raw = text[m.start():m.end()]
        if _THRESHOLD.search(lower, max(0, m.start() - 40), m.start()):
            continue  # "gratis antar untuk pembelian di atas 2 juta": a condition of the offer, not a price
        if re.fullmatch(r"\d+\s*k", raw.strip(), re.I) and not re.search(r"\b(?:harga|price|rp|mulai|cuma|only)\b",
                                                                         lower[max(0, m.start() - 20):m.start()]):
            continue  # "10K run" is a distance, not a price
        add("price", m, raw, _subject(lower, m.start()))
    for m in (_TURNAROUND.finditer(lower) if _maybe(lower, "turnaround") else ()):
        add("turnaround", m, text[m.start():m.end()])
    for m in (_PICKUP.finditer(lower) if _maybe(lower, "pickup") else ()):
        add("pickup", m, text[m.start():m.end()])
    for m in (_DELIVERY.finditer(lower) if _maybe(lower, "delivery") else ()):
        if any(a <= m.start() < b for a, b in spans):
            continue
        add("delivery", m, text[m.start():m.end()])
    for m in _AREA.finditer(lower):
        words = m.group(1)
        if _AREA_WORD.search(words) or _looks_like_place(text[m.start(1):m.end(1)]):
            value = text[m.start(1):m.end(1)].strip()
            more = _MORE_PLACES.match(text, m.end(1))
            if more and _looks_like_place(more.group(1)):  # "Cikarang dan Karawang", "Kuta and Legian"
                value = text[m.start(1):more.end(1)].strip()
            if re.search(r"(?i)\b(?:seluruh|se-)", text[m.start():m.start(1)]):
                value = "seluruh " + value if not value.lower().startswith("seluruh") else value
            add("area", m, value, mask=True)
    for m in _place_lists(lower):  # "Jakarta & Bandung", "Kuta and Legian": two places named together
        add("area", m, text[m.start():m.end()], mask=True)
    for m in (_OFFER.finditer(lower) if _maybe(lower, "offer") else ()):
        add("offer", m, text[m.start():m.end()])
    for m in _CREDENTIAL.finditer(lower):
        add("note", m, text[m.start():m.end()], mask=False)
    for m in CERTIFIED.finditer(lower):  # "registered with BPOM and certified halal", "organik bersertifikat"
        add("note", m, text[m.start():m.end()], mask=False)
    for m in (_GUARANTEE.finditer(lower) if _maybe(lower, "guarantee") else ()):
        add("guarantee", m, text[m.start():m.end()])
    for m in _TRADE.finditer(lower):
        if len(m.group(0).split()) >= 2:  # "harga grosir" alone says nothing; "eceran maupun grosir" does
            add("note", m, text[m.start():m.end()], mask=False)
    for m in _PACKAGE.finditer(lower):
        add("package", m, text[m.start():m.end()], mask=False)
    levels = [m for m in _LEVEL.finditer(lower) if not _casual_abbreviation(text, lower, m)]
    for m in levels:
        add("level", m, text[m.start():m.end()].upper() if len(m.group(0)) <= 4 else text[m.start():m.end()],
            mask=False)
    for m in _AUDIENCE.finditer(lower):
        value = re.sub(r"(?i)[\s,&/]*(?:dan|and|atau|or|serta)?[\s,&/]*$", "", text[m.start(1):m.end(1)])
        add("audience", m, value, mask=False)
    for m in _ADDRESS.finditer(text):
        near = _NEAR_WORD.search(text, max(0, m.start() - 12), m.start())
        if near:  # "dkt pasar Ciputat" is near the market, not in it
            m = re.compile(r"[\s\S]+").match(text, near.start(), m.end()) or m
        add("address", m, text[m.start():m.end()])
    if not any(f.kind == "address" for _, f in found):
        for m in _NEAR.finditer(text):
            add("address", m, text[m.start():m.end()])
            break
    for m in _INSTAGRAM.finditer(text):
        handle = m.group(1).rstrip(".")
        if handle.lower() in _IG_NOT or handle.isdigit() or len(handle) < 3:
            continue
        if m.group(0).startswith("@") and _OTHER_PLATFORM.search(lower, max(0, m.start() - 24), m.start()):
            continue  # "Telegram @raradesign", "tiktok: @kue.ani": a handle elsewhere is no Instagram account
        add("instagram", m, "@" + handle)
    found.sort(key=lambda x: x[0])
    return [f for _, f in found][:20], spans, read


def _casual_abbreviation(text: str, lower: str, m: re.Match) -> bool:
    """"jam 6 pagi smp jam 5 sore": a lower-case "smp"/"sd" may be chat shorthand ("sampai"), not a school level."""
    if m.group(0) not in ("smp", "sd", "tk", "sma") or text[m.start():m.end()].isupper():
        return False
    around = lower[max(0, m.start() - 25):m.end() + 25]
    return not re.search(r"\b(?:kelas|siswa|murid|anak|les|bimbel|sekolah|untuk|utk|jenjang|tingkat|sd|smp|sma|smk)\b",
                         around.replace(m.group(0), " ", 1))


_SUBJECT_TALK = frozenset("ada jg juga also ya sy saya kami we i our my kita dong nih sih aja punya pny tersedia "
                          "available".split())


def _subject(lower: str, pos: int) -> str:
    """The words just before a price, when they name what it is for ("nasi box 25rb" → "nasi box")."""
    from .roles import QUALIFIER, UNIT
    before = re.split(r"[,.;:!?()\n&+/]|\b(?:mulai|harga|harganya|hrg|hrga|cuma|hanya|only|from|starting|price|tarif|biaya|"
                      r"dan|and|yang|yg|sama|sm)\b", lower[max(0, pos - 40):pos])[-1]
    words = before.split()
    cut = next((i for i, w in enumerate(words) if re.fullmatch(r"\d+\w*", w)), len(words))
    words = words[:cut]
    while words and (words[-1] in QUALIFIER or words[-1] in UNIT):
        words.pop()
    # "ada jg paket 13rb": the words after the last link word name the thing; "ada", "jg" are talk
    talk = [i for i, w in enumerate(words) if w in _SUBJECT_TALK]
    if talk:
        words = words[talk[-1] + 1:]
    return " ".join(words[-4:]).strip()


@functools.cache
def _place_list() -> re.Pattern:
    from .places import PLACES
    one = "(?:" + "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True) if len(p) >= 3) + ")"
    return re.compile(rf"(?<![\w-]){one}(?:\s*(?:,|&|dan|and|serta|or|atau)\s*{one})+(?![\w-])")


_WORD_START = re.compile(r"(?<![\w-])\w")


@functools.cache
def _place_heads() -> frozenset[str]:
    from .places import PLACES
    return frozenset(p[:3] for p in PLACES if len(p) >= 3)


def _place_lists(lower: str) -> Iterator[re.Match]:
    """`_place_list().finditer(lower)`, tried only where a word starts with the first three letters of a place:
    every match starts so (each place opens with a letter after no word character or hyphen), and trying the
    several hundred places at every position was a large share of reading the facts."""
    rx, heads, end = _place_list(), _place_heads(), 0
    for w in _WORD_START.finditer(lower):
        at = w.start()
        if at >= end and lower[at:at + 3] in heads and (m := rx.match(lower, at)):
            yield m
            end = m.end()


def _looks_like_place(raw: str) -> bool:
    from .places import PLACES
    words = raw.lower().split()
    return any(" ".join(words[:k]) in PLACES for k in (3, 2, 1) if len(words) >= k) or bool(
        re.match(r"[A-Z][a-z]+", raw.strip()))
