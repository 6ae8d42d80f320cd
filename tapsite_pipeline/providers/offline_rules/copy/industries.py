"""Niche profiles: the words that fit one kind of business, keyed by the intent's niche.

A page uses exactly one profile: its niche's, or (niche "other") the neutral profile of its business
type. No sentence is ever borrowed from another niche, so a pet shop is never written as a restaurant.
Profile texts may use the slots {kamu} {Kamu} {mu} (pronoun by tone, see sections.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache


@dataclass(frozen=True)
class Profile:
    key: str           # the niche key (models.NICHES), or the business type for a neutral profile
    bt: str            # business type it belongs to
    kind: str          # food | goods | service | class | event | creative | tech
    mode: str          # default ordering flow: order | book | register | consult
    visit: str         # booked service happens: "come" (customer comes), "go" (we come), "n" (either)
    noun: tuple        # (id, en) what the business is: "toko kue" / "bakery"
    item: tuple        # (id, en) what a customer picks: "kue" / "treats"
    heads: tuple       # ((id headings), (en headings)) for the products section
    uses: tuple        # ((id), (en)) what an offering is good for, after "untuk" / "for"
    bens: tuple        # ((id), (en)) headline benefit, after "untuk" / "for"
    summ: tuple        # (id, en) a summary of what it offers, when no offerings are named
    supply: bool = False  # a supplier to other businesses: its WhatsApp card speaks of wholesale prices


def P(key, bt, kind, mode, visit, noun, item, heads, uses, bens, summ) -> Profile:
    return Profile(key, bt, kind, mode, visit, noun, item, heads, uses, bens, summ)


# The parser's industry label for a business that supplies other businesses (niche.SUPPLY_INDUSTRY).
SUPPLY_INDUSTRY = "wholesale supply"
# What a supplier's page says, whatever it supplies (coffee beans to cafés, kerupuk to shops, rattan to hotels):
# goods ordered in bulk by businesses, never a menu, a kitchen or a place to sit.
SUPPLY = P(
    "supply", "retail", "goods", "order", "n",
    ("pemasok", "supplier"), ("produk", "products"),
    (("Produk untuk Usaha{mu}", "Yang Kami Pasok", "Produk Grosir Kami"),
     ("What we supply", "Products for your business", "Our wholesale range")),
    (("stok kafe, resto, dan toko", "kebutuhan usaha{mu}", "dijual kembali"),
     ("stocking cafés, restaurants and shops", "your business's regular orders", "reselling")),
    (("pasokan usaha{mu} yang lancar", "stok usaha yang selalu siap"),
     ("a steady supply for your business", "stock your business can count on")),
    ("pasokan produk untuk usaha", "supplies for businesses"))


# Neutral profiles, one per business type: used when the niche is unsure ("other"), so they say
# nothing that only one trade would say.
GENERIC = {
    "food_and_beverage": P(
        "food_and_beverage", "food_and_beverage", "food", "order", "n",
        # "menu" and "serve" would make a bottled-sambal maker a restaurant: neutral words fit both
        ("usaha kuliner", "food business"), ("produk", "products"),
        (("Produk Kami", "Pilihan Kami", "Yang Kami Buat"), ("Our products", "Our range", "What we make")),
        (("dinikmati bersama keluarga atau teman", "santapan sehari-hari", "acara kecil di rumah"),
         ("sharing with family or friends", "everyday meals", "small gatherings at home")),
        (("santapan yang bikin ingin kembali", "dinikmati bersama orang terdekat"),
         ("food worth a second visit", "sharing with the people close to you")),
        ("aneka makanan dan minuman", "food and drinks")),
    "retail": P(
        "retail", "retail", "goods", "order", "n",
        ("toko", "shop"), ("produk", "products"),
        (("Produk Pilihan", "Koleksi Kami", "Produk Kami"), ("Our products", "Shop the range", "What we sell")),
        (("kebutuhan sehari-hari", "dipakai sendiri maupun dijadikan hadiah", "keperluan rumah"),
         ("everyday use", "yourself or as a gift", "around the house")),
        (("belanja yang lebih mudah", "kebutuhan harian{mu}"),
         ("easier shopping", "the things you use every day")),
        ("berbagai produk pilihan", "a selection of products")),
    "services": P(
        "services", "services", "service", "order", "n",
        ("penyedia jasa", "service provider"), ("layanan", "services"),
        (("Layanan Kami", "Apa yang Kami Kerjakan", "Pilihan Layanan"), ("Our services", "What we do", "How we can help")),
        (("kebutuhan rumah maupun kantor", "urusan yang ingin cepat beres", "kebutuhan harian{mu}"),
         ("home or office needs", "jobs you want off your list", "everyday needs")),
        # said after "untuk"/"for" in a headline about any service, from childcare to AC repair
        (("urusan yang beres tanpa repot", "hari yang lebih tenang"),
         ("getting things done without the hassle", "calmer, easier days")),
        ("berbagai layanan sesuai kebutuhan", "services tailored to what you need")),
    "creative": P(
        "creative", "creative", "creative", "book", "n",
        ("studio kreatif", "creative studio"), ("layanan", "services"),
        (("Layanan Kami", "Yang Bisa Kami Buat", "Karya & Layanan"), ("What we make", "Our services", "Work we take on")),
        (("kebutuhan pribadi maupun bisnis", "proyek yang ingin tampil beda", "momen dan merek{mu}"),
         ("personal or business projects", "projects that need to stand out", "your moments and your brand")),
        (("karya yang mencerminkan cerita{mu}", "ide yang diwujudkan dengan rapi"),
         ("work that tells your story", "ideas brought to life with care")),
        ("karya kreatif sesuai pesanan", "creative work made to order")),
    "education": P(
        "education", "education", "class", "register", "come",
        ("tempat belajar", "learning centre"), ("kelas", "classes"),
        (("Kelas yang Tersedia", "Program Belajar", "Pilihan Kelas"), ("Our classes", "Programmes", "What you can learn")),
        (("siswa yang ingin belajar lebih terarah", "pemula maupun yang ingin memperdalam", "belajar sesuai kebutuhan"),
         ("learners who want clear guidance", "beginners and those going further", "learning at your own pace")),
        (("belajar yang lebih terarah", "langkah belajar berikutnya"),
         ("learning with clear direction", "your next step in learning")),
        ("berbagai kelas dan program belajar", "classes and learning programmes")),
    "events": P(
        "events", "events", "event", "consult", "n",
        ("penyelenggara acara", "event organiser"), ("paket", "packages"),
        (("Paket Acara", "Layanan Acara", "Yang Bisa Kami Siapkan"), ("Our packages", "Event services", "What we can arrange")),
        (("acara keluarga, kantor, maupun komunitas", "perayaan kecil hingga besar", "hari penting{mu}"),
         ("family, office or community events", "celebrations big and small", "your big day")),
        (("acara yang berjalan lancar", "hari istimewa yang berkesan"),
         ("events that run smoothly", "a special day to remember")),
        ("persiapan dan pelaksanaan acara", "event planning and running")),
    "technology": P(
        "technology", "technology", "tech", "consult", "n",
        # the niche is unsure: "build" and "studio" would make every technology business a software maker
        ("penyedia layanan teknologi", "technology service provider"), ("layanan", "services"),
        (("Solusi Kami", "Layanan Kami", "Yang Kami Kerjakan"), ("What we offer", "Our services", "What we do")),
        # nor "digital": a solar installer or a drone operator is technology too
        (("kebutuhan usaha maupun pribadi", "tim kecil maupun perusahaan", "kebutuhan bisnis{mu}"),
         ("personal or business needs", "small teams and larger companies", "your business needs")),
        (("pekerjaan yang beres dengan alat yang tepat", "kerja yang lebih efisien"),
         ("work done with the right tools", "work that flows more easily")),
        ("layanan teknologi sesuai kebutuhan", "technology services for what you need")),
    "other": P(
        "other", "other", "service", "order", "n",
        ("usaha", "business"), ("layanan", "offerings"),
        (("Yang Kami Tawarkan", "Pilihan Kami", "Layanan & Produk"), ("What we offer", "Our offerings", "Take a look")),
        (("kebutuhan sehari-hari", "kebutuhan pribadi maupun keluarga", "keperluan{mu}"),
         ("everyday needs", "personal or family needs", "what you need")),
        # no benefit: for a business of no known kind, any would be filler ("Made for what you need.")
        (("",), ("",)),
        ("produk dan layanan pilihan", "a selection of products and services")),
}


def _all_profiles() -> list[Profile]:
    from .industries_food import PROFILES as food
    from .industries_goods import PROFILES as goods
    from .industries_services import PROFILES as services
    from .industries_work import PROFILES as work
    return [*food, *goods, *services, *work]


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Profile]:
    return {p.key: p for p in _all_profiles()}


def profile_for(niche: str, business_type: str, industry: str = "") -> Profile:
    """The niche's profile; with the niche "other", the profile of an industry that has words of its own
    (childcare), else the neutral profile of the business type."""
    from .industries_services import INDUSTRY_PROFILES
    if industry == SUPPLY_INDUSTRY:  # a supplier keeps its business type, and speaks as a supplier
        return replace(SUPPLY, key=niche, bt=business_type, supply=True)
    by_industry = INDUSTRY_PROFILES.get(industry) if niche == "other" else None
    if by_industry is not None and by_industry.bt == business_type:
        return by_industry
    prof = _by_key().get(niche) or GENERIC.get(business_type, GENERIC["other"])
    if business_type == "services" and prof.kind == "goods":
        # a service under a shop's niche (dog walking, pet sitting under the pet shop's words) keeps the niche's
        # words but is what it is: a service that is booked, not a shop with products in a basket
        svc = GENERIC["services"]
        prof = replace(prof, bt=svc.bt, kind=svc.kind, mode="book", noun=svc.noun, item=svc.item)
    elif industry in _BOOKED_INDUSTRIES and prof.kind == "goods":
        # boarding pets is lodging (business type other, like a kost) under the pet shop's words: booked, not sold
        svc = GENERIC["services"]
        prof = replace(prof, kind=svc.kind, mode="book", noun=svc.noun, item=svc.item)
    return prof


# Industries of another business type that are booked like a service, whatever the niche's words say.
_BOOKED_INDUSTRIES = frozenset({"pet boarding"})
