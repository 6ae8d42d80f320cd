"""The fine-grained niche (bakery, pet_shop, auto_repair, …) from the lexicon hits the business type was scored on.

Each lexicon industry label maps to a niche; a few keywords override their label ("pijat" is a spa, not a
salon; "rental mobil" is a rental, not travel). Only hits of the chosen business type vote, and a niche
must win clearly: otherwise the answer is "other", and the page is phrased neutrally for the type.
"""

from __future__ import annotations

import re
from collections import defaultdict

from tapsite_pipeline.fastre import regrouped

from .heads import heads, norm

INDUSTRY_NICHE: dict[str, str] = {
    # food and drink
    "bakery": "bakery", "coffee shop": "coffee", "restaurant": "eatery", "street food": "eatery",
    "catering": "catering", "frozen food": "frozen_food", "beverages": "drinks", "snacks": "snacks",
    # goods
    "fashion": "fashion", "footwear": "fashion", "accessories": "fashion", "beauty products": "cosmetics",
    "gifts": "gifts", "toys": "gifts", "florist": "plants", "grocery": "grocery", "electronics": "gadgets",
    "pet shop": "pet_shop", "furniture": "furniture", "books": "books_stationery",
    # services
    "laundry": "laundry", "beauty salon": "salon", "auto repair": "auto_repair", "fitness": "fitness",
    "healthcare": "clinic", "home services": "repair", "pet care": "pet_shop", "printing": "printing",
    "tailoring": "tailor", "transport": "travel",
    # creative
    "photography": "photo", "videography": "photo", "graphic design": "design", "interior design": "design",
    "music": "music", "makeup artistry": "other", "fine art": "crafts", "crafts": "crafts", "textiles": "crafts",
    "content creation": "marketing", "garments": "fashion", "translation": "other",
    # education
    "tutoring": "tutoring", "religious education": "tutoring", "course": "course", "language school": "course",
    "music lessons": "course", "school": "other",
    # events
    "wedding organizer": "wedding", "event organizer": "organizer", "concerts & festivals": "organizer",
    "event rentals": "rental", "entertainment": "organizer", "event venue": "",
    # technology
    "software": "webdev", "web development": "webdev", "digital agency": "marketing", "it services": "itsupport",
    "device repair": "repair", "it rental": "rental",
    # other: no niche of its own, and a vote for neutral phrasing
    "agriculture": "farm_produce", "accommodation": "other", "non-profit": "other", "religious": "other",
    "government": "other", "real estate": "other", "professional services": "other", "childcare": "other",
    "hardware store": "other", "pharmacy": "other", "automotive parts": "other", "tattoo": "other",
    "travel": "travel", "funeral home": "other", "pet boarding": "pet_shop", "drone services": "other", "engineering technology": "other",
}

# Keywords whose niche is not their industry label's.
KEYWORD_NICHE: dict[str, str] = {
    **dict.fromkeys(["spa", "pijat", "massage", "refleksi", "refleksologi", "reflexology", "urut", "totok",
                     "bekam", "sauna", "wellness", "pijat refleksi", "day spa", "body treatment", "pijat bayi",
                     "baby spa", "urut tradisional"], "spa"),
    **dict.fromkeys(["cleaning", "cleaning service", "jasa kebersihan", "bersih-bersih", "bersih bersih",
                     "housekeeping", "pest control", "fogging", "basmi rayap", "sedot wc", "cuci sofa",
                     "cuci kasur", "cuci karpet", "deep cleaning", "general cleaning", "kebersihan",
                     "pembasmi hama", "villa cleaning", "office cleaning", "home cleaning", "cleans"], "cleaning"),
    **dict.fromkeys(["rental mobil", "sewa mobil", "rent car", "car rental", "rental motor", "sewa motor",
                     "rent a car", "lepas kunci", "sewa bus", "rental bus", "sewa elf", "rental elf",
                     "sewa hiace", "rental ps", "sewa ps", "rental kamera", "sewa kamera"], "rental"),
    **dict.fromkeys(["klinik hewan", "dokter hewan", "vet", "veterinary", "drh", "animal hospital",
                     "klinik kecantikan", "beauty clinic", "skin clinic", "aesthetic clinic", "klinik gigi",
                     "dental clinic"], "clinic"),
    **dict.fromkeys(["sablon", "sablon kaos", "screen printing", "bordir", "embroidery", "custom kaos",
                     "kaos custom", "dtf"], "printing"),
    **dict.fromkeys(["dekorasi", "dekorasi pernikahan", "dekorasi wedding", "wedding decoration",
                     "wedding decor", "dekor", "decoration", "decor", "balon", "balloon", "backdrop",
                     "dekorasi ulang tahun"], "decoration"),
    **dict.fromkeys(["band", "band wedding", "live music", "organ tunggal", "dj", "penyanyi", "singer",
                     "musisi", "musician", "akustik", "keroncong", "hadroh", "gamelan", "orkes"], "music"),
    **dict.fromkeys(["photobooth", "photo booth", "photo booth rental", "sewa photobooth"], "photo"),
    **dict.fromkeys(["mc pernikahan", "mc nikahan", "mc akad", "mc wedding", "wedding mc", "mc akad nikah"], "wedding"),
    **dict.fromkeys(["floral styling", "centrepieces", "centerpieces", "aisle flowers", "flower arrangements",
                     "dekorasi balon", "balon dekorasi", "backdrop", "dekor"], "decoration"),
    **dict.fromkeys(["florist", "toko bunga", "bunga", "buket", "buket bunga", "bouquet", "hand bouquet",
                     "bunga papan", "karangan bunga", "standing flower"], "gifts"),
    **dict.fromkeys(["bespoke", "fittings", "made to measure", "alterations", "permak", "vermak"], "tailor"),
    **dict.fromkeys(["offset", "percetakan offset", "cetak buku", "cetak majalah", "cetak kalender"], "printing"),
    **dict.fromkeys(["kopi", "coffee", "es kopi", "kopi susu", "kopi literan", "kopi aren", "cold brew",
                     "coffee beans", "biji kopi", "biji kopi sangrai", "roasted beans", "roastery",
                     "coffee roaster"], "coffee"),
    **dict.fromkeys(["hidroponik", "hydroponic", "kebun", "farm", "peternakan", "ternak"], "farm_produce"),
    **dict.fromkeys(["keripik", "kripik", "basreng", "makaroni", "makaroni pedas", "seblak kering", "kerupuk",
                     "krupuk", "rempeyek", "peyek", "cemilan", "camilan", "snack", "snacks"], "snacks"),
    **dict.fromkeys(["succulents", "succulent", "indoor plants", "house plants", "houseplants"], "plants"),
    **dict.fromkeys(_RENT := ["sewa", "rental", "persewaan", "penyewaan", "menyewakan", "disewakan", "rent", "hire",
                              "sewa perlengkapan", "sewa kostum", "sewa gedung", "sewa alat"], "rental"),
    # how a service comes to the customer, not which service it is ("baby spa … home visit")
    **dict.fromkeys(["antar jemput", "jemput", "delivery", "shelter", "animal shelter", "home visit", "home service",
                     "home services", "panggilan", "layanan panggilan", "datang ke rumah"], ""),
    **dict.fromkeys(["penitipan hewan", "pet hotel", "grooming", "pet grooming", "grooming kucing"], "pet_shop"),
    **dict.fromkeys(["service hp", "servis hp", "servis handphone", "service handphone", "servis ac", "service ac",
                     "cuci ac", "ac service"], "repair"),
    # a computer technician's page speaks of IT support (installs, networks, upgrades), as the labels do
    **dict.fromkeys(["servis laptop", "service laptop", "servis komputer", "service komputer"], "itsupport"),
    **dict.fromkeys(["cuci mobil", "car wash", "cuci motor", "detailing", "car detailing", "salon mobil",
                     "salon motor", "bengkel", "tambal ban", "ganti oli"], "auto_repair"),
    **dict.fromkeys(["toko buku", "bookstore", "book store", "buku", "alat tulis", "atk", "stationery"],
                    "books_stationery"),
    **dict.fromkeys(["gym", "fitness", "yoga studio", "pilates", "crossfit", "muay thai", "personal trainer",
                     "senam", "zumba", "martial arts", "karate", "taekwondo", "silat", "yoga", "vinyasa", "hatha yoga",
                     "yin yoga", "ashtanga", "aerial yoga", "prenatal yoga", "yoga prenatal", "kelas yoga",
                     "yoga class", "reformer pilates"], "fitness"),
    **dict.fromkeys(["percetakan", "printing", "digital printing", "cetak", "print", "fotokopi",
                     "fotocopy", "spanduk", "banner", "cetak undangan", "stiker", "sticker"], "printing"),
    **dict.fromkeys(["tanaman", "tanaman hias", "bibit", "bibit tanaman", "kaktus", "anggrek"], "plants"),
    **dict.fromkeys(["furniture", "furnitur", "mebel", "meubel", "sofa", "lemari", "kursi kayu", "meja kayu",
                     "rotan", "rattan"], "furniture"),
    **dict.fromkeys(["rumah tahfidz", "rumah quran"], "course"),  # a Qur'an house is a school of its own (the card)
    # the work a service does on goods (service_done.py): "jasa cuci & repaint sepatu" cleans, "jasa servis" repairs
    "jasa cuci": "cleaning", "jasa perbaikan": "repair", "jasa jahit": "tailor",
    # spreadsheet work (templates, sheets dashboards) is technology with no niche of its own, as the labels have it
    **dict.fromkeys(["template excel", "excel template", "excel templates", "google sheets", "spreadsheet",
                     "spreadsheets"], "other"),
    # hosting and servers rented by the month are sold with the sites they hold (the card: web hosting)
    # (a domain alone goes with business email as often, and that set-up is IT work)
    **dict.fromkeys(["hosting", "web hosting", "shared hosting", "cloud hosting", "hosting murah", "wordpress hosting",
                     "vps"], "webdev"),
    # traditional cakes are market snacks, not a bakery's bread and cakes (the card: kue basah, kue khas daerah)
    **dict.fromkeys(["kue basah", "kue khas", "kue tradisional", "jajan pasar", "jajanan pasar", "kue pasar"], "snacks"),
    # paint on walls and signs is design work for a place, not a craft object
    **dict.fromkeys(["mural", "mural art", "seni mural", "jasa mural", "pelukis mural", "muralist", "lukis dinding",
                     "wall painting", "sign painting", "cat papan", "lukis papan", "lettering", "hand lettering"],
                    "design"),
    # a hall or a building rented for functions is a venue, the card's `other`, not a rental of goods
    **dict.fromkeys(_VENUES := ["sewa gedung", "gedung serbaguna", "sewa gedung serbaguna", "function hall",
                                "hall rental", "aula", "sewa aula", "ballroom", "pendopo", "sewa hall", "sewa venue",
                                "venue rental", "event venue", "gedung pertemuan", "banquet hall", "event space"],
                    "other"),
}

# The gazetteer's business heads name their niche where the lists above say nothing of the keyword.
for _k, (_t, _i, _n) in heads().items():
    KEYWORD_NICHE.setdefault(_k, _n)

# Keywords that name the niche even when the business type was decided by other words.
_CROSS_TYPE = frozenset(_RENT)
_MIN_SCORE = 1.0
_MARGIN = 1.25


def niche_of(hits: list[tuple[str, str, float, str]], btype: str) -> str:
    """hits: (matched text, business type, weight, industry label) from the classifier."""
    scores: dict[str, float] = defaultdict(float)
    first = True
    for matched, hit_type, weight, industry in hits:
        niche = KEYWORD_NICHE.get(matched)
        if niche is None:
            niche = KEYWORD_NICHE.get(norm(matched))
        if hit_type != btype:
            if matched not in _CROSS_TYPE:
                continue
            weight *= 0.5  # "sewa kostum" decides the niche of an events business, with less weight
        elif niche is None or niche == "farm_produce" and hit_type != "other" or industry == "pet boarding":
            # (a farm's produce sold by a shop is its goods: "telur ayam kampung dari petani" is groceries; a daycare
            # said for dogs and cats is pet boarding, pet_lodging.py)
            niche = INDUSTRY_NICHE.get(industry)
        if not niche:
            continue
        # the first thing named usually says what the business is ("frozen food: dimsum, siomay…")
        scores[niche] += weight * (1.5 if first else 1.0)
        first = False
    if not scores:
        return "other"
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top < _MIN_SCORE or (second and top < _MARGIN * second):
        return "other"
    return best


# Food that is packed to keep and shipped far, sold to resellers: a maker of packaged goods, not a place to eat
# ("sambal botol … kirim ke seluruh indonesia, reseller welcome"). Dining words would misdescribe it.
_PACKAGED = regrouped(
    r"\b(?:(?<!hijau )(?<!ijo )botol|botolan|kemasan|dikemas|toples|pouch|sachet|saset|kaleng|tahan\s+lama|awet|bottled|jarred|"
    r"packaged|shelf[\s-]stable|(?:kirim|dikirim|pengiriman|ship|ships|shipping)\s+(?:ke\s+|to\s+)?"
    r"(?:seluruh|se-?indonesia|luar\s+(?:kota|pulau)|nationwide|all\s+over|across)|seluruh\s+indonesia|"
    r"nationwide|reseller|resellers|dropship|dropshipper)\b")


# Food kept and sold frozen: a frozen-food maker whatever the dish ("durian pancake … ship frozen", "dimsum frozen",
# "nugget beku"); frozen yoghurt and frozen drinks are served cold, not stored frozen.
_FROZEN = regrouped(r"\b(?:frozen(?!\s+(?:yog(?:h)?urt|drinks?|cocktails?|margaritas?|coffee|latte))|beku|dibekukan|"
                    r"froze?n?\s*food)\b")
_FREEZABLE = frozenset({"eatery", "bakery", "snacks", "catering", "other"})


# Labels of food eaten where it is made (a sambal maker's "street food" label, with no niche, still draws a bowl).
_DINING = frozenset({"street food", "restaurant", "food"})


# A business that supplies other businesses (a wholesaler, a distributor, a maker for resellers): its buyers are
# cafés, shops and hotels ordering in bulk, not diners or walk-in shoppers. Its page speaks of what it supplies,
# minimum orders and wholesale prices (copy/industries.SUPPLY_INDUSTRY), whatever the goods.
SUPPLY_INDUSTRY = "wholesale supply"
_SUPPLY_SAID = regrouped(r"\b(?:suppliers?|suplier|pemasok|memasok|pasok|(?<!official\s)distributors?(?!\s+resmi)|wholesalers?|wholesale\s+only|"
                         r"khusus\s+grosir|grosir\s+only|partai\s+besar|b2b|maklon|in\s+bulk)\b")
_BULK_SAID = regrouped(r"\b(?:grosir|wholesale|bulk|partai|minimal\s+(?:order|pembelian|pesan(?:an)?)|min\.?\s*order|"
                       r"minimum\s+order|moq)\b")
# Buyers that are businesses, right after "untuk", "for", "ke", "supplying" (up to two words between).
_BUSINESS_BUYERS = regrouped(
    r"\b(?:untuk|utk|buat|ke|for|to|supplying|supply|melayani|serving)\s+(?:\w+\s+){0,2}?(?:kafe|cafe|caf\u00e9|cafes|"
    r"caf\u00e9s|coffee\s+shops?|kedai|resto|restoran|restaurants?|rumah\s+makan|warung|warteg|hotels?|villa|"
    r"toko|shops?|stores?|retailers?|resellers?|catering|katering|usaha|bisnis|businesses|umkm|minimarket|"
    r"supermarkets?|horeka|horeca|bakery|bakeries)\b")
# A business that also sells one at a time keeps its shop's words: "eceran maupun grosir", "retail also ok",
# "wholesale for cafes too".
_RETAIL_TOO = regrouped(r"\b(?:eceran|ecer|ecer-an|satuan|retail\s+(?:also|juga|ok|too|welcome)|also\s+retail)\b|"
                        r"\b(?:grosir|wholesale)\b[^.;!?]{0,40}\b(?:too|also|juga)\b")
_SUPPLY_TYPES = frozenset({"food_and_beverage", "retail", "other"})


def supplies_businesses(lower: str, btype: str, niche: str) -> bool:
    """The brief describes a supplier to other businesses: it says so ("supplier", "pemasok", "distributor",
    "wholesale only", "partai besar", "maklon"), or it sells in bulk ("grosir", "minimal order") to businesses
    ("untuk kafe dan resto", "for hotels"), and nothing says it sells one at a time too. A caterer's minimum order
    is how a caterer sells, not a supply business; a supplier that says so supplies caterers too."""
    if btype not in _SUPPLY_TYPES:
        return False
    if _SUPPLY_SAID.search(lower):  # said outright, whoever it supplies ("pemasok sayur untuk restoran dan katering")
        return True
    return niche != "catering" and bool(_BULK_SAID.search(lower) and _BUSINESS_BUYERS.search(lower)
                                        and not _RETAIL_TOO.search(lower))


def dining_or_packaged(industry: str, niche: str, btype: str, lower: str) -> tuple[str, str]:
    """An eatery's industry and niche, unless the brief says the food is packed and shipped: then it is packaged
    food, phrased neutrally (and drawn as goods, not as a bowl on a table). A supplier to other businesses is a
    supplier whatever it supplies (SUPPLY_INDUSTRY); its niche stays, but never a place to eat."""
    if supplies_businesses(lower, btype, niche):
        return SUPPLY_INDUSTRY, "other" if niche == "eatery" else niche
    if btype == "food_and_beverage" and niche in _FREEZABLE and _FROZEN.search(lower):
        return "frozen food", "frozen_food"  # "dimsum frozen", "ship frozen with dry ice", "vacuum pack … frozen"
    if btype == "food_and_beverage" and (niche == "eatery" or niche == "other" and industry in _DINING) \
            and _PACKAGED.search(lower):
        return "packaged food", "other"
    if industry == "farm services":  # "sewa traktor bajak, jasa tanam": the machine comes with the work on the field
        return industry, niche
    return industry, rental_or(niche, btype, lower)


# What is offered for rent: "sewa photobooth", "rental sound system", "marquee hire", "tents for hire".
_RENTING = regrouped(r"\b(?:sewa|rental|persewaan|penyewaan|menyewakan|disewakan|rent(?:s|ing)?|hire|for\s+hire)\b")
# Who runs the event itself: then rentals are a part of the service, and the business is the organiser.
_ORGANISING = regrouped(r"\b(?:eo|organi[sz]er|organi[sz]ing|penyelenggara|menyelenggarakan|planner|perencana|"
                        r"wedding\s+planning|event\s+management|manajemen\s+acara)\b")


# A rental said as a side line, after what the business mainly does: "provides interpreters … and rents interpretation
# equipment", "juga menyewakan proyektor", "we also hire out tents". The main service names the business.
_SIDE_BEFORE = regrouped(r"\b(?:also|plus|as\s+well\s+as|besides|juga|jg|sekaligus|sekalian|selain\s+itu)\s+(?:\w+\s+)?$")
_AND_BEFORE = regrouped(r"\b(?:and|serta|dan)\s+$")
_RENT_VERB = frozenset({"rent", "rents", "renting", "hire", "hires", "menyewakan", "disewakan"})


def _side_rental(lower: str, m: re.Match[str]) -> bool:
    """Is this mention of renting a side line ("… and rents equipment", "juga menyewakan …")? A verb joined by "and"
    is a second thing the business does; "dan sewa tenda" in a list of goods is not said as a side line."""
    before = lower[max(0, m.start() - 30):m.start()]
    return bool(_SIDE_BEFORE.search(before) or m.group(0) in _RENT_VERB and _AND_BEFORE.search(before))


# Space let to traders at the owner's own event ("bazar UMKM, sewa booth 500rb", "stand rental for tenants"): the event
# is what the business runs, not a rental.
_STAND = regrouped(r"\s+(?:booth|booths|stand|stands|lapak|tenant|tenants|tempat\s+jualan|space|spot)\b")


# A hall or a building let for functions ("menyewakan aula", "hall rental", "sewa gedung serbaguna"): the business is
# a venue (the card's `other`), not a rental of goods.
_VENUE = r"(?:gedung|aula|hall|halls|ballroom|pendopo|venue|venues|joglo|balai)"
_VENUE_AFTER = regrouped(rf"\s+(?:out\s+)?(?:(?:an?|the|our|its)\s+)?(?:[a-z]+\s+)?{_VENUE}\b")
_VENUE_BEFORE = regrouped(rf"\b{_VENUE}\s+$")


def _venue_let(lower: str, m: re.Match[str]) -> bool:
    return bool(_VENUE_AFTER.match(lower, m.end()) or _VENUE_BEFORE.search(lower, max(0, m.start() - 12), m.start()))


def rental_or(niche: str, btype: str, lower: str) -> str:
    """A business whose offerings are rentals is a rental ("jasa sewa"), not an event organiser or a neutral events
    business: photobooth, tent and chair, sound system, costume and car rentals. Only where the niche is unsure or
    the organiser one, nothing in the brief says the business runs the event itself, and renting is not only said
    as a side line of another service (an interpreting agency that also rents booths is not a rental service)."""
    if btype not in ("events", "services") or niche not in ("other", "organizer") or _ORGANISING.search(lower):
        return niche
    rents = list(_RENTING.finditer(lower))
    if any(_venue_let(lower, m) for m in rents):  # "menyewakan aula … Sewa 6 jam": the hall is what is let
        return niche
    if any(not _side_rental(lower, m) and not _STAND.match(lower, m.end()) for m in rents):
        return "rental"
    return niche
