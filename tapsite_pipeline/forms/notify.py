"""Telling the owner about a new lead: a per-site webhook (HMAC-SHA256 signed, retried with backoff by
tenacity) and an e-mail over SMTP. Secrets come from the environment only and are never logged or stored;
each attempt's outcome (not its content) is recorded in `form_deliveries`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import smtplib
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

import httpx
from tenacity import AsyncRetrying, RetryError, retry_if_exception, stop_after_attempt, wait_random_exponential

from tapsite_pipeline.forms.config import WebhookSettings

log = logging.getLogger("tapsite.forms")
ENV_WEBHOOK_SECRET = "TAPSITE_WEBHOOK_SECRET"
SIGNATURE_HEADER = "X-Tapsite-Signature"      # "t=<unix>,v1=<hex hmac-sha256 of '<t>.<body>'>"
SMTP_ENV = {"host": "TAPSITE_SMTP_HOST", "port": "TAPSITE_SMTP_PORT", "user": "TAPSITE_SMTP_USER",
            "password": "TAPSITE_SMTP_PASSWORD", "sender": "TAPSITE_SMTP_FROM", "tls": "TAPSITE_SMTP_TLS"}


def sign(secret: bytes, body: bytes, timestamp: int) -> str:
    mac = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify(secret: bytes, body: bytes, header: str, tolerance_s: int = 300, now: float | None = None) -> bool:
    """What a receiver does: recompute the HMAC over '<t>.<body>' and compare in constant time."""
    try:
        parts = dict(p.split("=", 1) for p in header.split(","))
        ts = int(parts["t"])
    except (ValueError, KeyError):
        return False
    if abs((now or time.time()) - ts) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, body, ts), header)


def payload(sub: dict[str, Any]) -> bytes:
    keep = ("submission_id", "website_id", "subdomain", "form_type", "data", "submitter_name", "submitter_contact",
            "created_at")
    return json.dumps({k: sub.get(k) for k in keep}, ensure_ascii=False, default=str, sort_keys=True).encode()


class _Retryable(Exception):
    def __init__(self, status: int | None, text: str):
        super().__init__(text)
        self.status = status


@dataclass
class Outcome:
    ok: bool
    attempts: int
    status_code: int | None = None
    error: str | None = None


async def send_webhook(url: str, body: bytes, settings: WebhookSettings,
                       client: httpx.AsyncClient | None = None) -> Outcome:
    """POST the lead; 2xx is done, 4xx (but 408/429) is final, network errors and 5xx/408/429 are retried."""
    secret = os.environ.get(ENV_WEBHOOK_SECRET)
    if not secret:
        return Outcome(False, 0, None, f"not sent: set {ENV_WEBHOOK_SECRET} to sign webhooks")
    attempts, last_status = 0, None
    own = client is None
    client = client or httpx.AsyncClient(timeout=settings.timeout_s, follow_redirects=False)
    try:
        async for attempt in AsyncRetrying(
                stop=stop_after_attempt(settings.attempts),
                wait=wait_random_exponential(multiplier=settings.backoff_s, max=settings.max_backoff_s),
                retry=retry_if_exception(lambda e: isinstance(e, (_Retryable, httpx.TransportError))),
                reraise=False):
            with attempt:
                attempts += 1
                headers = {"Content-Type": "application/json", "User-Agent": "tapsite-forms",
                           SIGNATURE_HEADER: sign(secret.encode(), body, int(time.time()))}
                r = await client.post(url, content=body, headers=headers)
                last_status = r.status_code
                if r.status_code >= 500 or r.status_code in (408, 429):
                    raise _Retryable(r.status_code, f"HTTP {r.status_code}")
                if r.status_code >= 300:
                    return Outcome(False, attempts, r.status_code, f"HTTP {r.status_code} (not retried)")
        return Outcome(True, attempts, last_status)
    except RetryError as exc:
        cause = exc.last_attempt.exception()
        return Outcome(False, attempts, last_status, f"{type(cause).__name__}: {cause}"[:200])
    finally:
        if own:
            await client.aclose()


def smtp_configured() -> bool:
    return bool(os.environ.get(SMTP_ENV["host"]))


def send_email(to: str, sub: dict[str, Any], brand: str) -> Outcome:
    """One plain-text message to the owner; STARTTLS when TAPSITE_SMTP_TLS=starttls, SMTPS when 'ssl'."""
    env = {k: os.environ.get(v) for k, v in SMTP_ENV.items()}
    if not env["host"]:
        return Outcome(False, 0, None, f"not sent: {SMTP_ENV['host']} is not set")
    msg = EmailMessage()
    msg["Subject"] = f"[{brand}] {sub['form_type']} baru dari {sub.get('submitter_name') or '-'}"
    msg["From"] = env["sender"] or f"tapsite@{env['host']}"
    msg["To"] = to
    lines = [f"{k}: {v}" for k, v in sub["data"].items() if k != "items"]
    lines += [f"- {i['name']} × {i['quantity']}" for i in sub["data"].get("items", [])]
    msg.set_content("\n".join([f"{brand} — {sub['form_type']}", "", *lines, "", f"id: {sub['submission_id']}"]))
    port = int(env["port"] or (465 if env["tls"] == "ssl" else 25))
    try:
        cls = smtplib.SMTP_SSL if env["tls"] == "ssl" else smtplib.SMTP
        with cls(env["host"], port, timeout=15) as smtp:
            if env["tls"] == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if env["user"]:
                smtp.login(env["user"], env["password"] or "")
            smtp.send_message(msg)
        return Outcome(True, 1)
    except (OSError, smtplib.SMTPException) as exc:
        # the message of an SMTP error can echo the command; never the password, which is not in it
        return Outcome(False, 1, None, f"{type(exc).__name__}: {exc}"[:200])
