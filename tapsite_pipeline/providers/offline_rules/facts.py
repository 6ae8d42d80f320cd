"""Concrete facts the owner stated: hours, the year they started and years of experience, prices, areas served, delivery and pickup,
turnaround, packages, offers, guarantees, who it is for, levels taught, address and Instagram.

Each fact keeps the owner's own words (a price stays "45rb", hours stay "08.00-21.00"), so the page can
repeat it and never state one that was not given. The spans found are also returned: prices, hours and
addresses are not offerings, and the offerings reader skips them.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped
from tapsite_pipeline.owner_links import link_spans, named_accounts

from ...models import Fact
from .addresses import BASE, NEAR, addresses, areas, makers_village
from .certified import CERTIFIED
from .free_offers import clean_value as _clean
from .free_offers import conditions_joined, free_offers
from .goods_said import GIFT_USE, MOTIF, said_of
from .hours import PRAYER_CUE, hours
from .levels import level_ranges
from .not_done import _NOT_DONE, _NOT_DONE_LEAD
from .notes import _NOTE_SKIP
from .price_subject import price_subject
from .price_units import COURIER as _COURIER
from .price_units import HIRE_TERMS, PER_SPOKEN
from .price_units import HOLDS as _HOLDS
from .tenure import tenure
from .trade_terms import _EXCHANGE, _EXCHANGE_HINT, _MARKET, _MARKET_DOMAIN, _TRADE
from .when import when_notes

Span = tuple[int, int]

# "IDR 1.2M", "1.5M": an "m" after a currency or a decimal amount is millions ("30m" alone may be metres)
# A range with one multiplier for both ends is one amount: "60-90rb", "9-12jt", "IDR 150-200K".
# A range with a multiplier on each end is one amount too: "IDR 200k–450k", "Rp 150rb - Rp 300rb", "2jt-3,5jt".
_AMOUNT = (r"(?:(?:(?:rp\.?|idr)\s*)?\d[\d.,]*\s*(?:rb|ribu|rebu|k|jt|juta)\s*(?:-|–)\s*(?:(?:rp\.?|idr)\s*)?\d[\d.,]*\s*"
           r"(?:rb|ribu|rebu|k|jt|juta|million|mio)\b|"
           r"(?:rp\.?|idr)\s*\d[\d.,]*(?:\s*(?:-|–)\s*\d[\d.,]*)?(?:\s*(?:rb|ribu|k|jt|juta|jutaan|million|mio|thousand|m\b))?|"
           r"\d[\d.,]*\s*(?:-|–)\s*\d[\d.,]*\s*(?:rb|ribu|rebu|k|jt|juta|million|mio)\b|"
           r"\d[\d.,]*\s*(?:rb|ribu|rebu|k|jt|juta|million|mio)\b(?:an)?|\d+[.,]\d+\s*m\b|"
           # thousands priced per unit need no currency: "35.000/batang", "4.000 per butir"
           r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?=\s*(?:/|per\s)\s*[a-z]))")
# A measured amount a price is for: "75rb/500gr", "40rb/4 jam", "1,5jt/15 hari" (never "10K / 21K", two amounts)
_MEASURE = (r"(?:gr|gram|grams|g|kg|ons|ml|l|ltr|liter|litre|pcs|biji|btr|butir|jam|hari|menit|mins?|minutes?|hours?|"
            r"hrs?|days?|nights?|malam|minggu|weeks?|bulan|bln|months?|orang|org|pax|porsi|lembar|sheets?|m2|m|cm|meter|"
            r"sesi|sessions?|x|kali|times)\b")
_AMOUNT_RANGE = regrouped(r"(?<![\d.,])(\d[\d.,]*)\s*[-–]\s*(\d[\d.,]*)\s*(?:rb|ribu|rebu|k|jt|juta|million|mio)\b")


def _amount(raw: str) -> float:
    """A written number as a number, its thousands separators dropped ("1.500" → 1500, "1,5" → 1.5)."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        return float(re.sub(r"[.,]", "", raw))
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return 0.0


# ("/12 jam", "per 24 hours": a day's hire is all the price's, no measure of goods for the other readers)
_PER_MEASURED = regrouped(r"\s*(?:/|per)\s*(?!(?:12|24)\s*(?:jam|hours?|hrs?)\b)\d", re.I)
# (a count of hours may be a decimal, said whole: "1,5 jam 150rb", "2.5 hours from IDR 900k")
_TIMED_PACKAGE = regrouped(rf"(?<![\d.,])\d{{1,2}}(?:[.,]\d{{1,2}})?\s*(?:hours?|hrs?|jam)\s+(?:(?:from|mulai|for|only|cuma|hanya)\s+)?{_AMOUNT}",
                           re.I)
# Words that begin what follows a price, never a second word of its unit ("350rb/orang min 30 org").
_PRICE_TAIL_STOP = (r"(?:lepas|self|tanpa|without|full|half|sudah|udah|sdh|min|minimal|max|dan|and|atau|or|untuk|utk|for|termasuk|incl|including|include|"
                    r"all|bisa|yang|yg|di|ke|dengan|with|area|daerah|wilayah|kawasan|lokasi|free|gratis|buka|open|"
                    r"wa|hub|telp|call|depending|depends|tergantung|nego|negotiable|but|tapi|tp|namun|only|hanya|cuma|except|kecuali|"
                    r"isi|isinya|berisi|contains?)\b")
# What a bare "<number>k" names when it is no amount of money: a race, a resolution, a count of people.
_NOT_MONEY_K = regrouped(r"\s*(?:run|race|lari|marathon|fun\s*run|walk|km|video|resolution|resolusi|uhd|hdr|tv|monitor|"
                         r"display|layar|camera|kamera|followers?|pengikut|subscribers?|views?|likes?|steps?|langkah|"
                         r"peserta|participants?|runners?|pelari)\b", re.I)
_RACE = regrouped(r"\b(?:lari|run|race|marathon|maraton|fun\s*run|trail|kategori|category|categories|distance|jarak|"
                  r"route|rute|finisher|pelari|runners?)\b", re.I)
_PRICE = fast(
    rf"(?:\b(?:mulai(?:\s+dari)?|start(?:ing)?\s+(?:from|at)|from|cuma|hanya|only|harga(?:nya)?|price[sd]?|"
    rf"tarif(?:nya)?|biaya(?:nya)?|paket)\s*:?\s*)?{_AMOUNT}"
    # per what, as written: "/kg", "/m2", "/500gr" (a measured amount), "/night per person" (two units)
    rf"(?:\s*(?:/|per)\s*(?:(?:\d+(?:[.,]\d+)?\s*(?={_MEASURE}))?[a-z]+(?:[23²³](?!\d))?)"
    rf"(?:\s+per\s+[a-z]+|\s+(?!{_PRICE_TAIL_STOP}|per\b)[a-z]+)?{_HOLDS}?)?"
    rf"(?:\s+{PER_SPOKEN})?"  # "80k a day"
    # which way or how it is counted: "450K one way", "300rb PP", "Rp 2jt nett", "1,5jt all in"
    rf"(?:\s*\(?(?:one[\s-]way|return|round[\s-]trip|pp|pulang[\s-]pergi|sekali\s+jalan|nett?|all[\s-]in)\b\)?)?"
    # how a hire is driven: "350rb/hari lepas kunci", "400k/day self drive", "650rb dengan sopir", "+ driver & BBM"
    rf"(?:\s*\(?{HIRE_TERMS}\)?)?"
    # what the price includes is part of it: "1,8jt/bulan sudah termasuk listrik", "IDR 500k incl. breakfast"
    # (never across a full stop: "Rp2.500.000. Udah termasuk …" is a sentence of its own)
    rf"(?:(?<!\.),?\s*(?:sudah\s+|udah\s+|sdh\s+|all\s+)?(?:termasuk|incl\.?|including|included|include)\s+[\w-]+"
    rf"(?:\s+(?!{_PRICE_TAIL_STOP})[\w-]+)?"
    # a list of what is included: "3,5jt include backdrop, balloon, sound system and MC" (an item is no amount)
    rf"(?:,\s*(?!\d)(?!{_PRICE_TAIL_STOP})[\w-]+(?:\s+(?!{_PRICE_TAIL_STOP})(?!\d)[\w-]+)?"
    rf"(?=\s*(?:[,.;)]|$|(?:dan|and|&|\+)\s))){{0,5}}"
    rf"(?:\s*(?:dan|&|and|\+)\s*[\w-]+(?:\s+(?!{_PRICE_TAIL_STOP})[\w-]+\b(?!\s*\d)){{0,2}})?)?",
    re.I)  # ("include breakfast and daily housekeeping": the last thing included keeps its two words)
# The rest of a fact's clause: up to the next comma, full stop or semicolon (the "." of "min." is not one),
# ending on a whole word ("di atas 2 juta", never "di atas 2 jut").
# (nor is the "." of an alley's, a number's or an estate's abbreviation: "Gg. Mawar", "No. 5", "Perum. Griya")
_TAIL = (r"(?:[^,.;]|(?<=\bmin)\.|(?<=\bmaks)\.|(?<=\bmax)\.|(?<=\d)[.,](?=\d)|"  # "IDR 150,000" is one amount
         r"(?<=\bgg)\.|(?<=\bno)\.(?=\s*\d)|(?<=\bkomp)\.|(?<=\bperum)\.)")
# Where the customer collects is the pickup's own, street and all ("Ambil sendiri di Jl. Diponegoro 40"); after any
# other fact a street's "Jl." ends it (a delivery or an offer running on into the street took the owner's address
# from the address reader, and lowered the held-out facts figure)

# A street's abbreviation a fact's reading stopped on, with the word that leads to it: "… di Jl", "… at Jln".
_STREET_LEFT = regrouped(r"(?i)(?:\s+(?:di|at|ke|in|from|dari))?\s+jln?\.?$")
# What makes an amount a condition ("min. belanja 100rb", "untuk pembelian di atas 2 juta", "orders above 200k"):
# the words right before it, ending where the amount starts.
_THRESHOLD = regrouped(r"(?:\b(?:di\s*atas|min(?:imal|imum)?|min\.|maks(?:imal)?|max(?:imum)?|above|over|lebih\s+dari|"
                       r"more\s+than|at\s+least)|\b(?:belanja|pembelian))\s*:?\s*$", re.I)
# "free ongkir min order 500rb", "diskon 10% minimal pembelian Rp 300.000", "free delivery min. spend 200k": an order's
# least amount said after what is given in its clause is the condition of that offer or delivery, read with it (said
# alone, "minimal order 500rb" stays a price).
_ORDER_THRESHOLD = regrouped(r"\b(?:min(?:imal|imum)?|min\.|minimum)\s*(?:order|orders|pembelian|belanja|pesanan|pesan|"
                             r"purchase|spend|transaksi|transaction)\s*:?\s*$", re.I)
_GIVEN_BEFORE = regrouped(r"\b(?:free|gratis|ongkir|diskon|delivery|antar)\b", re.I)
_DELIVERY = regrouped(
    r"\b(?:(?:bisa|bs|siap|free|gratis)\s+)?(?:delivery|deliver(?:ed|s)?(?:\s+daily)?|pesan\s+antar|diantar|bisa\s+antar|"
    r"(?:free|gratis)\s+antar|"
    r"layanan\s+antar|(?:gratis|free)\s+ongkir|ongkir\s+gratis|free\s+shipping|kirim\s+ke\s+[\w\s-]{3,30}?(?=[,.]|$)|"
    # what is sent, then where to: "bisa kirim frozen ke luar kota", "antar pesanan ke Depok" (never a message sent)
    r"(?:di)?(?:kirim|antar)\s+(?!(?:pesan|chat|dm|foto|bukti|email|berkas|file|link|lokasi|alamat)\b)"
    # ("kirim barang ke studio kita": the customer sends to the business, no delivery)
    r"(?:(?!ke\b)[a-z][\w-]*\s+){1,2}ke\s+(?!(?:wa|whatsapp|email|nomor|no|ig|dm|alamat|rumah|studio|toko|kantor|"
    # ("antar motor ke hotel gratis": what is given free is an offer, read as one)
    r"workshop|bengkel|tempat|gudang|outlet|sini|kami|kita|saya)\b)(?![^,.]*\b(?:gratis|free)\b)[\w\s-]{3,30}?(?=[,.]|$)|"
    r"(?:we\s+)?ship(?:s|ped|ping)?\s+(?:worldwide|nationwide|internationally|anywhere|across|to\s+[\w\s]{3,25}?(?=[,.]|$))|"
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
    r"(?:antar[\s-]+jemput|pick\s?-?up(?:\s*(?:&|and)\s*(?:delivery|drop[\s-]?off))?|"
    r"bisa\s+dijemput|jemput\s+(?:ke\s+)?(?:rumah|lokasi)|home\s+pickup|home\s+service|panggilan|"
    r"(?:i|we)\s+come\s+to\s+(?:your|you)\b[\w\s]{0,10}|(?:datang|dateng|dipanggil|panggil)\s+ke\s+rumah|"
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
    r"(?:delivered|delivery|handover|done)\s+(?:in|within)\s+\d+(?:\s*-\s*\d+)?\s*(?:working\s+)?(?:days?|weeks?|months?)|"
    # "sehari" alone is also "a day" ("makan 3x sehari"): a turnaround only with what is done in it
    r"sehari\s*(?:jadi|selesai|beres|kelar)|(?:one[\s-]day|same[\s-]?day|next[\s-]day|1x24\s*jam|express|ekspres|kilat)"
    r"(?:\s*(?:jadi|selesai|service|delivery|beres))?(?:\s+\d+\s*(?:hari|jam|days?|hours?)\b)?"
    # and what it costs on top: "express 1 hari +50%", "kilat +10rb"
    r"(?:\s*\(?\s*(?:\+|tambah\s+|extra\s+|add\s+)\s*\d+(?:[.,]\d+)?\s*(?:%|(?:rb|ribu|k|jt)\b)\)?)?|selesai\s+(?:dalam\s+)?\d+\s*(?:hari|jam)|"
    # "pengerjaan 1-3 hari", "proses 10-14 hari kerja", "turnaround 5 working days": how long the work takes
    r"(?:pengerjaan|pengerjaannya|proses|prosesnya|turnaround|processing)\s*:?\s*(?:dalam\s+|within\s+|in\s+)?"
    r"\d+(?:\s*-\s*\d+)?\s*(?:hari(?:\s+kerja)?|jam|minggu|working\s+days?|business\s+days?|days?|hours?|weeks?)|ready\s+in\s+\d+(?:\s*-\s*\d+)?\s*(?:working\s+days?|days?|hours?|weeks?)|"
    # and how long the wait is: "bisa ditunggu", "bs ditunggu 1-2 jam", "bisa tunggu ±30 menit"
    r"(?:bisa|bs|bsa)\s+(?:langsung\s+)?(?:di)?tunggu(?:\s+(?:sekitar\s+|kurang\s+lebih\s+|±\s*)?\d+(?:\s*-\s*\d+)?\s*"
    r"(?:jam|menit|mnt|hours?|minutes?|mins?)\b)?|(?:langsung|tunggu|ditunggu)\s+jadi|while\s+(?:you|u)\s+wait|"
    # how long before the date to order: "order 3 weeks before ur date", "pesan min. 3 hari sebelumnya", "PO H-7"
    r"(?:order|pesan|booking|book|reserve|reservasi|po|pre-?order)\s+(?:(?:at\s+least|min(?:imal|imum)?\.?|maks(?:imal)?\.?|"
    r"paling\s+lambat)\s+)?(?:\d+(?:\s*-\s*\d+)?\s*|(?:a|an|one|two|three|satu|dua|tiga)\s+|se)"
    r"(?:hari|minggu|bulan|days?|weeks?|months?)\s+(?:before|sebelum(?:nya)?|in\s+advance|ahead|prior)|(?:pesan|order|po|booking)\s+(?:min(?:imal)?\.?\s+)?h-\d+)(?:\b|(?<=%)|(?<=%\)))", re.I)
_OFFER = regrouped(
    # (how long a trial lasts, said before it: "14-day free trial", "7 hari gratis trial")
    r"\b(?:(?:\d+[\s-]*(?:days?|hari|weeks?|minggu|months?|bulan)\s+)?(?:free|gratis)\s+(?:trial|konsultasi|consultation|survey|survei|cek|check|instalasi|"
    r"installation|kelas\s+percobaan|trial\s+class|first\s+(?:class|lesson|session)|demo|wifi|parkir|"
    r"kelas\s+pertama)|coba\s+gratis|trial\s+(?:class|lesson|session)s?|kelas\s+(?:percobaan|trial)|"
    r"(?:survey|survei|konsultasi|consultation|cek|instalasi)\s+gratis|diskon\s+\d+\s*%|\d+\s*%\s+(?:off|diskon)|"
    r"promo\s+[\w\s]{3,25}?(?=[,.]|$)|happy\s+hours?\b|buy\s+\d+\s+get\s+\d+|beli\s+\d+\s+gratis\s+\d+|bisa\s+kredit|cicilan\s+0\s*%)"
    rf"{_TAIL}{{0,20}}(?:(?<=\w)\w+)?(?:\s*{_AMOUNT})?", re.I)
# Who does the work and what vouches for them: "instruktur bersertifikat", "certified technicians".
_CREDENTIAL = fast(
    r"\b(?:instruktur|guru|tutor|pengajar|pelatih|terapis|teknisi|mekanik|montir|dokter|trainer|coach|tenaga)\s+"
    r"(?:yang\s+|yg\s+)?(?:bersertifikat|bersertifikasi|tersertifikasi|berlisensi|berpengalaman)\b|"
    r"\b(?:[a-z]+-)?(?:certified|licensed|experienced)\s+(?:instructors?|teachers?|tutors?|trainers?|coaches|coach|therapists?|"
    r"technicians?|mechanics?)\b", re.I)
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
# A number for a channel the page has no button for: "SMS 0821 9900 4432", "fax (021) 555 1234". The page's contact
# section shows the numbers to call or chat; this one is the owner's word on how else to reach them.
_OTHER_LINE = regrouped(r"\b(?:sms|fax|faks|faksimile|facsimile)\s*(?:only\s*)?(?:ke\s+|to\s+|at\s+)?[:.]?\s*"
                        r"\+?\(?\d[\d\s().-]{6,18}\d", re.I)
# A package as a small grammar: "paket" + what it is (up to five words, a count with its unit among them: "umrah
# reguler 9 hari", "4 kamera cctv", "intimate wedding 50 tamu") + its price ("mulai Rp29.500.000", "3,2jt") + what
# it includes ("udh include pasang + hdd 1tb", "sudah termasuk katering, dekorasi, dan MC").
_PKG_AMOUNT = r"(?:mulai(?:\s+dari)?\s+|from\s+|cuma\s+|only\s+|harga\s+)?(?:rp\.?|idr)\s*\d[\d.,]*(?:\s*(?:rb|ribu|k|jt|juta)\b)?|\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)\b"
_PACKAGE = fast(
    rf"\bpaket\s+(?!harga|kami|nya\b|ya\b|dan\b|bisa\b|ke\b|to\b|\+)((?:(?!(?:{_PKG_AMOUNT})|mulai\b|from\b|sudah\b|udh\b|udah\b|"
    rf"termasuk\b|include|(?:dan|and|atau|or|&)\s+paket\b|bisa\b|bs\b|yang\b|yg\b|dengan\b|dgn\b|di\b|dari\b|dr\b)"
    rf"(?:\d+(?:[.,]\d+)+|[\w%/&-]+)\s?){{1,5}})"
    rf"(?:,?\s*(?:{_PKG_AMOUNT})(?:\s*(?:/|per)\s*(?:orang|org|pax|person|malam|night|bulan|month|sesi|session)\b)?)?"
    rf"(?:,?\s*(?:(?:sudah|udah|udh|sdh)\s+(?:termasuk\s+|include[sd]?\s+|incl\.?\s+)?|(?:all\s+)?(?:termasuk|include[sd]?|"
    rf"incl\.?|including)\s+)(?:[^.;,]{{1,40}}(?:,\s*[^.;,]{{1,40}}){{0,5}},?\s+(?:dan|and|&)\s+[^.;,]{{1,30}}|[^.;,]{{1,60}}))?",
    re.I)
_LEVEL = fast(r"\b(?:paud|tk|sd|smp|sma|smk|jlpt\s*n\d(?:\s*(?:-|–|to|sampai|sampe|hingga|s/d|until)\s*(?:jlpt\s*)?n\d)?|"
              r"toefl|ielts|utbk|snbt|"
              # "kelas 4-6" is a level; "satu kelas 6 anak", "kelas 8 pertemuan" count people or meetings
              r"cpns|(?<!\bsatu\s)(?<!\bper\s)(?<!\btiap\s)(?<!\bone\s)kelas\s+\d+(?:\s*-\s*\d+)?(?!\s*(?:jam|hari|x|kali|pertemuan|sesi|bulan|"
              r"minggu|menit|orang|org|murid|siswa|anak|peserta|students?|kids|people)\b)|usia\s+\d+(?:\s*-\s*\d+)?\s*(?:th|thn|tahun)?"
              # an age with no upper end keeps it: "usia 5 th ke atas", "aged 6 and up", "ages 3 and over"
              r"(?:\s*(?:ke\s*atas|and\s+(?:up|above|over|older)|or\s+older))?|"
              r"(?:ages?|aged)\s+\d+\s*(?:(?:-|to)\s*\d+|and\s+(?:up|above|over|older)|or\s+older)|"
              # a range of skill is one level fact: "pemula s/d mahir", "beginner to advanced"
              r"(?:pemula|dasar|beginners?|basic)\s*(?:s/d|s\.d\.?|sampai|sampe|hingga|-|–|to|until)\s*"
              r"(?:mahir|lanjutan|menengah|advanced|intermediate|expert|pro)|"
              r"pemula|lanjutan|beginners?|intermediate|advanced)\b", re.I)
_SHOP_WORD = (r"(?:warung|warteg|kedai(?:\s+kopi)?|toko\s+(?:kelontong|online|retail|bangunan|sembako)|kios|minimarket|"
              r"coffee\s+shops?|cafes|restaurants|shops|stores|retailers)")
_SHOP_ONLY = regrouped(rf"(?i){_SHOP_WORD}")
# People said doubled, the Indonesian plural: "ibu-ibu", "bapak-bapak", "anak-anak" are said whole, never cut at "-".
_DOUBLED_PEOPLE = "(?:" + "|".join(rf"(?<=\b{w})-{w}\b" for w in (
    "anak", "ibu", "bapak", "remaja", "siswa", "pelajar", "mahasiswa", "guru", "karyawan", "pekerja", "petani",
    "peternak", "nelayan", "santri", "lansia", "balita", "keluarga", "perusahaan", "sekolah", "instansi")) + ")?"
_AUDIENCE = fast(
    r"\b(?:khusus|spesial\s+untuk|untuk|utk|buat|bagi|target(?:\s+(?:pasar|market))?(?:nya)?|for|aimed\s+at|"
    r"catering\s+to|cocok\s+(?:untuk|buat)|melayani|menerima|accepting|welcomes?|welcoming)\s+"
    r"((?:(?:anak|anak-anak|anak2|ibu|ibu-ibu|bapak|wanita|perempuan|pria|muslimah|akhwat|ikhwan|remaja|dewasa|"
    # "beans for cafes and corporate clients" (what corporate buyers buy it as, "corporate gifts", is _GIFT_USE's)
    r"corporate\s+(?:clients?|customers?|buyers?|teams?|offices?)|"
    r"mahasiswa|pelajar|siswa|keluarga|karyawan|kantor|perusahaan|korporat|umkm|ukm|koperasi|sekolah|startup|"
    r"pemula|profesional|pengantin|kids|children|women|men|ladies|teens|adults|students|families|companies|"
    r"businesses|smes|small\s+businesses|cooperatives|schools|beginners|professionals|couples|expats|toddlers|"
    r"seniors|parents|restoran|resto|cafe|kafe|hotel|hotels|villa|villas|klinik|rumah\s+sakit|petani|peternak|"
    r"pabrik|factories|bumdes|desa|pemerintah(?:\s+desa)?|instansi|penerbit|publishers|"
    r"nelayan|reseller|pet\s+owners|pecinta\s+\w+|"
    # people served by schools, villages, clinics and tours: "santri putra dan putri", "perangkat desa dan kader posyandu"
    r"santri|santriwati|perangkat\s+desa|kader(?:\s+posyandu)?|guru|dosen|bidan|perawat|tenaga\s+kesehatan|nakes|lansia|"
    r"balita|ibu\s+hamil|wisatawan|tourists|travell?ers|jamaah|jemaah|pekerja|pelaku\s+usaha|pengusaha|runners|pelari|"
    r"putra|putri|"
    # shops that use what is sold: "aplikasi kasir buat warung, kedai kopi, sama toko kelontong"
    # (said as a list of two or more: "buat warung saya" is the owner's own shop)
    rf"{_SHOP_WORD})\b{_DOUBLED_PEOPLE}"
    # "untuk siswa SD-SMA, guru datang ke rumah": a word that opens the next clause as its subject is no more of the list
    r"(?!\s+(?:datang|dateng|akan|siap|sudah|udah|mengajar|ngajar|will|comes?|teach(?:es)?)\b)"
    # "siswa SD-SMA", "anak TK s/d SD": the range whole
    r"(?:\s+(?:(?:sd|smp|sma|smk|tk)(?:(?:\s*(?:-|–|—|s/d|s\.d\.?)\s*|\s+(?:sampai|sampe|hingga|to)\s+)(?:sd|smp|sma|smk))?"
    r"|kecil|menengah|muda|putra|putri|pemerintah|(?!dan\b)\w+an\b"
    # the age said of them, the list going on after it: "anak usia 5 th ke atas dan dewasa", "kids aged 6-10 and parents"
    r"|usia\s+\d+(?:\s*-\s*\d+)?\s*(?:th|thn|tahun)?(?:\s*ke\s*atas)?|aged\s+\d+(?:\s*(?:-|to)\s*\d+|\s+and\s+(?:up|over))?))?"
    r"(?:\s*(?:,\s*(?:(?:dan|and|serta|sama|&)\s+)?|&|dan|and|atau|or|serta|sama|/)\s*)?)+)", re.I)
# A language level on the common European scale, with the name the owner gives it: "survival (A1)", "everyday
# conversation (A2-B1)", "B2". Written in capitals, named in brackets or in a brief that speaks of levels; never a
# paper size ("poster A1", "kertas A2").
_CEFR = re.compile(r"(?:((?:[A-Za-z][\w-]*\s+){1,2})\(\s*)?(?<![\w-])([ABC][12](?:\s*[-–/]\s*[ABC][12])?)(?![\w-])"
                   r"(?(1)\s*\))"
                   # what the level covers, said with it: "academic Indonesian (B2) incl. reading newspapers"
                   r"(?:\s*,?\s*(?:incl\.?|including|termasuk)\s+[^,.;()\n]{1,60}(?<=\w))?")
_CEFR_CUE = regrouped(r"(?i)\b(?:levels?|cefr|tingkat(?:an)?|jenjang)\b")
_LEVEL_LEAD = regrouped(r"(?i)^(?:and|dan|or|atau|to|sampai|hingga|from|dari)\s+")


_PAPER = regrouped(r"(?i)\b(?:kertas|paper|poster|cetak|print(?:ing)?|ukuran|size|format|banner|kanvas|canvas)\W+"
                   r"(?:\w+\W+)?$")


def _cefr(text: str) -> list[tuple[re.Match, str]]:
    found = [m for m in _CEFR.finditer(text) if not _PAPER.search(text, max(0, m.start() - 24), m.start(2))]
    if not found or not (_CEFR_CUE.search(text) or any(m.group(1) for m in found)):
        return []
    return [(m, _LEVEL_LEAD.sub("", " ".join(m.group(0).split()))) for m in found]


_INSTAGRAM = fast(r"(?:\b(?:ig|instagram|insta)\b\s*[:@]?\s*@?|(?<![\w.])@)([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)\b",
                  re.I)
INSTAGRAM = _INSTAGRAM   # an Instagram account as the owner writes it (brief.py asks whether a brief names one)
_OTHER_PLATFORM = regrouped(r"\b(?:telegram|tele|tg|tiktok|tik\s+tok|twitter|x|threads|line|facebook|fb|youtube|yt|"
                            r"shopee|tokopedia|tokped|lazada|bukalapak|linkedin|discord|snapchat)\s*[:@]?\s*$")
# "ig & tiktok @resinkita.id", "IG/TikTok: @kue.ani": one handle for both, Instagram among them
_IG_SHARED = regrouped(r"\b(?:ig|instagram|insta)\s*(?:,|&|dan|and|/|\+|sama|atau|or)\s*[\w\s]{0,12}[:@]?\s*$")
_IG_NOT = {"kami", "saya", "aku", "kita", "our", "my", "the", "aja", "juga", "dan", "and", "ya", "nya", "link", "sama",
           "sm", "biar", "buat", "untuk", "utk", "dong", "please", "pls", "tiktok", "wa", "whatsapp", "fb", "atau", "or",
           "serta",
           # "akun IG aktif" (an account the customer must have), "IG official: @x": what the account is, no handle
           "aktif", "active", "pribadi", "personal", "resmi", "official"}


_OVERLAPPING = frozenset({"area", "level", "audience", "package"})  # a package holds its price
# Facts read with a free tail of words ("konsultasi gratis di …"): the tail ends where the business's place begins.
_TAILED = frozenset({"offer", "delivery", "pickup", "guarantee"})
_TAIL_LINK = regrouped(r"(?i)(?:\s+(?:di|at|in|ke|to|dan|and|&|yang|yg|untuk|utk|for))+\s*$")




# How the business is run and what its food is, said as a label of its own: "usaha rumahan", "family run",
# "Halal, no pork", "homemade, tanpa pengawet". A buyer looks for it; it is never an offering ("No Pork").
_WITHOUT_WHAT = (r"(?:gluten|sugar|dairy|lactose|nut|egg|soy|palm[\s-]?oil|msg|pork|lard|preservative|alcohol|cruelty|"
                 r"paraben|sulfate|sls|bpa|fragrance|caffeine|chemical|pesticide|cholesterol|fat|oil|wheat|grain)")
_WITHOUT_APA = (r"(?:gula(?:\s+pasir|\s+tambahan)?|gluten|susu|laktosa|telur|kacang|pewarna(?:\s+buatan)?|perasa(?:\s+buatan)?|"
                r"penyedap(?:\s+rasa)?|minyak\s+sawit|sawit|bahan\s+kimia|kimia|paraben|alkohol|pestisida|kolesterol|"
                r"pemutih|santan|terigu|tepung\s+terigu|pengawet|babi|msg|micin|pemanis\s+buatan|minyak\s+babi)\b")
_FREE_OF = (rf"(?:(?:all|100\s*%)\s+)?{_WITHOUT_WHAT}[\s-]free|"
            rf"(?:tanpa|bebas|tidak\s+pakai|ga\s+pake|gak\s+pake|no)\s+(?:bahan\s+)?{_WITHOUT_APA}|"
            r"no\s+(?:added\s+)?(?:sugar|msg|pork|lard|preservatives?|alcohol|palm\s+oil|gluten|dairy|artificial\s+"
            r"(?:colou?rs?|flavou?rs?|sweeteners?))\b(?:\s+added\b)?")
# said of the goods right after them ("roti gandum sugar free"), it is kept from their name: the note says it
_FREE_OF_ONLY = fast(rf"(?:{_FREE_OF})(?:\s*(?:,|&|\+|/|dan|and)\s*(?:{_FREE_OF}))*", re.I)
_NATURE_WORD = (
    r"(?:halal|no\s+(?:pork|lard|msg|preservatives?|alcohol)|non[\s-]?halal|pork[\s-]free|msg[\s-]free|"
    r"preservative[\s-]free|(?:tanpa|bebas|tidak\s+pakai|ga\s+pake|gak\s+pake|no)\s+(?:bahan\s+)?(?:pengawet|babi|msg|"
    r"micin|pemanis\s+buatan|minyak\s+babi)|(?:usaha|industri|produksi|bisnis)\s+rumahan|home\s+industry|"
    r"home[\s-]?made|family[\s-](?:run|owned|business)|usaha\s+keluarga|vegan|vegetarian|"
    # what the goods are made without, a quality of them and never an offer: "sugar free", "all palm-oil free",
    # "bebas gula", "tanpa pewarna", "dairy-free"
    rf"{_FREE_OF})")
_NATURE = fast(rf"\b{_NATURE_WORD}(?:\s*(?:,|&|\+|/|dan|and)\s*{_NATURE_WORD})*\b", re.I)
_OWN_CLAUSE = regrouped(r"^\W*$")
_CLAUSE_END = regrouped(r"\s*(?:[,.;:!?)\n]|$|(?:dan|and|&|serta)\b)")


# The makers of the goods carried, said after a bare "merk"/"merek"/"brand" as genuine or several: "merk KYT INK NHK
# ori semua", "brand Shell, Castrol & Motul asli". The owner's own brand ("brand saya X") is the name, not this.
_CARRIED = regrouped(
    r"\b(?:merk|merek|brand)\s+(?!(?:kami|saya|sendiri|sy|aku|kita|ku|lokal|local)\b)"
    r"((?-i:[A-Z0-9])[\w&.'-]*(?:\s*(?:,|/|&|dan|and|atau|or)?\s*(?-i:[A-Z0-9])[\w&.'-]*){0,5})"
    r"(\s+(?:ori|original|asli|resmi|authentic|genuine|import|impor)\b(?:\s+(?:semua|semuanya|all))?)?", re.I)


# Cheap look-outs: a pattern runs only when one of its words is in the brief.
_HINTS = {
    "pickup": ("antar", "pick", "jemput", "home service", "panggil", "come to", "datang", "dateng", "ambil", "collect"),
    "offer": ("free", "gratis", "happy hour", "coba", "trial", "percobaan", "diskon", "%", "promo", "buy ", "beli ", "kredit",
              "cicilan"),
    "delivery": ("deliver", "antar", "ongkir", "ship", "kirim", "cod", "bayar di tempat", "food", "international",
                 "pengiriman", "courier", "kurir"),
    "turnaround": ("jadi", "selesai", "beres", "kelar", "done", "ready", "same", "next", "express", "ekspres",
                   "kilat", "1x24", "sehari", "one day", "one-day", "tunggu", "wait", "pengerjaan", "proses", "turnaround",
                   "processing", "before", "sebelum", "advance", "ahead", "prior", "h-", "deliver", "handover",
                   "lead time"),
    "guarantee": ("garansi", "warranty", "guarantee"),
}


def _maybe(lower: str, kind: str) -> bool:
    for hint in _HINTS[kind]:
        if hint in lower:
            return True
    return False


_WHEN_OF_OFFER = regrouped(r"(?:setiap|tiap|every|each|khusus)\s+(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|"
                           r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|akhir\s+pekan)s?\b", re.I)
_SURCHARGE_END = regrouped(r"(?:\+|\b(?:tambah|tmbh|extra|plus|add|biaya\s+tambahan|surcharge))\s*$", re.I)
_TRAILING_LINK = re.compile(r"(?i)[\s,&/]*(?:\b(?:dan|and|atau|or|serta|sama))?[\s,&/]*$")
# A tailed fact's reading stops after a fixed count of characters; the few words left of its clause are its own:
# "Gratis ongkir area Tangerang & Serpong untuk min 30 box" ends on the condition, never on "untuk" with "min 30
# box" left as a note of its own. The rest runs to the clause's end (a full stop after "min"/"max" ends none).
_CLAUSE_REST = regrouped(r"(?:[^,.;!?\n]|(?<=\bmin)\.|(?<=\bmaks)\.|(?<=\bmax)\.|(?<=\d)[.,](?=\d)){1,45}?"
                         r"(?=\s*(?:[,;!?\n]|(?<!\bmin)(?<!\bmaks)(?<!\bmax)\.(?!\d)|$))")
_CLAUSE_REST_WORDS = 6
_CLAUSE_LEAD = regrouped(r"\s*(?:(?:dan|and|serta|sama|juga|jg|also|plus|terus|trus|lalu|kami|saya|we|i|ada)\s+)*")
_FREE_WORD = regrouped(r"\b(?:gratis|free)\b")  # another thing given free is a reading of its own
_WORD_NEXT = regrouped(r"\s*\w")
_PHONE_RUN = regrouped(r"\d[\d\s-]{5,}\d")


def _whole_clause(text: str, lower: str, m: re.Match, read: list[Span]) -> re.Match:
    """A tailed reading that opens its clause and is cut off inside it, run on to the clause's end when what is
    left is a few words nobody read, with no request to the builder, contact or other free thing in them (see _CLAUSE_REST)."""
    if not _WORD_NEXT.match(lower, m.end()) or (rest := _CLAUSE_REST.match(lower, m.end())) is None:
        return m
    # words of the clause before the reading that nobody read: the clause is a note's, which says it whole
    clause = max(lower.rfind(c, 0, m.start()) for c in ",.;:!?()\n") + 1
    lead = _CLAUSE_LEAD.match(lower, clause, m.start())
    if lead and lead.end() < m.start() and not any(a <= lead.end() and m.start() <= b for a, b in read):
        return m
    words = rest.group(0).split()
    if not words or len(words) > _CLAUSE_REST_WORDS or _NOTE_SKIP.search(rest.group(0)) or \
            _PHONE_RUN.search(rest.group(0)) or _FREE_WORD.search(rest.group(0)) or \
            any(m.end() < b and a < rest.end() for a, b in read):
        return m
    return re.compile(r"[\s\S]+").match(text, m.start(), rest.end()) or m


_HELD_GAP = regrouped(r"[\s(]*")
_HELD_CLOSE = regrouped(r"\s*\)")


def extract_facts(text: str, lower: str) -> tuple[list[Fact], list[Span], list[Span]]:
    """Facts in the order the owner stated them, the spans other readers must skip (prices, hours,
    addresses…), and every span a fact was read from."""
    found: list[tuple[int, Fact]] = []
    spans: list[Span] = []
    read: list[Span] = []
    held: list[Span] = []  # times of a package or offer ("happy hour 15.00-17.00"), never the opening hours
    taken: list[Span] = []  # one stated thing is one fact: "gratis ongkir" is delivery, not also an offer

    def add(kind: str, m: re.Match, value: str, subject: str = "", mask: bool = True, mask_end: int = 0,
            whole: bool = False) -> None:
        value = _clean(value)
        if not value or len(value) > 120:
            return
        if any(f.kind == kind and f.value.lower() == value.lower() for _, f in found):
            return
        if kind == "package":  # "10 jam Rp 1.200.000" inside "Paket 10 jam Rp 1.200.000": one package
            low = value.lower()
            if any(f.kind == kind and low in f.value.lower() for _, f in found):
                return
            found[:] = [(p, f) for p, f in found if not (f.kind == kind and f.value.lower() in low)]
        if whole and value == _clean(text[m.start():m.end()]):
            m = _whole_clause(text, lower, m, read)
            value = _clean(text[m.start():m.end()])
            # the reading stopped on the word that joins the next clause: "pickup at Jl. Sei Batang Hari or"
            bare = _TRAILING_LINK.search(text, m.start(), m.end())
            if bare and bare.start() < m.end() and len(text[m.start():bare.start()].split()) >= 2:
                m = re.compile(r"[\s\S]+").match(text, m.start(), bare.start()) or m
                value = _clean(text[m.start():m.end()])
        if kind in _TAILED and (street := _STREET_LEFT.search(text, m.start(), m.end())) \
                and text[m.start():street.start()].strip():
            # "Ambil sendiri di Jl. Diponegoro 40": the reading stopped on the street's "Jl."; the fact ends before it
            # and the street is the address reader's (read whole, it stays the owner's address)
            m = re.compile(r"[\s\S]+").match(text, m.start(), street.start()) or m
            value = _clean(text[m.start():m.end()])
        if kind in _TAILED:  # "Konsultasi gratis di kantor kami di Buah Batu": the offer ends before the address,
            # and before a fact read already ("Pick up from the airport 150K": the pickup, then its price)
            cut, upto = min(((a, b) for a, b in bases + taken if m.start() < a < m.end()), default=(None, 0))
            if cut is not None:
                short = _TAIL_LINK.sub("", text[m.start():cut]).rstrip(" ,.;:-")
                if _SURCHARGE_END.search(short) and (cut, upto) in taken:  # "Home service +50rb", "tambah 25rb":
                    short = text[m.start():upto]                     # the surcharge is this fact's own, no price
                    found[:] = [(p, f) for p, f in found if not (p == cut and f.kind == "price")]
                    taken.remove((cut, upto))
                elif kind == "offer" and (cut, upto) in taken and _WHEN_OF_OFFER.match(lower, cut) and any(
                        p == cut and f.kind == "note" for p, f in found):
                    # "diskon 10% tiap senin buat pelajar": the day the offer holds on is the offer's own
                    short = text[m.start():max(m.end(), upto)].rstrip(" ,.;:-")  # ("tiap Minggu kedua": the note's end)
                    found[:] = [(p, f) for p, f in found if not (p == cut and f.kind == "note")]
                    taken.remove((cut, upto))
                if len(short.split()) < 2 and not any(a == cut for a, _ in bases):
                    return  # "bisa antar jemput": a word left before the pickup read already says nothing
                m = re.compile(r"[\s\S]+").match(text, m.start(), m.start() + len(short)) or m
                value = _clean(short)
        if kind not in _OVERLAPPING and any(m.start() < b and m.end() > a for a, b in taken):
            return
        if kind in ("package", "offer"):  # the time it holds, said right after it: "… 50rb (22.00-06.00)"
            after = next((t for t in held if _HELD_GAP.fullmatch(lower, m.end(), t[0])), None)
            if after is not None:
                close = _HELD_CLOSE.match(lower, after[1])
                m = re.compile(r"[\s\S]+").match(text, m.start(), close.end() if close else after[1]) or m
                value = _clean(text[m.start():m.end()])
        found.append((m.start(), Fact(kind=kind, value=value, subject=subject[:60])))
        read.append((m.start(), m.end()))
        if kind not in _OVERLAPPING:
            taken.append((m.start(), m.end()))
        if mask:
            spans.append((m.start(), mask_end or m.end()))

    has_digit = any(map(str.isdigit, lower))
    timed = has_digit or "buka" in lower or "open" in lower or PRAYER_CUE.search(lower)
    for kind, m, value, mask in (hours(text, lower) if timed else ()):
        if kind == "held":  # "paket malam 50rb (22.00-06.00)": the package's time, said with it (below)
            held.append((m.start(), m.end()))
            spans.append((m.start(), m.end()))
            continue
        add(kind, m, value, mask=mask)
    # a date, a recurrence, a frequency, "online only": said, and never an offering
    for m, value in when_notes(text, lower, dated=has_digit):
        add("note", m, value)
    for kind, m, value in (tenure(text, lower) if has_digit else ()):  # "udah dari 2012", "10 tahun pengalaman"
        # "moved to Lombok in 2019 and opened a bakery": the year is read, the words around it stay a sentence
        add(kind, m, value, mask=not m.group(0).lower().startswith("in"))
    bases: list[Span] = []
    for m in BASE.finditer(text):  # read before the offers and deliveries whose tails would swallow it
        if "   " in m.group(0):
            continue  # "my shop is <the name> in Bandung": the name was blanked out; it says what the shop is
        add("address", m, text[m.start():m.end()])
        bases.append((m.start(), m.end()))
    for m in (_CARRIED.finditer(text) if "merk" in lower or "merek" in lower or "brand" in lower else ()):
        makers = m.group(1).split()
        if m.group(2) or (len(makers) >= 2 and all(w.isupper() for w in makers if w.isalpha())):
            add("note", m, text[m.start():m.end()], mask=False)
    for m in _NATURE.finditer(lower):
        if any(m.start() < c.end() and m.end() > c.start() for c in CERTIFIED.finditer(lower)) or any(
                m.start() < b and m.end() > a for a, b in read):
            continue  # "certified halal" (read below), "gak terima babi": not a label of its own
        line_start = max(lower.rfind(c, 0, m.start()) for c in ".;!?()\n") + 1
        line_end = min((i for c in ".;!?()\n" if (i := lower.find(c, m.end())) >= 0), default=len(lower))
        # said as a label on its own ("Halal, no pork.", "✅ homemade, tanpa pengawet"), it is kept from the cards
        alone = bool(_OWN_CLAUSE.match(lower[line_start:m.start()]) and _OWN_CLAUSE.match(lower[m.end():line_end]))
        # what the goods are made without, said after them ("roti gandum sugar free,"), is kept from their name;
        # said before them ("dairy-free smoothies") it stays with the goods it names
        after_goods = bool(_FREE_OF_ONLY.fullmatch(m.group(0)) and _CLAUSE_END.match(lower, m.end()))
        add("note", m, text[m.start():m.end()], mask=alone or after_goods)
    for m in _NOT_DONE.finditer(lower):  # "gak terima COD", "no returns on personalised items"
        value = text[m.start():m.end()].strip()
        said = _NOT_DONE_LEAD.sub("", value)  # what is not done, without "not include" (a word of requests)
        if len(value.split()) >= 2 and not _NOTE_SKIP.search(said):  # "blm ada web", "blm ada nama": talk to us
            add("note", m, value)
    for m in (_TIMED_PACKAGE.finditer(lower) if has_digit else ()):  # "4 hours from IDR 5 million": one package
        add("package", m, text[m.start():m.end()])
    for m in (_PRICE.finditer(lower) if has_digit else ()):
        if any(a <= m.start() < b for a, b in spans):
            continue
        cut = min((a for a, b in taken if m.start() < a < m.end()), default=None)
        if cut is not None:  # "Rp 175.000 per 24 jam" where "24 jam" was read as hours: the price ends before it
            short = re.sub(r"(?i)\s*(?:/|per)\s*$", "", text[m.start():cut]).rstrip()
            m = re.compile(r"[\s\S]+").match(text, m.start(), m.start() + len(short)) or m
        if (rng := _AMOUNT_RANGE.search(lower, m.start(), m.end())) and _amount(rng.group(1)) >= _amount(rng.group(2)):
            # "2010 - 25rb": a year or a count before a price, not the low end of a range
            m = re.compile(r"[\s\S]+").match(text, rng.start(2), m.end()) or m
        raw = text[m.start():m.end()]
        clause = max(lower.rfind(c, 0, m.start()) for c in ",;!?\n") + 1
        if _THRESHOLD.search(lower, max(0, m.start() - 40), m.start()) or (
                _ORDER_THRESHOLD.search(lower, max(clause, m.start() - 40), m.start())
                and _GIVEN_BEFORE.search(lower, clause, m.start())):
            continue  # "gratis antar untuk pembelian di atas 2 juta": a condition of the offer, not a price
        if re.fullmatch(r"\d+\s*k", raw.strip(), re.I) and (
                _NOT_MONEY_K.match(lower, m.end()) or _RACE.search(lower, max(0, m.start() - 60), m.end() + 30)):
            continue  # "10K run" is a distance, "4K video" a resolution, "50k followers" a count: not prices
        # the amount a price is for ("/500gr") is shown with it but left to the other readers, as before it was read
        measured = _PER_MEASURED.search(lower, m.start(), m.end())
        add("price", m, raw, price_subject(lower, m.start()), mask_end=measured.start() if measured else 0)
    for m in (_TURNAROUND.finditer(lower) if _maybe(lower, "turnaround") else ()):
        add("turnaround", m, text[m.start():m.end()])
    for m in (_PICKUP.finditer(lower) if _maybe(lower, "pickup") else ()):
        add("pickup", m, text[m.start():m.end()], whole=True)
    for m in (_DELIVERY.finditer(lower) if _maybe(lower, "delivery") else ()):
        if any(a <= m.start() < b for a, b in spans):
            continue
        add("delivery", m, text[m.start():m.end()], whole=True)
    for m, value in areas(text, lower):
        add("area", m, value, mask=True)
    # a warranty before the offers: "servis gratis 6 bulan" joined to it is part of what it promises
    for m in (_GUARANTEE.finditer(lower) if _maybe(lower, "guarantee") else ()):
        add("guarantee", m, text[m.start():m.end()], whole=True)
    for m in (_OFFER.finditer(lower) if _maybe(lower, "offer") else ()):
        add("offer", m, text[m.start():m.end()], whole=True)
    for a, b, short in (free_offers(lower) if "free" in lower or "gratis" in lower else ()):
        if any(a < y and b > x for x, y in taken):
            a = short  # the whole clause holds a fact read already ("Rp 25rb, 1 botol gratis"): its last words
        if a < short and _NOTE_SKIP.search(lower[a:short]):
            a = short  # "perlu halaman daftar akun gratis": a request to the builder before what is free
        if any(a < y and b > x for x, y in taken):
            continue  # "gratis ongkir", "free pickup", "konsultasi gratis": read above as what they are
        fm = re.compile(r"[\s\S]+").match(text, a, b)
        if fm:
            # what is given may still be an offering ("a free weekend kids class"): the offerings reader sees it
            add("offer", fm, text[a:b], mask=False, whole=True)
    for m in (MOTIF.finditer(text) if "motif" in lower or "corak" in lower or "pattern" in lower
              or "ragam hias" in lower or "ornament" in lower else ()):
        before = len(read)
        add("note", m, text[m.start():m.end()], mask=False)
        # the clause stays the notes reader's: "selendang tenun motif Sikka pewarna alam" is said whole when no other
        # reader takes it, and this note, inside it, is then left out as said twice
        del read[before:]
    for m in (GIFT_USE.finditer(text) if "corporate" in lower or "kantor" in lower or "perusahaan" in lower
              or "korporat" in lower else ()):
        before = len(read)
        start = said_of(text, m)
        add("note", re.compile(r"[\s\S]+").match(text, start, m.end()) or m, text[start:m.end()].strip(), mask=False)
        del read[before:]  # (the clause stays the notes reader's, like a motif's)
    for m in _CREDENTIAL.finditer(lower):
        add("note", m, text[m.start():m.end()], mask=False)
    for m in CERTIFIED.finditer(lower):  # "registered with BPOM and certified halal", "organik bersertifikat"
        add("note", m, text[m.start():m.end()], mask=False)
    for m in (_OTHER_LINE.finditer(text) if has_digit else ()):
        if re.search(r"[/&+]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # "telp/sms 0812…": the same number as the phone, which the contact section shows
        add("note", m, text[m.start():m.end()])
    for m in _AFTERCARE.finditer(lower):
        add("note", m, text[m.start():m.end()])
    for m in _TRADE.finditer(lower):
        if len(m.group(0).split()) >= 2:  # "harga grosir" alone says nothing; "eceran maupun grosir" does
            add("note", m, text[m.start():m.end()], mask=False)
    for m in (_EXCHANGE.finditer(lower) if any(h in lower for h in _EXCHANGE_HINT) else ()):
        if len(m.group(0).split()) >= 2 and not _NOTE_SKIP.search(m.group(0)):  # "tukar" alone says nothing
            add("note", m, text[m.start():m.end()], mask=False)
    for m in (_MARKET.finditer(lower) if not _MARKET_DOMAIN.search(lower) else ()):
        add("note", m, text[m.start():m.end()], mask=False)
    for m in _PACKAGE.finditer(lower):
        add("package", m, text[m.start():m.end()], mask=False)
    cefr = _cefr(text) if has_digit else []
    ranges = level_ranges(text, lower)
    for m, value in ranges:
        add("level", m, value, mask=False)
    # "pre-intermediate (A2)" is one level, not also "intermediate"; "SD" of "SD-SMA" is the range's
    levels = [m for m in _LEVEL.finditer(lower) if not _casual_abbreviation(text, lower, m)
              and not any(c.start() <= m.start() < c.end() for c, _ in cefr)
              and not any(r.start() <= m.start() < r.end() for r, _ in ranges)]
    for m in levels:
        add("level", m, text[m.start():m.end()].upper() if len(m.group(0)) <= 4 else text[m.start():m.end()],
            mask=False)
    for m, value in cefr:
        add("level", m, value, mask=False)
    for m in _AUDIENCE.finditer(lower):
        value = _TRAILING_LINK.sub("", text[m.start(1):m.end(1)])
        if " " not in value.strip() and re.match(r"\s+[A-Z]", text[m.start(1) + len(value):]):
            continue  # "khusus Desa Karangsari": the word heads a place's name, not who it is for
        if _SHOP_ONLY.fullmatch(value.strip()):
            continue  # "buat warung saya", "wholesale for cafes": one shop alone may be the owner's or a trade
        add("audience", m, value, mask=False)
    for m in addresses(text):
        if makers_village(text, m):  # where the goods come from, not where to find the business
            spans.append((m.start(), m.end()))
            continue
        add("address", m, text[m.start():m.end()])
    if not any(f.kind == "address" for _, f in found):
        for m in NEAR.finditer(text):
            add("address", m, text[m.start():m.end()])
            break
    for m in _INSTAGRAM.finditer(text):
        handle = m.group(1).rstrip(".")
        if handle.lower() in _IG_NOT or handle.isdigit() or len(handle) < 3:
            continue
        if m.group(0).startswith("@") and _OTHER_PLATFORM.search(lower, max(0, m.start() - 24), m.start()) \
                and not _IG_SHARED.search(lower, max(0, m.start() - 40), m.start()):
            continue  # "Telegram @raradesign", "tiktok: @kue.ani": a handle elsewhere is no Instagram account
        if _bare_word_after_ig(text, lower, m):
            continue
        add("instagram", m, "@" + handle)
    # "telegram @toko_ani", "line id: kueani", "fb.com/kueani", "kueani.co.id": the owner's accounts and addresses
    # (shown as links, tapsite_pipeline/owner_links.py), never an offering
    spans.extend(link_spans(text))
    # "fb: Toko Kue Ani": an account named by its page's name (shown in the contact section), never a note or offering
    spans.extend((a, b) for a, b, _, _ in named_accounts(text))
    found[:] = conditions_joined(text, lower, found, read, spans)
    found.sort(key=lambda x: x[0])
    return [f for _, f in found][:20], spans, read


# Words that make the start of a clause the condition of the offer or delivery that ends it: "Rombongan sekolah di
# atas 30 orang diskon 15%", "cafe orders above 10kg get free delivery within Jayapura", "dalam kota gratis ongkir".
# "feed IG template", "story IG", "konten IG kami": "IG" says what kind of post or content; the next word is no account
_IG_AS_KIND = regrouped(r"(?i)\b(?:feeds?|story|stories|post|posts|postingan|posting|konten|content|reels?|ads|iklan|"
                        r"template|templates|desain|design|foto|photos?|caption|highlight|live|grid)\s+$")


def _bare_word_after_ig(text: str, lower: str, m: re.Match) -> bool:
    """An "IG <word>" reading written without "@" or ":" that is no account: "IG" used as a kind of content
    ("feed IG template"), or a plain word when the brief writes its accounts with "@" ("IG template ... IG
    @kopi.ani")."""
    if "@" in m.group(0) or ":" in m.group(0):
        return False
    if _IG_AS_KIND.search(lower, max(0, m.start() - 16), m.start()):
        return True
    handle = m.group(1)
    return handle.isalpha() and handle.islower() and any(
        k.start() != m.start() and "@" in k.group(0) for k in _INSTAGRAM.finditer(text))


def _casual_abbreviation(text: str, lower: str, m: re.Match) -> bool:
    """"jam 6 pagi smp jam 5 sore": a lower-case "smp"/"sd" may be chat shorthand ("sampai"), not a school level."""
    if m.group(0) not in ("smp", "sd", "tk", "sma") or text[m.start():m.end()].isupper():
        return False
    around = lower[max(0, m.start() - 25):m.end() + 25]
    return not re.search(r"\b(?:kelas|siswa|murid|anak|les|bimbel|sekolah|untuk|utk|jenjang|tingkat|sd|smp|sma|smk)\b",
                         around.replace(m.group(0), " ", 1))
