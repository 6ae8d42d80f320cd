"""Deadlines, retries and a circuit breaker around a networked provider, composed like the cache and fallback.

`Cached(Resilient(openai:…))`: the wrapper asks its provider once per attempt (tenacity decides when to
try again: transient failures only, Retry-After honoured, at most `retry.max_attempts` requests); it
skips the provider while its circuit is open or once the site's deadline is spent, and says so in the
failure, which the fallback chain logs as a failed row and answers from the next link.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from tapsite_pipeline.files import atomic_write

from .base import Attempt, CallFailed, Completion, GenerationRequest, ImageProvider, ImageSpec, LLMProvider
from .config import BreakerSettings, RetrySettings

T = TypeVar("T")
log = logging.getLogger("tapsite.providers")

# ---------------------------------------------------------------- the site's deadline

_deadline: ContextVar[float | None] = ContextVar("tapsite_deadline", default=None)


@contextmanager
def site_deadline(seconds: float | None) -> Iterator[None]:
    """Every provider call inside the block (this thread, and threads started with its context) shares
    `seconds`; nested deadlines never extend an outer one."""
    if seconds is None:
        yield
        return
    outer = _deadline.get()
    end = time.monotonic() + seconds
    token = _deadline.set(end if outer is None else min(outer, end))
    try:
        yield
    finally:
        _deadline.reset(token)


def time_left() -> float | None:
    """Seconds left before the current deadline (None: no deadline)."""
    end = _deadline.get()
    return None if end is None else end - time.monotonic()


def request_timeout(configured_s: float) -> float:
    """A request's timeout: the provider's own, cut to what the deadline leaves."""
    left = time_left()
    return configured_s if left is None else max(0.05, min(configured_s, left))


# ---------------------------------------------------------------- the circuit breaker

class CircuitBreaker:
    """Closed → (N consecutive outage failures) → open for the cool-down → half-open: one probe decides.

    Thread-safe; with a `state_file` the open state is shared with other processes on the same home
    (each reads the file when it changes, and writes it when it opens or closes the circuit).
    """

    def __init__(self, name: str, settings: BreakerSettings, state_file: Path | None = None,
                 clock: Callable[[], float] = time.time):
        self.name, self.settings, self.state_file, self.clock = name, settings, state_file, clock
        self.failures = 0
        self.open_until = 0.0
        self.last_error = ""
        self._probing = False
        self._seen_mtime: float | None = None
        self._lock = threading.Lock()

    def _sync_from_file(self) -> None:
        if self.state_file is None:
            return
        try:
            mtime = self.state_file.stat().st_mtime
        except FileNotFoundError:
            return
        if mtime == self._seen_mtime:
            return
        self._seen_mtime = mtime
        try:
            state = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if float(state.get("open_until", 0)) > self.open_until:
            self.open_until = float(state["open_until"])
            self.last_error = str(state.get("last_error", ""))[:200]

    def _write(self) -> None:
        if self.state_file is None:
            return
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.state_file, json.dumps({"open_until": self.open_until, "last_error": self.last_error}))
        self._seen_mtime = self.state_file.stat().st_mtime

    def check(self) -> str | None:
        """None if a call may go ahead now; else why it is skipped (to log)."""
        with self._lock:
            self._sync_from_file()
            now = self.clock()
            if now < self.open_until:
                return (f"skipped: circuit open for {self.name} for another {self.open_until - now:.0f} s "
                        f"after {self.settings.failures} consecutive failures (last: {self.last_error})")
            if self.open_until and not self._probing:
                self._probing = True          # half-open: this call is the probe
                return None
            if self._probing:
                return f"skipped: circuit half-open for {self.name}, a probe call is deciding"
            return None

    def record(self, ok: bool, error: str = "") -> None:
        with self._lock:
            if ok:
                reopened = bool(self.open_until)
                self.failures, self.open_until, self._probing = 0, 0.0, False
                if reopened:
                    log.warning("circuit closed for %s: a probe call succeeded", self.name)
                    self._write()
                return
            self.failures += 1
            self.last_error = error[:200]
            if self.clock() < self.open_until and not self._probing:
                return  # already open: calls that were in flight when it opened change nothing
            if self._probing or self.failures >= self.settings.failures:
                self.open_until = self.clock() + self.settings.cooldown_s
                self._probing = False
                log.warning("circuit open for %s for %.0f s after %d consecutive failures (last: %s)",
                            self.name, self.settings.cooldown_s, self.failures, self.last_error)
                self._write()


# ---------------------------------------------------------------- retries through tenacity

class _WaitRetryAfter:
    """The server's Retry-After when it sends one (capped), else exponential backoff with full jitter."""

    def __init__(self, policy: RetrySettings):
        self.policy = policy
        self.backoff = wait_random_exponential(multiplier=policy.base_s, max=policy.max_s)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        after = getattr(exc, "retry_after", None)
        return min(after, self.policy.max_retry_after_s) if after is not None else self.backoff(state)


def _stop_at_deadline(state: RetryCallState) -> bool:
    left = time_left()
    return left is not None and left <= 0


def _is_transient(exc: BaseException) -> bool:
    return isinstance(exc, CallFailed) and exc.retryable


def guarded_call(name: str, fn: Callable[[], T], policy: RetrySettings, breaker: CircuitBreaker,
                 sleep: Callable[[float], None] = time.sleep) -> tuple[T, list[Attempt]]:
    """fn() with retries, the breaker and the deadline; returns its value and the failed attempts before it.

    Raises CallFailed (one Attempt summing every request) when it gives up or skips.
    """
    failed: list[Attempt] = []

    def attempt() -> T:
        left = time_left()
        if left is not None and left <= 0:
            raise CallFailed(f"skipped: the site's deadline was spent before {name} was asked",
                             Attempt(name, "skipped: site deadline spent"))
        reason = breaker.check()
        if reason is not None:
            raise CallFailed(reason, Attempt(name, reason))
        try:
            value = fn()
        except CallFailed as exc:
            if exc.retryable:
                breaker.record(False, str(exc))
            else:
                breaker.record(True)   # it answered (e.g. 400, invalid JSON): not an outage
            failed.append(exc.attempt or Attempt(name, str(exc)))
            raise
        breaker.record(True)
        return value

    retrying = Retrying(stop=stop_after_attempt(policy.max_attempts) | _stop_at_deadline,
                        wait=_WaitRetryAfter(policy), retry=retry_if_exception(_is_transient), reraise=True,
                        sleep=sleep, before_sleep=lambda s: log.warning(
                            "%s: %s; retry %d/%d in %.2fs", name, s.outcome.exception(), s.attempt_number,
                            policy.max_attempts - 1, s.next_action.sleep if s.next_action else 0))
    try:
        return retrying(attempt), failed
    except CallFailed as exc:
        if not failed or (len(failed) == 1 and not exc.retryable and not str(exc).startswith("skipped:")):
            if str(exc).startswith("skipped:"):
                log.info("%s", exc)
            raise   # skipped before any request, or one plain refusal: its own attempt tells it all
        total = _sum(name, failed)
        if str(exc).startswith("skipped:"):
            msg = f"{failed[-1].error} — then {exc} (after {total.requests} request(s))"
        else:
            verdict = "gave up after" if exc.retryable else "not retryable, after"
            msg = f"{exc} — {verdict} {total.requests} request(s)"
        total.error = msg[:400]
        raise CallFailed(msg, total) from exc


def _sum(name: str, attempts: list[Attempt]) -> Attempt:
    return Attempt(name, "", tokens_in=sum(a.tokens_in for a in attempts),
                   tokens_out=sum(a.tokens_out for a in attempts), cost_usd=sum(a.cost_usd for a in attempts),
                   latency_ms=sum(a.latency_ms for a in attempts), requests=sum(a.requests for a in attempts),
                   reasks=sum(a.reasks for a in attempts))


class ResilientProvider(LLMProvider):
    """A networked chat provider behind retries, its circuit breaker and the site's deadline."""

    def __init__(self, inner: LLMProvider, policy: RetrySettings, breaker: CircuitBreaker):
        super().__init__(inner.model)
        self.provider = inner.provider  # type: ignore[misc]
        self.inner, self.policy, self.breaker = inner, policy, breaker
        self.concurrent = inner.concurrent  # type: ignore[misc]
        self.cacheable = inner.cacheable  # type: ignore[misc]
        self.reads_prompt = inner.reads_prompt  # type: ignore[misc]

    @property
    def max_concurrency(self) -> int:
        return self.inner.max_concurrency

    def cache_identity(self) -> dict:
        return self.inner.cache_identity()  # the endpoint and settings of the provider behind the retries

    def complete(self, request: GenerationRequest) -> Completion:
        done, failed = guarded_call(self.inner.name, lambda: self.inner.complete(request), self.policy,
                                    self.breaker)
        if failed:  # the retried requests count (and cost, if they were billed)
            spent = _sum(self.inner.name, failed)
            done.requests += spent.requests
            done.cost_usd += spent.cost_usd
        return done


class ResilientImageProvider(ImageProvider):
    """A networked image provider behind the same retries, breaker and deadline."""

    def __init__(self, inner: ImageProvider, policy: RetrySettings, breaker: CircuitBreaker):
        super().__init__(inner.model)
        self.provider = inner.provider  # type: ignore[misc]
        self.inner, self.policy, self.breaker = inner, policy, breaker
        self.last_requests = 0

    def render(self, spec: ImageSpec) -> bytes:
        try:
            data, failed = guarded_call(self.inner.name, lambda: self.inner.render(spec), self.policy, self.breaker)
        except CallFailed as exc:
            self.last_requests = exc.attempt.requests if exc.attempt else 0
            raise
        self.last_requests = 1 + sum(a.requests for a in failed)
        return data
