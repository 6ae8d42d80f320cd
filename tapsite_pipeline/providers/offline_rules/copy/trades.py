"""Trades inside a niche: words for a business the niche's profile would misdescribe.

A niche is a coarse label (a florist is a "gifts" shop, a homestay is "other", a dive operator is "travel" or a
"course"); its profile's words then call a florist a gift shop, a homestay "a business" and a dive centre a travel
agency. A trade is said by the parser's industry label or by the business's own name and offerings ("Homestay …",
"fun dive", "surf lessons"), and lends the profile its own nouns, headings and benefits. The ordering flow, the
kind of business and the niche key stay the niche's, so forms, checks and illustrations are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ....models import Fact
from .industries import Profile


@dataclass(frozen=True)
class Trade:
    key: str
    niches: frozenset[str]       # niche keys whose profile it refines
    industries: frozenset[str]   # parser industry labels that say it ("" = any)
    words: re.Pattern[str] | None  # words of the name or offerings that say it (None = the label alone)
    noun: tuple[str, str]
    item: tuple[str, str]
    heads: tuple
    uses: tuple
    bens: tuple
    summ: tuple[str, str]
    mode: str = ""               # the ordering flow, where the niche's neutral profile would guess it ("" = keep)
    labels: frozenset[str] = frozenset()  # parser industry labels that say it on their own ("music lessons")
    reach: int = 2               # how many of the words (the name, then the offerings) may say it


_ANY: frozenset[str] = frozenset()

TRADES = (
    # a homestay, guesthouse or villa (not a kost or a kontrakan, rented by the month to people who live there)
    Trade("lodging", frozenset({"other"}), frozenset({"accommodation"}),
          re.compile(r"\b(?:penginapan|homestay|home\s+stay|guest\s*house|guesthouses|losmen|hostel|villas?|resort|"
                     r"bungalows?|cottages?|glamping|inn|stay|stays|rooms?|kamar|menginap)\b", re.I),
          ("penginapan", "place to stay"), ("kamar", "rooms"),
          (("Pilihan Kamar", "Kamar & Fasilitas", "Tempat Menginap"), ("Rooms", "Where you'll stay", "Rooms & stays")),
          (("liburan keluarga", "perjalanan kerja", "singgah beberapa malam"),
           ("family holidays", "work trips", "a stay of a few nights")),
          (("istirahat yang nyaman", "menginap yang tenang"), ("a comfortable stay", "restful nights away")),
          ("kamar untuk menginap", "rooms to stay in"), "book"),
    # a roastery sells beans to brew at home, not cups to drink at a table
    Trade("roastery", frozenset({"coffee"}), _ANY,
          re.compile(r"\b(?:roaster(?:y|ies)?|roasters|roasting|sangrai|disangrai|beans?|biji\s+kopi|green\s+beans|"
                     r"single\s+origin)\b", re.I),
          ("roastery kopi", "coffee roastery"), ("kopi", "coffee"),
          (("Pilihan Biji Kopi", "Kopi Kami", "Produk Kami"), ("Our coffee", "Beans & gear", "Shop the coffee")),
          (("seduhan di rumah", "stok kopi kantor", "hadiah untuk pencinta kopi"),
           ("brewing at home", "the office coffee shelf", "gifting a coffee lover")),
          (("seduhan kopi yang lebih nikmat di rumah", "kopi yang diseduh sesuai selera{mu}"),
           ("better coffee at home", "coffee brewed just the way you like it")),
          ("biji kopi sangrai", "roasted coffee beans")),
    # a kost is let by the month to people who live there: rooms to live in, not a stay for visitors
    Trade("kost", frozenset({"other"}), frozenset({"accommodation"}),
          re.compile(r"\b(?:kost?|kos-?kosan|indekos|boarding\s+house)\b", re.I),
          ("rumah kos", "boarding house"), ("kamar", "rooms"),
          (("Pilihan Kamar", "Kamar & Fasilitas", "Info Kamar"), ("Rooms", "Rooms & facilities", "Room details")),
          (("mahasiswa dan pekerja", "tinggal bulanan", "tempat tinggal dekat kampus atau kantor"),
           ("students and young workers", "monthly stays", "living close to campus or work")),
          (("tempat tinggal yang nyaman", "kamar yang siap ditempati"),
           ("a comfortable place to live", "a room ready to move into")),
          ("kamar kos bulanan", "rooms to rent by the month"), "book"),
    # drinking water refilled by the gallon is a household staple from a depot, not a sweet drink from a bar
    Trade("water_refill", frozenset({"drinks", "grocery", "other"}), _ANY,
          re.compile(r"\b(?:air\s+(?:minum\s+)?isi\s+ulang|depot\s+air|isi\s+ulang\s+(?:air|galon)|air\s+galon|"
                     r"galon|water\s+refill|refill\s+(?:air|water)|drinking\s+water|air\s+ro|ro\s+water|reverse\s+osmosis|"
                     r"damiu)\b", re.I),
          ("depot air minum", "water refill depot"), ("air minum", "drinking water"),
          (("Air Minum Kami", "Layanan Kami", "Pilihan Air Minum"), ("Our water", "What we refill", "Drinking water")),
          (("stok air minum keluarga", "kebutuhan air kantor dan warung", "isi ulang galon rutin"),
           ("the family's drinking water", "water for offices and shops", "regular gallon refills")),
          (("air minum bersih di rumah", "stok air minum yang tidak pernah habis"),
           ("clean drinking water at home", "never running out of drinking water")),
          ("air minum isi ulang", "refilled drinking water")),
    Trade("florist", frozenset({"gifts", "plants"}), frozenset({"florist"}), None,
          ("toko bunga", "florist"), ("rangkaian bunga", "flowers"),
          (("Pilihan Bunga", "Rangkaian Bunga Kami", "Koleksi Bunga"), ("Our flowers", "Flowers & arrangements",
                                                                      "Shop the flowers")),
          (("ucapan selamat", "hadiah untuk orang tersayang", "acara kantor dan keluarga"),
           ("congratulations", "gifting someone you love", "office and family occasions")),
          (("ucapan yang sampai dengan indah", "hadiah yang berkesan"),
           ("wishes that arrive beautifully", "gifts people remember")),
          ("buket dan rangkaian bunga", "bouquets and flower arrangements")),
    # a dive centre is neither a travel agency nor any course provider (a snorkelling trip is a tour: no diving); a
    # surf school is no gym
    Trade("diving", frozenset({"travel", "course", "other", "fitness"}), _ANY,
          re.compile(r"\b(?:selam|menyelam|dive|dives|diving|divers?|freediv\w*|scuba)\b", re.I),
          ("pusat selam", "dive centre"), ("paket selam", "dives"),
          (("Penyelaman & Kursus", "Paket Selam", "Layanan Kami"), ("Dives & courses", "What we offer", "Our dives")),
          (("penyelam pemula maupun berlisensi", "liburan di laut", "mengenal bawah laut"),
           ("new and certified divers", "a holiday by the sea", "getting to know the reef")),
          (("hari menyelam yang berkesan", "menjelajah bawah laut"), ("a day of diving to remember",
                                                                      "exploring underwater")),
          ("penyelaman dan kursus selam", "dives and dive courses")),
    Trade("surfing", frozenset({"travel", "course", "other", "fitness"}), _ANY,
          re.compile(r"\b(?:surf|surfing|surfers?|selancar|berselancar|kitesurf\w*)\b", re.I),
          ("sekolah selancar", "surf school"), ("kelas", "lessons"),
          (("Kelas Selancar", "Pilihan Kelas", "Layanan Kami"), ("Surf lessons", "What we offer", "Lessons & rentals")),
          (("pemula yang baru mencoba", "liburan di pantai", "melatih teknik"),
           ("first-timers", "a beach holiday", "working on your technique")),
          (("ombak pertama yang berhasil ditaklukkan", "belajar selancar dengan tenang"),
           ("catching your first waves", "learning to surf without the stress")),
          ("kelas selancar", "surf lessons")),
    # A music business that teaches, sells instruments or records is no band: "grup musik", "acara yang lebih hidup"
    # and "Yang Bisa Kami Bawakan" would frame a piano school or a music shop as a group booked to play at parties.
    Trade("music_lessons", frozenset({"music"}), _ANY,
          re.compile(r"\b(?:les|kursus|sekolah|belajar|kelas|privat|akademi|mengajar|lessons?|school|class(?:es)?|"
                     r"academy|tutor\w*|teach\w*)\b", re.I),
          ("tempat les musik", "music school"), ("kelas", "lessons"),
          (("Pilihan Kelas", "Kelas Musik", "Program Belajar"), ("Our lessons", "What we teach", "Lessons on offer")),
          (("pemula yang baru mulai", "anak maupun dewasa", "mengasah kemampuan bermain musik"),
           ("complete beginners", "children and adults", "building your playing")),
          (("belajar musik yang terarah", "kemampuan bermain musik yang terus berkembang"),
           ("learning music step by step", "playing that keeps getting better")),
          ("les dan kelas musik", "music lessons"), "register", labels=frozenset({"music lessons"}), reach=3),
    Trade("music_shop", frozenset({"music"}), _ANY,
          re.compile(r"\b(?:toko|jual|menjual|dijual|shop|store|sells?|selling)\b", re.I),
          ("toko musik", "music shop"), ("produk", "products"),
          (("Produk Kami", "Alat Musik & Perlengkapan", "Yang Tersedia"), ("Our range", "Instruments & gear",
                                                                          "What we sell")),
          (("latihan di rumah", "band dan grup musik", "pemula maupun pemain berpengalaman"),
           ("practice at home", "bands and ensembles", "beginners and seasoned players")),
          (("bermain musik dengan alat yang tepat", "perlengkapan musik yang lengkap"),
           ("playing on the right instrument", "music gear in one place")),
          ("alat musik dan perlengkapannya", "instruments and music gear"), "order"),
    Trade("music_studio", frozenset({"music"}), _ANY,
          re.compile(r"\b(?:rekam\w*|rekaman|recording|records?|mixing|mastering|produksi|produc\w*|jingles?|"
                     r"aransemen|arrang\w*|compos\w*|komposisi)\b", re.I),
          ("studio musik", "music studio"), ("layanan", "services"),
          (("Layanan Studio", "Yang Bisa Kami Kerjakan", "Layanan Kami"), ("Studio services", "What we make",
                                                                           "Our services")),
          (("rekaman lagu", "jingle dan iklan usaha", "musisi dan grup vokal"),
           ("recording a song", "jingles and adverts", "musicians and vocal groups")),
          (("lagu yang terdengar rapi dan jernih", "karya musik yang siap dibagikan"),
           ("songs that sound clean and clear", "music ready to share")),
          ("rekaman dan produksi musik", "recording and music production"), reach=3),
    # a wedding MC hosts the day; a wedding organiser's "packages" and "planning" would make them its planner
    Trade("wedding_mc", frozenset({"wedding"}), _ANY,
          re.compile(r"\b(?:mc|pranatacara|pembawa\s+acara|master\s+of\s+ceremon\w*|emcee)\b", re.I),
          ("jasa MC acara", "event MC"), ("layanan", "services"),
          (("Layanan MC", "Layanan Kami", "Pilihan Layanan"), ("MC services", "Our services", "What we do")),
          (("akad dan resepsi", "lamaran dan acara keluarga", "acara kantor"),
           ("ceremonies and receptions", "engagements and family events", "company events")),
          (("acara yang mengalir lancar dari awal sampai akhir", "tamu yang merasa disambut dengan hangat"),
           ("an event that flows from start to finish", "guests who feel warmly welcomed")),
          ("jasa MC untuk acara", "MC services for events"), reach=3),
    # a CCTV or alarm installer fits cameras and sensors on a site: no "IT support service" that keeps networks up
    Trade("security_install", frozenset({"itsupport"}), _ANY,
          re.compile(r"\b(?:cctv|kamera\s+(?:pengawas|keamanan|cctv)|ip\s*cam\w*|security\s+cameras?|surveillance|"
                     r"\d+[\s-]*(?:cameras?|kamera|channel|ch)\b|alarm\s+(?:rumah|toko|maling|systems?)|burglar\s+alarms?|"
                     r"access\s+control|smart\s+door\s*locks?|video\s+door\s*bells?|dvr|nvr)", re.I),
          ("jasa pasang CCTV", "CCTV installer"), ("paket", "packages"),
          (("Paket CCTV", "Layanan Pemasangan", "Pilihan Paket"), ("CCTV packages", "Installation packages",
                                                                  "What we install")),
          (("rumah dan toko", "kantor dan gudang", "memantau dari ponsel"),
           ("homes and shops", "offices and warehouses", "keeping an eye on things from your phone")),
          (("rumah dan usaha yang lebih aman", "tenang meski sedang tidak di tempat"),
           ("a safer home and business", "peace of mind when you're away")),
          ("pemasangan CCTV", "CCTV installation")),
    # A farm is told by what it raises: the neutral farm profile says "produk", and only a business that grows and
    # harvests is told in harvest words ("hasil panen"); a goat pen, a fish pond, a tractor for hire, a seedling
    # nursery and a fertiliser maker each in their own. First match wins: "pupuk kandang kambing" is fertiliser, not
    # goats; "bibit lele" fish, not seedlings.
    Trade("farm_services", frozenset({"farm_produce"}), _ANY,
          re.compile(r"\b(?:traktor|bajak|membajak|olah\s+lahan|jasa\s+(?:pertanian|tani|tanam|semprot|panen|bajak)|"
                     r"transplanter|combine|harvesters?|penyemprotan|semprot\w*|drone|alsintan|penggilingan|"
                     r"tractors?|plough\w*|plow\w*|spraying)\b", re.I),
          ("jasa pertanian", "farm services"), ("layanan", "services"),
          (("Layanan Kami", "Jasa Pertanian", "Yang Bisa Kami Kerjakan"), ("Our services", "Farm services", "What we do")),
          (("persiapan lahan sebelum tanam", "petani dan kelompok tani", "sawah dan kebun"),
           ("preparing land before planting", "farmers and farm groups", "fields and plantations")),
          (("musim tanam yang lebih ringan", "lahan yang siap digarap tepat waktu"),
           ("an easier planting season", "land ready to work on time")),
          ("jasa pertanian", "farm services"), "book"),
    Trade("farm_inputs", frozenset({"farm_produce"}), _ANY,
          re.compile(r"\b(?:pupuk\w*|kompos|kascing|kasgot|maggot|magot|pakan|fertili[sz]ers?|compost|manure|feed)\b",
                     re.I),
          ("penyedia sarana tani", "farm supplier"), ("produk", "products"),
          (("Produk Kami", "Yang Tersedia", "Pilihan Produk"), ("Our products", "What's available", "What we supply")),
          (("kebun dan sawah", "kolam dan kandang", "pembelian dalam jumlah besar"),
           ("gardens and fields", "ponds and pens", "bulk orders")),
          (("usaha tani yang lebih produktif", "bertani dengan biaya lebih hemat"),
           ("more productive farming", "farming that costs less")),
          ("pupuk, pakan, dan sarana tani", "fertiliser, feed and farm supplies")),
    Trade("fishery", frozenset({"farm_produce"}), _ANY,
          re.compile(r"\b(?:ikan|lele|nila|gurame|gurami|patin|bandeng|mujair|udang|kepiting|koi|keramba|kolam|tambak|"
                     r"perikanan|nelayan|mina|fish\w*|shrimps?|prawns?|tuna|snapper|catfish|tilapia|ponds?)\b", re.I),
          ("usaha perikanan", "fishery"), ("produk", "products"),
          (("Produk Kami", "Yang Tersedia", "Pilihan Kami"), ("What we offer", "What's available", "Our products")),
          (("pesanan rumah tangga", "pedagang dan usaha kuliner", "pesanan dalam jumlah besar"),
           ("households", "traders and food businesses", "bulk orders")),
          (("hasil perikanan yang jelas asal-usulnya", "hasil perikanan langsung dari sumbernya"),
           ("fish and seafood you can trace to the source", "fish and seafood straight from the water")),
          ("hasil perikanan", "fish and seafood")),
    Trade("livestock", frozenset({"farm_produce"}), _ANY,
          re.compile(r"\b(?:ternak\w*|peternakan|peternak|kandang|kambing|domba|sapi|kerbau|ayam|bebek|itik|entok|"
                     r"puyuh|etawa|qurban|kurban|aqiqah|kelinci|unggas|burung|goats?|sheep|cattle|cows?|dairy|poultry|"
                     r"chickens?|ducks?|quails?|livestock|ranch)\b", re.I),
          ("peternakan", "livestock farm"), ("produk peternakan", "farm products"),
          (("Produk Peternakan", "Yang Tersedia", "Produk Kami"), ("From our farm", "What's available", "What we offer")),
          (("kebutuhan rumah tangga", "pedagang dan usaha kuliner", "pesanan dalam jumlah besar"),
           ("households", "traders and food businesses", "bulk orders")),
          (("ternak sehat yang dirawat dengan baik", "hasil ternak yang jelas asal-usulnya"),
           ("healthy, well-kept animals", "farm goods you can trace to the source")),
          ("ternak dan hasil ternak", "livestock and farm goods")),
    Trade("nursery", frozenset({"farm_produce"}), _ANY,
          re.compile(r"\b(?:bibit|benih|pembibitan|okulasi|cangkok\w*|seedlings?|saplings?|nursery|nurseries)\b", re.I),
          ("pembibitan tanaman", "plant nursery"), ("bibit", "seedlings"),
          (("Pilihan Bibit", "Bibit Kami", "Yang Tersedia"), ("Our seedlings", "What's available", "Seedlings on offer")),
          (("kebun rumah", "lahan pertanian dan perkebunan", "proyek penghijauan"),
           ("home gardens", "farms and plantations", "greening projects")),
          (("bibit unggul yang siap tanam", "tanaman yang tumbuh sehat"),
           ("strong seedlings ready to plant", "plants that grow well")),
          ("bibit tanaman", "seedlings and young plants")),
    Trade("crops", frozenset({"farm_produce"}), _ANY,
          re.compile(r"\b(?:kebun|perkebunan|ladang|sawah|sayur\w*|buah\w*|hidroponik|petik|panen|dipanen|orchards?|"
                     r"plantations?|vegetables?|fruits?|gardens?|harvest\w*|grow\w*|hydroponic\w*)\b", re.I),
          ("usaha hasil kebun", "farm"), ("hasil panen", "produce"),
          (("Hasil Kebun Kami", "Hasil Panen", "Yang Tersedia"), ("Our produce", "What we grow", "What's available")),
          (("dapur rumah tangga", "usaha kuliner dan warung", "pesanan dalam jumlah besar"),
           ("home kitchens", "food businesses and stalls", "bulk orders")),
          (("hasil panen langsung dari sumbernya", "bahan yang jelas asal-usulnya"),
           ("produce straight from the source", "food you can trace to its source")),
          ("hasil kebun", "fresh produce")),
)


# A kost or a kontrakan is let by the month to people who live there: a home, not a stay for visitors.
_LET_MONTHLY = re.compile(r"\b(?:kost?|kos-?kosan|kontrakan|kontrakkan|rumah\s+petak|boarding\s+house|bulanan|monthly)\b",
                          re.I)
# Trades whose customers travel to them: their page never speaks to those who "live or work" in their town.
VISITED = frozenset({"lodging", "diving", "surfing"})


def trade_words(products: Iterable[str], facts: Iterable[Fact]) -> tuple[str, ...]:
    """What says the trade after the business's name: its offerings, or with none named, what the owner priced
    ("4-camera package Rp 3,2 jt": a CCTV installer)."""
    if said := tuple(products):
        return said
    return tuple(dict.fromkeys(f.subject for f in facts if f.kind in ("price", "package") and f.subject))


def trade_of(niche: str, industry: str, words: tuple[str, ...]) -> Trade | None:
    """The trade a business of this niche and industry label is, said by its name or first offering (words: the
    name, then the offerings), by a label that says it alone, or by a later offering for a trade that reads further.
    A home let by the month is never a stay for visitors (only a kost, if anything)."""
    text = " ".join(words)
    monthly = bool(_LET_MONTHLY.search(text))
    # what the business is, in its name or its first offering: an English course for boat crews that explains
    # "snorkeling spots" is not a dive centre
    lead = " ".join(words[:2])
    fits = [t for t in TRADES if niche in t.niches and not (t.industries and industry not in t.industries)
            and not (monthly and t.key in VISITED)]
    for t in fits:
        if t.words is None or t.words.search(lead) or industry in t.labels:
            return t
    # a trade that reads further, said by a later offering when the lead says none ("Allegro Kids Music Studio:
    # piano, violin lessons"), offering by offering
    for i, w in enumerate(words[2:], start=2):
        for t in fits:
            if i < t.reach and t.words is not None and t.words.search(w):
                return t
    return None


def with_trade(prof: Profile, t: Trade | None) -> Profile:
    """The niche's profile in the trade's words, when the business is one (else the profile as it is)."""
    if t is None or prof.key == "community" or prof.supply:
        return prof
    return replace(prof, noun=t.noun, item=t.item if prof.kind != "class" else prof.item, heads=t.heads, uses=t.uses,
                   bens=t.bens, summ=t.summ, mode=t.mode or prof.mode)
