"""Contact: every call to action leads somewhere that works — a WhatsApp chat with a number, a phone
number with its country code, an email address, an Instagram, Telegram or LINE account, the owner's website or
Facebook page, or a form that submits to a real endpoint — and the copy never promises a channel the page does
not deliver."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

from . import values
from .brief import BriefInfo
from .gold import contact as gold_contact
from .page import Form, Link, Page
from .promise_context import first_promise
from .result import CheckResult
from .text import clip

_EMAIL = re.compile(r"^[^@\s<>\"'()]+@[^@\s<>\"'()]+\.[A-Za-z]{2,}$")
CTA_SECTIONS = ("hero", "contact", "header")
PROMISES = {
    "whatsapp": re.compile(r"\b(?:whatsapp|whats app|wa)\b", re.I),
    "phone": re.compile(r"\b(?:telepon|telpon|telp|call us|give us a call|phone us|ring us)\b", re.I),
    # (email as what is sold is no promise: "professional email", "5 halaman + email bisnis", "email hosting")
    "email": re.compile(r"(?<!professional\s)(?<!business\s)(?<!custom\s)\b(?:email|e-mail|surel)\b"
                        r"(?!\s+(?:bisnis|business|hosting|marketing|kantor|perusahaan|profesional|domain|server|"
                        r"migration|migrasi|accounts?)\b)", re.I),
    "form": re.compile(r"\b(?:formulir|isi form|fill in the form|contact form|form di bawah|the form below)\b", re.I),
    "telegram": re.compile(r"\btelegram\b", re.I),
    # LINE the app, not the word: "LINE", "via Line", "Line ID", "line@" ("a 24-hour line", "product line" are not)
    "line": re.compile(r"\bLINE\b(?!\s+(?:UP|ARRAY|OF)\b)|\b(?:[Vv]ia|[Ll]ewat|[Ll]wt)\s+[Ll]ine\b|"
                       r"\b(?:[Ll]ine\s*(?:ID|[Ii]d)\b|[Ii][Dd]\s+[Ll]ine\b|[Ll]ine@)"),
}
CHANNEL_TEXT = {"whatsapp": "WhatsApp", "phone": "a phone call", "email": "email", "form": "a form",
                "instagram": "Instagram", "telegram": "Telegram", "line": "LINE", "facebook": "Facebook",
                "website": "a website"}
_TELEGRAM = re.compile(r"https://(?:www\.)?(?:t|telegram)\.me/@?[A-Za-z][A-Za-z0-9_]{3,30}[A-Za-z0-9]/?(?:\?|$)", re.I)
_LINE = re.compile(r"https://(?:line\.me/(?:R/)?ti/p/(?:~|@|%40)[A-Za-z0-9._-]{3,20}|lin\.ee/[A-Za-z0-9]{4,16})/?"
                   r"(?:\?|$)", re.I)
_FACEBOOK = re.compile(r"https://(?:www\.|m\.|web\.)?(?:facebook\.com|fb\.com|fb\.me)/[\w.?=-]{5,}", re.I)
# external pages that exist but are not the owner's to message or visit: maps, marketplaces, video
_NOT_CONTACT_HOSTS = re.compile(r"(?:^|\.)(?:google\.[a-z.]+|goo\.gl|g\.page|maps\.app\.goo\.gl|shopee\.[a-z.]+|"
                                r"shp\.ee|tokopedia\.(?:com|link)|bukalapak\.com|lazada\.[a-z.]+|blibli\.com|"
                                r"tiktok\.com|youtube\.com|youtu\.be|instagram\.com|wa\.me|whatsapp\.com|t\.me|"
                                r"telegram\.me|line\.me|lin\.ee|facebook\.com|fb\.com|fb\.me)$", re.I)
_HOST_OK = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}", re.I)


def wa_number(href: str) -> tuple[bool, str | None]:
    """(is a WhatsApp link, its number as digits or None)."""
    u = urlparse(href)
    host = (u.hostname or "").lower()
    if host in ("wa.me", "www.wa.me"):
        digits = u.path.strip("/")
        return True, digits if re.fullmatch(r"\d+", digits or "") else None
    if host in ("api.whatsapp.com", "wa.whatsapp.com", "web.whatsapp.com"):
        phone = (parse_qs(u.query).get("phone") or [""])[0].lstrip("+")
        return True, phone if re.fullmatch(r"\d+", phone) else None
    return False, None


def valid_wa(digits: str | None) -> bool:
    return bool(digits) and digits.startswith("62") and 10 <= len(digits) <= 15 \
        and values.phone_digits("+" + digits) == digits


def judge_href(href: str | None, page: Page, contact_works: bool | None) -> tuple[str | None, str | None]:
    """(channel it opens or None, problem or None) for one link target."""
    if href is None:
        return None, "is a button that does nothing"
    h = href.strip()
    if not h or h == "#" or h.lower().startswith("javascript:"):
        return None, f'goes nowhere (href="{h}")'
    is_wa, digits = wa_number(h)
    if is_wa:
        if not digits:
            return None, f'opens WhatsApp without a number ("{clip(h, 40)}")'
        if not valid_wa(digits):
            return None, f'opens WhatsApp with an invalid number "{digits}"'
        return "whatsapp", None
    low = h.lower()
    if low.startswith("tel:"):
        num = h[4:].strip()
        if num.startswith("+"):
            ok = values.phone_digits(num) is not None
        else:
            ok = num.startswith("0") and values.phone_digits(num) is not None
            if not ok and re.sub(r"\D", "", num).startswith("62"):
                return None, f'calls "{num}" without the + country code (will not dial)'
        return ("phone", None) if ok else (None, f'calls an invalid number "{num}"')
    if low.startswith("mailto:"):
        addr = h[7:].split("?")[0]
        return ("email", None) if _EMAIL.match(addr) else (None, f'emails an invalid address "{addr}"')
    if h.startswith("#"):
        target = h[1:]
        if target not in page.ids:
            return None, f"points to #{target}, which is not on the page"
        if target == "contact" and contact_works is False:
            return None, "leads to #contact, where there is no way to get in touch"
        return None, None
    if low.startswith(("http://", "https://")):
        return _judge_web(h)
    return None, None  # a relative link (the brand → home)


def _judge_web(h: str) -> tuple[str | None, str | None]:
    """An http(s) link: a profile people can message (Instagram, Telegram, LINE), the owner's Facebook page or
    website (a way to find them), or an external page that is no channel (maps, a marketplace, video)."""
    low = h.lower()
    if re.match(r"https?://(?:www\.)?instagram\.com/[\w.]+/?(?:\?|$)", low):
        return "instagram", None  # a profile: people can send a message there
    if re.match(r"https?://(?:www\.)?(?:t|telegram)\.me/", low):
        return ("telegram", None) if _TELEGRAM.match(h) else (None, f'opens Telegram without a valid account ("{clip(h, 40)}")')
    if re.match(r"https?://(?:line\.me|lin\.ee)/", low):
        return ("line", None) if _LINE.match(h) else (None, f'opens LINE without a valid account ("{clip(h, 40)}")')
    host = (urlparse(h).hostname or "").lower()
    if not _HOST_OK.fullmatch(host):
        return None, None  # a local address (a preview, the forms server): it exists, not the owner's channel
    if _FACEBOOK.match(h):
        return "facebook", None
    if _NOT_CONTACT_HOSTS.search(host):
        return None, None  # an external page (maps, a marketplace): it exists, not a contact channel
    return "website", None


def judge_form(form: Form, form_endpoint: str | None) -> tuple[str | None, list[str]]:
    problems = []
    action = form.action.strip()
    channel = None
    is_wa, digits = wa_number(action) if action else (False, None)
    if is_wa:
        if valid_wa(digits):
            channel = "whatsapp"
        else:
            problems.append(f'form sends to WhatsApp without a valid number ("{clip(action, 40)}")')
    elif action.lower().startswith("mailto:"):
        if _EMAIL.match(action[7:].split("?")[0]):
            channel = "email"
        else:
            problems.append(f'form sends to an invalid email "{action}"')
    elif action.lower().startswith(("http://", "https://")):
        if form_endpoint and not action.startswith(form_endpoint):
            problems.append(f'form posts to "{clip(action, 50)}", not the form endpoint "{form_endpoint}"')
        else:
            channel = "form"
    else:
        problems.append(f'form has no endpoint to send to (action="{action}")')
    fields = [f for f in form.fields]
    if not fields:
        problems.append("form has no fields to fill in")
    for f in fields:
        if not f.label.strip():
            problems.append(f'form field "{f.name or f.id or f.tag}" has no label')
    return (channel if not problems else None), problems


def check_contact(page: Page, brief: BriefInfo, *, form_endpoint: str | None = None) -> CheckResult:
    problems: list[str] = []
    channels: set[str] = set()
    contact_channels: set[str] = set()
    for form in page.forms:
        ch, probs = judge_form(form, form_endpoint)
        problems += probs
        if ch:
            channels.add(ch)
            if form.section == "contact":
                contact_channels.add(ch)
    for lk in page.links:
        ch, _ = judge_href(lk.href, page, None)
        if ch:
            channels.add(ch)
            if lk.section == "contact":
                contact_channels.add(ch)
    has_contact_section = bool(page.of("contact"))
    contact_works = bool(contact_channels) if has_contact_section else None
    if has_contact_section and not contact_channels:
        head = next((b.text for s in page.of("contact") for b in s.blocks if b.tag in ("h2", "h3")), "contact")
        problems.append(f'contact section "{clip(head, 40)}" has nothing to click: no WhatsApp, phone, email or form')

    ctas = [lk for lk in page.links if _is_cta(lk)]
    working = 0
    for lk in ctas:
        ch, prob = judge_href(lk.href, page, contact_works)
        if prob:
            problems.append(f'"{clip(lk.text or lk.href or "button", 40)}" {prob}')
        else:
            working += 1
    if not channels:
        problems.append("no working contact: no WhatsApp number, phone, email, Instagram or form on the page")

    text = "\n".join(b.text for b in page.blocks if b.section != "footer")
    for ch, pat in PROMISES.items():
        # a channel word inside what is sold ("kursus teknisi telepon", "bot Telegram") promises nothing
        if ch not in channels and (m := first_promise(pat, text)):
            problems.append(f'the page promises {CHANNEL_TEXT[ch]} ("{m.group(0)}") '
                            f'but nothing on it opens {CHANNEL_TEXT[ch]}')

    problems += _gold_channel(page, brief, channels)
    problems = list(dict.fromkeys(problems))
    score = 0.0 if not channels else (working / len(ctas) if ctas else 1.0)
    if problems and score == 1.0:
        score = 0.5
    return CheckResult("contact", passed=not problems, score=round(score, 4), problems=problems,
                       metrics={"ctas": len(ctas), "working_ctas": working, "channels": len(channels)})


def _is_cta(lk: Link) -> bool:
    """A call to action: a link or button in the hero, header or contact section (not the brand's
    home link or the skip link), or any WhatsApp / tel: / mailto: / Telegram / LINE link anywhere."""
    h = (lk.href or "").lower()
    if h.startswith(("tel:", "mailto:")) or wa_number(h)[0] or _TELEGRAM.match(h) or _LINE.match(h):
        return True
    if lk.section not in CTA_SECTIONS:
        return False
    return not (h in ("./", "/", "index.html") or h == "#main")


def _gold_channel(page: Page, brief: BriefInfo, channels: set[str]) -> list[str]:
    """The owner's channel (gold `contact`) works, and leads to the owner's number, address or handle."""
    c = gold_contact(brief.gold or {})
    want, value = c.get("channel"), c.get("value")
    out = []
    if want and want != "none" and want not in channels:
        out.append(f"the owner's channel ({CHANNEL_TEXT.get(want, want)}) does not work on the page")
        return out
    targets = [lk.href for lk in page.links if lk.href] + [f.action for f in page.forms if f.action]
    if want == "whatsapp" or c.get("whatsapp"):
        d = values.phone_digits(str(c.get("whatsapp") or value or ""))
        numbers = sorted({n for h in targets if (n := wa_number(h)[1])})
        if d and numbers and d not in numbers:
            out.append(f"WhatsApp links go to {numbers}, not the owner's number {d}")
    if want == "phone" and value and (d := values.phone_digits(str(value))):
        numbers = sorted({n for h in targets if h.lower().startswith("tel:") and (n := values.phone_digits(h[4:]))}
                         | {n for h in targets if (n := wa_number(h)[1])})
        if numbers and d not in numbers:
            out.append(f"phone links go to {numbers}, not the owner's number {d}")
    if want == "email" and value:
        mails = sorted({h[7:].split("?")[0].lower() for h in targets if h.lower().startswith("mailto:")})
        if mails and str(value).lower() not in mails:
            out.append(f"email links go to {mails}, not the owner's address {value}")
    if want == "instagram" and value:
        handles = sorted({m.group(1).lower() for h in targets
                          if (m := re.match(r"https?://(?:www\.)?instagram\.com/([\w.]+)", h, re.I))})
        if handles and str(value).lstrip("@").lower() not in handles:
            out.append(f"Instagram links go to {handles}, not the owner's account {value}")
    return out
