"""The owner's accounts and web addresses as owners type them, turned into links a visitor can click.

    Telegram   "telegram @toko_ani", "tele: toko_ani", "tg @toko_ani", "t.me/toko_ani"  → https://t.me/toko_ani
    LINE       "line id: ani.kue", "ID LINE ani.kue"                          → https://line.me/ti/p/~ani.kue
               an official account "LINE @kueani", "line@: kueani"            → https://line.me/R/ti/p/%40kueani
    TikTok     "tiktok @kue.ani", "tiktok.com/@kue.ani"                       → https://www.tiktok.com/@kue.ani
    Facebook   "fb.com/kueani", "facebook.com/kue.ani", "FB: @kueani"         → https://www.facebook.com/kueani
    a store    "shopee.co.id/kueani", "tokopedia.com/kueani"                  → https://shopee.co.id/kueani
    a website  "www.kueani.com", "kueani.co.id", "website: kueani.com", "https://kueani.com/menu"

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
from urllib.parse import unquote

# kind → the label a visitor reads before the account ("Telegram @toko_ani")
LABELS = {"telegram": "Telegram", "line": "LINE", "tiktok": "TikTok", "facebook": "Facebook", "shop": "Shop",
          "website": "Website"}
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

_TELEGRAM = [
    re.compile(rf"(?<![\w.@/])(?:https?://)?(?:www\.)?(?:t|telegram)\.me/@?({_TG_NAME}){_END}", re.I),
    re.compile(rf"\b(?:telegram|tele|tg){_WHO}(?:{_SEP}@?|\s*@)\s*({_TG_NAME}){_END}", re.I),
]
_LINE = [
    re.compile(rf"(?<![\w.@/])(?:https?://)?line\.me/(?:R/)?ti/p/(~|@|%40)({_LINE_NAME}){_END}", re.I),
    # "line id: x", "id line: x", "ID LINE @x", "LINE: x", "LINE @x", "line@: x" (LINE@ is an official account)
    re.compile(rf"\b(?:(?:line\s*id|id\s*line)\b\s*[:=]?\s*|line(@)\s*[:=]?\s*|line{_WHO}(?:{_SEP}|\s*(?=@)))"
               rf"(@?)({_LINE_NAME}){_END}", re.I),
]
_TIKTOK = [
    re.compile(rf"(?<![\w.@/])(?:https?://)?(?:www\.|m\.|vt\.)?tiktok\.com/@({_TIKTOK_NAME}){_END}", re.I),
    re.compile(rf"\b(?:tiktok|tik\s+tok){_WHO}(?:{_SEP}@?|\s*@)\s*({_TIKTOK_NAME}){_END}", re.I),
]
_FACEBOOK = [
    re.compile(rf"(?<![\w.@/])(?:https?://)?(?:www\.|m\.|web\.)?(?:facebook\.com|fb\.com|fb\.me)/"
               rf"(profile\.php\?id=\d{{5,20}}|{_FB_NAME}){_END}", re.I),
    # a handle, never a page's name: "FB: @kueani", "fb: kueani" (one word, no capitals), not "FB: Toko Kue Ani"
    re.compile(rf"\b(?:facebook|fb){_WHO}(?:{_SEP}@?|\s*@)\s*({_FB_NAME}){_END}(?!\s+[A-Z0-9])", re.I),
]
_SHOP_HOSTS = {"shopee.co.id": "shopee.co.id", "tokopedia.com": "www.tokopedia.com", "bukalapak.com": "www.bukalapak.com",
               "lazada.co.id": "www.lazada.co.id", "blibli.com": "www.blibli.com", "tokopedia.link": "tokopedia.link",
               "shp.ee": "shp.ee"}
_SHOP = re.compile(rf"(?<![\w.@/])(?:https?://)?(?:www\.|m\.)?({'|'.join(re.escape(h) for h in _SHOP_HOSTS)})"
                   rf"(/[A-Za-z0-9._~-]{{2,60}}(?:/[A-Za-z0-9._~-]{{1,60}}){{0,3}}){_END}", re.I)
# Hosts that are never "the owner's website": platforms, mail, maps, link shorteners, our own forms.
_NOT_SITES = ("wa.me", "whatsapp.com", "instagram.com", "instagr.am", "t.me", "telegram.me", "line.me", "lin.ee",
              "tiktok.com", "facebook.com", "fb.com", "fb.me", "youtube.com", "youtu.be", "twitter.com", "x.com",
              "google.com", "goo.gl", "g.page", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
              "booking.com", "airbnb.com", "gojek.com", "grab.com", "traveloka.com", "tiket.com", "linktr.ee",
              "example.com", "example.org", "example.net", *_SHOP_HOSTS)
_BARE_TLDS = ("id", "co.id", "my.id", "web.id", "biz.id", "or.id", "ac.id", "sch.id", "ponpes.id", "desa.id")
_WEB_TLDS = ("com", "net", "org", "store", "shop", "online", "site", "website", "studio", "art", "cafe", "biz", "info",
             "co", "io", "me", "xyz", "app", "dev", "tech", "asia", "blog", "space", "life", "id", "travel",
             "academy", "school", "photo", "photography", "design", "agency", "digital", "clinic", "coffee", "shop")
_WEBSITE = re.compile(rf"(?<![\w.@/:~-])(https?://)?(www\.)?({_HOST})({_PATH})(?<![.,]){_END}", re.I)
_SITE_CUE = re.compile(r"\b(?:website|web|situs|site|laman|homepage|webnya|websitenya|kunjungi|visit|lihat|cek|"
                       r"check|katalog|catalog|online)\b[^.!?;\n]{0,24}$", re.I)
_HANDLE_CUE = re.compile(r"\b(?:ig|instagram|insta|telegram|tele|tg|line|tiktok|tt|fb|facebook|email|e-mail|surel)"
                         r"\b\W{0,4}$", re.I)


def _first(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    found = [m for p in patterns if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


def telegram_url(text: str) -> str | None:
    m = _first(_TELEGRAM, text)
    return f"https://t.me/{m.group(1)}" if m else None


_LINE_SAID = re.compile(r"\b(?:wa|whatsapp|email|e-mail|ig|instagram|telegram|tele|tg|telp|phone|kontak|contact|"
                        r"hubungi|chat|via|lewat|lwt|add|dm)\b", re.I)


def _line_match(text: str) -> re.Match[str] | None:
    """The first LINE account: a line.me link, "line id"/"LINE@" with a name, or "LINE" and a name where "LINE" is
    the app ("LINE: x", "LINE @x", "wa …, line: x"), not a word ("product line: scarves")."""
    for m in sorted((m for p in _LINE for m in p.finditer(text)), key=lambda m: m.start()):
        if m.re is _LINE[0] or m.group(1) or m.group(2):
            return m
        cue = m.group(0)[:4]
        if re.match(r"(?i)line\s*id|id\s*line", m.group(0)) or cue == "LINE" \
                or _LINE_SAID.search(text, max(0, m.start() - 30), m.start()):
            return m
    return None


def line_url(text: str) -> str | None:
    m = _line_match(text)
    if not m:
        return None
    if m.re is _LINE[0]:
        official, name = m.group(1) != "~", m.group(2)
    else:
        official, name = bool(m.group(1) or m.group(2)), m.group(3)
    name = name.lower()
    # an official account's ID keeps its "@", percent-encoded in the path (LINE's URL scheme for a profile)
    return f"https://line.me/R/ti/p/%40{name}" if official else f"https://line.me/ti/p/~{name}"


def tiktok_url(text: str) -> str | None:
    m = _first(_TIKTOK, text)
    return f"https://www.tiktok.com/@{m.group(1)}" if m else None


def facebook_url(text: str) -> str | None:
    for p in _FACEBOOK:
        for m in p.finditer(text):
            name = m.group(1)
            if p is _FACEBOOK[1] and "@" not in m.group(0) and (not name.islower() or name.isdigit()):
                continue   # "FB: Sekar" may be a page's name; only "@name" or a plain lower-case handle is a handle
            return f"https://www.facebook.com/{name}"
    return None


def shop_url(text: str) -> str | None:
    m = _SHOP.search(text)
    return f"https://{_SHOP_HOSTS[m.group(1).lower()]}{m.group(2)}" if m else None


def _host_ok(host: str) -> bool:
    return len(host) <= 253 and not any(host == h or host.endswith("." + h) for h in _NOT_SITES)


def website_url(text: str) -> str | None:
    """The owner's own web address: written with http(s):// or www., a bare Indonesian domain, or a bare domain
    the owner calls a website ("web kami kueani.com", "visit kueani.com")."""
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
        return f"{proto}://{www.lower() if www else ''}{host}{path}"
    return None


READERS = {"telegram": telegram_url, "line": line_url, "tiktok": tiktok_url, "facebook": facebook_url,
           "shop": shop_url, "website": website_url}


def links_in_text(text: str) -> dict[str, str]:
    """Every kind of account or address the owner names in `text`, the first of each, as its link."""
    if not text:
        return {}
    out = {}
    for kind, read in READERS.items():
        url = read(text)
        if url and len(url) <= 200:
            out[kind] = url
    return out


def checked(kind: str, url: str | None) -> str | None:
    """`url` when it is a link this module would make for `kind` (read back from itself), else None: what the page
    renders is checked again however the value reached it."""
    if not url or kind not in READERS or len(url) > 200 or not re.fullmatch(r"https?://[\x21-\x7e]+", url):
        return None
    return url if READERS[kind](url) == url else None


_STORES = (("shopee", "Shopee"), ("shp.ee", "Shopee"), ("tokopedia", "Tokopedia"), ("bukalapak", "Bukalapak"),
           ("lazada", "Lazada"), ("blibli", "Blibli"))
_SITE_LABEL = {"id": "Situs web", "en": "Website"}


def label(kind: str, url: str, lang: str = "id") -> str:
    """The name a visitor reads before the link: "Telegram", "LINE", "Shopee", "Situs web" / "Website"."""
    if kind == "shop":
        host = re.sub(r"^https?://(?:www\.)?", "", url)
        return next((name for key, name in _STORES if host.startswith(key)), _SITE_LABEL.get(lang, "Website"))
    if kind == "website":
        return _SITE_LABEL.get(lang, "Website")
    return LABELS[kind]


def shown(kind: str, url: str) -> str:
    """What the page shows for a link: "@toko_ani" (Telegram, TikTok, a LINE official account), "ani.kue" (a LINE
    ID), "kueani" (a marketplace store), "facebook.com/kueani", "kueani.co.id/menu"."""
    if kind == "telegram":
        return "@" + url.rsplit("/", 1)[1]
    if kind == "line":
        tail = unquote(url.rsplit("/", 1)[1])
        return tail.lstrip("~")
    if kind == "tiktok":
        return url.rsplit("/", 1)[1]
    if kind == "shop":   # the store's name on its marketplace: "Shopee kueani", "Tokopedia kueani/kue-kering"
        return re.sub(r"^https?://[^/]+/", "", url).rstrip("/")
    return re.sub(r"^https?://(?:www\.)?", "", url).rstrip("/")
