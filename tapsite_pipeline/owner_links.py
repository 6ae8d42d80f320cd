"""The owner's accounts and web addresses as owners type them, turned into links a visitor can click.

    Telegram   "telegram @toko_ani", "tele: toko_ani", "tg @toko_ani", "t.me/toko_ani"  → https://t.me/toko_ani
    LINE       "line id: ani.kue", "ID LINE ani.kue"                          → https://line.me/ti/p/~ani.kue
               an official account "LINE @kueani", "line@: kueani"            → https://line.me/R/ti/p/%40kueani
    TikTok     "tiktok @kue.ani", "tiktok.com/@kue.ani"                       → https://www.tiktok.com/@kue.ani
    Facebook   "fb.com/kueani", "facebook.com/kue.ani", "FB: @kueani"         → https://www.facebook.com/kueani
    a store    "shopee.co.id/kueani", "tokopedia.com/kueani"                  → https://shopee.co.id/kueani
    a website  "www.kueani.com", "kueani.co.id", "website: kueani.com", "https://kueani.com/menu"
    link page  "linktr.ee/kueani", "lynk.id/kueani", "s.id/daftar-kue", "bit.ly/pesankue"   → https://linktr.ee/kueani

Nothing the owner wrote is copied into a link as it stands: a handle must fit the platform's own rules for a
name (Telegram: 5-32 letters, digits and "_", starting with a letter; …) and end where a name ends, and a web
address is rebuilt from a checked host (letters, digits and "-", a real top-level domain) and a path of plain
characters, always http(s). Anything else — `javascript:`, markup, quotes, a 300-character "handle", a page name
with spaces ("FB: Toko Kue Ani") — is dropped: it is never shown as a link.

A platform's own name is needed before a bare handle (`@x` alone is read as Instagram, in the parser's facts), and
a bare domain is a website only when it is said to be one ("web kami kueani.com"), written with `www.`/`http`, or
Indonesian (`.id`, `.co.id`, …) and in lower case: "Booking.com / Airbnb setup" names a platform the owner works
with, and "namanya HostKampung.id" a business named after its domain (the page may be that very site).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import unquote

from tapsite_pipeline.fastre import Fast, fast

# kind → the label a visitor reads before the account ("Telegram @toko_ani")
LABELS = {"telegram": "Telegram", "line": "LINE", "tiktok": "TikTok", "facebook": "Facebook", "shop": "Shop",
          "website": "Website", "linkpage": "Links"}
KINDS = tuple(LABELS)
MESSAGING = ("telegram", "line")   # people can send the owner a message there (a contact channel)

# where a name ends: not inside a longer word, tag, quote, address or scheme ("javascript:…")
_END = r"(?![\w@<>\"'`=&%/\\-])(?!\.\w)(?!:\S)"
_TG_NAME = r"[A-Za-z](?:[A-Za-z0-9_]{3,30}[A-Za-z0-9])"
_LINE_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9._-]{2,18}[A-Za-z0-9_-])"
_TIKTOK_NAME = r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,22}[A-Za-z0-9_])?"
_FB_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9.]{3,48}[A-Za-z0-9])"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = rf"(?:{_LABEL}\.)+[a-z]{{2,24}}"
_PATH = r"(?:/[A-Za-z0-9._~+-]{0,80}){0,6}"
_SEP = r"\s*(?:[:=]|\(|-\s)\s*"   # "tele: x", "tg = x", "LINE (x)", "Telegram - x"
_WHO = r"(?:\s+(?:kami|saya|aku|ku|kita|our|my|official|resmi|admin|id|username))?"

# Most briefs name no account: each scan goes through `fast` (skipped when the text holds none of the words a match
# needs: "tele", "line", "fb", "shopee.co.id", "." …; the same matches otherwise).
_TELEGRAM = [
    fast(rf"(?<![\w.@/])(?:https?://)?(?:www\.)?(?:t|telegram)\.me/@?({_TG_NAME}){_END}", re.I),
    fast(rf"\b(?:telegram|tele|tg){_WHO}(?:{_SEP}@?|\s*@)\s*({_TG_NAME}){_END}", re.I),
]
_LINE = [
    fast(rf"(?<![\w.@/])(?:https?://)?line\.me/(?:R/)?ti/p/(~|@|%40)({_LINE_NAME}){_END}", re.I),
    # "line id: x", "id line: x", "ID LINE @x", "LINE: x", "LINE @x", "line@: x" (LINE@ is an official account)
    fast(rf"\b(?:(?:line\s*id|id\s*line)\b\s*[:=]?\s*|line(@)\s*[:=]?\s*|line{_WHO}(?:{_SEP}|\s*(?=@)))"
         rf"(@?)({_LINE_NAME}){_END}", re.I),
]
_TIKTOK = [
    fast(rf"(?<![\w.@/])(?:https?://)?(?:www\.|m\.|vt\.)?tiktok\.com/@({_TIKTOK_NAME}){_END}", re.I),
    fast(rf"\b(?:tiktok|tik\s+tok){_WHO}(?:{_SEP}@?|\s*@)\s*({_TIKTOK_NAME}){_END}", re.I),
]
_FACEBOOK = [
    fast(rf"(?<![\w.@/])(?:https?://)?(?:www\.|m\.|web\.)?(?:facebook\.com|fb\.com|fb\.me)/"
         rf"(profile\.php\?id=\d{{5,20}}|{_FB_NAME}){_END}", re.I),
    # a handle, never a page's name: "FB: @kueani", "fb: kueani" (one word, no capitals), not "FB: Toko Kue Ani"
    fast(rf"\b(?:facebook|fb){_WHO}(?:{_SEP}@?|\s*@)\s*({_FB_NAME}){_END}(?!\s+[A-Z0-9])", re.I),
]
_SHOP_HOSTS = {"shopee.co.id": "shopee.co.id", "tokopedia.com": "www.tokopedia.com", "bukalapak.com": "www.bukalapak.com",
               "lazada.co.id": "www.lazada.co.id", "blibli.com": "www.blibli.com", "tokopedia.link": "tokopedia.link",
               "shp.ee": "shp.ee"}
_SHOP = fast(rf"(?<![\w.@/])(?:https?://)?(?:www\.|m\.)?({'|'.join(re.escape(h) for h in _SHOP_HOSTS)})"
             rf"(/[A-Za-z0-9._~-]{{2,60}}(?:/[A-Za-z0-9._~-]{{1,60}}){{0,3}}){_END}", re.I)
# A page of the owner's links or a short link to one of their pages ("linktr.ee/kueani", "bit.ly/daftarkue"): a
# host that is nobody's website, with a path that names the owner's own page there, as the owner wrote it.
_LINK_PAGE_HOSTS = ("linktr.ee", "lynk.id", "s.id", "bit.ly", "heylink.me", "taplink.cc", "beacons.ai", "linkin.bio",
                    "linkr.bio", "msha.ke", "tr.ee")
_LINK_PAGE = fast(rf"(?<![\w.@/:~-])(?:https?://)?(?:www\.)?({'|'.join(re.escape(h) for h in _LINK_PAGE_HOSTS)})"
                  r"/([A-Za-z0-9_][A-Za-z0-9._~-]{1,60}(?<![.]))(?![\w@<>\"'`=&%/\\-])(?!\.\w)(?!:\S)", re.I)
# Hosts that are never "the owner's website": platforms, mail, maps, link shorteners, our own forms.
_NOT_SITES = ("wa.me", "whatsapp.com", "instagram.com", "instagr.am", "t.me", "telegram.me", "line.me", "lin.ee",
              "tiktok.com", "facebook.com", "fb.com", "fb.me", "youtube.com", "youtu.be", "twitter.com", "x.com",
              "google.com", "goo.gl", "g.page", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
              "booking.com", "airbnb.com", "gojek.com", "grab.com", "traveloka.com", "tiket.com", "linktr.ee",
              "example.com", "example.org", "example.net", *_SHOP_HOSTS, *_LINK_PAGE_HOSTS)
_BARE_TLDS = ("id", "co.id", "my.id", "web.id", "biz.id", "or.id", "ac.id", "sch.id", "ponpes.id", "desa.id")
_WEB_TLDS = ("com", "net", "org", "store", "shop", "online", "site", "website", "studio", "art", "cafe", "biz", "info",
             "co", "io", "me", "xyz", "app", "dev", "tech", "asia", "blog", "space", "life", "id", "travel",
             "academy", "school", "photo", "photography", "design", "agency", "digital", "clinic", "coffee", "shop")
_WEBSITE = fast(rf"(?<![\w.@/:~-])(https?://)?(www\.)?({_HOST})({_PATH})(?<![.,]){_END}", re.I)
_SITE_CUE = re.compile(r"\b(?:website|web|situs|site|laman|homepage|webnya|websitenya|kunjungi|visit|lihat|cek|"
                       r"check|katalog|catalog|online)\b[^.!?;\n]{0,24}$", re.I)
_HANDLE_CUE = re.compile(r"\b(?:ig|instagram|insta|telegram|tele|tg|line|tiktok|tt|fb|facebook|email|e-mail|surel)"
                         r"\b\W{0,4}$", re.I)


Found = tuple[int, int, str]   # (start, end, link) of one account or address in the text


def _all(patterns: list[Fast], text: str) -> list[tuple[int, re.Match[str]]]:
    """Every match of the patterns, in the text's order: (which pattern, the match)."""
    return sorted(((i, m) for i, p in enumerate(patterns) for m in p.finditer(text)), key=lambda im: im[1].start())


def _telegram(text: str) -> Iterator[Found]:
    for _, m in _all(_TELEGRAM, text):
        yield m.start(), m.end(), f"https://t.me/{m.group(1)}"


_LINE_SAID = re.compile(r"\b(?:wa|whatsapp|email|e-mail|ig|instagram|telegram|tele|tg|telp|phone|kontak|contact|"
                        r"hubungi|chat|via|lewat|lwt|add|dm)\b", re.I)


def _line(text: str) -> Iterator[Found]:
    """LINE accounts: a line.me link, "line id"/"LINE@" with a name, or "LINE" and a name where "LINE" is the app
    ("LINE: x", "LINE @x", "wa …, line: x"), not a word ("product line: scarves")."""
    for which, m in _all(_LINE, text):
        if which == 0:
            official, name = m.group(1) != "~", m.group(2)
        elif m.group(1) or m.group(2) or re.match(r"(?i)line\s*id|id\s*line", m.group(0)) \
                or m.group(0)[:4] == "LINE" or _LINE_SAID.search(text, max(0, m.start() - 30), m.start()):
            official, name = bool(m.group(1) or m.group(2)), m.group(3)
        else:
            continue
        name = name.lower()
        # an official account's ID keeps its "@", percent-encoded in the path (LINE's URL scheme for a profile)
        yield m.start(), m.end(), (f"https://line.me/R/ti/p/%40{name}" if official else f"https://line.me/ti/p/~{name}")


def _tiktok(text: str) -> Iterator[Found]:
    for _, m in _all(_TIKTOK, text):
        yield m.start(), m.end(), f"https://www.tiktok.com/@{m.group(1)}"


def _facebook(text: str) -> Iterator[Found]:
    for which, m in _all(_FACEBOOK, text):
        name = m.group(1)
        if which == 1 and "@" not in m.group(0) and (not name.islower() or name.isdigit()):
            continue   # "FB: Sekar" may be a page's name; only "@name" or a plain lower-case handle is a handle
        yield m.start(), m.end(), f"https://www.facebook.com/{name}"


def _shop(text: str) -> Iterator[Found]:
    for m in _SHOP.finditer(text):
        yield m.start(), m.end(), f"https://{_SHOP_HOSTS[m.group(1).lower()]}{m.group(2)}"


def _host_ok(host: str) -> bool:
    return len(host) <= 253 and not any(host == h or host.endswith("." + h) for h in _NOT_SITES)


def _website(text: str) -> Iterator[Found]:
    """The owner's own web address: written with http(s):// or www., a bare Indonesian domain in lower case, or a
    bare domain the owner calls a website ("web kami kueani.com", "visit kueani.com")."""
    for m in _WEBSITE.finditer(text):
        scheme, www, host, path = m.group(1), m.group(2), m.group(3).lower(), m.group(4).rstrip(".,")
        if not _host_ok(host) or text[m.end():m.end() + 1] == "@":
            continue
        before = text[max(0, m.start() - 32):m.start()]
        if not (scheme or www):
            if _HANDLE_CUE.search(before) or not host.endswith(tuple("." + t for t in _WEB_TLDS + _BARE_TLDS)):
                continue   # "IG: kue.ani.id" is an account; "menu.pdf" is a file
            said = _SITE_CUE.search(before)
            if not said and not (host.endswith(tuple("." + t for t in _BARE_TLDS)) and m.group(3).islower()):
                continue   # "Booking.com / Airbnb setup": a platform named; "namanya HostKampung.id": a name
        proto = "http" if scheme and scheme.lower() == "http://" else "https"
        yield m.start(), m.end(), f"{proto}://{www.lower() if www else ''}{host}{path}"


def _link_page(text: str) -> Iterator[Found]:
    for m in _LINK_PAGE.finditer(text):
        yield m.start(), m.end(), f"https://{m.group(1).lower()}/{m.group(2)}"


READERS: dict[str, Callable[[str], Iterator[Found]]] = {
    "telegram": _telegram, "line": _line, "tiktok": _tiktok, "facebook": _facebook, "shop": _shop, "website": _website,
    "linkpage": _link_page}


def _first_link(kind: str, text: str) -> str | None:
    return next((url for _, _, url in READERS[kind](text) if len(url) <= 200), None)


def links_in_text(text: str) -> dict[str, str]:
    """Every kind of account or address the owner names in `text`, the first of each, as its link."""
    if not text:
        return {}
    return {kind: url for kind in READERS if (url := _first_link(kind, text))}


def link_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names an account or address (cue word included: "telegram @toko_ani", "fb.com/kueani"):
    what the business's other readers must not take for an offering or a name."""
    return sorted({(a, b) for read in READERS.values() for a, b, _ in read(text)}) if text else []


# An account named by its page's or channel's name, which no link can be made of: "fb: Kursus Setir Mbak Nunik",
# "FB Madu Sialang Langgam", "follow kami di Facebook Toko Kue Ani", "YouTube: Dapur Mama Rina". The name is two to
# six words, the first two capitalised (a page's name as it is written); a one-word name is a handle (read above).
NAMED_LABELS = {"facebook": "Facebook", "youtube": "YouTube", "tiktok": "TikTok"}
_NAMED = fast(
    r"\b(?:(?P<facebook>facebook|fb|fanpage|fan\s+page)|(?P<youtube>youtube|yt)|(?P<tiktok>tiktok|tik\s+tok))"
    r"(?:\s+(?:kami|saya|aku|official|resmi|page|channel))?\s*(?:[:=]|-\s)?\s*"
    # (never the platform's own products: "Facebook Ads Manager", "TikTok Shop Seller Center", "YouTube Shorts")
    r"(?!(?:ads|iklan|shop|live|marketplace|pages?|groups?|grup|reels?|stor(?:y|ies)|messenger|business|creators?|"
    r"manager|premium|music|shorts|pro|seller|affiliate|watch|gaming|kids|studio)\b)"
    r"(?P<name>(?-i:[A-Z][\w'&.-]*(?:\s+[A-Z0-9][\w'&.-]*)(?:\s+(?:[A-Z0-9][\w'&.-]*|&|dan|and|of|di))*?"
    r"(?:\s+[A-Z0-9][\w'&.-]*)?))(?=\s*(?:[,.;!?|/()\n]|$|\s+(?-i:[a-z@])))", re.I)


def named_accounts(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, name) of each account named by a page's or channel's name (_NAMED) where no link is
    read: shown as text, the name as the owner wrote it, never as a link."""
    if not text:
        return []
    linked = None   # the links' spans, read once a name is found (most texts name none)
    out = []
    for m in _NAMED.finditer(text):
        name = m.group("name").rstrip(".")
        words = name.split()
        if not 2 <= len(words) <= 6 or len(name) > 50 or not words[1][:1].isupper() and not words[1][:1].isdigit():
            continue
        if linked is None:
            linked = link_spans(text)
        if any(a < m.end() and b > m.start() for a, b in linked):
            continue
        kind = next(k for k in NAMED_LABELS if m.group(k))
        out.append((m.start(), m.start("name") + len(name), kind, name))
    return out


def checked(kind: str, url: str | None) -> str | None:
    """`url` when it is a link this module would make for `kind` (read back from itself), else None: what the page
    renders is checked again however the value reached it."""
    if not url or kind not in READERS or len(url) > 200 or not re.fullmatch(r"https?://[\x21-\x7e]+", url):
        return None
    return url if _first_link(kind, url) == url else None


_STORES = (("shopee", "Shopee"), ("shp.ee", "Shopee"), ("tokopedia", "Tokopedia"), ("bukalapak", "Bukalapak"),
           ("lazada", "Lazada"), ("blibli", "Blibli"))
_SITE_LABEL = {"id": "Situs web", "en": "Website"}
_LINK_PAGE_LABEL = {"id": "Tautan", "en": "Links"}


def label(kind: str, url: str, lang: str = "id") -> str:
    """The name a visitor reads before the link: "Telegram", "LINE", "Shopee", "Situs web" / "Website"."""
    if kind == "shop":
        host = re.sub(r"^https?://(?:www\.)?", "", url)
        return next((name for key, name in _STORES if host.startswith(key)), _SITE_LABEL.get(lang, "Website"))
    if kind == "website":
        return _SITE_LABEL.get(lang, "Website")
    if kind == "linkpage":
        return _LINK_PAGE_LABEL.get(lang, "Links")
    return LABELS[kind]


def shown(kind: str, url: str, written: str = "") -> str:
    """What the page shows for a link: "@toko_ani" (Telegram, TikTok, a LINE official account), "ani.kue" (a LINE
    ID), "kueani" (a marketplace store or a Facebook page), "kueani.co.id/menu" (a website). Given the text the
    owner `written`, a handle is shown as they wrote it: "tele: toko_ani" is "toko_ani", not "@toko_ani"."""
    if kind in ("telegram", "line", "tiktok"):
        tail = unquote(url.rsplit("/", 1)[1]).lstrip("~")
        name = tail.lstrip("@")
        at = kind == "telegram" or tail.startswith("@")
        if at and written and f"@{name}".lower() not in written.lower():
            at = False
        return ("@" if at else "") + name
    if kind == "facebook":
        tail = re.sub(r"^https?://[^/]+/", "", url)
        return "" if tail.startswith("profile.php") else tail
    if kind == "shop":   # the store's name on its marketplace: "Shopee kueani", "Tokopedia kueani/kue-kering"
        return re.sub(r"^https?://[^/]+/", "", url).rstrip("/")
    return re.sub(r"^https?://(?:www\.)?", "", url).rstrip("/")
