"""Text helpers the fidelity checks share: normalising, tokens, sentences, n-grams, fuzzy matching,
a stopword language vote. Deterministic and dependency-light (rapidfuzz for the fuzzy ratios)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from tapsite_pipeline.shorthand import expand

_PUNCT = re.compile(r"[^\w\s&+/-]", re.UNICODE)
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
# (a person's title shortened before a name ends no sentence: "Rumah Makan … Hj. Rosidah", "Dr. Sari")
_SENT = re.compile(r"(?<=[.!?…])(?<!\b(?:Hj|Dr|Ir|Ny|Tn)\.)(?<!\b(?:Drs|Bpk|Sdr|Mrs)\.)(?<!\bH\.)"
                   r"\s+(?=[\"'“(]?[A-Z0-9À-Ý])")

# Function words: a token made only of these says nothing about what is sold.
STOP_ID = frozenset("""yang dan di ke dari untuk dengan kami anda kamu ini itu bisa juga atau sudah akan lebih
langsung melalui lewat semua dapat tanpa ada adalah saya sy aku gw gue kita mereka nya pun lagi serta
pada oleh dalam sebagai jadi agar supaya karena mau ingin pengen pingin butuh tolong dong ya yg utk
dgn sama aja saja kak kakak halo hai sih nih deh kok buat bikin punya namanya nama tokonya usahanya
para setiap tiap banyak per yaa yah yuk loh lho ok oke deh nih sih kok gan min sis termasuk jg""".split())
STOP_EN = frozenset("""the a an and or of for to in on at by with from our we you your my i is are was be
been it its this that these those can will just get all more how what which who as into near about
please need want also some any us me they them their here there than then so including incl""".split())

# Stopword vote for the language detector; words common to both languages are left out.
_LANG_ID = frozenset("""yang dan di untuk dengan kami anda kamu ini itu dari ke bisa sekarang pesan hubungi
tersedia setiap kita juga atau sudah akan lebih cara langsung melalui lewat semua dapat tanpa adalah
kalian pilih pilihan cocok hadir melayani siap jadwal tinggal cukup lihat tentang kenapa apa mau ada
bersama untukmu tanyakan detailnya sesuai""".split())
_LANG_EN = frozenset("""the and for with our you your we to of is are now order contact every can all from
by that this it be more how just get without at here what why about pick choose book ready serve
great perfect want need us let's tell""".split())


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def norm(text: str) -> str:
    """Casefold, NFKC, chat shorthand spelled out ("udh" → "sudah", on both sides of a comparison: a page
    that spells the owner's "udh" out still says it), punctuation out (keeps & + / -), whitespace collapsed."""
    return " ".join(_PUNCT.sub(" ", expand(nfkc(text).casefold(), for_matching=True)).split())


def squash(text: str) -> str:
    """Casefold + whitespace only (for brand names, whose punctuation is part of them)."""
    return " ".join(nfkc(text).casefold().split())


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(nfkc(text))]


def _split_compound(w: str) -> list[str]:
    # "SD-SMP" is two words; "anak-anak" (reduplication) stays one
    parts = w.split("-")
    return [w] if len(set(parts)) == 1 else [p for p in parts if p]


def content_words(text: str) -> list[str]:
    out = [p for w in words(text) for p in _split_compound(w)]
    return [w for w in out if w not in STOP_ID and w not in STOP_EN and not w.isdigit()]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.split(text) if s.strip()]


def ngrams(tokens: list[str], max_n: int = 4) -> set[str]:
    out = set()
    for n in range(1, max_n + 1):
        for i in range(len(tokens) - n + 1):
            out.add(" ".join(tokens[i:i + n]))
    return out


@lru_cache(maxsize=16384)
def _phrase_re(phrase_norm: str) -> re.Pattern:
    # compiled once per lexicon phrase: the re module's own cache (512) is far smaller than the lexicon
    return re.compile(rf"(?<!\w){re.escape(phrase_norm)}(?!\w)")


def has_phrase(text_norm: str, phrase_norm: str) -> bool:
    """Whole-word containment of an already normalised phrase."""
    # a plain substring test first: most phrases are absent, and it is 50× cheaper than the regex
    return bool(phrase_norm) and phrase_norm in text_norm and _phrase_re(phrase_norm).search(text_norm) is not None


@lru_cache(maxsize=4096)
def _tok_close(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4:  # short words: only exact (e.g. "sd" vs "smp")
        return False
    if a.startswith(b) or b.startswith(a):  # "foto" ~ "fotografer", "makan" ~ "makanan"
        return True
    return fuzz.ratio(a, b) >= 85


def token_in(tok: str, pool: list[str] | set[str]) -> bool:
    return any(_tok_close(tok, p) for p in pool)


def phrase_match(a: str, b: str) -> bool:
    """Two short names denote the same thing: near-equal strings, or one's words all inside the other's
    with at least 40 % of the longer's words shared ("servis berkala" ~ "Servis", not "ayam bakar madu" ~ "Madu")."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if fuzz.ratio(na, nb) >= 88:
        return True
    ta, tb = content_words(na) or na.split(), content_words(nb) or nb.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return all(token_in(t, long_) for t in short) and len(short) / len(long_) >= 0.4


def detect_language(text: str) -> str | None:
    """'id' / 'en' by stopword vote; None when too few function words to tell or no clear majority."""
    ws = words(text)
    i, e = sum(w in _LANG_ID for w in ws), sum(w in _LANG_EN for w in ws)
    if i + e < 3:
        return None
    if i >= 2 * e and i >= 2:
        return "id"
    if e >= 2 * i and e >= 2:
        return "en"
    return None


def clip(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
