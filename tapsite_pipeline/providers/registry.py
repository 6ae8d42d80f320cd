"""Turn a `provider:model` name into a provider instance, from config/providers.yaml and config/prices.yaml."""

from __future__ import annotations

import os

from ..errors import ConfigError
from .base import ImageProvider, LLMProvider
from .config import PriceTable, ProvidersConfig, load_prices, load_providers_config


def _split(name: str) -> tuple[str, str]:
    provider, _, model = name.partition(":")
    if not provider or not model:
        raise ConfigError(f"model {name!r} must look like provider:model, e.g. offline:rules (config/providers.yaml lists the providers)")
    return provider, model


def _unknown(kind: str, provider: str, name: str, config: ProvidersConfig) -> ConfigError:
    known = ", ".join(["offline", *sorted(config.providers)])
    return ConfigError(f"unknown {kind}provider {provider!r} in {name!r}; configured in config/providers.yaml: "
                       f"{known}")


def make_llm_provider(name: str, config: ProvidersConfig | None = None,
                      prices: PriceTable | None = None) -> LLMProvider:
    """A new provider for `name`; raises ConfigError (naming the variable) when its key is missing."""
    provider, model = _split(name)
    if provider == "offline":
        from .offline import OfflineProvider
        return OfflineProvider(model)
    config = config or load_providers_config()
    settings = config.provider(provider)
    if settings is None:
        raise _unknown("", provider, name, config)
    prices = prices or load_prices()
    if settings.kind == "anthropic":
        from .anthropic_chat import AnthropicProvider
        return AnthropicProvider(model, provider, settings, config, prices)
    from .openai_chat import OpenAIChatProvider
    return OpenAIChatProvider(model, provider, settings, config, prices)


def make_image_provider(name: str, config: ProvidersConfig | None = None) -> ImageProvider:
    provider, model = _split(name) if ":" in name else (name, "illustrations")
    if provider == "offline":
        from .offline_images import IllustrationProvider
        return IllustrationProvider(model or "illustrations")
    config = config or load_providers_config()
    settings = config.provider(provider)
    if settings is None:
        raise _unknown("image ", provider, name, config)
    if settings.kind == "anthropic":
        raise ConfigError(f"{name}: Anthropic has no image API; use an OpenAI or OpenAI-compatible image model, or offline:illustrations")
    key = os.environ.get(settings.key_env) if settings.key_env else None
    if not key and settings.key_required:
        raise ConfigError(f"{name} needs an API key in the environment variable {settings.key_env}: set it, "
                          f"or use the offline images, which need no key (--image-model offline:illustrations).")
    from .openai_images import OpenAIImageProvider
    return OpenAIImageProvider(model, provider, settings, config, key)
