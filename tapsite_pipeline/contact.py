"""How a page may offer to be reached — decided here once, read by the copy and by the page.

A page only promises contact it can deliver: a WhatsApp number (wa.me), a phone (tel:), an email
(mailto:), an Instagram, Telegram or LINE account people can message. The owner's other addresses — a website,
a Facebook page, a marketplace store, a TikTok account — are shown as links beside them (owner_links.py reads
and checks every one). When the owner gave no way to send a message, NO_CHANNEL says what happens: "omit" leaves
the contact section and the "how to order" steps out of the page (an address the owner gave is still shown with
the other facts); "form" (the default: every page's forms post to the forms endpoint, see forms/plan.py) gives
such a page a contact form instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .models import Brief, Intent
from .owner_links import KINDS, checked, links_in_text, named_accounts

NO_CHANNEL: Literal["omit", "form"] = "form"   # every page can post to the forms endpoint (tapsite serve)
# the keys of ContactPlan.for_copy(): what the copy may be told
COPY_KEYS = ("whatsapp", "phone", "email", "instagram", "address", "hours", "form", *KINDS)
# The owner's ways to send a message, best first, as the data card ranks them (datasets/CARD.md, "Contact"): a
# WhatsApp number, then email, then a phone, then an Instagram DM, a Telegram or LINE chat. The copy leads with the
# first one the owner gave, and the page's contact plan orders its channels the same way.
CHANNEL_RANK = ("wa", "email", "phone", "ig", "tg", "line")
_PLAN_FIELD = {"wa": "whatsapp", "email": "email", "phone": "phone", "ig": "instagram", "tg": "telegram", "line": "line"}


@dataclass(frozen=True)
class ContactPlan:
    whatsapp: str | None = None
    phone: str | None = None
    email: str | None = None
    instagram: str | None = None   # "@handle", as the owner wrote it
    address: str | None = None
    hours: str | None = None
    form_endpoint: bool = False    # the page can post a form somewhere real
    # the owner's accounts and addresses, each a checked https link (owner_links.py)
    telegram: str | None = None
    line: str | None = None
    tiktok: str | None = None
    facebook: str | None = None
    shop: str | None = None
    website: str | None = None
    linkpage: str | None = None    # a page of the owner's links or a short link ("linktr.ee/kueani")
    # accounts named by a page's name no link can be made of ("fb: Toko Kue Ani"): (kind, name), shown as text
    named: tuple[tuple[str, str], ...] = ()

    @property
    def channels(self) -> tuple[str, ...]:
        """Ways to send a message, best first: "wa", "email", "phone", then an Instagram DM, a Telegram or LINE
        chat, then a form."""
        out = self.ranked()
        return out + (("form",) if self.form_endpoint and not out else ())

    def ranked(self) -> tuple[str, ...]:
        """The message channels the owner gave, in CHANNEL_RANK order (no form)."""
        return tuple(k for k in CHANNEL_RANK if getattr(self, _PLAN_FIELD[k]))

    @property
    def reachable(self) -> bool:
        return bool(self.channels)

    @property
    def has_section(self) -> bool:
        """Is there a way to get in touch to put in a contact section? (An address alone is shown with
        the business's other facts, not under "contact us".)"""
        return self.reachable

    @property
    def links(self) -> dict[str, str]:
        """The owner's accounts and addresses besides numbers, email and Instagram: kind → link."""
        return {k: v for k in KINDS if (v := getattr(self, k))}

    def for_copy(self) -> dict:
        """What the copywriter (offline rules or a model prompt) is told about contact."""
        return {"whatsapp": self.whatsapp, "phone": self.phone, "email": self.email,
                "instagram": self.instagram, "address": self.address, "hours": self.hours,
                "form": self.form_endpoint, **{k: getattr(self, k) for k in KINDS}}


def _fact(intent: Intent, kind: str) -> str | None:
    return next((f.value for f in intent.facts if f.kind == kind), None)


_LANDMARK = re.compile(r"(?i)^(?:dekat|deket|dkt|near|sebelah|seberang|depan|belakang|samping|opposite|next\s+to)\b")


def _address(intent: Intent) -> str | None:
    """Every address the owner gave, in their order: a landmark said after the street goes with it ("Jl. Imam
    Bonjol, dekat pasar Inpres"); a second place of its own follows after a semicolon."""
    said = list(dict.fromkeys(f.value for f in intent.facts if f.kind == "address"))
    if not said:
        return None
    out = said[0]
    for a in said[1:]:
        if a.lower() not in out.lower():
            out += (", " if _LANDMARK.match(a) else "; ") + a
    return out


def plan_contact(brief: Brief, intent: Intent) -> ContactPlan:
    """The contact plan for one page, from the brief's contact fields, the facts the owner stated and the accounts
    and addresses written in the brief."""
    ig = _fact(intent, "instagram")
    links = links_in_text(brief.text)
    named = tuple(dict.fromkeys((kind, name) for _, _, kind, name in named_accounts(brief.text) if kind not in links))
    return ContactPlan(
        whatsapp=brief.whatsapp or None, phone=brief.phone or None, email=brief.email or None,
        instagram=ig if ig and re.fullmatch(r"@[A-Za-z0-9_.]{2,30}", ig) else None,
        address=_address(intent), hours=_fact(intent, "hours"),
        form_endpoint=NO_CHANNEL == "form", named=named, **links)


def plan_from_copy(contact: dict | None) -> ContactPlan:
    """The plan again, from what the copywriter was given (so both sides decide the same way)."""
    c = contact or {}
    return ContactPlan(whatsapp=c.get("whatsapp") or None, phone=c.get("phone") or None,
                       email=c.get("email") or None, instagram=c.get("instagram") or None,
                       address=c.get("address") or None, hours=c.get("hours") or None,
                       form_endpoint=bool(c.get("form")), **{k: checked(k, c.get(k)) for k in KINDS})

