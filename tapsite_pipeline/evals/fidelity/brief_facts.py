"""Concrete facts in a brief (hours, years, prices, delivery and pickup, areas, turnaround, packages,
trials, school levels, who it is for, contact details), each with what on a page would show it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import values
from .brief_days import brief_days
from .brief_numbers import brief_numbers, number_regex
from .brief_stops import brief_stops
from .lexicon import Lexicon
from .text import STOP_EN, STOP_ID, content_words, norm


@dataclass(frozen=True)
class Fact:
    """One thing the owner stated. On the page: every group in `groups` has one of its phrases
    (normalised, whole words), every regex in `regex` matches the lower-cased page text, and
    `value` (hours, price, year, phone, email, handle) is found among the page's parsed values."""

    kind: str
    label: str
    groups: tuple[tuple[str, ...], ...] = ()
    regex: tuple[str, ...] = ()
    value: object = None


KIND_LABEL = {
    "hours": "opening hours", "days": "opening days", "year": "year", "experience": "experience",
    "price": "price", "free": "free service", "pickup": "pickup", "delivery": "delivery",
    "nationwide": "area served", "place": "place", "turnaround": "turnaround", "package": "package",
    "trial": "trial", "level": "school level", "audience": "who it is for", "instagram": "Instagram",
    "email": "email", "phone": "phone", "halal": "halal", "discount": "discount", "cod": "cash on delivery",
    "warranty": "warranty", "gold": "fact", "since_year": "year", "area": "area served", "offer": "offer",
    "address": "address", "social": "social account", "number": "number", "day": "day", "stop": "schedule stop",
}

_FREE = r"(?:gratis|free|bebas biaya|tanpa biaya|complimentary|cuma-cuma)"
# what a "free …" can be about, and the words that show it on a page
FREE_SERVICES = {
    "pickup": r"(?:pick\s?-?up|jemput|antar[\s-]jemput|collection)",
    "delivery": r"(?:delivery|deliver|antar|diantar|kirim|pengiriman|ongkir|ongkos kirim|shipping)",
    "consultation": r"(?:konsultasi|consultation|consult)",
    "trial": r"(?:trial|percobaan|coba)",
    "survey": r"(?:survei|survey|cek lokasi)",
    "wifi": r"(?:wifi|wi-fi)",
    "parking": r"(?:parkir|parking)",
}
_DAYS = {
    "senin": "monday", "selasa": "tuesday", "rabu": "wednesday", "kamis": "thursday", "jumat": "friday",
    "jum'at": "friday", "sabtu": "saturday", "minggu": "sunday", "ahad": "sunday",
}
_DAY_EN = {"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday", "fri": "friday",
           "sat": "saturday", "sun": "sunday"}
_DAY_WORD = r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|" \
            r"thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
DAY_RANGE = re.compile(rf"\b{_DAY_WORD}\s*(?:-|–|—|to|until|sampai|s/d|sd|hingga)\s*{_DAY_WORD}\b", re.I)
EVERY_DAY = re.compile(r"\b(?:setiap hari|tiap hari|every ?day|daily|7 hari seminggu|seven days a week|buka terus)\b",
                       re.I)
ALL_HOURS = re.compile(r"\b(?:24\s?jam|24\s?hours|24/7|24 ?x ?7)\b", re.I)
EXPERIENCE = re.compile(r"\b(\d{1,2})\s*\+?\s*(?:tahun|thn|th|years?|yrs?)\s*(?:lebih\s*)?(?:pengalaman|berpengalaman|"
                        r"experience|of experience|berdiri|in business)|\b(?:pengalaman|berpengalaman|experience)\s*"
                        r"(?:lebih dari\s*|over\s*|more than\s*)?(\d{1,2})\s*\+?\s*(?:tahun|thn|years?)", re.I)
TURNAROUND = re.compile(r"\b(?:(?P<n>\d{1,2}|se|satu|one)\s?(?P<u>hari|jam|days?|hours?|hrs?)\s?"
                        r"(?:jadi|selesai|beres|kelar|done|ready|turnaround|express)"
                        r"|(?:dalam|within|express|kilat|proses|turnaround(?: of)?)\s(?P<n2>\d{1,2}|satu|one|se)"
                        r"\s?(?P<u2>hari|jam|days?|hours?|hrs?)"
                        r"|(?P<same>same[\s-]day|sehari jadi|sehari selesai|next[\s-]day))\b", re.I)
NATIONWIDE = re.compile(r"\b(?:seluruh indonesia|se-?indonesia|all over indonesia|nationwide|across indonesia|"
                        r"throughout indonesia|ke mana saja|anywhere in indonesia)\b", re.I)
NATIONWIDE_PHRASES = ("seluruh indonesia", "se-indonesia", "se indonesia", "all over indonesia", "nationwide",
                      "across indonesia", "throughout indonesia", "ke mana saja", "anywhere in indonesia")
PACKAGE = re.compile(r"\b(?:paket|package)\s+([a-z][\w-]*(?:\s+[a-z0-9][\w-]*)?)|\b([a-z][\w-]+)\s+packages?\b", re.I)
_PACKAGE_GENERIC = frozenset("""harga price pricing prices lengkap tersedia kami our yang untuk for dan and murah
the a an with dengan ini itu nya beserta ada list daftar
show shows showing display displaying view see browse include includes including tampilkan menampilkan all various
several some""".split())  # ("show packages with prices": a request for the page, no package's name)
TRIAL = re.compile(r"\b(?:free trial|trial gratis|gratis trial|trial class|kelas trial|kelas percobaan|"
                   r"coba gratis|gratis coba|free first (?:class|lesson|session)|sesi pertama gratis|uji coba gratis|"
                   r"trial)\b", re.I)
LEVELS = {
    "sd": ("sd", "sekolah dasar", "elementary", "primary school"),
    "smp": ("smp", "sekolah menengah pertama", "junior high", "middle school"),
    "sma": ("sma", "sekolah menengah atas", "high school", "senior high"),
    "smk": ("smk", "sekolah menengah kejuruan", "vocational"),
    "tk": ("tk", "taman kanak", "kindergarten"),
    "paud": ("paud", "pre-school", "preschool"),
    "utbk": ("utbk", "snbt", "sbmptn"),
}
LEVEL_RE = re.compile(r"(?<![\d./:]\s)(?<![\d./:])\b(sd|smp|sma|smk|tk|paud|utbk)\b(?!\s?\d)", re.I)
AUDIENCE_RE = re.compile(r"\b(?:untuk|utk|buat|khusus|for|especially for|only for|catering to)\s+(?:para\s+|the\s+)?"
                         r"([\w-]+)", re.I)
AUDIENCE_SYNONYMS = {
    "wanita": ("wanita", "perempuan", "women", "ladies", "muslimah"), "muslimah": ("muslimah", "wanita"),
    "perempuan": ("perempuan", "wanita", "women"), "pria": ("pria", "laki-laki", "men"),
    "anak": ("anak", "anak-anak", "kids", "children"), "anak-anak": ("anak", "anak-anak", "kids", "children"),
    "mahasiswa": ("mahasiswa", "students"), "pelajar": ("pelajar", "siswa", "students"),
    "keluarga": ("keluarga", "families", "family"), "kantor": ("kantor", "office", "offices", "perkantoran"),
    "umkm": ("umkm", "smes", "small businesses", "usaha kecil"), "koperasi": ("koperasi", "cooperative", "cooperatives"),
    "cooperatives": ("cooperatives", "cooperative", "koperasi"), "women": ("women", "ladies", "wanita"),
    "kids": ("kids", "children", "anak"), "students": ("students", "mahasiswa", "pelajar"),
    "roasters": ("roasters", "roaster"), "offices": ("offices", "office", "kantor"),
    "startups": ("startups", "startup"), "startup": ("startup", "startups"),
    "ibu": ("ibu", "ibu-ibu", "moms", "mothers"), "bayi": ("bayi", "babies", "baby"),
}
WARRANTY = re.compile(r"\b(?:garansi|warranty|guarantee|jaminan)\s*(\d{1,3})\s*(hari|bulan|tahun|days?|months?|years?)"
                      r"|\b(\d{1,3})[\s-]*(hari|bulan|tahun|days?|months?|years?)\s*(?:garansi|warranty|guarantee)", re.I)
_UNIT = {"hari": ("hari", "day", "days"), "day": ("hari", "day", "days"), "days": ("hari", "day", "days"),
         "bulan": ("bulan", "month", "months"), "month": ("bulan", "month", "months"),
         "months": ("bulan", "month", "months"), "tahun": ("tahun", "year", "years"),
         "year": ("tahun", "year", "years"), "years": ("tahun", "year", "years")}
DISCOUNT = re.compile(r"\b(?:diskon|discount|potongan|promo|off)\s*(\d{1,2})\s*%|\b(\d{1,2})\s*%\s*(?:off|diskon|discount)",
                      re.I)


# Provinces as Indonesians abbreviate them: a page may spell out what the brief shortened, or shorten it.
REGION_SHORT = {
    "ntt": "nusa tenggara timur", "ntb": "nusa tenggara barat", "diy": "daerah istimewa yogyakarta",
    "jabar": "jawa barat", "jateng": "jawa tengah", "jatim": "jawa timur", "sumut": "sumatera utara",
    "sumbar": "sumatera barat", "sumsel": "sumatera selatan", "kalbar": "kalimantan barat",
    "kaltim": "kalimantan timur", "kalsel": "kalimantan selatan", "kalteng": "kalimantan tengah",
    "kaltara": "kalimantan utara", "sulsel": "sulawesi selatan", "sulut": "sulawesi utara",
    "sulteng": "sulawesi tengah", "sultra": "sulawesi tenggara", "sulbar": "sulawesi barat",
    "babel": "bangka belitung",
}
_REGION_LONG = {v: k for k, v in REGION_SHORT.items()}
_PLACE_KIND = frozenset("pulau island isle".split())
_NEGATION = re.compile(r"\b(?:no|not|tidak|tdk|tanpa|nggak|ngga|gak|ga|bukan|belum|non)\s+(?:\w+\s+)?$", re.I)


def _said(pattern: str, low: str) -> bool:
    """The owner states it (not "no COD ya", "tidak ada delivery")."""
    return any(not _NEGATION.search(low[max(0, m.start() - 20):m.start()]) for m in re.finditer(pattern, low))


def _day(w: str) -> tuple[str, ...]:
    w = w.lower().replace("'", "")
    en = _DAYS.get(w) or _DAYS.get(w.replace("jumat", "jum'at")) or _DAY_EN.get(w[:3])
    idn = next((k for k, v in _DAYS.items() if v == en and "'" not in k), w)
    return tuple(dict.fromkeys((idn, en, en[:3]) if en else (w,)))


def _num(n: str) -> int:
    return 1 if n.lower() in ("se", "satu", "one") else int(n)


def extract_facts(text: str, places: list[str], offerings: list[str], lex: Lexicon,
                  brand: str | None = None) -> list[Fact]:
    """Every concrete fact the owner wrote, deduplicated, in brief order of kind."""
    low = text.lower()
    facts: list[Fact] = []
    for label, span in values.hour_ranges(text):
        facts.append(Fact("hours", label, value=span))
    if m := ALL_HOURS.search(text):
        facts.append(Fact("hours", m.group(0), groups=(("24 jam", "24 hours", "24/7", "24 x 7"),)))
    for m in DAY_RANGE.finditer(text):
        facts.append(Fact("days", m.group(0), groups=(_day(m.group(1)), _day(m.group(2)))))
    ranges = [m.span() for m in DAY_RANGE.finditer(text)]
    # a page that says "closed Mondays" or "on Fridays" names the day
    facts += [Fact("day", label, groups=(names + tuple(n + "s" for n in names if n.endswith("day")),))
              for label, names in brief_days(text, ranges)]
    facts += [Fact("stop", label, groups=groups) for label, groups in brief_stops(text, lex)]  # "Senin: Pasar Jetis"
    if m := EVERY_DAY.search(text):
        facts.append(Fact("days", m.group(0), groups=(("setiap hari", "tiap hari", "every day", "everyday", "daily",
                                                        "7 hari", "seven days"),)))
    for y in dict.fromkeys(values.SINCE_YEAR.findall(text)):
        facts.append(Fact("year", y, value=y))
    for m in EXPERIENCE.finditer(text):
        n = m.group(1) or m.group(2)
        facts.append(Fact("experience", m.group(0), groups=((f"{n} tahun", f"{n} years", f"{n} thn", f"{n} th"),)))
    for label, amount in values.prices(text):
        facts.append(Fact("price", label, value=amount))
    facts += _free_facts(text)
    free_kinds = {f.label for f in facts if f.kind == "free"}
    if _said(r"\b(?:antar[\s-]jemput|pick[\s-]?up|dijemput)\b", low) and not any("jemput" in k or "pick" in k
                                                                                   for k in free_kinds):
        facts.append(Fact("pickup", "pickup", groups=(("antar jemput", "antar-jemput", "pick up", "pickup", "pick-up",
                                                       "jemput", "dijemput", "collection"),)))
    if _said(r"\b(?:delivery|deliver|diantar|bisa antar|pesan antar|dikirim|pengiriman|shipping|bisa kirim|"
             r"kirim ke|ongkir)\b", low) and not NATIONWIDE.search(text) \
            and not any(re.search(FREE_SERVICES["delivery"], k) for k in free_kinds):
        facts.append(Fact("delivery", "delivery", groups=(("diantar", "antar", "delivery", "deliver", "delivered",
                                                           "dikirim", "kirim ke", "pengiriman", "shipping", "ongkir",
                                                           "cod", "pesan antar"),)))
    if m := NATIONWIDE.search(text):
        facts.append(Fact("nationwide", m.group(0), groups=(NATIONWIDE_PHRASES,)))
    for p in places:
        # "Pulau Lombok" is shown by "Lombok": what kind of place it is is not its name
        words = [w for w in p.split() if w not in _PLACE_KIND] or p.split()
        if p in REGION_SHORT or p in _REGION_LONG:  # "NTT" is shown by "Nusa Tenggara Timur", and the other way
            full = REGION_SHORT.get(p) or p
            facts.append(Fact("place", p, groups=((full, _REGION_LONG.get(full, p)),)))
        elif p != "indonesia":
            facts.append(Fact("place", p, groups=tuple((w,) for w in words)))
    for m in TURNAROUND.finditer(text):
        if m.group("same"):
            facts.append(Fact("turnaround", m.group(0), groups=(("same day", "same-day", "sehari", "1 hari", "satu hari",
                                                                  "hari yang sama", "next day", "besoknya"),)))
            continue
        n, u = _num(m.group("n") or m.group("n2")), (m.group("u") or m.group("u2")).lower()
        day = u.startswith(("hari", "day"))
        alts = (f"{n} hari", f"{n} day", f"{n} days") if day else (f"{n} jam", f"{n} hour", f"{n} hours")
        if n == 1:
            alts += ("sehari", "satu hari", "one day", "same day") if day else ("sejam", "satu jam", "one hour")
        facts.append(Fact("turnaround", m.group(0), groups=(alts,)))
    facts += _packages(text, offerings)
    if (m := TRIAL.search(text)) and not any(f.kind == "free" and "trial" in f.regex[0] for f in facts):
        facts.append(Fact("trial", m.group(0), groups=(("trial", "percobaan", "coba gratis", "free first",
                                                         "uji coba"),)))
    for m in LEVEL_RE.finditer(text):
        lv = m.group(1).lower()
        if not any(f.kind == "level" and f.label.lower() == lv for f in facts):
            facts.append(Fact("level", m.group(1).upper(), groups=(LEVELS[lv],)))
    audience = lex.non_offerings["audience"] | {"kantor", "office", "offices", "sekolah", "schools"}
    for m in AUDIENCE_RE.finditer(text):
        w = m.group(1).lower()
        if w in audience and not any(f.kind == "audience" and f.value == w for f in facts):
            facts.append(Fact("audience", m.group(0), groups=(AUDIENCE_SYNONYMS.get(w, (w,)),), value=w))
    for h in values.handles(text):
        facts.append(Fact("instagram", "@" + h, value=h))
    for e in dict.fromkeys(values.emails(text)):
        facts.append(Fact("email", e, value=e))
    for raw, d in values.phones(text):
        facts.append(Fact("phone", raw.strip(), value=d))
    if _said(r"\bhalal\b", low):
        facts.append(Fact("halal", "halal", groups=(("halal",),)))
    if _said(r"\b(?:cod|bayar di tempat|cash on delivery)\b", low):
        facts.append(Fact("cod", "COD", groups=(("cod", "bayar di tempat", "cash on delivery"),)))
    for m in WARRANTY.finditer(text):
        n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        facts.append(Fact("warranty", m.group(0), groups=(("garansi", "warranty", "guarantee", "jaminan"),
                                                          tuple(f"{n} {u}" for u in _UNIT[unit.lower()]))))
    for m in DISCOUNT.finditer(text):
        n = m.group(1) or m.group(2)
        facts.append(Fact("discount", m.group(0), regex=(rf"\b{n}\s?%",)))
    facts += [Fact("number", ctx, regex=(number_regex(n),), value=n)
              for ctx, n in brief_numbers(text, (*_brand_pattern(brand), EXPERIENCE, TURNAROUND, WARRANTY, DISCOUNT, values.SINCE_YEAR))]
    return _dedupe(facts)


def _brand_pattern(brand: str | None) -> tuple[re.Pattern[str], ...]:
    """The brand as written: its numbers ("Warung Nusantara 1988") are the brand check's to read."""
    return (re.compile(re.escape(brand), re.I),) if brand else ()


_AVAILABLE = re.compile(r"\s+(?:slots?|dates?|spots?|schedules?|jadwal|time\s+slots?)\b")


def _free_facts(text: str) -> list[Fact]:
    """'free pickup and delivery', 'gratis ongkir', 'konsultasi gratis': the service must be on the
    page with a free/gratis within a few words of it."""
    out = []
    for m in re.finditer(rf"\b{_FREE}\b((?:\s+[\w-]+){{1,4}})|((?:[\w-]+\s+){{1,2}}){_FREE}\b", text, re.I):
        around = (m.group(1) or m.group(2) or "").lower()
        if m.group(1) and _AVAILABLE.match(around):
            continue  # "free slots", "free dates": what is still open to book, nothing given free
        for pat in FREE_SERVICES.values():
            if re.search(rf"\b{pat}\b", around):
                near = rf"{_FREE}\W+(?:[\w-]+\W+){{0,4}}?{pat}|{pat}\W+(?:[\w-]+\W+){{0,3}}?{_FREE}"
                out.append(Fact("free", m.group(0).strip(), regex=(near,)))
                break
        else:
            words = [w for w in content_words(around) if w not in ("gratis", "free")][:2]
            if m.group(1) and words and not any(w in STOP_ID or w in STOP_EN for w in words):
                out.append(Fact("free", m.group(0).strip(), groups=((words[0],), ("gratis", "free"))))
    return out


def _packages(text: str, offerings: list[str]) -> list[Fact]:
    from .text import phrase_match
    out = []
    for m in PACKAGE.finditer(text):
        name = (m.group(1) or m.group(2) or "").lower()
        first = name.split()[0]
        if first in _PACKAGE_GENERIC or first in STOP_ID or first in STOP_EN:
            continue
        label = m.group(0)
        if any(phrase_match(label, o) for o in offerings):
            continue  # already checked as an offering card
        toks = [t for t in content_words(name) if t not in _PACKAGE_GENERIC]
        if toks:
            out.append(Fact("package", label, groups=tuple((t,) for t in toks)))
    return out


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in facts:
        key = (f.kind, norm(f.label) if f.value is None else str(f.value))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def gold_facts(gold: dict) -> list[Fact]:
    """The gold record's facts: every group must have one alternative on the page."""
    from .gold import fact_groups
    out = []
    for i, f in enumerate(gold.get("facts") or []):
        label, groups = fact_groups(f)
        if groups:
            kind = f.get("kind") if isinstance(f, dict) else None
            out.append(Fact("gold", label, groups=groups, value=(i, kind)))
    return out
