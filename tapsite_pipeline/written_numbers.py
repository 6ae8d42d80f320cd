"""The owner's numbers written in a brief's words, and which of them the brief's WhatsApp and phone fields take
(numbers_in_text, read by make_brief). Kept apart from brief.py so the offline readers (providers/offline_rules/
other_numbers.py) read the numbers the same way without importing the brief module."""

from __future__ import annotations

import re

from tapsite_pipeline.contacts import WA_WORDS
from tapsite_pipeline.fastre import fast

# Any Indonesian number, mobile or landline: "0812-3456-7890", "+62 812 3456 7890", "(0274) 555-123", "021-7290-1455".
# Digits may be grouped with spaces, dots, dashes (en and em dashes too) or underscores; a mobile written without
# its leading 0 ("WA 812 3456 7890") counts only right after a WhatsApp or phone word.
# A time of day ("buka 06.00-21.00 | 0813 9090 1122", "07:00") starts no number, nor does a time's minutes: the
# hours before a number are not its first digits.
_GROUP = r"[\s._\-\u2013\u2014]*"
NUMBER = fast(r"(?<![\w+])(?<!\d[.:])(?![0-2]?\d[.:][0-5]\d(?!\d))"
              r"(?:\+?62" + _GROUP + r"\(?\d{1,4}\)?|\(?0\d{1,4}\)?|(?=8\d\d))"
              r"(?:" + _GROUP + r"\d){5,11}(?!\d)")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "_": "-"})
_PHONE_WORDS = re.compile(r"\b(?:telp|tlp|tlpn|tel|telepon|telpon|telfon|tilpun|phone|telephone|ph|hotline|call|hp|"
                          r"hubungi|hub|kontak|contact|cp)\b", re.I)

# A label written after its number: "0812 3456 7890 (WA)", "0274 555 123 [telp]", "0812… (WA only)".
_LABEL_AFTER = re.compile(r"\s*[(\[]\s*(?:(?P<wa>wa|whatsapp|whats\s*app)|(?P<phone>telp|tlp|telepon|telpon|phone|call|"
                          r"kantor|office|toko|rumah))\b[^()\[\]]{0,24}[)\]]", re.I)
# "wa/telp 0812…", "Telp/WA:", "call or wa", "wa & telp": one number the owner chats and takes calls on
_BOTH = re.compile(r"(?:\b(?:wa|whatsapp)\s*(?:/|&|\+|,|\bor\b|\batau\b|\bdan\b|\band\b)\s*"
                   r"(?:telp|tlp|telepon|telpon|phone|call|hp)\b|\b(?:telp|tlp|telepon|telpon|phone|call|hp)\s*"
                   r"(?:/|&|\+|,|\bor\b|\batau\b|\bdan\b|\band\b)\s*(?:wa|whatsapp)\b)", re.I)


def numbers_in_text(text: str) -> tuple[str | None, str | None]:
    """(WhatsApp number, phone number) written in the brief. A number goes with its label: one written after it
    ("0812… (WA)", "0274… (telp)"), else the nearest word before it, never a word that belongs to an earlier
    number: "WA 0812…" is WhatsApp, "telp (0274) 555-123" or a bare number is a phone (the owner did not say WA),
    and "wa/telp 0812…" is both."""
    wa = phone = None
    taken = 0   # the end of the last number read, with its own label
    for m in NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if not 9 <= len(digits) <= 15:
            continue
        after = _LABEL_AFTER.match(text, m.end())
        before = text[max(taken, m.start() - 24):m.start()]
        taken = after.end() if after else m.end()
        said_wa = WA_WORDS.search(before)
        said_phone = _PHONE_WORDS.search(before)
        number = m.group(0).translate(_DASHES)
        if number[0] == "8":
            if not (said_wa or said_phone) or not re.search(r"[\s:.\-]$", before):
                continue   # a bare 8… is a mobile only where the owner says it is one
            number = "0" + number
        if after:
            if after.group("wa"):
                wa = wa or number
            else:
                phone = phone or number
        elif said_wa and said_phone and _BOTH.search(before):
            wa = wa or number     # "wa/telp 0852…": the owner chats and takes calls on it
            phone = phone or number
        elif said_wa and (not said_phone or said_wa.start() >= said_phone.start()):
            wa = wa or number
        else:
            phone = phone or number
    return wa, phone
