"""Checking a brief before any stage sees it, and contact details written inside it.

Refused here (one line, exit 2 on the CLI, a row error in a campaign): empty or over-long text, text that
describes no business, and a request to be reached on WhatsApp that gives no number and no other way to reach
the owner (with a phone, an email, an Instagram, Telegram or LINE account in the brief, the page uses that and a
warning says so).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from tapsite_pipeline import owner_links
from tapsite_pipeline.contacts import WA_WORDS, find_email, parse_email, parse_phone, phone_or_none
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.models import MAX_BRIEF_CHARS, Brief
from tapsite_pipeline.pasted import sentences_from_lines
from tapsite_pipeline.photos import check_photos
from tapsite_pipeline.policy.injection import neutralise
from tapsite_pipeline.safe_text import clean_text
from tapsite_pipeline.written_numbers import _LABEL_AFTER, _PHONE_WORDS, NUMBER, numbers_in_text  # noqa: F401

WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
# WhatsApp as part of what is sold ("chatbot WA", "WA notifications"), not a way to reach the owner.
_WA_PRODUCT = re.compile(r"\b(?:chatbot|bot|blast|gateway|api|notifikasi|notification|notifications|integrasi|"
                         r"integration|broadcast|otomatis|automation|automated)\s+(?:wa|whatsapp)\b|"
                         r"\b(?:wa|whatsapp)\s+(?:bot|chatbot|blast|gateway|api|notifikasi|notifications?|broadcast|"
                         r"otomatis|automation|business\s+api)\b|\bsends?\s+(?:wa|whatsapp)\b", re.I)


# A keycap emoji digit ("0️⃣8️⃣1️⃣2️⃣") and any other script's decimal digit ("０８１２") are the digit itself, so a
# number written with them is read as a number.
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f]")


def _plain_digits(text: str) -> str:
    if "\u20e3" in text:
        text = _KEYCAP.sub(r"\1", text)
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group(0))) if unicodedata.category(m.group(0)) == "Nd"
                            else m.group(0), text)


def normalise_phone(raw: str | None, field: str = "phone") -> str | None:
    """The number in E.164 (`0812…` → `+62812…`), None when empty, or an InputError naming the problem."""
    return parse_phone(raw, field).e164 if raw else None


def prepared_text(text: str) -> str:
    """The brief as it is read: lines pasted from a chat or a bio said as sentences and lists (pasted.py), then no
    controls, bidi overrides or invisible marks, no instructions aimed at the model (policy/injection.py), one space
    between words."""
    text = clean_text(sentences_from_lines(_plain_digits(unicodedata.normalize("NFC", text))))
    text, _ = neutralise(text)
    return " ".join(text.split())


def check_text(text: str | None) -> str:
    """The cleaned brief text, or an InputError saying exactly what is wrong with it."""
    if text is None or not text.strip():
        raise InputError("the brief is empty: describe the business in one sentence, e.g. "
                         "\"Toko kue Ani di Bandung, jual nastar dan kastengel, warna pink\"")
    text = prepared_text(text)
    if len(text) > MAX_BRIEF_CHARS:
        raise InputError(f"the brief is {len(text)} characters long; the limit is {MAX_BRIEF_CHARS}")
    words = WORD.findall(text)
    if not words:
        raise InputError("the brief has no words (only symbols, numbers or emoji): describe the business")
    if len(words) < 3 or sum(len(w) for w in words) < 10:
        raise InputError("the brief is too short to describe a business: say what you sell or do, "
                         "and the business name")
    why = _business_check()(text)
    if why:
        raise InputError(f"the brief does not describe a business ({why}): say what you sell or do and the "
                         "business name, e.g. \"Toko kue Ani di Bandung, jual nastar dan kastengel\"")
    return text


@cache
def _business_check() -> Callable[[str], str | None]:
    """The parser's sense check, imported on first use (the lexicons load then), not looked up on every brief."""
    from .providers.offline_rules.sense import business_check
    return business_check


# Digits written one by one ("0 8 1 2 3 4 5 6 7 8 9 0", "+6 2 8 1 2 …"): the number they spell.
_ONE_BY_ONE = re.compile(r"(?<![\w+])(?:\+\s?)?(?=[06])\d(?:[ .-]\d){8,14}(?![\w])")


def digits_joined(text: str) -> str:
    """The brief with a number written one digit at a time joined up, for reading numbers."""
    return _ONE_BY_ONE.sub(lambda m: re.sub(r"[ .-]", "", m.group(0)), text) if re.search(r"\d[ .-]\d[ .-]\d", text) \
        else text


# Words for a telephone only ("telp", "phone", "call", "hotline"), not for any contact ("hubungi", "kontak", "hp").
_RING_WORDS = re.compile(r"\b(?:telp|tlp|tlpn|tel|telepon|telpon|telfon|tilpun|phone|telephone|ph|hotline|call)\b",
                         re.I)


def _said_to_ring(text: str, number: str) -> bool:
    """The owner labelled the number as a telephone and named no WhatsApp for it: a call word right before it
    ("telp 0812…", "Call: 0812…") or a phone label after it ("0812… (phone)", "0812… [telp]")."""
    at = text.find(number) if number else -1
    if at < 0:
        return False
    after = _LABEL_AFTER.match(text, at + len(number))
    if after:
        return bool(after.group("phone"))
    before = text[max(0, at - 24):at]
    rings = [m.start() for m in _RING_WORDS.finditer(before)]
    return bool(rings) and not WA_WORDS.search(before, rings[-1])


def _said_to_call(text: str, number: str) -> bool:
    """A call word right before the number ("call", "telp", "hubungi", "kontak"): the owner takes calls on it."""
    at = text.find(number) if number else -1
    return at >= 0 and bool(_PHONE_WORDS.search(text[max(0, at - 24):at]))


def wants_whatsapp(text: str) -> bool:
    """Does the owner ask to be reached on WhatsApp (not sell a WhatsApp product)?"""
    from .providers.offline_rules.page_features import features
    lower = " ".join(text.lower().split())
    return "whatsapp" in features(_WA_PRODUCT.sub(" ", lower))


def make_brief(text: str, *, require_contact: bool = True, **fields) -> Brief:
    """A validated Brief; contact details missing from the fields are looked for in the text.

    With `require_contact`, a WhatsApp request without a number is an InputError (see require_reachable).
    """
    clean = check_text(text)
    photos = check_photos(fields.pop("photos", None) or [])   # the owner's own pictures, checked by Pillow
    fields = {k: (clean_text(unicodedata.normalize("NFC", v)).strip() if isinstance(v, str) else v) or None
              for k, v in fields.items()}
    fields["whatsapp"] = normalise_phone(fields.get("whatsapp"), "WhatsApp number")   # given: checked strictly
    fields["phone"] = normalise_phone(fields.get("phone"), "phone number")
    joined = digits_joined(clean)
    wa_text, phone_text = numbers_in_text(joined)    # written in the brief: read leniently (None if no number)
    wa_found, phone_found = phone_or_none(wa_text), phone_or_none(phone_text)
    if not fields["whatsapp"] and wa_found:
        fields["whatsapp"] = wa_found.e164
    elif not (fields["whatsapp"] or fields["phone"]) and phone_found and phone_found.mobile:
        # a mobile written bare or with a contact word ("0812…", "hubungi 0812…") and no number given: in Indonesia
        # that is the WhatsApp to chat on, and the number to call too (only a WhatsApp word before it, "WA 0812…",
        # makes it WhatsApp alone). One the owner labels a telephone ("telp 0812…", "0812… (phone)") is the phone
        # alone: the page calls it and promises no chat the owner did not offer (datasets/CARD.md, contact).
        fields["phone"] = phone_found.e164
        if not _said_to_ring(joined, phone_text or ""):
            fields["whatsapp"] = phone_found.e164
    if not fields["phone"] and phone_found and (phone_found.e164 != fields["whatsapp"]
                                                 or _said_to_call(joined, phone_text or "")):
        fields["phone"] = phone_found.e164
    given = phone_or_none(fields["phone"])
    if not fields["whatsapp"] and given and given.mobile and wants_whatsapp(clean):
        fields["whatsapp"] = given.e164  # "pesan lewat WA" + a mobile number given as the phone
    if fields.get("email"):
        fields["email"] = parse_email(fields["email"])
    else:
        fields["email"] = find_email(clean)
    if fields.get("language") not in (None, "id", "en"):
        raise InputError(f"language must be 'id' or 'en', got {fields['language']!r}")
    brand = fields.get("brand_name")
    if brand is not None and not 2 <= len(brand) <= 50:
        raise InputError(f"brand name {brand!r} must be 2–50 characters")
    brief = Brief(text=clean, photos=photos, **fields)
    if require_contact:
        require_reachable(brief)
    return brief


def other_channel(brief: Brief) -> str | None:
    """A working way to reach the owner besides WhatsApp, as the page will show it (phone, email, Instagram, a
    Telegram or LINE account)."""
    if brief.phone:
        return f"phone {brief.phone}"
    if brief.email:
        return f"email {brief.email}"
    from .providers.offline_rules.instagram import INSTAGRAM  # the parser's account reading (lexicons load lazily)
    links = owner_links.links_in_text(brief.text)
    elsewhere = {owner_links.shown(k, u).lstrip("@").lower() for k, u in links.items()}
    m = next((m for m in INSTAGRAM.finditer(brief.text) if m.group(1).lower() not in elsewhere), None)
    if m:
        return f"Instagram ({m.group(0).strip()})"
    for kind in owner_links.MESSAGING:   # "telegram @x", "line id: x": a handle on another platform
        if kind in links:
            return f"{owner_links.LABELS[kind]} ({owner_links.shown(kind, links[kind], brief.text)})"
    return None


def require_reachable(brief: Brief) -> str | None:
    """InputError when the brief asks for WhatsApp but no number was found or given and it names no other way
    to reach the owner; when it names one (a phone, an email, an Instagram, Telegram or LINE account), the page is
    reached that way and the returned warning says so (the CLI prints it; a campaign row records it).

    A page must not carry a WhatsApp button that leads nowhere. The CLI and campaign intake run this after
    the content policy (make_brief(require_contact=False) → policy → require_reachable), so a prohibited
    brief is refused as such rather than asked for a number first.
    """
    if brief.whatsapp or not wants_whatsapp(brief.text):
        return None
    other = other_channel(brief)
    if other:
        return (f"the brief asks for WhatsApp but gives no number: the page is reached by {other}; add the number "
                "(--whatsapp, or the whatsapp column of a campaign CSV) for a WhatsApp button")
    raise InputError("the brief asks for WhatsApp but gives no number: write it in the brief "
                     "(e.g. \"WA 0812-3456-7890\") or give it as the WhatsApp number "
                     "(--whatsapp, or the whatsapp column of a campaign CSV)")
