"""Spam defences of the form endpoint: a honeypot field, a signed fill-time stamp, and rate limits per client
IP and per site (by the owner's tier), kept in memory by the `limits` library's moving windows."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner
from limits import parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from tapsite_pipeline.forms.config import FormsConfig
from tapsite_pipeline.forms.plan import STAMP_PLACEHOLDER


class Stamps:
    """`nonce.timestamp.signature`, issued when the page is served and checked when the form comes back."""

    def __init__(self, secret: bytes):
        self._signer = TimestampSigner(secret, salt="tapsite.form-stamp")

    def issue(self) -> str:
        return self._signer.sign(secrets.token_urlsafe(9)).decode()

    def check(self, stamp: str, min_age_s: float, max_age_s: float, now: float | None = None) -> tuple[str, str]:
        """("ok", nonce) | ("missing" | "forged" | "stale" | "too_fast", "")."""
        if not stamp or stamp == STAMP_PLACEHOLDER:
            return "missing", ""
        try:
            nonce, signed_at = self._signer.unsign(stamp, max_age=max_age_s, return_timestamp=True)
        except SignatureExpired:
            return "stale", ""
        except BadSignature:
            return "forged", ""
        # itsdangerous stamps whole seconds: a post at 2.4 s may read as 2 or 3; the floor keeps humans in
        age = (now or time.time()) - signed_at.timestamp()
        if age < min_age_s:
            return "too_fast", ""
        return "ok", nonce.decode()


def ip_hash(secret: bytes, ip: str) -> str:
    """An IP the operator can correlate within one key's lifetime, and never read back."""
    return hmac.new(secret, f"ip:{ip}".encode(), hashlib.sha256).hexdigest()[:20]


@dataclass(frozen=True)
class Verdict:
    ok: bool
    retry_after_s: int = 0
    scope: str = ""


class RateLimits:
    """Per-IP limits on every post; per-site limits (by tier) on the posts that would be stored."""

    def __init__(self, config: FormsConfig):
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._ip = parse_many(";".join(config.ip_limits))
        self._tiers = {name: parse_many(";".join(v)) for name, v in config.tiers.items()}
        self._default = config.default_tier

    def _take(self, items, *key: str) -> Verdict:
        for item in items:
            if not self._limiter.test(item, *key):
                reset = self._limiter.get_window_stats(item, *key).reset_time
                return Verdict(False, max(1, int(reset - time.time()) + 1), key[0])
        for item in items:
            self._limiter.hit(item, *key)
        return Verdict(True)

    def client(self, ip: str) -> Verdict:
        return self._take(self._ip, "ip", ip)

    def site(self, subdomain: str, tier: str | None) -> Verdict:
        return self._take(self._tiers.get(tier or self._default, self._tiers[self._default]), "site", subdomain)
