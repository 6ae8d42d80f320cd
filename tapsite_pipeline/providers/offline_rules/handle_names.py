"""The name a business goes by when the brief names none: its Instagram handle, its email or web domain.

"@bicara.berani" → "Bicara Berani", "hello@dapurubud.com" → "Dapur Ubud", "www.kopi-senja.id" → "Kopi Senja":
the owner's own identity, never an invented "Cooking Class Academy". A handle or domain is read only when it
comes apart into words: at its dots, dashes and underscores, or, written as one word, into two or three words
the parser's vocabularies know ("dapurubud" is "dapur" + "ubud"). "official", "id", "ig" and digits belong to the
handle, not the name; a free mail domain (gmail, yahoo …) and a marketplace or link page name nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped

from .sense import in_vocabulary
from .text import EN_WORDS, ID_WORDS

HANDLE_NOISE = frozenset({"official", "id", "ig", "real", "the", "co", "jkt", "idn", "indonesia", "store", "shop",
                          "www", "web", "site", "my"})
# Domains that are a provider's, not the business's.
_NOT_OWN = frozenset("""
gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol proton protonmail zoho mail gmx yandex
rocketmail telkom plasa indosat linktr linktree bit wa whatsapp instagram facebook fb tiktok shopee tokopedia
bukalapak lazada blibli google forms youtube twitter x line t s id
""".split())
_EMAIL = regrouped(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)*)\.[a-z]{2,}\b")
_WEB = regrouped(r"(?<![\w@.-])(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.(?:com|id|co\.id|net|org|"
                 r"my\.id|web\.id|biz\.id|shop|store|site|online|studio|art|cafe)\b(?![\w@-])")


# second-level labels before a country code: "kulitgarut.co.id", "smkn1.sch.id"
_SECOND_LEVEL = frozenset("co ac or go web my biz sch net com mil ponpes desa".split())


def _own_label(domain: str) -> str:
    """The label of an email's domain that names: "mail.kulitgarut.co" (of "….co.id") → "kulitgarut"."""
    labels = domain.split(".")
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1]


@lru_cache(maxsize=4096)
def _split_run(word: str) -> tuple[str, ...] | None:
    """A run-together word as two or three known words of three letters or more, the fewest pieces first."""
    if in_vocabulary(word):
        return (word,)
    best: tuple[str, ...] | None = None
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        if not in_vocabulary(head):
            continue
        rest = (tail,) if in_vocabulary(tail) else (_split_run(tail) if len(tail) >= 6 else None)
        if rest and len(rest) <= 2 and (best is None or 1 + len(rest) < len(best)):
            best = (head, *rest)
    return best


def _words(ident: str) -> list[str] | None:
    parts = [p for p in re.split(r"[._-]+", ident.lower()) if p]
    words = [p for p in parts if p.isalpha() and p not in HANDLE_NOISE]
    if len(words) == 1 and len(words[0]) >= 6:  # one word: only when it splits into known words
        if words[0].endswith("ku") and in_vocabulary(words[0][:-2]):
            return words  # "undanganku", "rotiku": a known word made "my …", a name as it stands
        split = _split_run(words[0])
        words = list(split) if split and len(split) >= 2 else []
    if 2 <= len(words) <= 4 and all(len(w) >= 2 for w in words):
        return words
    return None


# A local part that only routes mail ("info@", "order@") names nobody.
_ROUTING = frozenset("""info admin order orders sales cs hello halo hi contact kontak official support marketing mail "
                     "email cust customer service owner daftar register pesan booking reservasi""".split())


def _name_and_word(word: str) -> list[str] | None:
    """A run-together handle made of a name no lexicon knows and a word one does, either way round: "rinacakes" is
    "rina" + "cakes", "kuehanna" is "kue" + "hanna", "dapurbundaani" is "dapur bunda" + "ani". The known part is
    the longest that reads; the name is one piece of three to eight letters with a vowel."""
    best: list[str] | None = None
    for i in range(3, len(word) - 2):
        for known_side, name in ((word[i:], word[:i]), (word[:i], word[i:])):
            known = _split_run(known_side) if len(known_side) >= 3 else None
            if not known or len(known) > 2 or not 3 <= len(name) <= 8 or not set(name) & set("aiueo") \
                    or in_vocabulary(name) or any(len(k) < 3 for k in known):
                continue
            words = [name, *known] if known_side == word[i:] else [*known, name]
            if best is None or len(known_side) > sum(map(len, best)) - len(name):
                best = words
    return best


def _trade_word(w: str) -> bool:
    """A word of what a business is or sells ("cakes", "dapur", "kue"), not one that only builds a sentence ("buat",
    "saya"): the parser knows it, and the language scores give it less than a function word's weight."""
    return len(w) >= 3 and in_vocabulary(w) and ID_WORDS.get(w, 0) < 1 and EN_WORDS.get(w, 0) < 1


def _loose_words(ident: str) -> list[str] | None:
    """An account or mail name read more freely, for a brief that names no business at all: a name joined to a
    trade word, and words of which at least one is one the parser knows (a person's "budi.santoso" stays nobody's
    business)."""
    parts = [p for p in re.split(r"[._-]+", ident.lower()) if p]
    words = [p for p in parts if p.isalpha() and p not in HANDLE_NOISE]
    while words and words[0] in _ROUTING:   # "daftar.ngodingbareng", "order.kuehanna": the name follows
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and len(words[0]) >= 6:
        words = _words(words[0]) or _name_and_word(words[0]) or []
    if 2 <= len(words) <= 4 and all(len(w) >= 2 for w in words) and any(_trade_word(w) for w in words):
        return words
    return None


def _shown(words: list[str]) -> str:
    # a word without a vowel is an abbreviation ("mnk", "jkt"): written in capitals
    return " ".join(w.upper() if not set(w) & set("aiueo") else w.capitalize() for w in words)


# An account the owner gives, on any platform: "ig @tenun.waingapu", "telegram @canggushala", "line id: dapurratmi",
# "@kopi.senja" standing alone (an email's "@" has a word before it and is read with the domains).
_ACCOUNT = regrouped(r"(?:\b(?:ig|instagram|insta|telegram|tele|tg|line|tiktok|twitter|threads)\b\s*(?:id\s*)?[:@]?\s*@?|"
                     r"(?<![\w.@])@)([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)\b")


# An account given as a link to the owner's page on a platform or a link page: "linktr.ee/warungbuyati",
# "instagram.com/tenun.sumba", "tiktok.com/@kopisenja", "lynk.id/rajutnenek"; the path is the handle.
_LINK_PATH = regrouped(r"(?<![\w.@-])(?:https?://)?(?:www\.)?(?:linktr\.ee|linktree\.com|bio\.link|lynk\.id|taplink\.cc|"
                       r"heylink\.me|beacons\.ai|instagram\.com|instagr\.am|tiktok\.com|facebook\.com|fb\.com|fb\.me|"
                       r"threads\.net|youtube\.com|shopee\.co\.id|tokopedia\.com)/@?([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)"
                       r"(?![\w/])")


def _linked_name(lower: str) -> str | None:
    """The name the handle of a link to the owner's page spells ("linktr.ee/ayamgeprekmantul"), or None."""
    if "/" in lower:
        for m in _LINK_PATH.finditer(lower):
            if words := _words(m.group(1)):
                return _shown(words)
    return None


def _domain_name(lower: str) -> str | None:
    if "@" in lower or "." in lower:
        # the word of a domain that names: "mail.dapurubud.com" → "dapurubud", "kopi-senja.co.id" → "kopi-senja"
        domains = [_own_label(m.group(1)) for m in _EMAIL.finditer(lower)] + \
            [m.group(1).split(".")[0] for m in _WEB.finditer(lower)]
        for domain in domains:
            if domain not in _NOT_OWN and (words := _words(domain)):
                return _shown(words)
    return None


def handle_name(facts: list, lower: str = "") -> str | None:
    """The name the owner's Instagram handle, email or web address spells, or None."""
    for f in facts:
        if f.kind == "instagram" and (words := _words(f.value.lstrip("@"))):
            return _shown(words)
    return _domain_name(lower)


def account_name(lower: str) -> str | None:
    """The name the brief's own accounts spell (a handle on any platform, then an email or web domain), read
    from the raw lower-case brief alone; None when none comes apart into words."""
    for m in _ACCOUNT.finditer(lower):
        if lower[m.end():m.end() + 1] != "@" and (words := _words(m.group(1))):  # "kopi@…" is an email's
            return _shown(words)
    return _linked_name(lower) or _domain_name(lower)


_MAIL_LOCAL = regrouped(r"(?<![\w.+-])([a-z0-9][\w.-]{2,40})@([\w-]+)(?:\.[\w-]+)*\.[a-z]{2,}\b")


def loose_account_name(lower: str) -> str | None:
    """For a brief that names no business: what its handle or mail address spells when read more freely than
    account_name does: "ig @rinacakes" is "Rina Cakes", and the name before a free mail provider counts
    ("order: dapur.bunda@gmail.com" is "Dapur Bunda"), where a generic "Usaha Kita" would say nothing."""
    for m in _ACCOUNT.finditer(lower):
        if lower[m.end():m.end() + 1] != "@" and (words := _loose_words(m.group(1))):
            return _shown(words)
    for m in _MAIL_LOCAL.finditer(lower):
        if m.group(2) in _NOT_OWN and (words := _loose_words(m.group(1))):
            return _shown(words)
    return None


def account_spells(run: str, raw: str) -> bool:
    """Does the brief's own account spell this run of its words, spaces and case aside ("… dari Tenun Mama Lowa …
    DM @tenunmamalowa")? Then the run is the business's name, whatever the words around it made of it (a place the
    goods come from)."""
    own = account_name(raw.lower()) or loose_account_name(raw.lower())
    return bool(own) and len(run) > 3 and re.sub(r"[^a-z0-9]", "", own.lower()) == re.sub(r"[^a-z0-9]", "", run.lower())
