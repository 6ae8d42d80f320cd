"""Checking a brief before any stage sees it, and contact details written inside it."""

from __future__ import annotations

import re
import unicodedata

from tapsite_pipeline.policy.injection import neutralise
from tapsite_pipeline.safe_text import clean_text
from .errors import InputError
from .models import MAX_BRIEF_CHARS, Brief

WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
PHONE = re.compile(r"(?<![\d+])(?:\+?62|0)[\s.-]?8\d(?:[\s.-]?\d){6,11}(?!\d)")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
WA_WORDS = re.compile(r"\b(wa|whatsapp|whats app|watsap|wasap|wa\.me)\b", re.I)


def normalise_phone(raw: str | None) -> str | None:
    """Indonesian numbers in the international form wa.me expects (62…), or None."""
    if not raw:
        return None
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    elif digits.startswith("8"):
        digits = "62" + digits
    if not 8 <= len(digits) <= 15:
        raise InputError(f"phone/WhatsApp number {raw!r} does not look like a phone number")
    return digits


def check_text(text: str | None) -> str:
    """The cleaned brief text, or an InputError saying exactly what is wrong with it."""
    if text is None or not text.strip():
        raise InputError("the brief is empty: describe the business in one sentence, e.g. "
                         "\"Toko kue Ani di Bandung, jual nastar dan kastengel, warna pink\"")
    text = clean_text(unicodedata.normalize("NFC", text))   # no controls, bidi overrides or invisible marks
    text, _ = neutralise(text)   # instructions aimed at the model never reach a prompt (policy/injection.py)
    text = " ".join(text.split())
    if len(text) > MAX_BRIEF_CHARS:
        raise InputError(f"the brief is {len(text)} characters long; the limit is {MAX_BRIEF_CHARS}")
    words = WORD.findall(text)
    if not words:
        raise InputError("the brief has no words (only symbols, numbers or emoji): describe the business")
    if len(words) < 3 or sum(len(w) for w in words) < 10:
        raise InputError("the brief is too short to describe a business: say what you sell or do, "
                         "and the business name")
    return text


def make_brief(text: str, **fields) -> Brief:
    """A validated Brief; contact details missing from the fields are looked for in the text."""
    clean = check_text(text)
    fields = {k: (clean_text(unicodedata.normalize("NFC", v)).strip() if isinstance(v, str) else v) or None
              for k, v in fields.items()}
    phone_in_text = PHONE.search(clean)
    if not fields.get("whatsapp") and phone_in_text and (WA_WORDS.search(clean) or not fields.get("phone")):
        fields["whatsapp"] = phone_in_text.group(0)
    fields["whatsapp"] = normalise_phone(fields.get("whatsapp"))
    fields["phone"] = normalise_phone(fields.get("phone"))
    if not fields.get("email") and (m := EMAIL.search(clean)):
        fields["email"] = m.group(0)
    if fields.get("email") and not EMAIL.fullmatch(fields["email"]):
        raise InputError(f"email {fields['email']!r} does not look like an email address")
    if fields.get("language") not in (None, "id", "en"):
        raise InputError(f"language must be 'id' or 'en', got {fields['language']!r}")
    brand = fields.get("brand_name")
    if brand is not None and not 2 <= len(brand) <= 50:
        raise InputError(f"brand name {brand!r} must be 2–50 characters")
    return Brief(text=clean, **fields)
