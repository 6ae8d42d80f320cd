"""A shop's bio on a marketplace or in a chat: the welcome that names the shop, a name written as a web domain, and
the headings over it that name nobody (a season, a festival's run-up, a title in capitals saying what is sold).

"Selamat datang di SOLEFRESH.ID 👟 …" is signed "Solefresh.id"; "Welcome to ServerKecil.id" keeps the owner's styling;
"RAKIT PC CUSTOM" over "Pixel Rakit Lubuklinggau" is no name (a season, "Des-Feb", is brand_titles.is_season's).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .brand_words import _GENERIC
from .cap_runs import _is_cap, cap_runs
from .lexicon import KEYWORDS
from .name_reader import take_name
from .places import PLACES

_TRADE_WORDS = frozenset(w for k in KEYWORDS for w in k.split())  # as brand_runs reads them
# The greeting a shop's bio opens with, the shop's name after it.
_WELCOME = regrouped(r"(?i)\b(?:welcome\s+to|selamat\s+datang\s+(?:di|ke))\s+")
# A name written as a web domain, one label and its suffix: "solefresh.id", "ServerKecil.id", "kopi-kita.co.id".
_DOMAIN = regrouped(r"(?i)([a-z0-9][a-z0-9-]*)(\.(?:co\.id|my\.id|web\.id|biz\.id|id|com|net|shop|store|online))")
# The words of a heading that a season of the goods has come ("MUSIM DURIAN UDAH MULAI", "MANGO SEASON IS HERE").
_SEASON_NOUNS = frozenset("musim season panen harvest".split())
_SEASON_WORDS = _SEASON_NOUNS | frozenset("udah sudah telah mulai tiba datang hadir is here has begun started back "
                                          "kembali lagi".split())
_SENTENCE_END = regrouped(r"\s*(?:[.!?\x1e]|$)")


def domain_cased(name: str) -> str:
    """A name written as a web domain in capitals, as a careful human writes it: "SOLEFRESH.ID" → "Solefresh.id"
    (the owner's own mixed styling, "ServerKecil.id", stays as written)."""
    m = _DOMAIN.fullmatch(name)
    if not m or not name.isupper():
        return name
    return m.group(1).capitalize() + m.group(2).lower()


def welcomed(text: str) -> tuple[str, int, int] | None:
    """The shop a bio welcomes its visitors to, in capitals ("Selamat datang di Toko Rina", "Welcome to X.id"), or
    None (a place one is welcomed to, "Welcome to Bali", is no shop)."""
    for m in _WELCOME.finditer(text):
        found = take_name(text, m.end(), True, require_cap=True)
        if not found or found[1] != m.end() or not _is_cap(found[0]) or found[0].lower() in PLACES:
            continue
        name, s, e = found
        return domain_cased(name), s, e
    return None


def goods_title(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]``, opening the bio, a title in capitals of only what is sold ("RAKIT PC CUSTOM") or that its
    season has come ("MUSIM DURIAN UDAH MULAI"), a sentence of its own, while another run of the bio, of words not
    only the trade's, names the shop? Then the title is no name."""
    words = text[s:e].split()
    if len(words) < 2 or text[:s].strip() or not text[s:e].isupper() or not _SENTENCE_END.match(text, e):
        return False
    lower = [w.lower() for w in words]
    # the season's own heading names its fruit in any word: "PANEN SALAK SUDAH TIBA"
    season = any(w in _SEASON_NOUNS for w in lower) and any(w in _SEASON_WORDS - _SEASON_NOUNS for w in lower)
    if not season and not all(w in _TRADE_WORDS or w in _GENERIC or w in _SEASON_WORDS for w in lower):
        return False
    return any(rs >= e and len(text[rs:re_].split()) >= 2
               and any(w.lower() not in _TRADE_WORDS and w.lower() not in PLACES for w in text[rs:re_].split())
               for rs, re_, _ in cap_runs(text))
