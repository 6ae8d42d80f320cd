"""The owner's Instagram account as written: "IG: @kue.ani", "instagram kopiani", "@resinkita.id"; never a
handle on another platform ("Telegram @raradesign"), a word of the brief ("akun IG aktif") or "IG" as a kind of
content ("feed IG template"). Read by the fact reader (facts.py); brief.py asks whether a brief names one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tapsite_pipeline.fastre import fast, regrouped

_INSTAGRAM = fast(r"(?:\b(?:ig|instagram|insta)\b\s*[:@]?\s*@?|(?<![\w.])@)([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)\b",
                  re.I)
INSTAGRAM = _INSTAGRAM   # an Instagram account as the owner writes it (brief.py asks whether a brief names one)
_OTHER_PLATFORM = regrouped(r"\b(?:telegram|tele|tg|tiktok|tik\s+tok|twitter|x|threads|line|facebook|fb|youtube|yt|"
                            r"shopee|tokopedia|tokped|lazada|bukalapak|linkedin|discord|snapchat)\s*[:@]?\s*$")
# "ig & tiktok @resinkita.id", "IG/TikTok: @kue.ani": one handle for both, Instagram among them
_IG_SHARED = regrouped(r"\b(?:ig|instagram|insta)\s*(?:,|&|dan|and|/|\+|sama|atau|or)\s*[\w\s]{0,12}[:@]?\s*$")
_IG_NOT = {"kami", "saya", "aku", "kita", "our", "my", "the", "aja", "juga", "dan", "and", "ya", "nya", "link", "sama",
           "sm", "biar", "buat", "untuk", "utk", "dong", "please", "pls", "tiktok", "wa", "whatsapp", "fb", "atau", "or",
           "serta",
           # "akun IG aktif" (an account the customer must have), "IG official: @x": what the account is, no handle
           "aktif", "active", "pribadi", "personal", "resmi", "official"}


# "feed IG template", "story IG", "konten IG kami": "IG" says what kind of post or content; the next word is no account
_IG_AS_KIND = regrouped(r"(?i)\b(?:feeds?|story|stories|post|posts|postingan|posting|konten|content|reels?|ads|iklan|"
                        r"template|templates|desain|design|foto|photos?|caption|highlight|live|grid)\s+$")


def _bare_word_after_ig(text: str, lower: str, m: re.Match) -> bool:
    """An "IG <word>" reading written without "@" or ":" that is no account: "IG" used as a kind of content
    ("feed IG template"), or a plain word when the brief writes its accounts with "@" ("IG template ... IG
    @kopi.ani")."""
    if "@" in m.group(0) or ":" in m.group(0):
        return False
    if _IG_AS_KIND.search(lower, max(0, m.start() - 16), m.start()):
        return True
    handle = m.group(1)
    return handle.isalpha() and handle.islower() and any(
        k.start() != m.start() and "@" in k.group(0) for k in _INSTAGRAM.finditer(text))


def instagram_accounts(text: str, lower: str) -> Iterator[tuple[re.Match, str]]:
    """Each Instagram account the brief names, as (match, "@handle")."""
    for m in _INSTAGRAM.finditer(text):
        handle = m.group(1).rstrip(".")
        if handle.lower() in _IG_NOT or handle.isdigit() or len(handle) < 3:
            continue
        if m.group(0).startswith("@") and _OTHER_PLATFORM.search(lower, max(0, m.start() - 24), m.start()) \
                and not _IG_SHARED.search(lower, max(0, m.start() - 40), m.start()):
            continue  # "Telegram @raradesign", "tiktok: @kue.ani": a handle elsewhere is no Instagram account
        if _bare_word_after_ig(text, lower, m):
            continue
        yield m, "@" + handle
