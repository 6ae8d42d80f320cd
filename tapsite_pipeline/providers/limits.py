"""Per-provider concurrency, requests-per-minute and tokens-per-minute limits, shared by its models and threads."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


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
