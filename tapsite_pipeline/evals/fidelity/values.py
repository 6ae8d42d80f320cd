"""Concrete values written in text — prices, times and hour ranges, years, phone numbers, emails,
Instagram handles, street addresses — parsed to comparable forms, so "Rp 25.000", "25rb" and "25k"
are one price and "08.00–17.00" equals "8am - 5pm"."""

from __future__ import annotations

import re

import phonenumbers

# ---------------------------------------------------------------- prices (→ rupiah, or cents for $)

_NUM = r"\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?"
PRICE = re.compile(
    rf"(?:\b(?:rp|idr)\.?\s?(?P<rp>{_NUM})(?:\s?(?P<rpmul>rb|ribu|k|jt|juta)\b)?"
    rf"|(?<![\w.,])(?P<n>{_NUM})\s?(?P<mul>rb|ribu|k|jt|juta)\b"
    rf"|\$\s?(?P<usd>{_NUM}))", re.IGNORECASE)
MULTIPLIER = {"rb": 1_000, "ribu": 1_000, "k": 1_000, "jt": 1_000_000, "juta": 1_000_000}


def number(raw: str, has_multiplier: bool) -> float:
    """'25.000' → 25000; '1,5' → 1.5 (a decimal only when a multiplier follows or 1–2 digits trail)."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw) and not (has_multiplier and len(raw.split(".")[-1]) != 3):
        return float(re.sub(r"[.,]", "", raw))
    return float(raw.replace(",", "."))


def prices(text: str) -> list[tuple[str, int]]:
    """(as written, amount) for every price in text; dollar amounts are kept in cents, negated,
    so they never equal a rupiah amount by accident."""
    out = []
    for m in PRICE.finditer(text):
        if m.group("usd"):
            out.append((m.group(0).strip(), -round(number(m.group("usd"), False) * 100)))
            continue
        raw, mul = (m.group("rp"), m.group("rpmul")) if m.group("rp") else (m.group("n"), m.group("mul"))
        val = number(raw, bool(mul)) * (MULTIPLIER[mul.lower()] if mul else 1)
        if val >= 100:  # "Rp 5" is not a price anyone writes; "3k" steps etc. are filtered by >= 100
            out.append((m.group(0).strip(), round(val)))
    return out


# ---------------------------------------------------------------- times and hour ranges (→ minutes)

# ("9 mlm": the evening typed short, as the owner may; the page spells it "9 malam")
_T = r"(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|pagi|siang|sore|malam|mlm|wib|wita|wit)?"
# what joins the two ends of a range, of hours or of prices: "08.00–17.00", "Rp 75.000 s/d Rp 90.000"
RANGE_SEP = r"\s*(?:-|–|—|to|until|till|sampai dengan|sampai|s/d|s\.d\.?|sd|hingga)\s*"
HOURS = re.compile(rf"(?<![\d.,:]){_T}{RANGE_SEP}{_T}(?!\d|[.,:]\d|\s?%)", re.IGNORECASE)
# (whole words: "Muaro Jambi. Pengerjaan 5-10 hari" holds no "jam", "3 months 1-2" no "mon")
_HOUR_CONTEXT = re.compile(r"\b(?:jam|buka|open|opens|opening|pukul|hours|operasional|daily|setiap hari|senin|"
                           r"selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|"
                           r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?)\b",
                           re.IGNORECASE)


def _minutes(h: str, m: str | None, suffix: str | None) -> int | None:
    hour, minute = int(h), int(m or 0)
    s = (suffix or "").lower().replace(".", "")
    if s in ("pm", "sore", "malam", "mlm") and hour < 12:
        hour += 12
    elif s == "siang" and hour < 6:
        hour += 12
    elif s in ("am", "pagi") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return hour * 60 + minute


_ONE_TIME = re.compile(rf"(?<![\d.,:]){_T}(?!\d|[.,:]\d)", re.IGNORECASE)


def times(text: str) -> list[int]:
    """Clock times in a short text ("06.00", "jam 6", "5 sore", "8 pm") as minutes; a bare number only
    after "jam"/"pukul"."""
    out = []
    for m in _ONE_TIME.finditer(text):
        h, mi, suffix = m.groups()
        if not (mi or suffix) and not re.search(r"\b(?:jam|pukul)\s*$", text[:m.start()], re.I):
            continue
        if (v := _minutes(h, mi, suffix)) is not None:
            out.append(v)
    return out


def hour_ranges(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(as written, (start, end) minutes) for ranges that are clearly clock times: with minutes,
    am/pm or a time-of-day word, or after 'jam'/'buka'/'open'/a day name."""
    out = []
    for m in HOURS.finditer(text):
        h1, m1, s1, h2, m2, s2 = m.groups()
        clock = bool(m1 or m2 or s1 or s2)
        if not clock and not _HOUR_CONTEXT.search(text[max(0, m.start() - 25):m.start()]):
            continue
        if s2 and not s1 and s2.lower().replace(".", "") == "pm":
            # "1-5pm" is afternoon to afternoon; "9-5pm" starts in the morning
            s1 = "pm" if int(h1) < int(h2) else "am"
        a, b = _minutes(h1, m1, s1), _minutes(h2, m2, s2)
        if a is None or b is None:
            continue
        if not (s2 or m2) and b < a and b < 12 * 60:  # "buka jam 9-5": 5 is in the afternoon
            b += 12 * 60
        out.append((m.group(0).strip(), (a, b)))
    return out


# ---------------------------------------------------------------- years, phones, emails, handles, addresses

YEAR = re.compile(r"(?<![\d/])(?<!\d[.,])((?:19[5-9]|20[0-4])\d)(?!\d|[.,]\d|/)")
SINCE_YEAR = re.compile(r"\b(?:sejak|since|berdiri|didirikan|est\.?|established|founded(?:\s+in)?|dari tahun|"
                        r"mulai tahun|berdiri sejak|sejak tahun)\s*(?:tahun\s*|th\.?\s*|in\s*)?((?:19|20)\d{2})\b",
                        re.IGNORECASE)
# (a landline may put its area code in brackets, the "0" inside them: "(0752) 21 884")
PHONE = re.compile(r"(?<![\d+])(?:(?:\+?62|0)[\s.-]?\(?\d{2,4}\)?(?:[\s.-]?\d){6,11}|\(0\d{2,4}\)(?:[\s.-]?\d){5,8})(?!\d)")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
HANDLE = re.compile(r"(?:(?<![\w.@])@|\b(?:ig|instagram|insta)\b\s*[:：]?\s*@?)([a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_])?)",
                    re.IGNORECASE)
AT_HANDLE = re.compile(r"(?<![\w.@])@([a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_])?)", re.IGNORECASE)
_NOT_HANDLE = frozenset("for a an the and or kami kak aja ya di dan untuk yang with our us".split())
# a street is a capitalised name after Jl./Jalan ("tetap jalan." is not an address)
ADDRESS = re.compile(r"(?:\b(?i:jl|jln)\.?|\bJalan)\s+(?!No\b)[A-Z0-9][\w'-]*(?:\s+(?!No\b)[A-Z0-9][\w'-]*){0,3}"
                     r"(?:\s+(?i:no)\.?\s*\d+\w?)?"
                     r"|\b\d{1,5}\s+[A-Z][a-z]+\s+(?i:street|st|road|rd|avenue|ave|lane)\b"
                     r"|\b(?i:rt)\s*\.?\s*\d{1,3}\s*/\s*(?i:rw)\s*\.?\s*\d{1,3}")


def phone_digits(raw: str) -> str | None:
    """A phone number as international digits (62…), or None when it is not one."""
    d = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+"):
        pass
    elif d.startswith("0"):
        d = "62" + d[1:]
    elif d.startswith("8"):
        d = "62" + d
    if not 10 <= len(d) <= 15:
        return None
    try:
        return d if phonenumbers.is_possible_number(phonenumbers.parse("+" + d)) else None
    except phonenumbers.NumberParseException:
        return None


def phones(text: str) -> list[tuple[str, str]]:
    return [(m.group(0), d) for m in PHONE.finditer(text) if (d := phone_digits(m.group(0)))]


def emails(text: str) -> list[str]:
    return [e.lower() for e in EMAIL.findall(text)]


_IG_KIND_BEFORE = re.compile(r"\b(?:feeds?|story|stories|post|posts|postingan|konten|content|reels?|ads|iklan|template|"
                             r"desain|design|foto|photos?|caption|highlight|grid)\s+$", re.I)


def handles(text: str, loose: bool = True) -> list[str]:
    """Instagram-style @handles (not the host part of an email address). `loose` also reads "ig tokoani"
    (how owners write it in a brief); page copy counts only "@handle" ("follow us on Instagram for…")."""
    out = []
    written_with_at = loose and AT_HANDLE.search(text) is not None
    for m in (HANDLE if loose else AT_HANDLE).finditer(text):
        if loose and not re.search(r"[@:：]", m.group(0)) and (
                written_with_at or _IG_KIND_BEFORE.search(text, max(0, m.start() - 16), m.start())):
            continue  # "feed IG template": a kind of post; a brief that writes its account "@x" writes it so
        h = m.group(1).lower().rstrip(".")
        if h not in out and not re.fullmatch(r"\d+", h) and h not in _NOT_HANDLE and len(h) >= 2:
            out.append(h)
    return out


def addresses(text: str) -> list[str]:
    return [" ".join(m.group(0).split()) for m in ADDRESS.finditer(text)]
