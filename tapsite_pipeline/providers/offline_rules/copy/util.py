"""Small text helpers for the offline copywriter: stable picking, casing, joining, fitting."""

from __future__ import annotations

import re
import string
import zlib
from functools import lru_cache

from ..acronyms import ACRONYMS, RUNNING_ACRONYMS

_FORMATTER = string.Formatter()

SMALL_WORDS = frozenset({
    "dan", "di", "ke", "dari", "untuk", "dengan", "atau", "yang", "&",
    "and", "or", "of", "with", "for", "in", "the", "a", "an", "to", "on", "by",
})
_TOKEN = re.compile(r"[a-z0-9]+")


def stable_hash(*parts: str) -> int:
    """A hash that is the same in every process (unlike hash() on str)."""
    return zlib.crc32("\x1f".join(parts).encode("utf-8"))


def pick(options, seed: str, slot: str):
    """One of `options`, chosen by a stable hash of seed and slot."""
    return options[stable_hash(seed, slot) % len(options)]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


_VOWELS = frozenset("aeiouy")


_TRIP = re.compile(r"\d[dh]\d[nm]")


_MEASURE = re.compile(r"(\d+(?:[.,]\d+)?)([a-zA-Z]+)")
_UNIT_CAPS = frozenset("k mp gb tb mb r hd kva kw".split())


def _cap_word(w: str) -> str:
    low = w.lower()
    if low in ACRONYMS:
        return ACRONYMS[low]
    # a short word with no vowel cannot be said as a word in Indonesian or English: letters read one by
    # one ("kb", "bmw", "pdf", "jne"-like shorthands the list above does not know)
    if 2 <= len(low) <= 4 and low.isalpha() and not set(low) & _VOWELS and low not in ("mr", "mrs", "dr", "st"):
        return low.upper()
    if _TRIP.fullmatch(low):  # "2D1N", "3H2M": days and nights, said as letters
        return low.upper()
    if "-" in w:
        return "-".join(_cap_word(p) if p else p for p in w.split("-"))
    if (m := _MEASURE.fullmatch(w)) is not None:
        # a number and its unit keep the unit as it is written ("50mm", "500ml", "3x"), never "50Mm"; units said as
        # letters are capitals ("4K", "2MP", "64GB", "4R")
        return m.group(1) + (m.group(2).upper() if m.group(2).lower() in _UNIT_CAPS else m.group(2))
    for i, ch in enumerate(w):
        if ch.isalpha():
            return w[:i] + ch.upper() + w[i + 1:]
    return w


def title_case(text: str) -> str:
    """'kue kering isi nanas' -> 'Kue Kering Isi Nanas'; small words stay lower except first."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in SMALL_WORDS:
            out.append(w.lower())
        elif "/" in w and _VARIANTS.fullmatch(w):  # "mie aceh goreng/rebus" -> "Mie Aceh Goreng/Rebus"
            out.append("/".join(_cap_word(p) for p in w.split("/")))
        else:
            out.append(_cap_word(w))
    return " ".join(out)


# Variants of one offering joined by a tight slash, each of two letters or more ("goreng/rebus", "pdh/pdl").
_VARIANTS = re.compile(r"[a-z]{2,}(?:/[a-z]{2,})+")


def cap(text: str, keep: str = "") -> str:
    """Upper-case the first letter, unless the text starts with `keep` (a brand name)."""
    if not text or (keep and text.startswith(keep)):
        return text
    first = text.split(" ", 1)[0]
    if first.lower() in ACRONYMS:
        return ACRONYMS[first.lower()] + text[len(first):]
    return text[0].upper() + text[1:]


def lower_first(text: str) -> str:
    """Lower-case the first letter of a phrase unless it looks like a name or acronym."""
    if len(text) < 2 or not text[0].isupper():
        return text
    first = text.split(" ", 1)[0]
    if any(c.isupper() for c in first[1:]):
        return text
    return text[0].lower() + text[1:]


def join_list(items: list[str], lang: str, conj: str | None = None) -> str:
    """'a, b, dan c' in Indonesian (serial comma, as PUEBI has it), 'a, b and c' in English."""
    conj = conj or ("dan" if lang == "id" else "and")
    if not items:
        return ""
    if len(items) <= 2:
        return f" {conj} ".join(items)
    comma = "," if lang == "id" else ""
    return ", ".join(items[:-1]) + f"{comma} {conj} " + items[-1]




def fix_acronyms(text: str) -> str:
    """'les privat sd-smp' -> 'les privat SD-SMP' (known acronyms only, whole words); a trip's days and nights
    as trips are written ('2d1n' -> '2D1N')."""
    text = _TRIP_CODE.sub(lambda m: m.group(0).upper(), text)
    return re.sub(r"[A-Za-z0-9/]+", lambda m: RUNNING_ACRONYMS.get(m.group(0), m.group(0)), text)


_TRIP_CODE = re.compile(r"\b\d+[dh]\d+[nm]\b")


def fit(text: str, limit: int, ellipsis: str = "") -> str:
    """Cut `text` to at most `limit` characters at a word boundary, never mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = limit - len(ellipsis)
    cut = text[:room + 1]
    sp = cut.rfind(" ")
    cut = cut[:sp] if sp > 0 else text[:room]
    cut = cut.rstrip(" ,;:—–-&/")
    for tail in (" dan", " atau", " di", " untuk", " dari", " and", " or", " in", " for", " from", " the"):
        if cut.lower().endswith(tail):
            cut = cut[: -len(tail)].rstrip(" ,;:—–-&/")
    return cut + ellipsis


@lru_cache(maxsize=2048)
def fields_of(template: str) -> frozenset[str]:
    """The slots a template needs filled (optional o_* fragments excluded)."""
    return frozenset(f for _, f, _, _ in _FORMATTER.parse(template) if f and not f.startswith("o_"))


def render(templates, slots: dict, seed: str, slot: str, limit: int = 10_000, offset: int = 0) -> str:
    """Render one template whose fields are all filled, picked by stable hash, within `limit`.

    Templates whose fields are missing (empty) in `slots` are skipped; if the picked one is
    too long, the next eligible ones are tried, and the last resort is cut at a word boundary.
    """
    have = {k for k, v in slots.items() if v}
    eligible = [t for t in templates if fields_of(t) <= have]
    if not eligible:
        return ""
    start = (stable_hash(seed, slot) + offset) % len(eligible)
    first = None
    for i in range(len(eligible)):
        out = eligible[(start + i) % len(eligible)].format_map(slots)
        if len(out) <= limit:
            return out
        first = first or out
    return fit(first, limit)


_DOUBLE = re.compile(r"\b(\w+)(\s+\1\b)+", re.I)
_FIRST_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"(?<![\w-])(\w+)[ \t]+$")
# a name that ends in its own full stop ("Ubud Soap Co.", "Toko Jaya Abadi Tbk.") closing a sentence: one stop, not
# "… from Ubud Soap Co.." (an ellipsis "..." stays)
_STOP_TWICE = re.compile(r"(?<=[^\W\d_]\.)\.(?!\.)")
# a stop inside a word or number ("Rp 650.000", "Jl.Raya", "kopi.id") does not end a sentence: "Harga: Rp 285.000.
# Harga: Rp 650.000." lost its second "000" as a sentence said twice
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?=[^\s.!?]))+[.!?]*\s*")


def tidy(text: str, keep: str = "") -> str:
    """No doubled words ("dan dan lainnya") and no sentence said twice, wherever the words came from.

    Reduplicated Indonesian words are written with a hyphen ("kue-kue", "anak-anak") and are kept, and so
    is `keep` (the brand name, which may double a word on purpose: "Bye Bye Fat").
    """
    if not text:
        return text
    parts = text.split(keep) if keep and keep in text else [text]
    if len(parts) > 1 and (head := _FIRST_WORD.match(keep)):
        # "Tempat kursus Kursus Setir Mobil …": the kind word said right before a name that opens with it goes
        parts = [p[:m.start()] if i < len(parts) - 1 and (m := _LAST_WORD.search(p)) and m.group(1).lower() ==
                 head.group(0).lower() else p for i, p in enumerate(parts)]
    text = _STOP_TWICE.sub("", keep.join(_DOUBLE.sub(lambda m: m.group(1), part) for part in parts))
    seen: set[str] = set()
    out = []
    for s in _SENTENCE.findall(text):
        key = " ".join(s.lower().split()).rstrip(".!? ")
        if key and key in seen:
            continue
        seen.add(key)
        out.append(s)
    return " ".join("".join(out).split())
