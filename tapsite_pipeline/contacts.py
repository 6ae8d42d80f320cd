"""Phone numbers and e-mail addresses as owners and customers type them: checked with `phonenumbers` and
`email-validator`, stored in one form (E.164, normalised address), and turned into working links.

Indonesia is the default region: `0812-3456-7890`, `62 812…`, `+62 812…` and `812 3456 7890` are all
`+6281234567890`. A field holds one number and nothing else; anything around it is named in the error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import Leniency, NumberParseException, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from tapsite_pipeline.errors import InputError
from tapsite_pipeline.fastre import fast

REGION = "ID"
MAX_FIELD = 60  # longer than any number someone would type with its spaces and dashes
# Words people put in front of a number in a contact field; harmless, so they are dropped, not refused.
LABEL = re.compile(r"^\s*(?:(?:no\.?|nomor|nomer|num(?:ber)?)\s*)?(?:wa|whatsapp|whats\s*app|hp|handphone|telp?\.?|"
                   r"telepon|telpon|phone|tel|mobile|cell|call)?\s*[:.=-]?\s*", re.I)
FILLER = re.compile(r"^[\s,;:.()\[\]/|*-]*$")
WA_WORDS = re.compile(r"\b(?:wa|whatsapp|whats\s*app|watsap|wasap|wa\.me)\b", re.I)
MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


@dataclass(frozen=True)
class Phone:
    """One checked number: E.164 for storage and tel: links, digits for wa.me, a form people recognise."""

    e164: str
    display: str
    mobile: bool

    @property
    def tel_href(self) -> str:
        return f"tel:{self.e164}"

    @property
    def wa_digits(self) -> str:
        return self.e164.lstrip("+")

    def wa_url(self, text: str | None = None) -> str:
        from urllib.parse import quote
        base = f"https://wa.me/{self.wa_digits}"
        return f"{base}?text={quote(text, safe='')}" if text else base


def _phone(num: phonenumbers.PhoneNumber) -> Phone:
    fmt = PhoneNumberFormat.NATIONAL if num.country_code == 62 else PhoneNumberFormat.INTERNATIONAL
    return Phone(e164=phonenumbers.format_number(num, PhoneNumberFormat.E164),
                 display=phonenumbers.format_number(num, fmt),
                 mobile=phonenumbers.number_type(num) in MOBILE_TYPES)


def _why_invalid(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if not digits:
        return "has no digits"
    try:
        num = phonenumbers.parse(raw, REGION)
    except NumberParseException as exc:
        return {NumberParseException.INVALID_COUNTRY_CODE: "starts with a country code that does not exist",
                NumberParseException.TOO_LONG: f"has too many digits ({len(digits)})",
                NumberParseException.TOO_SHORT_NSN: f"is too short ({len(digits)} digits)",
                NumberParseException.TOO_SHORT_AFTER_IDD: f"is too short ({len(digits)} digits)",
                }.get(exc.error_type, "is not a phone number")
    nsn = phonenumbers.national_significant_number(num)
    # Indonesian mobiles (8xx) have 9-12 significant digits; a shorter one is a number cut off.
    mobile_like = num.country_code == 62 and nsn.startswith("8")
    reason = phonenumbers.is_possible_number_for_type_with_reason(
        num, PhoneNumberType.MOBILE if mobile_like else PhoneNumberType.UNKNOWN)
    if reason == phonenumbers.ValidationResult.TOO_SHORT or len(digits) < 8:
        return f"is too short ({len(digits)} digits)"
    if reason in (phonenumbers.ValidationResult.TOO_LONG, phonenumbers.ValidationResult.INVALID_LENGTH):
        return f"has the wrong number of digits ({len(digits)})"
    if reason == phonenumbers.ValidationResult.INVALID_COUNTRY_CODE:
        return "starts with a country code that does not exist"
    return "is not a valid number (check the digits; Indonesian mobiles look like 0812-3456-7890)"


def parse_phone(raw: str, field: str = "phone") -> Phone:
    """The one number in `raw`, or an InputError naming what is wrong (text around it, too short, …)."""
    text = " ".join(str(raw).split())
    if len(text) > MAX_FIELD:
        raise InputError(f"{field} {text[:MAX_FIELD]!r}…: {len(text)} characters is too long for one number")
    body = LABEL.sub("", text, count=1)
    matches = list(PhoneNumberMatcher(body, REGION, leniency=Leniency.VALID))
    if len(matches) > 1:
        raise InputError(f"{field} {text!r} holds {len(matches)} numbers "
                         f"({', '.join(m.raw_string for m in matches)}); give one")
    if matches:
        m = matches[0]
        extra = " ".join(part for part in (body[:m.start], body[m.end:]) if not FILLER.match(part)).strip()
        if extra:
            raise InputError(f"{field} {text!r}: remove {extra.strip(' ,;')!r} — only the number goes in this field")
        return _phone(m.number)
    try:  # spaced forms the matcher passes over, e.g. "812 3456 7890"
        num = phonenumbers.parse(body, REGION)
    except NumberParseException:
        num = None
    if num is not None and phonenumbers.is_valid_number(num) and not re.search(r"[^\d\s()+.-]", body):
        return _phone(num)
    letters = re.findall(r"[^\W\d_]+", body)
    if letters and re.search(r"\d", body):
        raise InputError(f"{field} {text!r}: remove {' '.join(letters)!r} — only the number goes in this field")
    raise InputError(f"{field} {text!r} {_why_invalid(body)}")


def phone_or_none(raw: str | None) -> Phone | None:
    """Lenient reading for rendering: a checked number, or None when the value is not one."""
    if not raw:
        return None
    try:
        return parse_phone(raw)
    except InputError:
        return None


def find_phones(text: str) -> list[tuple[Phone, int]]:
    """Every valid number written inside free text, with where it starts."""
    return [(_phone(m.number), m.start) for m in PhoneNumberMatcher(text, REGION, leniency=Leniency.VALID)]


def parse_email(raw: str, field: str = "email") -> str:
    """The normalised address, or an InputError with the validator's reason."""
    text = str(raw).strip()
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InputError(f"{field} {text!r} is not a valid e-mail address: {exc}") from None


def email_or_none(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        return parse_email(raw)
    except InputError:
        return None


EMAIL_IN_TEXT = fast(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # read only where an "@" is (fastre.py)


# An address spelt out against spam: "rara at gmail dot com", "rara[at]gmail[dot]com", "rara (at) gmail.com", or
# typed with spaces ("rara @ gmail.com", "rara@gmail dot com"). It is taken only where it cannot be anything else:
# the "at" or the dot is bracketed or spelt out ("dot"), the domain is a mail provider's ("rara at gmail.com"), or
# the owner says it is an e-mail ("email: rara at tokorara.com"); "meet us at cafe.com", "IG @ kue.ani" are not.
_AT = r"(?:\s*[\[(]\s*at\s*[\])]\s*|\s+at\s+|\s*@\s*)"
_DOT = r"(?:\s*[\[(]\s*(?:dot|\.)\s*[\])]\s*|\s+dot\s+|\.)"
SPELT_EMAIL = fast(r"(?<![\w.+@-])([\w.+-]+)" + _AT + r"([\w-]+(?:" + _DOT + r"[\w-]+)+)", re.I)
MAIL_PROVIDERS = re.compile(r"(?:gmail|googlemail|yahoo|ymail|outlook|hotmail|live|icloud|me|proton|protonmail|"
                            r"aol|zoho|mail|rocketmail)\.(?:com|co\.id|co\.uk|me|id)$", re.I)
_EMAIL_SAID = re.compile(r"\b(?:e-?mail|surel|mail|email\s+(?:kami|ke|us|me))\b\s*[:\-]?\s*(?:\w+\s*){0,2}$",
                         re.I)


def find_email(text: str) -> str | None:
    """The first address written inside free text that the validator accepts (spelt-out ones too)."""
    for m in EMAIL_IN_TEXT.finditer(text):
        if (addr := email_or_none(m.group(0).rstrip("."))) is not None:
            return addr
    for m in SPELT_EMAIL.finditer(text):
        whole = m.group(0)
        domain = re.sub(_DOT, ".", m.group(2), flags=re.I)
        spelt = "[" in whole or "(" in whole or re.search(r"\sdot\s", whole, re.I)
        said = _EMAIL_SAID.search(text, max(0, m.start() - 24), m.start())
        if not (spelt or MAIL_PROVIDERS.search(domain) or said):
            continue
        if (addr := email_or_none(f"{m.group(1)}@{domain}")) is not None:
            return addr
    return None


def contacts_in_text(text: str) -> dict[str, str]:
    """Numbers found in a brief: the one next to a WhatsApp word (else the first mobile) is the WhatsApp,
    a landline is the phone."""
    found = find_phones(text)
    out: dict[str, str] = {}
    if not found:
        return out
    wa_at = [m.end() for m in WA_WORDS.finditer(text)]
    mobiles = [(p, at) for p, at in found if p.mobile]
    after_wa = [(p, at) for p, at in mobiles if any(0 <= at - w <= 40 for w in wa_at)]
    wa = (after_wa or mobiles or [(None, 0)])[0][0]
    if wa is not None:
        out["whatsapp"] = wa.e164
    other = next((p for p, _ in found if wa is None or p.e164 != wa.e164), None)
    if other is not None:
        out["phone"] = other.e164
    return out
