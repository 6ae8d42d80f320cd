"""Checking a brief before any stage sees it, and contact details written inside it."""

from __future__ import annotations

import re
import unicodedata

from tapsite_pipeline.contacts import WA_WORDS, contacts_in_text, find_email, parse_email, parse_phone
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.models import MAX_BRIEF_CHARS, Brief
from tapsite_pipeline.policy.injection import neutralise
from tapsite_pipeline.safe_text import clean_text

WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def normalise_phone(raw: str | None, field: str = "phone") -> str | None:
    """The number in E.164 (`0812…` → `+62812…`), None when empty, or an InputError naming the problem."""
    return parse_phone(raw, field).e164 if raw else None


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
    fields["whatsapp"] = normalise_phone(fields.get("whatsapp"), "WhatsApp number")
    fields["phone"] = normalise_phone(fields.get("phone"), "phone number")
    found = contacts_in_text(clean)
    if not fields["whatsapp"] and found.get("whatsapp") and (WA_WORDS.search(clean) or not fields["phone"]):
        fields["whatsapp"] = found["whatsapp"]
    if not fields["phone"] and found.get("phone") and found["phone"] != fields["whatsapp"]:
        fields["phone"] = found["phone"]
    if fields.get("email"):
        fields["email"] = parse_email(fields["email"])
    else:
        fields["email"] = find_email(clean)
    if fields.get("language") not in (None, "id", "en"):
        raise InputError(f"language must be 'id' or 'en', got {fields['language']!r}")
    brand = fields.get("brand_name")
    if brand is not None and not 2 <= len(brand) <= 50:
        raise InputError(f"brand name {brand!r} must be 2–50 characters")
    return Brief(text=clean, **fields)
