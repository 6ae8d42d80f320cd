"""Turn a `provider:model` name into a provider instance (one per name per process)."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ConfigError
from .base import ImageProvider, LLMProvider

KNOWN = ("offline",)


@lru_cache(maxsize=32)
def llm_provider(name: str) -> LLMProvider:
    provider, _, model = name.partition(":")
    if not model:
        raise ConfigError(f"model {name!r} must look like provider:model, e.g. offline:rules")
    if provider == "offline":
        from .offline import OfflineProvider
        return OfflineProvider(model)
    raise ConfigError(f"unknown provider {provider!r} in {name!r}; available: {', '.join(KNOWN)}")


@lru_cache(maxsize=8)
def image_provider(name: str = "offline:pillow") -> ImageProvider:
    provider, _, model = name.partition(":")
    if provider == "offline":
        from .offline_images import PillowImageProvider
        return PillowImageProvider(model or "pillow")
    raise ConfigError(f"unknown image provider {provider!r} in {name!r}; available: offline:pillow")
