"""A business's identity: normalised brand + location + contact channels (pure; no store).

Two briefs name the same business when their brands match and neither their locations nor their
contact channels contradict each other: "Toko Ani, warna pink" and "Toko Ani di Bandung, WA 0812…"
are one business (the second only adds facts); "Toko Ani di Bandung" and "Toko Ani di Medan" are two.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from tapsite_pipeline.models import Brief, Intent

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text: str | None) -> str:
    """Casefolded, accents and punctuation out, whitespace collapsed: `Toko  Ani!` == `toko ani`."""
    if not text:
        return ""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() or text
    return " ".join(_PUNCT.sub(" ", ascii_.casefold()).split())


def contact_keys(whatsapp: str | None = None, phone: str | None = None, email: str | None = None) -> frozenset[str]:
    """Every way to reach the business, normalised (phones as 62… digits, emails lower case)."""
    out = set()
    for raw in (whatsapp, phone):
        digits = re.sub(r"\D", "", raw or "")
        if digits.startswith("0"):
            digits = "62" + digits[1:]
        if len(digits) >= 8:
            out.add(digits)
    if email and "@" in email:
        out.add(email.strip().lower())
    return frozenset(out)


def _phones(contacts: frozenset[str]) -> frozenset[str]:
    return frozenset(c for c in contacts if "@" not in c)


def _emails(contacts: frozenset[str]) -> frozenset[str]:
    return frozenset(c for c in contacts if "@" in c)


@dataclass(frozen=True)
class BusinessKey:
    brand: str
    location: str = ""
    contacts: frozenset[str] = field(default_factory=frozenset)

    def site_id(self) -> str:
        """The id a new site for this business gets (stable: the same key is always the same id)."""
        payload = "\x1f".join(["business", self.brand, self.location, *sorted(self.contacts)])
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    def compatible(self, other: BusinessKey) -> bool:
        """Same brand, and nothing that says otherwise: a missing location or contact is no contradiction."""
        if not self.brand or self.brand != other.brand:
            return False
        if self.location and other.location and self.location != other.location:
            return False
        for kind in (_phones, _emails):  # a different number (or address) of the same kind says otherwise
            mine, theirs = kind(self.contacts), kind(other.contacts)
            if mine and theirs and not mine & theirs:
                return False
        return True

    def closeness(self, other: BusinessKey) -> int:
        """How much of a compatible key agrees (to pick the best of several): location, then contacts."""
        return 2 * (bool(self.location) and self.location == other.location) + bool(self.contacts & other.contacts)


def scoped_id(scope: str, *parts: str) -> str:
    """A site id inside a campaign's name (its row ids and businesses are its own)."""
    return hashlib.sha256("\x1f".join(["campaign", scope, *parts]).encode()).hexdigest()[:16]


def business_key(brief: Brief, intent: Intent) -> BusinessKey:
    """The key of the business a brief describes (brand and location as the intent stage read them)."""
    return BusinessKey(brand=norm(brief.brand_name or intent.brand_name), location=norm(intent.location),
                       contacts=contact_keys(brief.whatsapp, brief.phone, brief.email))
