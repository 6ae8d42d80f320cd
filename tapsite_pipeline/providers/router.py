"""Compose, per stage, what a model name runs through: primary → the stage's fallbacks, each behind the cache.

The one place this composition happens; the Generator asks `for_stage(model, stage)`, the runtime
asks `images(model)`. Providers are built once per Router (a Runtime), so env changes apply per runtime.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from ..errors import ConfigError
from .base import GenerationLog, ImageProvider, LLMProvider
from .cache import CachedProvider, ResponseCache
from .config import PriceTable, ProvidersConfig, load_prices, load_providers_config
from .fallback import FallbackImageProvider, FallbackProvider, Unavailable
from .registry import make_image_provider, make_llm_provider
from .resilience import CircuitBreaker, ResilientImageProvider, ResilientProvider


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


class Router:
    """Callable as `provider_for(name)` (one plain provider), plus `for_stage` (the stage's full chain)."""

    def __init__(self, config: ProvidersConfig | None = None, prices: PriceTable | None = None,
                 cache: ResponseCache | None = None, read_cache: bool = True, breaker_dir: Path | None = None):
        self.config = config or load_providers_config()
        self.prices = prices or load_prices()
        self.cache, self.read_cache = cache, read_cache
        self.breaker_dir = breaker_dir
        self._plain: dict[str, LLMProvider] = {}
        self._chains: dict[tuple[str, str], LLMProvider] = {}
        self._breakers: dict[str, CircuitBreaker] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_home(cls, home: Path, use_cache: bool = True, config: ProvidersConfig | None = None) -> Router:
        """The local default: the response cache at <home>/cache/llm.sqlite, circuit states beside it."""
        return cls(config=config, cache=ResponseCache(Path(home) / "cache" / "llm.sqlite"), read_cache=use_cache,
                   breaker_dir=Path(home) / "cache" / "breakers")

    def breaker(self, prefix: str) -> CircuitBreaker:
        """One breaker per provider prefix (an endpoint), shared by its models and every thread."""
        with self._lock:
            if prefix not in self._breakers:
                state = self.breaker_dir / f"{prefix}.json" if self.breaker_dir else None
                self._breakers[prefix] = CircuitBreaker(prefix, self.config.breaker, state)
            return self._breakers[prefix]

    @property
    def deadline_s(self) -> float:
        return self.config.deadline.site_s

    def __call__(self, name: str) -> LLMProvider:
        with self._lock:
            if name not in self._plain:
                self._plain[name] = make_llm_provider(name, self.config, self.prices)
            return self._plain[name]

    def chain_names(self, name: str, stage: str) -> list[str]:
        return _dedupe([name, *self.config.fallbacks_for(stage)])

    def for_stage(self, name: str, stage: str) -> LLMProvider:
        key = (name, stage)
        if key not in self._chains:
            chain = self._build(self.chain_names(name, stage))
            with self._lock:
                self._chains.setdefault(key, chain)
        return self._chains[key]

    def _build(self, names: list[str]) -> LLMProvider:
        links: list[LLMProvider] = []
        for i, n in enumerate(names):
            try:
                p = self(n)
            except ConfigError as exc:
                if i == 0:
                    raise  # the model the user (or the prompt) asked for must work: fail fast, say why
                links.append(Unavailable(n, str(exc)))
                continue
            if p.concurrent:  # networked: retries, its breaker and the deadline (offline needs none)
                p = ResilientProvider(p, self.config.retry, self.breaker(p.provider))
            if self.cache is not None and p.cacheable:
                p = CachedProvider(p, self.cache, read=self.read_cache)
            links.append(p)
        return links[0] if len(links) == 1 else FallbackProvider(links)

    def images(self, name: str | None = None,
               sink: Callable[[GenerationLog], None] | None = None) -> ImageProvider:
        """The image chain: `name` (default: config images.model), then images.fallback; calls logged to sink."""
        names = _dedupe([name or self.config.images.model, *self.config.images.fallback])
        links: list[ImageProvider] = []
        for i, n in enumerate(names):
            try:
                img = make_image_provider(n, self.config)
            except ConfigError as exc:
                if i == 0:
                    raise
                links.append(Unavailable(n, str(exc)))
                continue
            if img.provider != "offline":
                img = ResilientImageProvider(img, self.config.retry, self.breaker(img.provider))
            links.append(img)
        if len(links) == 1 and links[0].provider == "offline":
            return links[0]
        return FallbackImageProvider(links, sink=sink, cost=lambda n: self.prices.image_cost(n))
