"""The business lexicon read in a brief: its phrases longest first, their words stemmed (Indonesian affixes, English
plurals, reduplication) and one typo tolerated on strong keywords."""

from __future__ import annotations

from functools import lru_cache

from tapsite_pipeline.fastre import regrouped

from .lexicon import HEAD_KEYWORDS, KEYWORDS
from .places import PLACES
from .text import EN_WORDS, ID_ING, ID_TRADE_WORDS, ID_WORDS, TERSE_ID_WORDS, tokens

_TOK = regrouped(r"[a-z0-9]+")
_KW: dict[str, tuple[str, float, str]] = {}
for _k, _v in KEYWORDS.items():
    _KW.setdefault(" ".join(_TOK.findall(_k)), _v)
# The same with the gazetteer's business heads: what the business type is scored on (the lexicon alone answers
# the other callers: does a phrase name a trade's goods?).
_KW_HEADS = {**HEAD_KEYWORDS, **_KW}


def _spans(table: dict[str, tuple[str, float, str]]) -> dict[str, int]:
    """The longest phrase each word can open (lookups strip a suffix, never a word, so no longer phrase can hit)."""
    out: dict[str, int] = {}
    for k in table:
        if " " in k:
            out[k.split()[0]] = max(out.get(k.split()[0], 1), len(k.split()))
    return out


_TABLES = {False: (_KW, _spans(_KW)), True: (_KW_HEADS, _spans(_KW_HEADS))}
_SUFFIX = ("nya", "es", "s", "ku", "mu")
_BAD_GAP = regrouped(r"[.,;:!?()\n\u2013\u2014]")  # a dash ends a phrase too: "Inspeksi — drone …"


# Indonesian affixes: prefix → replacements for the root's first letter (nasal assimilation: menjahit → jahit,
# memotret → potret, menulis → tulis, mengukir → ukir, menyablon → sablon), tried longest first.
_PREFIXES = (("meny", ("s",)), ("meng", ("", "k")), ("mem", ("", "p")), ("men", ("", "t")), ("me", ("",)),
             ("peny", ("s",)), ("peng", ("", "k")), ("pem", ("", "p")), ("pen", ("", "t")), ("pe", ("",)),
             ("ber", ("",)), ("be", ("",)), ("ter", ("",)), ("di", ("",)), ("ke", ("",)))
_ID_SUFFIX = ("nya", "kan", "an", "i")


def _stem_lookup(key: str, kw: dict[str, tuple[str, float, str]]) -> tuple[str, float, str] | None:
    """jualan → jual, pesanan → pesan, beternak → ternak, menjahit → jahit, peternakan → ternak."""
    roots = [key] + [key[:-len(x)] for x in _ID_SUFFIX if key.endswith(x) and len(key) - len(x) >= 4]
    for root in roots:
        for pre, subs in _PREFIXES:
            if root.startswith(pre) and len(root) - len(pre) >= 3:
                for sub in subs:
                    hit = kw.get(sub + root[len(pre):])
                    if hit:
                        return hit
        if root != key:
            hit = kw.get(root)
            if hit:
                return hit
    return None


@lru_cache(maxsize=65536)  # pure per token or phrase, and the same few hundred come back in every brief
def _lookup_key(key: str, heads: bool = False) -> tuple[str, float, str] | None:
    kw = _TABLES[heads][0]
    hit = kw.get(key)
    if hit is None and key[-1:] == "2" and key[:-1].isalpha():  # reduplication: "oleh2" → "oleh oleh", "kue2" → "kue"
        hit = kw.get(f"{key[:-1]} {key[:-1]}") or kw.get(key[:-1])
    if hit is None:
        for suf in _SUFFIX:
            if key.endswith(suf) and len(key) - len(suf) >= 3:
                hit = kw.get(key[: -len(suf)])
                if hit:
                    break
    if hit is None and key.endswith("ies") and len(key) >= 6:  # English plural of -y: "parties", "bakeries"
        hit = kw.get(key[:-3] + "y")
    if hit is None and " " not in key and key.isalpha() and len(key) >= 6:
        hit = _stem_lookup(key, kw)
    return hit


@lru_cache(maxsize=256)  # the brief check and the parse read the same text; offerings ask about the same pieces
def _keyword_hits(lower: str, heads: bool = False) -> tuple[tuple[int, int, str, tuple[str, float, str]], ...]:
    """Longest-first, non-overlapping lexicon hits: (start, end, matched text, entry); with `heads`, the
    gazetteer's business heads are keywords too."""
    opens = _TABLES[heads][1].get
    toks = tokens(lower)
    out = []
    i, count = 0, len(toks)
    while i < count:
        found = None
        top = opens(toks[i][2], 1)
        if top > 1:  # the word opens a phrase of the lexicon: the longest one said here, first
            top = min(top, count - i)
            # a phrase runs on while the gaps between its words stay short and free of punctuation
            run = 1
            while run < top and _joins(lower[toks[i + run - 1][1]:toks[i + run][0]]):
                run += 1
            for n in range(run, 1, -1):
                hit = _lookup_key(" ".join([t[2] for t in toks[i:i + n]]), heads)
                if hit:
                    found = (n, hit)
                    break
        if found is None and (hit := _lookup_key(toks[i][2], heads)):
            found = (1, hit)
        if found:
            n, hit = found
            out.append((toks[i][0], toks[i + n - 1][1], lower[toks[i][0]:toks[i + n - 1][1]], hit))
            i += n
        else:
            i += 1
    return tuple(out)


@lru_cache(maxsize=1024)  # a handful of gaps (" ", ", ", " - ") make up nearly all
def _joins(gap: str) -> bool:
    return len(gap) <= 3 and not _BAD_GAP.search(gap)


# Typo tolerance: every single-deletion variant of strong single-word keywords (≥ 6 letters).
_FUZZY: dict[str, str] = {}
for _kw, (_t, _w, _i) in KEYWORDS.items():
    if _w >= 2 and len(_kw) >= 6 and _kw.isalpha():
        for _k in range(len(_kw)):
            _FUZZY.setdefault(_kw[:_k] + _kw[_k + 1:], _kw)
        _FUZZY.setdefault(_kw, _kw)
_TOKEN = regrouped(r"[a-z]{6,}")
_PLACE_WORDS = frozenset(w for p in PLACES for w in p.split() if len(w) >= 6)
# Everyday words a letter away from a trade's keyword: spelled as meant, not typos of it ("shipping" is not
# "shopping", "ukuran" not "ukiran", "setelah" not "setelan", "arabic" not "arabica", "speakers" not "sneakers").
_EVERYDAY = frozenset((
    "shipping shipped served serves server healthy learning plates supplies supply report reports handle handles "
    "boring convert message messages senior chains cloths mining single engkel arabic "
    "daring ukuran setelah tambah kadang bareng datang malang jelang karung layang "
    "kenari kenangan tulang tenang karang sarang talang pesawat rekanan konsep jemari angkatan keriting lereng "
    "nyaman panggang punggung manggung sayang arisan okulasi chargers").split())
# Words the parser's vocabularies spell (a keyword's words, the business heads', the language readers' function and
# trade words): a word they hold is spelled as meant, never a typo of another keyword.
_SPELLED = frozenset({w for k in (*KEYWORDS, *HEAD_KEYWORDS) for w in _TOK.findall(k)} | set(ID_WORDS) | set(EN_WORDS)
                     | set(ID_TRADE_WORDS) | TERSE_ID_WORDS | ID_ING | _EVERYDAY)


# Where each letter sits on a QWERTY keyboard (rows staggered): a finger that slips hits a neighbouring key.
_KEY_AT = {c: (x + (0.0, 0.25, 0.75)[y], y) for y, row in enumerate(("qwertyuiop", "asdfghjkl", "zxcvbnm"))
           for x, c in enumerate(row)}


def _key_slip(a: str, b: str) -> bool:
    """Are two letters neighbouring keys ("restoram" for "restoran")? A letter far from the one meant is another
    word, not a slip: "sanggar" is not "langgar", "printer" not "painter", "daring" not "daging"."""
    pa, pb = _KEY_AT.get(a), _KEY_AT.get(b)
    if pa is None or pb is None:
        return False
    dx, dy = abs(pa[0] - pb[0]), abs(pa[1] - pb[1])
    return (dy == 0 and dx == 1) or (dy == 1 and dx < 1)


def _one_typo(a: str, b: str) -> bool:
    """Are two words of one length a single typo apart: one letter changed to a neighbouring key, or two
    neighbours swapped?"""
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (len(diff) == 1 and _key_slip(a[diff[0]], b[diff[0]])) or (
        len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


@lru_cache(maxsize=16384)
def _fuzzy(w: str) -> str | None:
    """The strong keyword `w` is, or is one typo (a letter dropped, added, changed, or two swapped) away from.

    A letter dropped from each of two words of one length may leave them two letters apart ("harian" and
    "arisan" both lose one to "arian"): that is another word, not a typo of it; so is a word the vocabularies
    spell ("sanggar" is no "langgar", "arabic" no "arabica")."""
    if w in _SPELLED and w not in KEYWORDS:  # a word of the vocabularies is spelled as meant
        return None
    kw = _FUZZY.get(w)
    if kw is None:
        for k in range(len(w)):
            kw = _FUZZY.get(w[:k] + w[k + 1:])
            if kw and (len(kw) != len(w) or _one_typo(w, kw)):
                break
            kw = None
    return kw
