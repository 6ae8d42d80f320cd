"""Amounts the owner spells out in words, read as digits: a voice note typed by speech-to-text or an owner who writes
numbers as they say them ("paket prewed dua juta lima ratus ribu", "infaq seratus ribu sebulan", "anak umur tujuh
sampai dua belas tahun", "IDR fifty thousand"). The parser's readers of prices, years and counts read digits; this
says the words as digits before they read, and keeps the pairs so that what was read is shown in the owner's words.

What is read: a run of number words that holds a multiplier ("puluh", "belas", "ratus", "ribu", "juta", "sepuluh",
"twenty", "hundred", …); a single number word only after "jam"/"pukul" ("jam tujuh") or at the start of a range
whose other end is read ("tujuh sampai dua belas"): the readers know "satu tahun", "dua kali", "one day" as words
already. A capitalised word of a cased brief is a name ("Warung Tiga Saudara"), and "salah satu" stays words.
Money keeps its scale word, as owners write it ("dua juta lima ratus ribu" → "2,5 juta", "seratus ribu" →
"100 ribu"), so the amount reader sees the form it knows; colloquial "dua juta delapan ratus" (the "ribu" left out)
is 2,8 juta.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

from ...written_case import is_cased
from .money_slang import slang_amounts

_ID_DIGITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
              "sembilan": 9}
_ID_WHOLE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_ID_SCALES = {"ribu": 1_000, "rebu": 1_000, "juta": 1_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000}
_ID_SE_SCALES = {"seribu": ("ribu", 1_000), "sejuta": ("juta", 1_000_000)}
_EN_DIGITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
             "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_EN_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_MULTIPLIERS = frozenset({"puluh", "belas", "ratus", "setengah", "hundred"}) | frozenset(_ID_SCALES) \
    | frozenset(_ID_SE_SCALES) | frozenset(_ID_WHOLE) | frozenset(_EN_TEENS) | frozenset(_EN_TENS) \
    | frozenset(_EN_SCALES)
_WORDS = frozenset(_ID_DIGITS) | frozenset(_EN_DIGITS) | _MULTIPLIERS
_SINGLE = frozenset(_ID_DIGITS) | frozenset(_EN_DIGITS)

# Where a single number word is read: after the clock's words, and at the start of a range whose other end is read.
_CLOCK = frozenset({"jam", "pukul"})
_RANGE = frozenset({"sampai", "sampe", "hingga", "s/d", "to", "-", "–", "atau", "or"})
# ... and between a bound or "every" and what it counts, as a voice note says a rhythm or a least order: "panen tiap
# dua bulan", "minimal tiga kilo" ("dua kali", "satu tahun" alone the readers know as words)
_COUNT_LEAD = frozenset("tiap setiap minimal min minimum maksimal maks".split())
_COUNT_UNIT = frozenset("bulan minggu hari jam kilo kg ons liter porsi pcs buah ekor orang kotak bungkus box lusin".split())
_YEAR_CUES = frozenset({"tahun", "thn", "sejak", "since", "in", "year", "dari"})
_TOKEN = regrouped(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d+|[^\sA-Za-z\d]")
_ANY = fast(r"\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b", re.I, max_atoms=40)


def _big_after(toks: list[re.Match[str]], k: int) -> bool:
    """The other end of a range is a number read as digits: "tujuh sampai dua belas tahun", "5 to 12"."""
    run = []
    while k < len(toks) and toks[k].group(0).lower() in _WORDS:
        run.append(toks[k].group(0).lower())
        k += 1
    return any(w in _MULTIPLIERS for w in run) if run else k < len(toks) and toks[k].group(0)[:1].isdigit()


def _value(words: list[str]) -> tuple[float, str | None, bool] | None:
    """(value, the largest scale word said, English?) of a run of number words, or None when the run is no number
    ("dua tiga" is two numbers, "ratus" alone none)."""
    total, small, digit, scale_seen, last_scale, english = 0.0, 0.0, None, None, None, False
    half = False
    for w in words:
        if w in _ID_DIGITS or w in _EN_DIGITS:
            if digit is not None:
                return None
            digit = _ID_DIGITS.get(w, _EN_DIGITS.get(w))
            english |= w in _EN_DIGITS
        elif w in _ID_WHOLE:
            if digit is not None:
                return None
            small += _ID_WHOLE[w]
        elif w == "belas":
            if digit is None:
                return None
            small, digit = small + digit + 10, None
        elif w == "puluh":
            if digit is None:
                return None
            small, digit = small + digit * 10, None
        elif w in ("ratus", "hundred"):
            if digit is None and w == "ratus":
                return None
            small, digit = small + (digit if digit is not None else 1) * 100, None
        elif w == "setengah":
            half = True
        elif w in _EN_TEENS or w in _EN_TENS:
            small += _EN_TEENS.get(w, _EN_TENS.get(w, 0))
            english = True
        elif w in _ID_SCALES or w in _EN_SCALES or w in _ID_SE_SCALES:
            if w in _ID_SE_SCALES:
                if digit is not None or small:
                    return None
                name, size = _ID_SE_SCALES[w]
                group = 1.0
            else:
                if digit is None and not small:  # "45 ribu", "Rp 2 juta": the number is in digits already
                    return None
                name, size = w, _ID_SCALES.get(w, _EN_SCALES.get(w, 0))
                group = small + (digit or 0)
            if last_scale is not None and size >= last_scale:
                return None
            total += (group + (0.5 if half else 0)) * size
            small, digit, half, last_scale = 0.0, None, False, size
            scale_seen = scale_seen or name
            english |= w in _EN_SCALES
        else:
            return None
    rest = small + (digit or 0)
    if last_scale == 1_000_000 and 0 < rest < 1000:  # "dua juta delapan ratus": the "ribu" left out
        rest *= 1000
    if half and not last_scale:
        return None
    return total + rest, scale_seen, english


def _second_number_at(run: list[str]) -> int | None:
    """Where a second number starts in a run of number words said one after the other: a tens or hundreds word a
    second time with no scale word between ("tujuh puluh enam puluh lima ribu" is 70 and 65 ribu, never 135 ribu)."""
    seen: set[str] = set()
    for k, w in enumerate(run):
        if w in _ID_SCALES or w in _EN_SCALES:
            seen.clear()
        elif w in ("puluh", "ratus"):
            if w in seen or (w == "ratus" and "puluh" in seen):
                return k - 1 if k >= 2 else None
            seen.add(w)
    return None


def _said(value: float, scale: str | None, english: bool, year: bool) -> str:
    if year and 1900 <= value <= 2100 and value == int(value):
        return str(int(value))
    if scale in ("juta", "miliar", "milyar", "million", "billion", "ribu", "rebu") and value >= 1000:
        size = {"juta": 1e6, "million": 1e6, "miliar": 1e9, "milyar": 1e9, "billion": 1e9}.get(scale, 1e3)
        units = value / size
        if abs(units - round(units, 2)) < 1e-9:
            num = f"{round(units, 2):.2f}".rstrip("0").rstrip(".")
            return f"{num if english else num.replace('.', ',')} {scale}"
    if value >= 1000:
        return f"{int(value):,}" if english else f"{int(value):,}".replace(",", ".")
    return f"{value:g}"


def read_numbers(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with its spelled-out numbers as digits, and the (words, digits) pairs it replaced (none: as is)."""
    text, slang = slang_amounts(text)   # "goceng", "2 ratus rebu" (money_slang.py)
    if not _ANY.search(text):
        return text, tuple(slang)
    cased = is_cased(text)
    toks = list(_TOKEN.finditer(text))
    out, pairs, last = [], slang, 0
    i = 0
    while i < len(toks):
        low = toks[i].group(0).lower()
        if low not in _WORDS:
            i += 1
            continue
        j = i
        while j < len(toks) and toks[j].group(0).lower() in _WORDS:
            j += 1
        run = [t.group(0).lower() for t in toks[i:j]]
        if (two := _second_number_at(run)) is not None:  # "size tujuh puluh enam puluh lima ribu": 70, then 65 ribu
            j, run = i + two, run[:two]
        prev = toks[i - 1].group(0).lower() if i else ""
        nxt = toks[j].group(0).lower() if j < len(toks) else ""
        named = cased and any(t.group(0)[:1].isupper() for t in toks[i:j]) and i > 0 \
            and toks[i - 1].group(0) not in ".!?:\n"
        val = None if named else _value(run)
        ok = val is not None and (
            any(w in _MULTIPLIERS for w in run)
            or (run[0] in _SINGLE and (prev in _CLOCK or (nxt in _RANGE and _big_after(toks, j + 1))))
            or (len(run) == 1 and run[0] in _SINGLE and prev in _COUNT_LEAD and nxt in _COUNT_UNIT))
        if ok and val is not None:
            said = _said(val[0], val[1], val[2], prev in _YEAR_CUES)
            start, end = toks[i].start(), toks[j - 1].end()
            out.append(text[last:start] + said)
            pairs.append((text[start:end], said))
            last = end
        i = j
    if not pairs:
        return text, ()
    out.append(text[last:])
    return "".join(out), tuple(dict.fromkeys(pairs))


# A number grouped in thousands with commas, as English writes it ("up to 1,500 guests", "sound system 5,000 watt"):
# every reader splits a list at a comma, so "5,000" was two pieces ("5" and "000 watt"). The readers see the grouping
# the Indonesian way ("5.000", which they read as one number); the page shows the owner's "5,000" (the pairs, as for
# spelled-out numbers). A decimal comma ("1,5 kg", "2,75") has fewer than three digits after it and stays.
_COMMA_GROUPS = regrouped(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")


def comma_groups(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with its comma-grouped numbers grouped by dots, and the (as written, as read) pairs (none: as is)."""
    if "," not in text:
        return text, ()
    pairs: list[tuple[str, str]] = []

    def swap(m: re.Match[str]) -> str:
        read = m.group(0).replace(",", ".")
        pairs.append((m.group(0), read))
        return read
    out = _COMMA_GROUPS.sub(swap, text)
    return out, tuple(dict.fromkeys(pairs))
