"""Industry profiles: which kind of business this is, and the words that fit it.

A profile is matched from the intent's industry (then its products) by keyword; when nothing
matches, the generic profile of the business type is used. Profile texts may use the slots
{kamu} {Kamu} {mu} (pronoun by tone, see sections.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .util import tokens


@dataclass(frozen=True)
class Profile:
    key: str
    bt: str            # business type it belongs to
    kind: str          # food | goods | service | class | event | creative | tech
    mode: str          # default ordering flow: order | book | register | consult
    visit: str         # booked service happens: "come" (customer comes), "go" (we come), "n" (either)
    kw: tuple          # keywords (lower case; two-word keywords allowed)
    noun: tuple        # (id, en) what the business is: "toko kue" / "bakery"
    item: tuple        # (id, en) what a customer picks: "kue" / "treats"
    heads: tuple       # ((id headings), (en headings)) for the products section
    uses: tuple        # ((id), (en)) what an offering is good for, after "untuk" / "for"
    bens: tuple        # ((id), (en)) headline benefit, after "untuk" / "for"
    summ: tuple        # (id, en) a summary of what it offers, when no products are given
    offers: tuple      # 3 × (title_id, desc_id, title_en, desc_en), when no products are given


def P(key, bt, kind, mode, visit, kw, noun, item, heads, uses, bens, summ, offers) -> Profile:
    return Profile(key, bt, kind, mode, visit, tuple(kw.split(",")), noun, item, heads, uses, bens,
                   summ, offers)


# Generic profiles, one per business type (used when no keyword matches).
GENERIC = {
    "food_and_beverage": P(
        "food", "food_and_beverage", "food", "order", "n", "kuliner,makanan,food,culinary",
        ("usaha kuliner", "food business"), ("menu", "dishes"),
        (("Menu Kami", "Pilihan Menu", "Menu Andalan Kami"), ("Our menu", "What's on the menu", "From our kitchen")),
        (("makan bersama keluarga atau teman", "santap siang maupun malam", "acara kecil di rumah"),
         ("a meal with family or friends", "lunch or dinner", "small gatherings at home")),
        (("makan bersama tanpa repot", "santapan sehari-hari bersama orang terdekat"),
         ("good food without the hassle", "everyday meals worth coming back to")),
        ("aneka makanan dan minuman", "food and drinks"),
        (("Menu Harian", "Pilihan menu untuk makan siang dan makan malam.", "Daily menu", "Dishes for lunch and dinner."),
         ("Pesanan Acara", "Tanyakan pesanan untuk arisan, rapat, atau syukuran.", "Orders for events", "Ask about orders for meetings, parties and gatherings."),
         ("Minuman", "Pelengkap santapan, tinggal pilih yang {kamu} suka.", "Drinks", "Something to go with your meal."))),
    "retail": P(
        "shop", "retail", "goods", "order", "n", "toko,shop,store,retail,jualan",
        ("toko", "shop"), ("produk", "products"),
        (("Produk Pilihan", "Koleksi Kami", "Produk Kami"), ("Our products", "Shop the range", "What we sell")),
        (("kebutuhan sehari-hari", "hadiah untuk orang terdekat", "dipakai sendiri maupun dijadikan kado"),
         ("everyday use", "gifting someone close", "yourself or as a gift")),
        (("belanja yang lebih mudah", "kebutuhan harian{mu}"),
         ("easier shopping", "the things you use every day")),
        ("berbagai produk pilihan", "a selection of products"),
        (("Produk Pilihan", "Produk yang kami pilih untuk kebutuhan sehari-hari.", "Everyday picks", "Products picked for everyday use."),
         ("Ide Hadiah", "Tanyakan pilihan yang pas untuk dijadikan kado.", "Gift ideas", "Ask us for something that makes a good gift."),
         ("Pesanan Khusus", "Cari sesuatu yang belum ada? Tanyakan saja ke kami.", "Special requests", "Looking for something not listed? Just ask."))),
    "services": P(
        "service", "services", "service", "order", "n", "jasa,layanan,service,services",
        ("penyedia jasa", "service provider"), ("layanan", "services"),
        (("Layanan Kami", "Apa yang Kami Kerjakan", "Pilihan Layanan"), ("Our services", "What we do", "How we can help")),
        (("kebutuhan rumah maupun kantor", "urusan yang ingin cepat beres", "kebutuhan harian{mu}"),
         ("home or office needs", "jobs you want off your list", "everyday needs")),
        (("urusan yang beres tanpa repot", "pekerjaan yang ditangani dengan serius"),
         ("getting things done without the hassle", "work handled with care")),
        ("berbagai layanan sesuai kebutuhan", "services tailored to what you need"),
        (("Layanan Utama", "Pekerjaan inti kami, dikerjakan sesuai kesepakatan.", "Core service", "Our main service, done as agreed."),
         ("Konsultasi", "Ceritakan kebutuhan{mu}, kita cari solusi yang pas.", "Consultation", "Tell us what you need and we'll find the right fit."),
         ("Pesanan Khusus", "Punya kebutuhan lain? Tanyakan dulu ke kami.", "Custom requests", "Something else in mind? Ask us first."))),
    "creative": P(
        "creative", "creative", "creative", "book", "n", "kreatif,creative,studio,karya",
        ("studio kreatif", "creative studio"), ("layanan", "services"),
        (("Layanan Kami", "Yang Bisa Kami Buat", "Karya & Layanan"), ("What we make", "Our services", "Work we take on")),
        (("kebutuhan pribadi maupun bisnis", "proyek yang ingin tampil beda", "momen dan merek{mu}"),
         ("personal or business projects", "projects that need to stand out", "your moments and your brand")),
        (("karya yang mencerminkan cerita{mu}", "ide yang diwujudkan dengan rapi"),
         ("work that tells your story", "ideas brought to life with care")),
        ("karya kreatif sesuai pesanan", "creative work made to order"),
        (("Proyek Pribadi", "Karya untuk kebutuhan pribadi, dari ide sampai jadi.", "Personal projects", "Work for personal use, from idea to finish."),
         ("Proyek Bisnis", "Materi untuk merek dan usaha {kamu}.", "Business projects", "Material for your brand and business."),
         ("Konsultasi Ide", "Belum punya konsep? Kita diskusikan bersama.", "Idea consultation", "No brief yet? Let's talk it through."))),
    "education": P(
        "school", "education", "class", "register", "come", "pendidikan,education,belajar,sekolah,school,learning",
        ("tempat belajar", "learning centre"), ("kelas", "classes"),
        (("Kelas yang Tersedia", "Program Belajar", "Pilihan Kelas"), ("Our classes", "Programmes", "What you can learn")),
        (("siswa yang ingin belajar lebih terarah", "pemula maupun yang ingin memperdalam", "belajar sesuai kebutuhan"),
         ("learners who want clear guidance", "beginners and those going further", "learning at your own pace"))
        , (("belajar yang lebih terarah", "langkah belajar berikutnya"),
           ("learning with clear direction", "your next step in learning")),
        ("berbagai kelas dan program belajar", "classes and learning programmes"),
        (("Kelas Reguler", "Belajar rutin dengan jadwal yang teratur.", "Regular classes", "Learning on a regular schedule."),
         ("Kelas Privat", "Tanyakan pilihan belajar privat sesuai kebutuhan.", "Private lessons", "Ask about one-to-one lessons."),
         ("Kelas Pemula", "Cocok untuk yang baru mulai belajar.", "Beginner classes", "A good place to start."))),
    "events": P(
        "event", "events", "event", "consult", "n", "acara,event,events",
        ("penyelenggara acara", "event organiser"), ("paket", "packages"),
        (("Paket Acara", "Layanan Acara", "Yang Bisa Kami Siapkan"), ("Our packages", "Event services", "What we can arrange")),
        (("acara keluarga, kantor, maupun komunitas", "perayaan kecil hingga besar", "hari penting{mu}"),
         ("family, office or community events", "celebrations big and small", "your big day"))
        , (("acara yang berjalan lancar", "hari istimewa yang berkesan"),
           ("events that run smoothly", "a special day to remember")),
        ("persiapan dan pelaksanaan acara", "event planning and running"),
        (("Perencanaan Acara", "Kita susun konsep dan susunan acara bersama.", "Event planning", "We plan the concept and run-down together."),
         ("Koordinasi Hari H", "Membantu acara berjalan sesuai rencana.", "On-the-day coordination", "Helping the day go to plan."),
         ("Paket Sesuai Kebutuhan", "Ceritakan acaranya, kami sesuaikan paketnya.", "Tailored packages", "Tell us about the event and we'll shape the package."))),
    "technology": P(
        "tech", "technology", "tech", "consult", "n", "teknologi,technology,tech,digital",
        ("penyedia solusi teknologi", "technology studio"), ("layanan", "services"),
        (("Solusi Kami", "Layanan Kami", "Yang Bisa Kami Bangun"), ("What we offer", "Our services", "What we build")),
        (("usaha yang ingin lebih rapi secara digital", "tim kecil maupun perusahaan", "kebutuhan bisnis{mu}"),
         ("businesses going digital", "small teams and larger companies", "your business needs")),
        (("bisnis yang lebih rapi secara digital", "kerja yang lebih efisien"),
         ("a business that runs smoother online", "work that flows more easily")),
        ("solusi teknologi untuk usaha", "technology solutions for businesses"),
        (("Pengembangan", "Membangun solusi sesuai kebutuhan usaha {kamu}.", "Development", "Building what your business needs."),
         ("Konsultasi", "Diskusi kebutuhan sebelum mulai mengerjakan.", "Consulting", "Talking through your needs before we build."),
         ("Pendampingan", "Bantuan setelah solusi mulai dipakai.", "Support", "Help once it's up and running."))),
    "other": P(
        "other", "other", "service", "order", "n", "usaha,bisnis,business",
        ("usaha", "business"), ("layanan", "offerings"),
        (("Yang Kami Tawarkan", "Pilihan Kami", "Layanan & Produk"), ("What we offer", "Our offerings", "Take a look")),
        (("kebutuhan sehari-hari", "kebutuhan pribadi maupun keluarga", "keperluan{mu}"),
         ("everyday needs", "personal or family needs", "what you need"))
        , (("kebutuhan{mu}", "urusan yang lebih mudah"),
           ("what you need", "making things easier")),
        ("produk dan layanan pilihan", "a selection of products and services"),
        (("Layanan Utama", "Layanan utama kami, tanyakan detailnya.", "Main offering", "Our main offering — ask us for the details."),
         ("Pesanan Khusus", "Tanyakan kebutuhan khusus{mu} ke kami.", "Special requests", "Ask us about anything specific."),
         ("Konsultasi", "Belum yakin? Ngobrol dulu dengan kami.", "Have a chat", "Not sure yet? Talk to us first."))),
}


def _all_profiles() -> list[Profile]:
    from .industries_goods import PROFILES as goods
    from .industries_services import PROFILES as services
    return [*goods, *services]


@lru_cache(maxsize=1)
def _index() -> tuple[dict, list[Profile]]:
    profiles = _all_profiles()
    idx: dict[str, list[int]] = {}
    for i, p in enumerate(profiles):
        for k in p.kw:
            idx.setdefault(k.strip(), []).append(i)
    return idx, profiles


def _matches(text: str) -> list[int]:
    """Profile indexes whose keywords occur in `text` (words and two-word phrases)."""
    idx, _ = _index()
    toks = tokens(text)
    found: list[int] = []
    grams = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]
    for g in grams:
        hits = idx.get(g)
        if hits is None and len(g) > 3 and g.endswith("s"):
            hits = idx.get(g[:-1])
        if hits:
            found.extend(hits)
    return found


def _best(hit_idx: list[int], business_type: str) -> Profile | None:
    if not hit_idx:
        return None
    _, profiles = _index()
    same = [i for i in hit_idx if profiles[i].bt == business_type]
    pool = same or hit_idx
    # most hits wins; ties go to the keyword met first
    best = max(dict.fromkeys(pool), key=lambda i: (pool.count(i), -pool.index(i)))
    return profiles[best]


@lru_cache(maxsize=1024)
def profile_for(business_type: str, industry: str, products: tuple[str, ...]) -> Profile:
    """The most specific profile for this business."""
    found = _best(_matches(industry), business_type)
    if found is None:
        found = _best(_matches(" ; ".join(products)), business_type)
    return found or GENERIC.get(business_type, GENERIC["other"])


@lru_cache(maxsize=2048)
def profile_for_product(product: str, fallback: Profile) -> Profile:
    """The profile a single product belongs to (for its card description)."""
    hits = _matches(product)
    if not hits:
        return fallback
    _, profiles = _index()
    if any(profiles[i] is fallback for i in hits):
        return fallback
    return _best(hits, fallback.bt) or fallback


# Product words whose use is more specific than their profile's (id, en).
PRODUCT_USES = {
    "nastar": ("hampers dan suguhan Lebaran", "festive hampers and sharing with guests"),
    "kastengel": ("hampers dan suguhan Lebaran", "festive hampers and sharing with guests"),
    "putri salju": ("hampers dan suguhan Lebaran", "festive hampers and sharing with guests"),
    "kue kering": ("hampers, suguhan tamu, dan camilan keluarga", "hampers, guests and family snacking"),
    "hampers": ("hadiah untuk keluarga, teman, atau rekan kerja", "gifts for family, friends or colleagues"),
    "parcel": ("hadiah untuk keluarga, teman, atau rekan kerja", "gifts for family, friends or colleagues"),
    "tart": ("ulang tahun dan perayaan keluarga", "birthdays and family celebrations"),
    "kue ulang tahun": ("ulang tahun dan perayaan keluarga", "birthdays and family celebrations"),
    "birthday cake": ("ulang tahun dan perayaan keluarga", "birthdays and family celebrations"),
    "nasi box": ("rapat, pengajian, dan acara kantor", "meetings and office events"),
    "tumpeng": ("syukuran dan perayaan", "thanksgiving gatherings and celebrations"),
    "prewedding": ("mengabadikan cerita kalian sebelum hari bahagia", "telling your story before the big day"),
    "wisuda": ("merayakan kelulusan", "celebrating graduation"),
    "graduation": ("merayakan kelulusan", "celebrating graduation"),
}


def product_use(product: str) -> tuple[str, str] | None:
    low = " " + " ".join(tokens(product)) + " "
    for key, val in PRODUCT_USES.items():
        if f" {key} " in low:
            return val
    return None
