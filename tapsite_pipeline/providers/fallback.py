"""Fallback by composition: try providers in order; every link that fails is kept, with its reason, for the log."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from ..errors import ConfigError, ProviderError
from .base import (
    Attempt,
    CallFailed,
    Completion,
    GenerationLog,
    GenerationRequest,
    ImageProvider,
    ImageSpec,
    LLMProvider,
)
from .structured import InvalidOutput, validate_output


class Unavailable(LLMProvider, ImageProvider):
    """A configured link that cannot run here (e.g. its key is not set): it fails at once, with the reason."""

    def __init__(self, name: str, reason: str):
        self.provider, _, self.model = name.partition(":")  # type: ignore[misc]
        self.reason = reason

    def complete(self, request: GenerationRequest) -> Completion:
        raise CallFailed(self.reason, Attempt(self.name, f"skipped: {self.reason}"))

    def render(self, spec: ImageSpec) -> bytes:
        raise CallFailed(self.reason, Attempt(self.name, f"skipped: {self.reason}"))


def _attempt(link_name: str, exc: Exception, t0: float) -> Attempt:
    a = getattr(exc, "attempt", None)
    if a is None:
        a = Attempt(link_name, str(exc)[:400])
    if not a.latency_ms:
        a.latency_ms = (time.perf_counter() - t0) * 1000
    return a


class FallbackProvider(LLMProvider):
    """Asks each link in turn until one returns a valid answer (schema + prompt rules)."""

    def __init__(self, links: Sequence[LLMProvider]):
        if not links:
            raise ConfigError("a fallback chain needs at least one provider")
        super().__init__(links[0].model)
        self.provider = links[0].provider  # type: ignore[misc]
        self.links = list(links)
        self.concurrent = links[0].concurrent  # type: ignore[misc]

    @property
    def max_concurrency(self) -> int:
        return self.links[0].max_concurrency

    @property
    def chain(self) -> list[str]:
        return [link.name for link in self.links]

    def complete(self, request: GenerationRequest) -> Completion:
        trail: list[Attempt] = []
        for link in self.links:
            t0 = time.perf_counter()
            try:
                done = link.complete(request)
                done.output = validate_output(request.prompt, done.output)
            except (ProviderError, InvalidOutput) as exc:
                trail.append(_attempt(link.name, exc, t0))
                continue
            done.provider = done.provider or link.name
            if done.latency_ms is None:
                done.latency_ms = (time.perf_counter() - t0) * 1000
            done.trail = trail + done.trail
            return done
        reasons = "; ".join(a.error for a in trail)
        raise CallFailed(f"every provider failed for {request.prompt.ref} ({' → '.join(self.chain)}): "
                         f"{reasons}", trail=trail)


class FallbackImageProvider(ImageProvider):
    """Image providers in order; every link tried is logged (cost, latency, the reason it failed)."""

    def __init__(self, links: Sequence[ImageProvider], sink: Callable[[GenerationLog], None] | None = None,
                 cost: Callable[[str], float] = lambda name: 0.0):
        super().__init__(links[0].model)
        self.provider = links[0].provider  # type: ignore[misc]
        self.links, self.sink, self.cost = list(links), sink, cost
        self.cacheable = links[0].cacheable  # type: ignore[misc]

    def render(self, spec: ImageSpec) -> bytes:
        return self.render_traced(spec)[0]

    def render_traced(self, spec: ImageSpec) -> tuple[bytes, str]:
        previous: Attempt | None = None
        for link in self.links:
            t0 = time.perf_counter()
            try:
                data = link.render(spec)
            except ProviderError as exc:
                a = _attempt(link.name, exc, t0)
                self._log(a.provider, False, a.error, a.latency_ms, a.requests, a.cost_usd, previous)
                previous = a
                continue
            self._log(link.name, True, None, (time.perf_counter() - t0) * 1000,
                      getattr(link, "last_requests", 1), self.cost(link.name), previous)
            return data, link.name
        raise CallFailed(f"every image provider failed ({', '.join(x.name for x in self.links)}); "
                         f"last: {previous.error if previous else '?'}")

    def _log(self, model: str, ok: bool, error: str | None, ms: float, requests: int, cost: float,
             previous: Attempt | None) -> None:
        if self.sink is None:
            return
        if ok and previous is not None:
            error = f"fallback: {previous.error}"[:500]
        self.sink(GenerationLog(stage="images", prompt="hero_image", model=model, cost_usd=cost,
                                latency_ms=ms, success=ok, error=error, requests=requests,
                                fallback_from=previous.provider if previous else None))
