"""Capitalised-word runs: the spans of a brief that look like names ("Kopi Senja", "Gereja Kristen Kasih").

The tokeniser brand.py reads names from. `_is_cap` and `_hard` are asked about the same few tokens many
times per brief (each token, and again as the next token of its neighbour), so they are cached per token.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .brand_cues import (
    LANGUAGE_LEADS,
    NOT_SIGNING,
    UNIT_WORDS,
    address_spans,
    counted,
    language_taught,
    service_acronym,
)
from .brand_words import (
    _ABBR,
    _CONNECT,
    _HARD,
    _HARD_ACRONYMS,
    _PUNCT,
    _SOFT,
    _WORD_TOKEN,
    _YEAR,
    HONORIFICS,
    NO_SANDWICH,
    STOP,
    greeting_sense,
)

# Words dropped from the ends of a run, and runs made only of these are no names ("Kak", "The", "Bu").
_TRAIL_DROP = _CONNECT | {"&", "kak", "gan", "sis", "min", "admin"}
_LEAD_DROP = _CONNECT - {"the"}
_WEAK = _SOFT | _CONNECT | HONORIFICS
_OWNERS = frozenset({"kita", "kami"})
# Articles and particles of the languages names are borrowed from (Dutch, French, Italian, Spanish, German).
_NAME_ARTICLES = frozenset({"de", "la", "le", "du", "del", "van", "von", "der", "il", "el", "los", "las"})
# Event nouns a year may follow inside a name ("Nusantara Fest 2025", "Jakarta Fun Run 2024").
YEAR_AFTER = set("""
fest festival expo run marathon cup summit conference fair bazaar bazar pameran week awards championship tournament
turnamen league liga camp clash battle war konser concert series edition open games jambore jamboree pekan gebyar karnaval carnival
""".split())


# How often or how much money ("2x seminggu", "3x pertemuan", "10rb", "2jt") is no name word like "7Eleven" or
# "3Second" (a measure may be: "Foto Produk 35mm").
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:x|rb|jt)")


# The rest of an amount of money after its first digits: "1|,3jt", "2|.5 juta".
_DECIMAL_MONEY = re.compile(r"[.,]\d+\s*(?:rb|ribu|k|jt|juta|million|mio)\b", re.I)


@lru_cache(maxsize=16384)
def _is_cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or (tok[0].isdigit() and any(c.isalpha() for c in tok)
                                               and not _MEASURE.fullmatch(tok))
                          or (tok[0].islower() and any(c.isupper() for c in tok[1:])))


@lru_cache(maxsize=16384)
def _hard(tok: str) -> bool:
    """A capitalised word that cannot be inside a name ("Saya", "WA"); acronyms like "IT", "WO" can."""
    low = tok.lower()
    if len(tok) >= 2 and tok.isupper():
        return low in _HARD_ACRONYMS
    return low in _HARD


# "Warung Nusantara 1988 is a family restaurant": a year that opens the sentence's subject is part of the name.
_COPULA = frozenset("is adalah merupakan hadir menyediakan melayani serves offers".split())



def cap_runs(text: str) -> list[tuple[int, int, bool]]:
    """Spans of capitalised word runs: (start, end, sentence_initial)."""
    runs: list[tuple[int, int, bool]] = []
    cur: list[re.Match] = []
    initial, cur_initial = True, False
    toks = list(_WORD_TOKEN.finditer(text))

    def close() -> None:
        words = [w.group(0).lower() for w in cur]
        lo, hi = 0, len(cur)
        while hi > lo and words[hi - 1] in _TRAIL_DROP and not (
                hi >= 2 and words[hi - 2] in HONORIFICS and cur[hi - 1].group(0)[:1].isupper()):
            hi -= 1  # ("Pak Min", "Bu Gan": after an honorific a capitalised word is the person's name)
        while hi - lo >= 2 and words[lo] in _SOFT and words[lo + 1] in _SOFT and words[lo] != "the":
            lo += 1
        while hi - lo >= 2 and words[lo] in ("kami", "kita"):
            lo += 1
        while hi > lo and words[lo] in _LEAD_DROP and not (
                hi - lo >= 2 and words[lo] in _NAME_ARTICLES and cur[lo].group(0)[:1].isupper()):
            lo += 1  # ("De Koffie Pot", "La Dolce Gelato": another language's article the owner capitalised opens the name)
        if hi - lo >= 3 and words[lo] in NOT_SIGNING and words[lo + 1] == "by":
            lo += 2  # "Organised by Kolektif Bawah Tanah": the organiser's name, without the verb
        # "Teh Kita", "Abah Kami": a word made the owner's by "Kita"/"Kami" is a thing of theirs (tea, a shop), not
        # the title of a person named "Kita"
        owned = any(a in HONORIFICS and b in _OWNERS for a, b in zip(words[lo:hi], words[lo + 1:hi], strict=False))
        if hi > lo and (owned or not all(w in _WEAK for w in words[lo:hi])):
            runs.append((cur[lo].start(), cur[hi - 1].end(), cur_initial and lo == 0))
        cur.clear()

    addresses = address_spans(text)  # "Jl. Kenari 5 Bandung": no run until the next comma or sentence end

    def in_address(at: int) -> bool:
        return any(a <= at < b for a, b in addresses)

    for i, m in enumerate(toks):
        tok = m.group(0)
        low = tok.lower()
        prev = toks[i - 1].group(0) if i else ""
        if tok in _PUNCT and tok != "&":
            if tok == "." and cur and cur[-1].group(0).lower() in _ABBR:
                continue
            if tok == "." and in_address(m.start()):  # "Jl. Kenari", "No. 5": still the address
                continue
            close()
            initial = tok in ".!?" or (initial and tok in ",:")
            continue
        nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
        if in_address(m.start()):
            close()  # an address is never a name, nor part of one: "Konveksi Rapi Jaya Jl. Kenari 5"
            initial = False
            continue
        course_only = all(w.group(0).lower() in LANGUAGE_LEADS for w in cur)
        if (not cur and prev == prev.lower() and service_acronym(prev, tok)) or (
                language_taught(prev, tok) and (prev == prev.lower() or course_only)):
            # "sedot WC", "service AC": the acronym is what is serviced; "kursus bahasa Jepang", "Les Mandarin": the
            # language is what is taught. Neither starts a name, and a course word before the language is no name
            # (inside a name the owner capitalised, "Markaz Bahasa Arab Al-Lughah", it stays).
            if course_only:
                cur.clear()
            close()
            initial = False
            continue
        nxt_ok = (_is_cap(nxt) or nxt.isdigit()) and not _hard(nxt)
        hard = _hard(tok) and (low not in ("selamat", "kasih") or greeting_sense(low, prev, nxt))
        if tok.isdigit() and text[m.end():m.end() + 1] in (",", ".") and _DECIMAL_MONEY.match(text, m.end()):
            close()  # "Hiace 1,3jt full day": a number running on past its decimal mark is an amount, no name word
            initial = False
            continue
        word = (_is_cap(tok) and not hard) or (bool(cur) and tok.isdigit() and not counted(tok, nxt) and (
            not _YEAR.match(tok) or any(w.group(0).lower() in YEAR_AFTER for w in cur)
            or (cur_initial and nxt.lower() in _COPULA))) or (
            not cur and tok.isdigit() and len(tok) <= 3 and _is_cap(nxt) and not _hard(nxt)
            and nxt.lower() not in UNIT_WORDS  # "3 Hari", "2 Cabang": a count
            and text[m.start() - 1:m.start()] != "/")  # "1/3 Sunset Market …": a thread's count, no name's number
        if not word and cur and _is_cap(tok) and low not in NO_SANDWICH and nxt_ok and nxt.lower() not in STOP:
            word = True  # "Gereja Kristen Kasih", "Lari Pagi Ceria": a capitalised word between name words
        conn = bool(cur) and (low in _CONNECT or tok == "&") and (nxt_ok or (
            low in _ABBR and nxt == "." and i + 2 < len(toks) and _is_cap(toks[i + 2].group(0))))  # "drh. Sinta"
        if word or conn:
            if not cur:
                cur_initial = initial
            cur.append(m)
        else:
            close()
        initial = False
    close()
    return runs


