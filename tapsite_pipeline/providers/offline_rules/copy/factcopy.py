"""The owner's stated facts as copy: highlight cards, the about section's fact list, a product's price.

Values are shown in the owner's words (first letter capitalised), so nothing is rounded, translated
or made up; a kind of fact with no value stated never appears.
"""

from __future__ import annotations

import re

from ....models import Fact
from ..levels import SCHOOL_LADDER
from .price_addressee import without_addressee
from .price_owner import names_other_item
from .stop_lines import note_line  # a schedule's stop: its days, then its place
from .util import cap, fix_acronyms, join_list, lower_first, tokens

# (id, en) labels per fact kind
LABEL = {
    "hours": ("Jam buka", "Opening hours"), "since": ("Berdiri sejak", "Since"),
    "experience": ("Pengalaman", "Experience"),
    "price": ("Harga", "Prices"), "area": ("Area layanan", "Area served"),
    "delivery": ("Pengantaran", "Delivery"), "pickup": ("Antar jemput", "Pickup"),
    "turnaround": ("Waktu pengerjaan", "Turnaround"), "package": ("Paket", "Packages"),
    "offer": ("Penawaran", "Offer"), "audience": ("Untuk", "For"), "level": ("Jenjang", "Levels"),
    "address": ("Alamat", "Address"), "instagram": ("Instagram", "Instagram"),
    "guarantee": ("Garansi", "Guarantee"), "note": ("Catatan", "Note"),
}
# A pickup fact that says the business comes to the customer ("guru datang ke rumah", "pijat panggilan",
# "we come to your home or office", "home service") is a home visit, not a pickup and drop-off.
_COMES_TO_YOU = re.compile(r"\b(?:datang|dateng|dipanggil|panggil|panggilan|home\s+(?:service|visits?)|house\s+calls?|"
                           r"mobile|on[\s-]site|(?:i|we)\s+come\s+to|(?:to|at)\s+your\s+(?:home|house|place|villa|office)|"
                           # ("guru ke rumah", "bisa ke rumah": the teacher or the worker comes to the home)
                           r"ke\s+(?:rumah|rmh))\b", re.I)
VISIT_LABEL = ("Datang ke tempat{mu}", "We come to you")  # {mu}: the page's pronoun ("tempatmu", "tempat Anda")
# A pickup fact that says the buyer collects ("pengambilan di toko", "self pickup") is no pickup and drop-off.
_BUYER_COLLECTS = re.compile(r"\b(?:pengambilan|ambil|diambil|self[\s-]?pick|in[\s-]store|store\s+pick|collect|"
                             r"(?:pick[\s-]?up)\s+(?:in|at|from))", re.I)
COLLECT_LABEL = ("Ambil di tempat", "Pickup")
# A turnaround said as how long before the date to order ("order 3 weeks before", "pesan H-3", "2 weeks notice") is a
# lead time.
_LEAD_TIME = re.compile(r"\b(?:before|sebelum(?:nya)?|sblm(?:nya)?|in\s+advance|ahead|prior|notice)\b|\bh-\d", re.I)
LEAD_LABEL = ("Pesan sebelumnya", "Order ahead")
# A tour, a trip or a charter goes to its areas: they are its destinations ("Tujuan — Komodo dan Labuan Bajo"),
# not an area it serves. Said by its offerings, its name or its trade ("open trip", "island hopping", "boat charter").
_TOUR = re.compile(r"\b(?:tours?|trips?|charters?|wisata|jelajah|sailing|snorkel\w*|diving|dive|trekking|pendakian|"
                   r"arung\s+jeram|rafting|liveaboard|island\s+hopping|hiking|safari|expeditions?|excursions?)\b", re.I)
# a travel business that sells tickets, visas or rented cars serves an area: it does not go there
_NOT_TOUR = re.compile(r"\b(?:tiket|tickets?|visa|paspor|passports?|rental|sewa|rent|ekspedisi|cargo|kargo)\b", re.I)
# a pilgrimage agent's areas are where it departs from ("keberangkatan Jakarta dan Surabaya"): its destination is
# always the same, and never its area
_PILGRIMAGE = re.compile(r"\b(?:umrah|umroh|haji|hajj|ziarah)\b", re.I)
DEST_LABEL = ("Tujuan", "Where we go")


def goes_to_places(niche: str, words: tuple[str, ...]) -> bool:
    """Whether the business takes people to its areas: a tour, trip or charter offering or name, or a travel
    business that is no ticket, visa, rental or pilgrimage agent."""
    text = " ".join(words)
    if _PILGRIMAGE.search(text):
        return False
    if _NOT_TOUR.search(text) and not _TOUR.search(text):
        return False
    return bool(_TOUR.search(text)) or niche == "travel"


# Places a delivery reaches beyond the town, said as reach not as a place ("kirim frozen ke luar kota"): when a
# delivery fact already says it, a separate "Area layanan: luar kota." says it twice, and thinly.
_REACH = re.compile(r"^(?:ke\s+)?(?:luar\s+(?:kota|pulau|negeri|daerah|provinsi|jawa)|seluruh\s+(?:indonesia|nusantara|dunia)|"
                    r"all\s+(?:over\s+)?indonesia|overseas|abroad|nationwide|worldwide|out\s+of\s+town)$", re.I)


# A reach said anywhere in a delivery, area or note ("bisa kirim ke luar kota", "shipping all over Indonesia"): the
# business sends its goods far beyond its town.
_FAR = re.compile(r"\b(?:luar\s+(?:kota|pulau|negeri|daerah|provinsi|jawa)|seluruh\s+(?:indonesia|nusantara|dunia)|"
                  r"se-?indonesia|(?:all\s+over|across|anywhere\s+in|throughout)\s+indonesia|nationwide|worldwide|"
                  r"overseas|abroad|out\s+of\s+town)\b", re.I)


def ships_far(facts: tuple[Fact, ...]) -> bool:
    """Whether the owner said their goods are sent beyond their town."""
    return any(f.kind in ("delivery", "area", "note") and _FAR.search(f.value) for f in facts)


# Food-delivery apps: an order placed there is brought by the app's driver, not by the business ("bisa pesan lewat
# GoFood" is no courier of its own).
_FOOD_APPS = {"gofood": "GoFood", "grabfood": "GrabFood", "shopeefood": "ShopeeFood", "maximfood": "Maxim Food"}
_FOOD_APP = re.compile(r"\b(go|grab|shopee|maxim)[\s-]?food\b", re.I)
# what else a fact that only names the apps may say ("bisa pesan lewat GoFood", "ada di gofood sama grabfood juga")
_APP_FILLER = frozenset("""bisa bs pesan order lewat via di ada juga jg jga dan sama atau serta delivery tersedia also
available on and or in at we are also the""".split())


def food_apps(facts: tuple[Fact, ...]) -> str:
    """The food-delivery apps the owner's delivery facts name, when they name nothing else ("GoFood dan GrabFood"):
    the business does not deliver itself. "" when any delivery fact says more (its own courier, an area, a fee)."""
    said = [f.value for f in facts if f.kind == "delivery"]
    apps: list[str] = []
    for v in said:
        found = [_FOOD_APPS[m.group(1).lower() + "food"] for m in _FOOD_APP.finditer(v)]
        rest = [w for w in tokens(_FOOD_APP.sub(" ", v)) if w not in _APP_FILLER]
        if not found or rest:
            return ""
        apps += found
    return " & ".join(dict.fromkeys(apps))


def area_for_contact(facts: tuple[Fact, ...], lang: str) -> str:
    """The contact section's area line: the stated areas, less a reach a delivery fact already says."""
    said = " ".join(f.value.lower() for f in facts if f.kind == "delivery")
    kept = tuple(f for f in facts if f.kind == "area" and not (_REACH.match(f.value.strip(" .")) and
                                                               f.value.lower().strip(" .") in said))
    return joined(kept, "area", lang)


def comes_to_you(facts: tuple[Fact, ...], brand: str = "") -> bool:
    """Whether the owner said the work is done at the customer's place: a home-visit pickup fact, or a name
    that says so ("Pijat Panggilan Bu Sri", "Mobile Detailing")."""
    return any(f.kind == "pickup" and _COMES_TO_YOU.search(f.value) for f in facts) or bool(
        re.search(r"\b(?:panggilan|home\s+service|mobile)\b", brand, re.I))


def _label(kind: str, value: str, li: int, tour: bool = False, mu: str = " Anda", sells: bool = False) -> str:
    if kind == "area" and tour:
        return DEST_LABEL[li]
    if kind == "pickup" and _COMES_TO_YOU.search(value):
        return VISIT_LABEL[li].format(mu=mu)
    # a shop's or a kitchen's "pickup" is the buyer collecting the order ("weekend pickup"): there is nothing of
    # theirs to fetch and bring back
    if kind == "pickup" and (_BUYER_COLLECTS.search(value) or sells):
        return COLLECT_LABEL[li]
    if kind == "turnaround" and _LEAD_TIME.search(value):
        return LEAD_LABEL[li]
    return LABEL[kind][li]


# Order of facts as highlight cards: what a customer weighs first.
HIGHLIGHT_ORDER = ("offer", "turnaround", "pickup", "delivery", "guarantee", "since", "experience", "hours", "area", "level")
# Order of the about section's fact list.
INFO_ORDER = ("since", "experience", "hours", "address", "area", "level", "audience", "delivery", "pickup", "turnaround",
              "package", "offer", "guarantee", "price")


_PRICE_LABEL = re.compile(r"^(?:harga(?:nya)?|prices?|tarif(?:nya)?|biaya(?:nya)?|rates?)\s*:?\s+(?=\S)", re.I)


def shown_price(value: str) -> str:
    """A price without the word that already labels it: "Harga — harga 1,8jt/bulan" reads as a slip."""
    return _PRICE_LABEL.sub("", value)


_DAY_NAME = re.compile(r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?=s?\b)")


def shown_hours(value: str) -> str:
    """Days as names are written ("10.00-22.00, Jumat buka setelah jumatan"): the owner typed them in lower case."""
    return _DAY_NAME.sub(lambda m: m.group(0).capitalize(), value)


def values(facts: tuple[Fact, ...], kind: str) -> list[str]:
    return [f.value for f in facts if f.kind == kind]


def _places_capitalised(value: str) -> str:
    """"kirim ke seluruh indonesia" → "kirim ke seluruh Indonesia": place names as places are written."""
    from ..places import PLACES
    return " ".join(w[:1].upper() + w[1:] if w.lower().strip(".,") in PLACES and w.islower() and len(w) > 3
                    else w for w in value.split(" "))


def _said_by_card(package: str, names: set[str]) -> bool:
    """An offering card already says the package: its name holds it, or it holds the name and nothing more that
    counts ("paket intimate wedding 50 tamu mulai Rp25.000.000" says more than the card "Paket Intimate Wedding")."""
    return package in names or any(package in n or (n in package and not re.search(r"\d", package.replace(n, "")))
                                   for n in names)


def _shown(facts: tuple[Fact, ...], products: tuple[str, ...]) -> tuple[Fact, ...]:
    """Facts worth a line of their own: not a package already shown as an offering card, not an area
    already said inside a delivery or pickup fact ("kirim ke seluruh Indonesia")."""
    out = []
    said = " ".join(f.value.lower() for f in facts if f.kind in ("delivery", "pickup"))
    names = {p.lower() for p in products}
    packages = [f.value.lower() for f in facts if f.kind == "package" and not _said_by_card(f.value.lower(), names)]
    for f in facts:
        v = f.value.lower()
        if f.kind == "package" and (_said_by_card(v, names) or f.subject and f.subject.lower() in names):
            continue  # (what a package card holds is said in the card)
        if f.kind == "price" and any(v in p and (not f.subject or f.subject.lower() in p) for p in packages):
            continue  # "mulai Rp25.000.000" (of "paket intimate") is said inside the package line shown beside it
        if f.kind == "area" and (v in said or v.replace(",", "") in said):  # ("Bekasi, Cikarang" of "area Bekasi Cikarang")
            continue
        out.append(f)
    return tuple(out)


# Hours with no range of time ("setiap Sabtu pukul 15.00", "Fridays at 7pm") are when a class or a meeting is
# held: a schedule, not opening hours.
_TIME_RANGE = re.compile(r"\d\s*(?:[.:]\d\d)?\s*(?:am|pm|pagi|siang|sore|malam)?\s*(?:-|–|s/?d|sampai|smp|sampe|to|until|"
                         r"hingga)\s*(?:jam\s*|pukul\s*)?\d|24\s*(?:jam|hours?)|24/7|nonstop|non-stop|"
                         r"(?:sampai|sampe|smp|hingga|until|till)\s+(?:habis|selesai|sold\s+out|late)", re.I)
SCHEDULE_LABEL = ("Jadwal", "Schedule")


def hours_label(value: str, lang: str, lessons: bool = False) -> str:
    """"Jam buka" for opening hours, "Jadwal" for a single time on a day, and for the hours of a place that teaches
    (`lessons`): "jam 3-7" at a bimbel is when its classes run, not when a shop opens."""
    li = 0 if lang == "id" else 1
    if lessons:
        return SCHEDULE_LABEL[li]
    opening = not value or _TIME_RANGE.search(value) or re.match(r"(?i)\s*(?:jam\s+)?(?:buka|open)", value)
    return LABEL["hours"][li] if opening else SCHEDULE_LABEL[li]


_SCHOOL_RANGE = re.compile(r"(?i)^(paud|tk|sd|smp|sma|smk)(?:\s*(?:-|–|—|s/d|s\.d\.?)\s*|\s+(?:sampai(?:\s+dengan)?|sampe|"
                           r"hingga|to|until|through|thru)\s+)(paud|tk|sd|smp|sma|smk)$")


def school_levels(value: str) -> list[str]:
    """A range of school levels as every level in it ("SD-SMA" → SD, SMP, SMA; "SMP s/d SMK" → SMP, SMK): shown as
    "SD dan SMA" it would drop SMP. Any other level is itself."""
    m = _SCHOOL_RANGE.match(value.strip())
    if not m:
        return [value]
    ladder = list(SCHOOL_LADDER)
    first, last = m.group(1).lower(), m.group(2).lower()
    if last == "smk":
        ladder[ladder.index("sma")] = "smk"
    if first not in ladder or last not in ladder or ladder.index(first) >= ladder.index(last):
        return [value]  # ("SMA-SMK": two schools of one rank, said as the owner wrote them)
    return [w.upper() for w in ladder[ladder.index(first):ladder.index(last) + 1]]


def joined(facts: tuple[Fact, ...], kind: str, lang: str) -> str:
    vals = [_places_capitalised(v) for v in values(facts, kind)]
    if kind == "level":
        vals = [lv for v in vals for lv in school_levels(v)]
        vals = [v.upper() if len(v) <= 5 else v for v in vals]
    return join_list(list(dict.fromkeys(vals)), lang)


def highlight_cards(facts: tuple[Fact, ...], lang: str, brand: str, products: tuple[str, ...] = (),
                    classes: bool = True, tour: bool = False, mu: str = " Anda",
                    sells: bool = False, lessons: bool = False) -> list[tuple[str, str, str]]:
    """Highlight cards made of stated facts: (title, description, fact kind), in the order customers weigh them.
    `classes`: the business teaches (school levels are its classes'); a bookshop's "SD hingga SMA" are the
    levels its books are for, never "classes". `tour`: its areas are where it goes (goes_to_places). `mu`: the page's
    pronoun (" Anda" or "mu"), so a casual page never turns formal in one card. `sells`: it sells goods or food, so a
    pickup is the buyer collecting. `lessons`: it teaches, so its hours are its class schedule."""
    li = 0 if lang == "id" else 1
    facts = _shown(facts, products)
    out = []
    for kind in HIGHLIGHT_ORDER:
        v = joined(facts, kind, lang)
        if not v:
            continue
        if kind == "since":
            desc = (f"Sudah berjalan sejak {v}." if li == 0 else f"Up and running since {v}.")
            out.append((LABEL[kind][li] + " " + v, desc, kind))
        elif kind == "experience":
            # "10 tahun", "lebih dari 8 tahun", "over 15 years": the years the owner has done this work
            out.append((f"Pengalaman {v}" if li == 0 else f"{cap(v)} of experience",
                        f"Berpengalaman {v} di bidangnya." if li == 0 else f"{cap(v)} in the trade.", kind))
        elif kind == "level" and _AGES.match(v):
            # an age range is who it is for, at a daycare as at a school: not a "class" or a school level
            # "For aged 1-5." is no sentence: an English "aged" range is said of children
            en = ("For children {v}." if v.lower().startswith("aged") else "For {v}.")
            out.append((AGES_LABEL[li], ("Untuk {v}." if li == 0 else en).format(v=v), kind))
        elif kind == "level":
            people = lower_first(_people(v))
            desc = ((f"Kelas untuk {v}." if li == 0 else f"Classes for {people}.") if classes else
                    (f"Untuk jenjang {v}." if li == 0 else f"For {people}."))
            out.append((LABEL[kind][li], desc, kind))
        elif kind == "delivery" and (apps := food_apps(facts)):
            out.append((APP_LABEL[li].format(apps=apps), APP_DESC[li].format(apps=apps, mu=mu), kind))
        elif set(tokens(v)) <= set(tokens(LABEL[kind][li])) and kind in PLAINLY:
            # the owner said only the label's words ("antar jemput"): the card says what it means
            plain = COLLECT_PLAINLY if kind == "pickup" and sells else PLAINLY[kind]
            title = COLLECT_LABEL[li] if kind == "pickup" and sells else LABEL[kind][li]
            out.append((title, plain[li].format(mu=mu), kind))
        else:
            label = hours_label(v, lang, lessons) if kind == "hours" else _label(kind, v, li, tour, mu, sells)
            out.append((label, cap(v) + ("" if v.endswith((".", "!")) else "."), kind))
    return out


# What a card says when the owner stated a fact in the label's own words ("antar jemput", "garansi").
PLAINLY = {
    "pickup": ("Kami jemput dan antar kembali.", "We pick up and bring back."),
    "delivery": ("Bisa diantar ke alamat{mu}.", "We deliver to your address."),
    "guarantee": ("Pekerjaan kami bergaransi.", "Our work is guaranteed."),
}
# A delivery only through food-delivery apps (food_apps).
APP_LABEL = ("Ada di {apps}", "On {apps}")
APP_DESC = ("Bisa juga pesan lewat {apps}, diantar sampai alamat{mu}.", "You can also order on {apps} for delivery.")
# A shop's or a kitchen's bare "pickup": the buyer collects the order.
COLLECT_PLAINLY = ("Pesanan bisa diambil langsung di tempat kami.", "Collect your order from us.")
AGES_LABEL = ("Usia", "Ages")
_AGES = re.compile(r"^(?:usia|umur|ages?|aged)\b", re.I)
_PERSON = re.compile(r"\b(beginner|kid|adult|teen|teenager|student|professional|senior|toddler|learner)\b(?!\s+to\b)", re.I)


def _people(levels: str) -> str:
    """English levels as people ("beginner" → "beginners"): "Classes for beginner." reads as a slip."""
    return _PERSON.sub(lambda m: m.group(1) + "s", levels)


# An owner's heading over a pasted price list ("HARGA KAMBING AQIQAH", "Daftar harga paket wisuda", "PRICE LIST BALI
# TOURS"): it names what the prices are of, so it labels the price line instead of standing as a fact of its own
# (said in capitals or opened by "daftar harga" / "price list"; "harga terjangkau" says what the prices are like).
_PRICE_HEADING = re.compile(r"(?i)^(?P<daftar>(?:daftar|list)\s+(?:harga|hrg|tarif)|price\s*list|pricelist)?"
                            r"(?(daftar)|(?:harga|hrg|tarif|prices?|rates?))\s+(?P<what>[^\W\d][^\d,.;:!?]{2,40})$")
_NOT_HEADED = re.compile(r"(?i)\b(?:murah|terjangkau|bersahabat|miring|promo|spesial|special|nego|negotiable|"
                         r"affordable|cheap|best|terbaik|bersaing|ekonomis|mulai|from|start)\b")


def price_heading(facts: tuple[Fact, ...]) -> tuple[str, str] | None:
    """(the note, what its prices are of) when a note is the heading of the owner's price list."""
    if not any(f.kind == "price" for f in facts):
        return None
    for f in facts:
        m = _PRICE_HEADING.match(f.value) if f.kind == "note" else None
        if m and (f.value.isupper() or m.group("daftar")) and not _NOT_HEADED.search(f.value):
            what = m.group("what").strip()
            return f.value, what.lower() if f.value.isupper() else what
    return None


def info_items(facts: tuple[Fact, ...], lang: str, skip: frozenset = frozenset(),
               products: tuple[str, ...] = (), tour: bool = False, mu: str = " Anda",
               sells: bool = False, lessons: bool = False, names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The about section's list of facts: (label, value as stated). `names`: the business's name and who it is for,
    said elsewhere on the page (a note that only repeats them is left out)."""
    li = 0 if lang == "id" else 1
    facts = _shown(facts, products)
    heading = price_heading(facts)
    out = []
    for kind in INFO_ORDER:
        if kind in skip:
            continue
        if kind == "price":
            # the subject is an offering as the owner typed it: "kamar ac" is written "kamar AC", as on its card
            vals = [f"{fix_acronyms(without_addressee(f.subject))}: {shown_price(f.value)}" if f.subject
                    else shown_price(f.value)
                    for f in facts if f.kind == "price"]
            v = join_list(vals, lang)
        else:
            v = joined(facts, kind, lang)
        if v:
            label = hours_label(v, lang, lessons) if kind == "hours" else _label(kind, v, li, tour, mu, sells)
            if kind == "level" and _AGES.match(v):
                label = AGES_LABEL[li]  # "Usia — 1-5 tahun", as on the highlight card, never "Jenjang"
            if kind == "price" and heading:  # "Harga kambing aqiqah — …": the owner's heading names the prices
                label = f"{label} {heading[1]}" if li == 0 else f"{cap(heading[1])} prices"
            out.append((label, cap(v)))
    # what else the owner said, each in their own words
    if "note" not in skip:
        said = _said_elsewhere(facts, products, names)
        out.extend(note_line(f.value) for f in facts if f.kind == "note" and not _note_said(f.value, said)
                   and not (heading and f.value == heading[0] and "price" not in skip))
    return out


# Little words a note needs that say nothing of their own ("bisa pesan lewat GoFood" says only "GoFood").
_NOTE_FILLER = frozenset("""dan atau untuk utk buat dengan di ke dari yang bisa bs juga jg lewat via pesan order ada
kami and or for with the a an to of in on at by we our can also is are""".split())


def _said_elsewhere(facts: tuple[Fact, ...], products: tuple[str, ...], names: tuple[str, ...]) -> set[str]:
    """The words the page already says outside the owner's notes: its offerings, its name and its other facts."""
    said = {w for p in (*products, *names) for w in tokens(p)}
    return said | {w for f in facts if f.kind != "note" for w in tokens(f.value)}


def _note_said(note: str, said: set[str]) -> bool:
    """A note whose every word is said elsewhere on the page ("bunga meja untuk acara kantor" beside the card and
    the audience, "bisa pesan lewat GoFood" beside the GoFood card) adds nothing: shown, it reads as a repeat."""
    words = [w for w in tokens(note) if w not in _NOTE_FILLER]
    return bool(words) and all(w in said for w in words)


def price_for(product: str, facts: tuple[Fact, ...]) -> str | None:
    """The price the owner stated for this product ("nasi box 25rb"), if any; never one said of another item that
    shares a word with it ("pool cleaning 250k" is not the price of "weekly cleaning", price_owner.py)."""
    p = set(tokens(product))
    best, score = None, 0.0
    for f in facts:
        if f.kind != "price" or not f.subject or names_other_item(product, f.subject):
            continue
        s = set(tokens(f.subject))
        overlap = len(p & s) / max(1, len(p))
        if overlap > score and overlap >= 0.5:
            best, score = f.value, overlap
    return best
