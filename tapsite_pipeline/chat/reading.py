"""Reading one owner message for the conversation: which business facts it gives (brand, offerings, contact).

Uses the intent stage (the same parser as `tapsite generate`, offline rules or a real model) on
everything said so far, and credits a fact to this message only when the message itself names it.
"""

from __future__ import annotations

import re

from tapsite_pipeline.brief import check_text, make_brief
from tapsite_pipeline.chat.machine import Conversation, Reading, State, is_no, is_yes
from tapsite_pipeline.contacts import find_email, find_phones
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.pipeline import Runtime, intent_step
from tapsite_pipeline.providers.offline_rules.text import detect_language
from tapsite_pipeline.sites.keys import norm

# "saya mau bikin website untuk …", "I'd like a website for …": about the site, not the business
_META = re.compile(r"(?i)\b(?:(?:halo|hai|hi|hello|pagi|siang|sore|malam)\W+)?(?:(?:saya|aku|kami|gue|i|we)\s+)?"
                   r"(?:mau|ingin|pengen|pingin|want|wanna|would\s+like|'d\s+like|need|butuh|perlu)\s+"
                   r"(?:(?:bikin|buat|membuat|dibuatkan|dibikinin|punya|to\s+make|to\s+build|to\s+have|a|an)\s+)*"
                   r"(?:website|web|situs|landing\s+page|site|page|halaman)(?:\s+(?:buat|untuk|for|tentang|about))?")
_PHONE_WORDS = re.compile(r"(?i)\b(?:telp|telepon|telpon|tlp|phone|call|landline)\b")


def _contact(text: str) -> dict[str, str]:
    """The e-mail and the first number a message gives (E.164): a landline, or a number said to be for
    calls, is the phone; a mobile is the WhatsApp."""
    out: dict[str, str] = {}
    if email := find_email(text):
        out["email"] = email
    if phones := find_phones(text):
        number = phones[0][0]
        out["phone" if _PHONE_WORDS.search(text) or not number.mobile else "whatsapp"] = number.e164
    return out


def read_message(rt: Runtime, conv: Conversation, text: str) -> Reading:
    """What `text` adds to the conversation, in the state it arrives in."""
    text = " ".join(text.split())
    lang = detect_language(text.lower()) if text else None
    if conv.state not in (State.INITIAL, State.COLLECTING, State.CONFIRMING):
        return Reading(text=text, language=lang)
    if conv.state == State.CONFIRMING and (is_yes(text) or is_no(text)):
        return Reading(text=text, language=lang)
    try:
        contact = _contact(text)
    except InputError:
        contact = {}
    about = " ".join(_META.sub(" ", text).split()).strip(" ,.")
    try:
        check_text(about)
        describes = conv.asking is None or len(about.split()) >= 6
    except InputError:
        describes = False
    said = " ".join([*conv.texts, about]) if describes else about
    if not said:
        return Reading(text=text, language=lang, **contact)
    try:
        intent = intent_step(make_brief(said, require_contact=False, brand_name=None), rt)
    except InputError:
        return Reading(text=text, language=lang, **contact)
    here = norm(about)
    brand = intent.brand_name if norm(intent.brand_name) and norm(intent.brand_name) in here else None
    offerings = [p for p in intent.products if norm(p) and norm(p) in here
                 and f" {norm(p)} " not in f" {norm(brand or intent.brand_name)} "]  # not words of the name
    return Reading(text=text, brand=brand, offerings=offerings, language=intent.language if describes else lang,
                   describes_business=describes and bool(brand or offerings or len(about.split()) >= 6),
                   business_text=about, **contact)
