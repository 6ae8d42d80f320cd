"""The page features an owner asks for ("bisa booking", "ada menu", "pesan lewat WA"), and the ones they rule out
("walk in aja gk usah booking", "we don't deliver"): what the page offers besides its cards.

    features(lower) -> the features asked for, in the order the owner mentioned them
    feature_mentions(lower, feature) -> where each was said (not ruled out)
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

# What is registered when registering is the service sold (a marriage, a business, a vehicle, a brand): no sign-up
_REGISTERED_ID = r"nikah|pernikahan|usaha|merek|merk|tanah|kendaraan|motor|mobil|perusahaan|pt|cv|haki|paten|npwp|nib|domain|visa"
_REGISTERED_EN = "".join(f"(?<!{w} )" for w in ("civil", "business", "company", "vehicle", "car", "marriage", "land",
                                                 "trademark", "domain", "visa", "birth", "property"))
_FEATURES: list[tuple[str, str]] = [
    ("whatsapp", r"\b(?<!chatbot )(?<!bot )(?:whats\s?app|whatsap|watsap|wasap|whatsaap|wa|w\.a|wa\.me|chat\s+wa|nomor\s+wa|no\s+wa)\b(?!\s+(?:bot|chatbot|blast|gateway|api)\b)"),
    ("menu", r"\b(?:daftar\s+menu|list\s+menu|menu\s+list|e-?menu|(?:show|display|see|view|browse|full|online|digital|our|the)\s+menu|"
             r"menu\s+(?:online|digital|lengkap|page|section|board|dan\s+harga|&\s+harga|sama\s+harga|\+\s+harga)|"
             r"(?:ada|tampilkan|tampilin|lihat|cantumkan|pajang|sertakan|kasih|halaman|web\w*\s+yg\s+ada|yang\s+ada)\s+menu(?:nya)?)\b"),
    ("catalog", r"\b(?:katalog|catalog|catalogue|katalognya|daftar\s+produk|product\s+list|list\s+produk|etalase|"
                r"product\s+catalog|showcase\s+(?:our\s+)?products)\b"),
    ("pricing", r"\b(?:daftar\s+harga|list\s+harga|price\s*list|pricelist|pricing|prices?(?!\s+(?:are\s+)?(?:affordable|friendly))|"
                r"harga(?!\s*(?:nya\s+)?(?:terjangkau|murah|bersahabat|miring|ramah|bersaing|merakyat|hemat|pelajar|grosir|sampah))|"
                r"tarif|biaya|paket\s+harga|harga\s+paket|rate\s*card|ratecard)\b"),
    ("contact_form", r"\b(?:form(?:ulir)?\s+(?:kontak|konsultasi|penawaran|pertanyaan|tanya|inquiry|enquiry|contact|hubungi)|"
                     r"contact\s+form|kontak\s+form|contact\s+us\s+form|inquiry\s+form|enquiry\s+form|quote\s+request|"
                     r"request\s+(?:a\s+)?quote|consultation\s+form|form\s+konsul)\b"),
    ("order_form", r"\b(?:form(?:ulir)?\s+(?:pemesanan|pesanan|order|pesan)|order\s+form|form\s+po|pesan\s+online|"
                   r"order\s+online|pemesanan\s+online|online\s+order(?:ing)?|pre[\s-]?order\s+form|checkout)\b"),
    ("booking", r"\b(?:booking|book\s+(?:online|a|an|now|your|on\s+(?:whatsapp|wa|instagram|ig)|via|through|by\s+(?:phone|whatsapp|dm))|bookings?|reservasi|reservation|reservations|reserve|"
                r"janji\s+temu|appointment|appointments|pesan\s+tempat|jadwalkan|buat\s+janji|bikin\s+janji|"
                r"reservasi\s+online|booking\s+online|sewa\s+online)\b"),
    # (never a thing registered for the customer, a service: "civil registration paperwork", "pendaftaran nikah/merek")
    ("registration", rf"\b(?:(?:pendaftaran|registrasi)(?!\s+(?:{_REGISTERED_ID})\b)|{_REGISTERED_EN}registration|"
                     r"register|enroll|enrol|enrollment|enrolment|"
                     r"daftar\s+(?:\w+\s+)?online|daftar\s+(?:sekarang|kelas|les|siswa|murid|peserta|member|anggota|kursus|tenant|"
                     r"relawan|volunteer)|cara\s+daftar|bisa\s+daftar|form(?:ulir)?\s+daftar|form(?:ulir)?\s+pendaftaran|"
                     r"ppdb|psb|join\s+form|sign\s+up\s+for\s+(?:a\s+)?class)\b"),
    ("schedule", r"\b(?:jadwal|jadwalnya|schedule|schedules|timetable|jam\s+(?:buka|operasional|kelas)|"
                 r"opening\s+hours|class\s+times|itinerary|rundown|line\s*up)\b"),
    ("gallery", r"\b(?:galeri|gallery|galery|foto[\s-]+foto|foto2|photos|foto\s+produk|dokumentasi|photo\s+gallery|"
                r"pictures|gambar[\s-]+gambar)\b"),
    ("portfolio", r"\b(?:portofolio|portfolio|portfolionya|portofolionya|porto|hasil\s+karya|karya\s+(?:kami|saya)|"
                  r"past\s+works?|our\s+work|previous\s+work|case\s+stud(?:y|ies)|proyek\s+sebelumnya)\b"),
    ("testimonials", r"\b(?:testimoni|testimonial|testimonials|testi|review|reviews|ulasan|kata\s+pelanggan|rating|"
                     r"ratings|feedback\s+pelanggan|customer\s+feedback)\b"),
    ("map", r"\b(?:peta|maps|map|google\s+maps|gmaps|denah|directions|petunjuk\s+arah|share\s*loc|sharelok|titik\s+lokasi)\b"),
    ("social_links", r"\b(?:instagram|insta|ig|tiktok|tik\s+tok|facebook|fb|twitter|youtube|yt|linkedin|"
                     r"(?:link|links|tautan|tombol|icon|ikon|ke)\s+(?:ke\s+)?(?:sosmed|sosial\s+media|social\s+media|medsos|"
                     r"social)|social\s+links?|sosmed|medsos)\b(?!\s+templates?)"),
    ("tickets", r"\b(?:tiket|ticket|tickets|e-?ticket|htm|ticketing|beli\s+tiket|buy\s+tickets?)\b"),
    ("signup", r"\b(?:newsletter|sign\s?up|signup|subscribe|subscription|berlangganan|langganan\s+(?:newsletter|email|"
               r"info)|mailing\s+list|email\s+list|waitlist|wait\s+list|coba\s+gratis|free\s+trial|create\s+(?:an\s+)?account|"
               r"buat\s+akun|join\s+(?:our\s+)?(?:list|community))\b"),
    ("download", r"\b(?:download|unduh|diunduh|didownload|di-download|unduhan|downloadable|pdf|e-?book|brosur\s+digital)\b"),
    ("delivery", r"\b(?:delivery|deliver|delivers|diantar|pesan\s+antar|layanan\s+antar|bisa\s+antar|antar\s+ke|ongkir|"
                 r"free\s+ongkir|gratis\s+ongkir|kirim|dikirim|pengiriman|shipping|ship|ships|(?<!no )(?<!tidak )(?<!tanpa )"
                 r"(?<!gak )(?<!ga )(?<!nggak )cod|bayar\s+di\s+tempat|antar\s+jemput|ke\s+seluruh\s+indonesia|nationwide|"
                 r"gofood|grabfood|shopeefood|jemput)\b"),
    # said outright; a booking the owner rules out ("tanpa reservasi") is a walk-in too (features() below)
    ("walk_in", r"\b(?:walk[\s-]?ins?(?!\s+(?:closet|wardrobe|interview|freezer|chiller|cooler|cold\s+room))|"
                r"no\s+appointment\s+(?:needed|necessary|required))\b"),
]
_FEATURE_RES = [(f, regrouped(p)) for f, p in _FEATURES]
# Every feature pattern at once, the leading \b shared: it matches where the earliest feature match starts (or
# nowhere), so one scan skips the text before it for all 18 patterns (most briefs ask for none or few).
assert all(p.startswith(r"\b") for _, p in _FEATURES)  # the shared \b below relies on it
_ANY_FEATURE = fast(r"\b(?:" + "|".join(f"(?:{p[2:]})" for _, p in _FEATURES) + ")")


# A feature the owner rules out is not asked for: "walk in aja gk usah booking", "tanpa reservasi", "no booking
# needed", "without an appointment", "booking not required", "gak ada delivery", "tidak melayani pesan antar",
# "we don't deliver", "delivery belum ada". A page that offers what the owner said is not done contradicts them
# (a booking form on a walk-in barbershop, "we deliver to your door" for a dine-in-only stall).
_NOT = r"(?:gk|gak|ga|g|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak|belum|blm|blum|bukan)"
_NEGATED_BEFORE = regrouped(
    r"(?:\b" + _NOT + r"\s+(?:usah|perlu|pake|pakai|harus|butuh|ada|melayani|layani|nerima|terima|menerima|bisa|bs|"
    r"sedia|menyediakan|nyediain|buka|open)\s+(?:jasa\s+|layanan\s+|fitur\s+)?"
    r"|\b(?:gausah|gaperlu|tanpa|without|no)\s+(?:an?\s+|perlu\s+|harus\s+)?"
    r"|\bno\s+need\s+(?:to\s+|for\s+(?:an?\s+)?)?"
    r"|\b(?:don'?t|do\s+not|doesn'?t|does\s+not|can'?t|cannot|can\s+not|won'?t|will\s+not)\s+"
    r"(?:need\s+(?:to\s+|an?\s+)?|offer\s+(?:an?\s+)?|provide\s+(?:an?\s+)?|do\s+(?:an?\s+)?|take\s+(?:an?\s+)?|accept\s+)?)$")
_NEGATED_AFTER = regrouped(
    r"\s*(?:(?:is|are)\s+)?(?:not\s+(?:needed|required|necessary|available|offered|provided)|unavailable|"
    r"(?:gk|gak|ga|nggak|tidak|tdk|belum|blm)\s+(?:perlu|usah|wajib|ada|tersedia|bisa|bs|melayani))\b")
# a fee ruled out is a free service, not a service ruled out: "tanpa ongkir", "no shipping fee"
_FEE_WORDS = frozenset({"ongkir"})
# ruled out only somewhere: "pengiriman tidak tersedia ke luar kota", "no delivery outside Ubud" (it is done nearby)
_ONLY_ELSEWHERE = regrouped(r"\s*(?:(?:di|ke|untuk|utk|buat|area)\s+)?(?:luar|outside|beyond)\b")
# "no booking no fee", "no cure, no pay": a condition of the price, nothing ruled out
_CONDITION = regrouped(r"\s*,?\s*(?:no|gak|ga|tidak|nggak|tanpa)\s+\w")


def _ruled_out(lower: str, m: re.Match) -> bool:
    if m.group(0) in _FEE_WORDS:
        return False
    if _NEGATED_BEFORE.search(lower, max(0, m.start() - 32), m.start()):
        return not (_ONLY_ELSEWHERE.match(lower, m.end()) or _CONDITION.match(lower, m.end()))
    after = _NEGATED_AFTER.match(lower, m.end())
    return bool(after) and not _ONLY_ELSEWHERE.match(lower, after.end())


def features(lower: str) -> list[str]:
    """Requested features in the order the owner mentioned them (a mention the owner negates does not count)."""
    first = _ANY_FEATURE.search(lower)
    if first is None:
        return []
    found: list[tuple[int, str]] = []
    for feat, rx in _FEATURE_RES:
        # no match of any of them starts earlier; lookbehinds still see the text before
        # ("no wa 0812…" is a number, never a refusal: contact channels are never ruled out)
        m = (rx.search(lower, first.start()) if feat == "whatsapp" else
             next((m for m in rx.finditer(lower, first.start()) if not _ruled_out(lower, m)), None))
        if m:
            found.append((m.start(), feat))
        elif feat == "booking" and (ruled := rx.search(lower, first.start())):
            found.append((ruled.start(), "walk_in"))
    return list(dict.fromkeys(f for _, f in sorted(found)))


def feature_mentions(lower: str, feat: str) -> list[tuple[int, int]]:
    """Where the owner mentions a feature (not ruled out): the spans `features` found it by."""
    rx = dict(_FEATURE_RES).get(feat)
    if rx is None:
        return []
    return [(m.start(), m.end()) for m in rx.finditer(lower) if feat == "whatsapp" or not _ruled_out(lower, m)]
