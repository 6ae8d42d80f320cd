"""Retries with exponential backoff, jitter and Retry-After, and per-provider concurrency / RPM / TPM limits.

Vendor-neutral on purpose: errors are classified by their HTTP status, headers and class name, so
this module imports no SDK. The SDKs' own retries are switched off; every retry is ours and counted.
"""

from __future__ import annotations

import email.utils
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from .config import RetrySettings

T = TypeVar("T")
log = logging.getLogger("tapsite.providers")
RETRY_STATUSES = {408, 409, 425, 429}


@dataclass
class Failure:
    """What went wrong with one request, in words safe to log (no headers, no keys)."""

    retryable: bool
    reason: str
    retry_after: float | None = None


def redact(text: str) -> str:
    """Mask the value of every *_API_KEY / *_TOKEN variable, in case a server echoes it back in an error."""
    for name, value in os.environ.items():
        if value and len(value) >= 8 and name.endswith(("_API_KEY", "_TOKEN", "_KEY")) and value in text:
            text = text.replace(value, "***")
    return text


def _retry_after(headers) -> float | None:
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) * scale)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value) if name == "retry-after" else None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - time.time())
    return None


def classify(exc: BaseException) -> Failure:
    """429/5xx/408/409, timeouts and connection errors are worth retrying; the rest are not."""
    status = getattr(exc, "status_code", None)
    kind = type(exc).__name__
    if isinstance(status, int):
        response = getattr(exc, "response", None)
        after = _retry_after(getattr(response, "headers", None))
        message = redact(str(getattr(exc, "message", "") or exc).splitlines()[0][:160])
        return Failure(status in RETRY_STATUSES or status >= 500, f"HTTP {status} ({kind}): {message}", after)
    if "Timeout" in kind or isinstance(exc, TimeoutError):
        return Failure(True, f"timeout ({kind})")
    if "Connection" in kind or isinstance(exc, ConnectionError):
        return Failure(True, f"connection error ({kind})")
    return Failure(False, redact(f"{kind}: {str(exc)[:200]}"))


class RetriesExhausted(Exception):
    def __init__(self, failure: Failure, attempts: int):
        verdict = "gave up after" if failure.retryable else "not retryable, after"
        super().__init__(f"{failure.reason} — {verdict} {attempts} request(s)")
        self.failure, self.attempts = failure, attempts


def backoff_delay(attempt: int, policy: RetrySettings, retry_after: float | None) -> float:
    """Retry-After when the server gives one (capped); else capped exponential with equal jitter."""
    if retry_after is not None:
        return min(retry_after, policy.max_retry_after_s)
    cap = min(policy.max_s, policy.base_s * (2 ** attempt))
    return cap / 2 + random.uniform(0, cap / 2)


def call_with_retries(fn: Callable[[], T], policy: RetrySettings, what: str,
                      counter: list[int] | None = None, sleep: Callable[[float], None] = time.sleep) -> T:
    """Call fn until it succeeds, a failure is not retryable, or max_attempts is reached.

    `counter[0]` is increased once per request sent, so callers can log how many it took.
    """
    for attempt in range(policy.max_attempts):
        if counter is not None:
            counter[0] += 1
        try:
            return fn()
        except Exception as exc:  # classified below; anything unknown is not retried
            failure = classify(exc)
            if not failure.retryable or attempt + 1 >= policy.max_attempts:
                raise RetriesExhausted(failure, attempt + 1) from exc
            delay = backoff_delay(attempt, policy, failure.retry_after)
            log.warning("%s: %s; retry %d/%d in %.2fs", what, failure.reason, attempt + 1,
                        policy.max_attempts - 1, delay)
            sleep(delay)
    raise AssertionError("unreachable")


class _Bucket:
    """A token bucket refilled continuously to `per_minute` per minute."""

    def __init__(self, per_minute: int):
        self.capacity = float(per_minute)
        self.level = float(per_minute)
        self.rate = per_minute / 60.0
        self.stamp = time.monotonic()

    def wait_for(self, amount: float) -> float:
        """Take `amount` now (may go negative) and return how long the caller must wait."""
        now = time.monotonic()
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now
        self.level -= min(amount, self.capacity)
        return 0.0 if self.level >= 0 else -self.level / self.rate


class RateLimiter:
    """At most `concurrency` requests in flight, `rpm` requests and `tpm` tokens per minute."""

    def __init__(self, concurrency: int, rpm: int, tpm: int):
        self._slots = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._rpm, self._tpm = _Bucket(rpm), _Bucket(tpm)
        self.waited_s = 0.0

    @contextmanager
    def slot(self, tokens: int) -> Iterator[None]:
        with self._slots:
            with self._lock:
                wait = max(self._rpm.wait_for(1), self._tpm.wait_for(tokens))
                self.waited_s += wait
            if wait > 0:
                time.sleep(wait)
            yield


_limiters: dict[tuple, RateLimiter] = {}
_limiters_lock = threading.Lock()


def limiter_for(prefix: str, concurrency: int, rpm: int, tpm: int) -> RateLimiter:
    """One limiter per provider prefix and limits, shared by every model and thread of the process."""
    key = (prefix, concurrency, rpm, tpm)
    with _limiters_lock:
        if key not in _limiters:
            _limiters[key] = RateLimiter(concurrency, rpm, tpm)
        return _limiters[key]
