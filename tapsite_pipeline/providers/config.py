"""config/providers.yaml (fallback per stage, provider endpoints, limits, retries) and config/prices.yaml."""

from __future__ import annotations

import fnmatch
import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tapsite_pipeline.resources import data_dir

from ..errors import ConfigError

CONFIG_DIR = data_dir("config")
log = logging.getLogger("tapsite.providers")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProviderSettings(_Strict):
    """How one provider prefix (`openai`, `anthropic`, `local`, …) is reached and limited."""

    kind: Literal["openai", "anthropic", "openai-compatible"]
    key_env: str | None = None
    key_required: bool = True
    base_url: str | None = None
    base_url_env: str | None = None
    structured: Literal["json_schema", "json_object", "none"] = "json_schema"
    timeout_s: float = Field(default=15, gt=0)   # per request; the site deadline may cut it shorter
    concurrency: int = Field(default=8, ge=1)
    rpm: int = Field(default=500, ge=1)
    tpm: int = Field(default=200_000, ge=1)

    def resolved_base_url(self) -> str | None:
        """None means: let the SDK decide (it reads OPENAI_BASE_URL / ANTHROPIC_BASE_URL itself)."""
        if self.base_url_env and os.environ.get(self.base_url_env):
            return os.environ[self.base_url_env]
        return self.base_url


class RetrySettings(_Strict):
    max_attempts: int = Field(default=3, ge=1, le=20)
    base_s: float = Field(default=0.5, ge=0)
    max_s: float = Field(default=20, ge=0)
    max_retry_after_s: float = Field(default=60, ge=0)


class BreakerSettings(_Strict):
    """Stop calling a provider after `failures` consecutive outage-like failures, for `cooldown_s`."""

    failures: int = Field(default=3, ge=1, le=100)
    cooldown_s: float = Field(default=60, gt=0)


class DeadlineSettings(_Strict):
    """Time one site's model calls may take in all (one site's stage, in a campaign); then the fallback."""

    site_s: float = Field(default=20, gt=0)


class ModerationSettings(_Strict):
    """Screening briefs with the provider's moderation endpoint, beside the offline policy classifier."""

    model: str = "openai:omni-moderation-latest"
    use: Literal["auto", "always", "never"] = "auto"   # auto: when the run's models are OpenAI's and keyed


class ImageSettings(_Strict):
    model: str = "offline:illustrations"
    fallback: list[str] = Field(default_factory=lambda: ["offline:illustrations"])
    size: str = "auto"


class ProvidersConfig(_Strict):
    fallback: dict[str, list[str]] = Field(default_factory=lambda: {"default": ["offline:rules"]})
    images: ImageSettings = ImageSettings()
    providers: dict[str, ProviderSettings] = Field(default_factory=dict)
    retry: RetrySettings = RetrySettings()
    breaker: BreakerSettings = BreakerSettings()
    deadline: DeadlineSettings = DeadlineSettings()
    moderation: ModerationSettings = ModerationSettings()
    max_reasks: int = Field(default=2, ge=0, le=5)
    max_workers: int = Field(default=8, ge=1, le=64)

    @field_validator("fallback")
    @classmethod
    def _names(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for stage, names in v.items():
            for n in names:
                if ":" not in n:
                    raise ValueError(f"fallback.{stage}: {n!r} must look like provider:model")
        return v

    def fallbacks_for(self, stage: str) -> list[str]:
        return list(self.fallback.get(stage, self.fallback.get("default", [])))

    def provider(self, prefix: str) -> ProviderSettings | None:
        return self.providers.get(prefix)

    def with_retry(self, **changes) -> ProvidersConfig:
        """A copy with other retry settings (tests and benchmarks use a tiny backoff base)."""
        return self.model_copy(update={"retry": self.retry.model_copy(update=changes)})


# libyaml's parser when PyYAML has it (as the prompt files and suites are read): the same data, ten times faster
# than the pure-Python one (≈ 17 ms of every command that reads the providers config and its prices)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must be a YAML mapping")
    return data


def load_providers_config(path: str | os.PathLike | None = None) -> ProvidersConfig:
    """The providers config: `path`, else $TAPSITE_PROVIDERS_CONFIG, else config/providers.yaml."""
    p = Path(path or os.environ.get("TAPSITE_PROVIDERS_CONFIG") or CONFIG_DIR / "providers.yaml")
    return _parse_providers(p, p.stat().st_mtime_ns if p.exists() else 0)


@lru_cache(maxsize=8)
def _parse_providers(path: Path, _mtime: int) -> ProvidersConfig:
    try:
        return ProvidersConfig(**_read_yaml(path))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "(file)"
        raise ConfigError(f"{path}: field '{where}': {first['msg']}") from exc


class Price(_Strict):
    input_per_1k: float = Field(default=0, ge=0)
    output_per_1k: float = Field(default=0, ge=0)
    per_image: float = Field(default=0, ge=0)


class PriceTable:
    """Prices by provider:model; `name*` patterns match variants, the longest pattern wins."""

    def __init__(self, prices: dict[str, Price], source: str = "config/prices.yaml"):
        self._exact = {k: v for k, v in prices.items() if "*" not in k}
        self._patterns = sorted(((k, v) for k, v in prices.items() if "*" in k), key=lambda kv: -len(kv[0]))
        self.source = source
        self._warned: set[str] = set()

    def price(self, model: str) -> Price | None:
        if model in self._exact:
            return self._exact[model]
        return next((p for pat, p in self._patterns if fnmatch.fnmatchcase(model, pat)), None)

    def _known(self, model: str) -> Price:
        p = self.price(model)
        if p is None:
            if model not in self._warned:
                self._warned.add(model)
                log.warning("no price for %s in %s; its cost is logged as 0", model, self.source)
            return Price()
        return p

    def text_cost(self, model: str, tokens_in: int, tokens_out: int) -> float:
        p = self._known(model)
        return round(tokens_in / 1000 * p.input_per_1k + tokens_out / 1000 * p.output_per_1k, 8)

    def image_cost(self, model: str, images: int = 1) -> float:
        return round(self._known(model).per_image * images, 8)


def load_prices(path: str | os.PathLike | None = None) -> PriceTable:
    p = Path(path or os.environ.get("TAPSITE_PRICES") or CONFIG_DIR / "prices.yaml")
    return _parse_prices(p, p.stat().st_mtime_ns if p.exists() else 0)


@lru_cache(maxsize=8)
def _parse_prices(path: Path, _mtime: int) -> PriceTable:
    raw = _read_yaml(path)
    try:
        return PriceTable({str(k): Price(**(v or {})) for k, v in raw.items()}, source=str(path))
    except (ValidationError, TypeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


class ChatModel(_Strict):
    temperature: bool = True   # False: a reasoning model that takes only its default temperature


class ImageModel(_Strict):
    landscape: str = Field(default="1024x1024", pattern=r"^\d+x\d+$")
    square: str = Field(default="1024x1024", pattern=r"^\d+x\d+$")
    response_format: str | None = None

    def size(self, width: int, height: int) -> str:
        """A size the model accepts, close to the hero's aspect ratio."""
        return self.landscape if width > height * 1.2 else self.square


def _match(table: dict, model: str):
    if model in table:
        return table[model]
    return next((v for pat, v in sorted(table.items(), key=lambda kv: -len(kv[0]))
                 if fnmatch.fnmatchcase(model, pat)), None)


class ModelsConfig(_Strict):
    """config/models.yaml: what differs between vendor models, by fnmatch pattern of the model name."""

    chat: dict[str, ChatModel] = Field(default_factory=dict)
    images: dict[str, ImageModel] = Field(default_factory=dict)

    def chat_model(self, model: str) -> ChatModel:
        return _match(self.chat, model) or ChatModel()

    def image_model(self, model: str) -> ImageModel:
        return _match(self.images, model) or ImageModel()


def load_models(path: str | os.PathLike | None = None) -> ModelsConfig:
    """The model capabilities: `path`, else $TAPSITE_MODELS_CONFIG, else config/models.yaml."""
    p = Path(path or os.environ.get("TAPSITE_MODELS_CONFIG") or CONFIG_DIR / "models.yaml")
    return _parse_models(p, p.stat().st_mtime_ns if p.exists() else 0)


@lru_cache(maxsize=8)
def _parse_models(path: Path, _mtime: int) -> ModelsConfig:
    try:
        return ModelsConfig(**_read_yaml(path))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "(file)"
        raise ConfigError(f"{path}: field '{where}': {first['msg']}") from exc
