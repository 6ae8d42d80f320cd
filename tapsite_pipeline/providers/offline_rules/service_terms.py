"""How the business serves, said with its terms: delivery and couriers, pickup and home service, turnaround,
offers given (free trials, discounts, promos), warranties and aftercare; with the cheap look-outs that let each
pattern run only when one of its words is in the brief. Read by the fact reader (facts.py).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

from .amounts import _AMOUNT
from .price_units import COURIER as _COURIER

# The rest of a fact's clause: up to the next comma, full stop, semicolon, question or exclamation mark or line's end
# ("pian perlu guru ke rumah? tarif …": the question ends it) (the "." of "min." is not one),
# ending on a whole word ("di atas 2 juta", never "di atas 2 jut").
# (nor is the "." of an alley's, a number's or an estate's abbreviation: "Gg. Mawar", "No. 5", "Perum. Griya")
_TAIL = (r"(?:[^,.;?!\n]|(?<=\bmin)\.|(?<=\bmaks)\.|(?<=\bmax)\.|(?<=\d)[.,](?=\d)|"  # "IDR 150,000" is one amount
         r"(?<=\bgg)\.|(?<=\bno)\.(?=\s*\d)|(?<=\bkomp)\.|(?<=\bperum)\.)")
# Countries and regions abroad a business exports to.
_ABROAD = (r"(?:luar\s+negeri|mancanegara|overseas|abroad|singapore|singapura|malaysia|brunei|australia|jepang|japan|korea|"
           r"china|tiongkok|taiwan|hong\s*kong|thailand|vietnam|filipina|philippines|india|arab|saudi|dubai|uae|"
           r"timur\s+tengah|middle\s+east|eropa|europe|amerika|america|usa|inggris|belanda|netherlands|jerman|germany|"
           r"perancis|prancis|france|italia|italy|kanada|canada|selandia\s+baru|new\s+zealand|asia|afrika|africa)\b")
_DELIVERY = regrouped(
    # ("delivered more than 120 events", "delivered 40 projects": a count of past work, no delivery service)
    r"\b(?:(?:bisa|bs|siap|free|gratis)\s+)?(?:delivery|deliver(?:s|ed(?!\s+(?:more\s+than|over|almost|nearly|around|"
    r"about|some|\d)))?(?:\s+daily)?|pesan\s+antar|diantar|bisa\s+antar|"
    r"(?:free|gratis)\s+antar|"
    # where it is delivered, said as an area: "antar area Bantul dan Sleman", "kirim ke wilayah Pondok Gede", "antar obat
    # area Ilir Timur" (what is delivered may come between)
    r"(?:antar|kirim)\s+(?:(?!ke\b|area\b|wilayah\b)[a-z]+\s+)?(?:ke\s+)?(?:area|wilayah|daerah|kawasan)\b|"
    # sent to the whole of a place, with no "ke": "kirim seluruh Indonesia", "bisa kirim se-Jawa Bali"
    r"(?:di)?kirim\s+(?:seluruh\s+|se-)[a-z]+|"
    r"layanan\s+antar|(?:gratis|free)\s+ongkir|ongkir\s+gratis|free\s+shipping|kirim\s+ke\s+[\w\s-]{3,30}?(?=[,.]|$)|"
    # what is sent, then where to: "bisa kirim frozen ke luar kota", "antar pesanan ke Depok" (never a message sent)
    r"(?:di)?(?:kirim|antar)\s+(?!(?:pesan|chat|dm|foto|bukti|email|berkas|file|link|lokasi|alamat)\b)"
    # ("kirim barang ke studio kita": the customer sends to the business, no delivery)
    r"(?:(?!ke\b)[a-z][\w-]*\s+){1,2}ke\s+(?!(?:wa|whatsapp|email|nomor|no|ig|dm|alamat|rumah|studio|toko|kantor|"
    # ("antar motor ke hotel gratis": what is given free is an offer, read as one)
    r"workshop|bengkel|tempat|gudang|outlet|sini|kami|kita|saya)\b)(?![^,.]*\b(?:gratis|free)\b)[\w\s-]{3,30}?(?=[,.]|$)|"
    r"(?:we\s+)?ship(?:s|ped|ping)?\s+(?:worldwide|nationwide|internationally|anywhere|across|to\s+[\w\s]{3,25}?(?=[,.]|$))|"
    # where the goods go abroad: "export to Singapore and Australia is possible", "bisa ekspor ke Jepang" (a market
    # reached, never an offering; an export service's own name, "jasa ekspor ke Malaysia", stays its offering; a
    # file saved as another, "ekspor ke Excel", goes to no country)
    r"(?<!jasa\s)(?<!layanan\s)(?<!service\s)(?<!services\s)(?:export(?:s|ed|ing)?|ekspor)\s+(?:to|ke)\s+"
    rf"{_ABROAD}[\w\s&-]{{0,40}}?(?=[,.]|$)|"
    r"international\s+orders|pengiriman\s+[\w\s]{3,25}?(?=[,.]|$)|"
    # sent by a courier: "hasil dikirim kurir", "dikirim via JNE", "sent by courier"
    r"(?:di)?kirim\s+(?:via\s+|lewat\s+|pakai\s+|pake\s+|dengan\s+|dgn\s+|by\s+)?(?:kurir|ojol|gojek|grab|jne|j&t|jnt|"
    r"sicepat|anteraja|pos\s+indonesia)|(?:sent|shipped|delivered|send|ship)\s+(?:by|via)\s+(?:courier|post|gojek|grab|"
    r"gosend|jne|j&t|sicepat|lalamove)|"
    r"\bcod\b|bayar\s+di\s+tempat|gofood|grabfood|shopeefood)\b"
    rf"{_TAIL}{{0,30}}(?:(?<=\w)\w+)?(?:\s*{_AMOUNT})?"
    # and the couriers listed after the clause's last one: "via JNE, J&T, SiCepat", "by JNE or POS"
    rf"(?:\s*(?:,|&|/|dan|and|atau|or)\s*(?:{_COURIER})\b)*", re.I)
_PICKUP = regrouped(
    # what is picked up, or where, said before it comes with it: "airport pickup on request", "hotel pick-up"
    r"\b(?:(?:free|gratis)\s+)?(?:(?:airport|bandara|hotel|villa|station|stasiun|terminal|harbou?r|port|pelabuhan)\s+)?"
    # ("mobil pick up ijo", "pickup truck": the vehicle, no pickup service)
    r"(?:antar[\s-]+jemput|(?<!mobil\s)(?<!mobil\s\s)pick\s?-?up(?!\s+(?:truck|truk|ijo|hijau|hitam|putih|merah|biru|bak))"
    r"(?:\s*(?:&|and)\s*(?:delivery|drop[\s-]?off))?|"
    r"bisa\s+dijemput|jemput\s+(?:ke\s+)?(?:rumah|lokasi)|home\s+pickup|home\s+service|panggilan|"
    r"(?:i|we)\s+come\s+to\s+(?:your|you)\b[\w\s]{0,10}|(?:datang|dateng|dtg|dipanggil|panggil)\s+ke\s+(?:rumah|rmh)|"
    # the business comes to the customer, said by who comes or what it can do: "we pick you up from your house",
    # "guru ke rumah", "bisa ke rumah", "Rp 275.000 at your home" (the price is the price reader's)
    r"(?:i|we|driver|instructor|instruktur)\s+(?:will\s+|can\s+)?pick(?:s|ing)?\s+(?:you|u)\s+up(?:\s+(?:from|at)\s+"
    r"(?:your|the)\s+(?:house|home|hotel|villa|place|office))?|"
    r"(?:guru|tutor|pengajar|terapis|therapist|teacher|trainer|pelatih|instruktur|mentor|bisa|bs|siap)\s+"
    r"ke\s+(?:rumah|rmh)(?:\s+(?:murid|siswa|pelanggan|klien|customer|anda|kamu|pian))?\b|"
    # (with the other way it is given, said before it: "Online via Zoom or at your home or office")
    r"(?:(?:online|daring|offline)(?:\s+(?:via|lewat|by|on)\s+[\w-]+)?\s+(?:or|atau)\s+)?"
    # (or right after the price it costs there: "Rp 275.000 at your home"; a sentence's "runs parties at your home"
    # stays the sentence)
    r"(?:(?<=\d\s)|(?<=\drb\s)|(?<=\dk\s)|(?<=ribu\s)|(?<=\djt\s)|(?<=\bor\s)|(?<=atau\s))"
    r"at\s+(?:your|the\s+(?:client|student|customer)['’]?s?)\s+(?:home|house|place)\b|"
    # the buyer collects: "pengambilan di toko", "bisa ambil sendiri", "self pickup", "pick up at our studio"
    r"(?:pengambilan|ambil|diambil)\s+(?:sendiri\s+)?(?:langsung\s+)?(?:di|ke)\s+(?:toko|tempat|lokasi|outlet|gerai|kios|"
    r"rumah|workshop|studio|gudang|dapur)(?:\s+(?:kami|saya))?|ambil\s+sendiri|self[\s-]?pick[\s-]?up|"
    r"(?:in[\s-]store|store)\s+pick[\s-]?up|click\s+(?:and|&|n)\s+collect|"
    r"(?:pick[\s-]?up|collect(?:ion)?)\s+(?:in|at|from)\s+(?:the\s+|our\s+)?(?:store|shop|studio|workshop|kitchen|bakery))"
    rf"(?:\s+(?:gratis|free))?{_TAIL}{{0,25}}(?:(?<=\w)\w+)?", re.I)
_TURNAROUND = fast(
    r"\b(?:(?:\d+(?:\s*-\s*\d+)?|satu|dua|tiga|sehari|se)\s*(?:hari|jam|hr|days?|hours?)\s+(?:jadi|selesai|beres|kelar|done|ready)|"
    # how long a project takes to hand over: "3-week delivery", "delivered in 10 days", "delivery within 2 weeks"
    r"\d+(?:\s*-\s*\d+)?[\s-]*(?:working[\s-]+)?(?:days?|weeks?|months?)\s+(?:delivery|turnaround|lead\s+time)|"
    r"(?:delivered|delivery|handover|done|finish(?:ed)?|completed?)\s+(?:in|within)\s+\d+(?:\s*-\s*\d+)?\s*(?:working\s+)?(?:days?|weeks?|months?)|"
    # "sehari" alone is also "a day" ("makan 3x sehari"): a turnaround only with what is done in it
    r"sehari\s*(?:jadi|selesai|beres|kelar)|(?:one[\s-]day|same[\s-]?day|next[\s-]day|1x24\s*jam|express|ekspres|kilat|"
    # ("rush" and "urgent" only with the time or the surcharge they come with: "Nasi Goreng Rush" is a name)
    r"(?:rush|urgent)(?=\s*\(?\s*(?:\d|\+|tambah\s|extra\s|add\s)))"
    r"(?:\s*(?:jadi|selesai|service|delivery|beres))?(?:\s+\d+\s*(?:hari|jam|days?|hours?|h)\b)?"
    # and what it costs on top: "express 1 hari +50%", "kilat +10rb"
    r"(?:\s*\(?\s*(?:\+|tambah\s+|extra\s+|add\s+)\s*\d+(?:[.,]\d+)?\s*(?:%|(?:rb|ribu|k|jt)\b(?:\s*/\s*[a-z]+\b)?)\)?)?|(?:selesai|jadi|beres|kelar)\s+(?:dalam\s+|dlm\s+|dl\s+)?\d+(?:\s*-\s*\d+)?\s*"
    r"(?:hari(?:\s+kerja)?|jam|minggu|mgg|bulan|bln)|"
    # (minutes only with "dalam": "potong klip jadi 1 menit" is what the clip becomes)
    r"(?:selesai|jadi|beres|kelar)\s+(?:dalam|dlm|dl)\s+\d+(?:\s*-\s*\d+)?\s*(?:menit|mnt)|"
    # "pengerjaan 1-3 hari", "proses 10-14 hari kerja", "turnaround 5 working days": how long the work takes
    r"(?:pengerjaan|pengerjaannya|proses|prosesnya|turnaround|processing)\s*:?\s*(?:dalam\s+|within\s+|in\s+)?"
    r"\d+(?:\s*-\s*\d+)?\s*(?:hari(?:\s+kerja)?|jam|minggu|bulan|working\s+days?|business\s+days?|days?|hours?|weeks?|months?|"
    # (the same units in chat shorthand: "proses 4-6 mgg", "pengerjaan 7-10 hr kerja", "selesai 2 bln")
    r"(?:hr|hri)(?:\s+kerja)?|jm|mgg|mg|bln)\b|ready\s+in\s+\d+(?:\s*-\s*\d+)?\s*(?:working\s+days?|days?|hours?|weeks?)|"
    # and how long the wait is: "bisa ditunggu", "bs ditunggu 1-2 jam", "bisa tunggu ±30 menit"
    r"(?:bisa|bs|bsa)\s+(?:langsung\s+)?(?:di)?tunggu(?:\s+(?:sekitar\s+|kurang\s+lebih\s+|±\s*)?\d+(?:\s*-\s*\d+)?\s*"
    r"(?:jam|menit|mnt|hours?|minutes?|mins?)\b)?|(?:langsung|tunggu|ditunggu)\s+jadi|while\s+(?:you|u)\s+wait|"
    # how long before the date to order: "order 3 weeks before ur date", "pesan min. 3 hari sebelumnya", "PO H-7"
    r"(?:order|pesan|booking|book|reserve|reservasi|po|pre-?order)\s+(?:(?:at\s+least|min(?:imal|imum)?\.?|maks(?:imal)?\.?|"
    r"paling\s+lambat)\s+)?(?:\d+(?:\s*-\s*\d+)?\s*|(?:a|an|one|two|three|satu|dua|tiga)\s+|se)"
    r"(?:hari|minggu|bulan|days?|weeks?|months?|hr|mgg|bln)\s+(?:before|sebelum(?:nya)?|sblm(?:nya)?|in\s+advance|ahead|prior)|"
    r"(?:pesan|order|po|booking)\s+(?:min(?:imal)?\.?\s+)?h-\d+|"
    # what the customer leaves with the owner a day ahead, the way said between: "bisa titip belanja lewat WA sehari
    # sebelumnya", "booking via DM 2 hari sebelumnya"
    r"(?:(?:bisa|bs)\s+)?(?:titip|pesan|order|booking|book|reservasi|daftar)(?:\s+(?!sebelum)[a-z]+){0,4}?\s+"
    r"(?:se|\d+\s*)(?:hari|minggu|bulan)\s+(?:sebelum(?:nya)?|sblm(?:nya)?)|"
    # the notice the owner needs, said as such: "please give us 3 weeks notice", "at least 2 months' notice"
    r"(?:(?:at\s+least|min(?:imum)?\.?)\s+)?(?:\d+(?:\s*-\s*\d+)?|a|one|two|three|four|six)[\s-]*(?:days?|weeks?|months?)(?:['’]s?)?"
    r"\s+(?:advance\s+|prior\s+)?notice)(?:\b|(?<=%)|(?<=%\)))", re.I)
_OFFER = regrouped(
    # (how long a trial lasts, said before it: "14-day free trial", "7 hari gratis trial")
    r"\b(?:(?:\d+[\s-]*(?:days?|hari|weeks?|minggu|months?|bulan)\s+)?(?:free|gratis)\s+(?:trial|konsultasi|consultation|survey|survei|cek|check|instalasi|"
    r"installation|kelas\s+percobaan|trial\s+class|first\s+(?:class|lesson|session)|demo|wifi|parkir|"
    r"kelas\s+pertama)|coba\s+gratis|trial\s+(?:class|lesson|session)s?|kelas\s+(?:percobaan|trial)|"
    r"(?:survey|survei|konsultasi|consultation|cek|instalasi)\s+gratis|diskon\s+\d+\s*%|\d+\s*%\s+(?:off|diskon)|"
    r"(?<!izin\s)(?<!ijin\s)(?<!numpang\s)(?<!permisi\s)promo\s+(?!(?:(?:ya+|yah|kak|dulu|nih|gan|sis|min)\b\s*){1,3}(?:[,.!?\n]|$))"
    r"[\w\s]{3,25}?(?=[,.]|$)|happy\s+hours?\b|buy\s+\d+\s+get\s+\d+|beli\s+\d+\s+gratis\s+\d+|bisa\s+kredit|cicilan\s+0\s*%)"
    rf"{_TAIL}{{0,20}}(?:(?<=\w)\w+)?(?:\s*{_AMOUNT})?", re.I)
# with how long, said before it: "6-month warranty", "1 year guarantee"
# and a second promise with its own length joined to it: "garansi alat 1 tahun dan servis gratis 6 bulan", "1-year
# warranty and free service for 6 months"
_SPAN_OF_TIME = r"\d+[\s-]*(?:months?|years?|days?|weeks?|bulan|bln|tahun|thn|hari|minggu)\b"
# ("10-year workmanship warranty", "2 year parts and labour guarantee": what it covers may stand between)
_GUARANTEE = regrouped(rf"(?:\b\d+[\s-]*(?:months?|years?|days?|weeks?|bulan|tahun|hari)\s+"
                       rf"(?:(?!garansi|warranty|guarantee)[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?\s+(?=warranty|guarantee))?)?"
                       rf"\b(?:garansi|bergaransi|warranty|guarantee[d]?)\b{_TAIL}{{0,30}}(?:(?<=\w)\w+)?"
                       rf"(?:\s*(?:(?:,|dan|and|&|\+|serta|plus)\s*(?:[^,.;\d]{{1,30}}?\s)?)?(?:for\s+|selama\s+)?{_SPAN_OF_TIME})?", re.I)
# How long the owner stays with the customer after the sale, a promise like a warranty: "grup WA pendampingan 3 bln",
# "free mentoring for 6 months", "3 bulan pendampingan", "1 year of support".
_AFTERCARE_WORD = (r"(?:pendampingan|mentoring|bimbingan|konsultasi|support|after[\s-]?sales|purna\s*jual|maintenance|"
                   r"perawatan|follow[\s-]?up|coaching|monitoring)")
_AFTERCARE_SPAN = r"\d+(?:\s*-\s*\d+)?\s*(?:bulan|bln|tahun|thn|minggu|months?|years?|weeks?)\b"
_AFTERCARE = fast(
    rf"\b(?:(?:free|gratis)\s+)?{_AFTERCARE_WORD}(?:\s+(?:gratis|free))?\s+(?:selama\s+|for\s+)?{_AFTERCARE_SPAN}|"
    rf"\b{_AFTERCARE_SPAN}\s+(?:of\s+)?(?:(?:free|gratis)\s+)?{_AFTERCARE_WORD}\b(?:\s+(?:gratis|free)\b)?", re.I)


# Cheap look-outs: a pattern runs only when one of its words is in the brief.
_HINTS = {
    "pickup": ("antar", "pick", "jemput", "home service", "panggil", "come to", "datang", "dateng", "dtg", "ambil", "collect",
               "ke rumah", "ke rmh", "your home", "your house", "your place", "s home", "s house", "s place"),
    "offer": ("free", "gratis", "happy hour", "coba", "trial", "percobaan", "diskon", "%", "promo", "buy ", "beli ", "kredit",
              "cicilan"),
    "delivery": ("deliver", "antar", "ongkir", "ship", "kirim", "cod", "bayar di tempat", "food", "international",
                 "pengiriman", "courier", "kurir", "export", "ekspor"),
    "turnaround": ("jadi", "selesai", "beres", "kelar", "done", "ready", "same", "next", "express", "ekspres",
                   "kilat", "1x24", "sehari", "one day", "one-day", "tunggu", "wait", "pengerjaan", "proses", "turnaround",
                   "processing", "rush", "urgent", "finish", "complete", "before", "sebelum", "sblm", "notice", "advance", "ahead", "prior", "h-", "deliver", "handover",
                   "lead time"),
    "guarantee": ("garansi", "warranty", "guarantee"),
}


def _maybe(lower: str, kind: str) -> bool:
    for hint in _HINTS[kind]:
        if hint in lower:
            return True
    return False
