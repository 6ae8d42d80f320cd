"""config/forms.yaml plus the environment: endpoint URL, limits by tier, spam timings, webhook retries."""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path

import yaml
from limits import parse_many
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.resources import data_dir

ENV_CONFIG = "TAPSITE_FORMS_CONFIG"   # another forms.yaml (tests, benchmarks, a production profile)
ENV_URL = "TAPSITE_FORMS_URL"         # where deployed pages post, e.g. https://forms.tapsite.id
ENV_SECRET = "TAPSITE_FORM_SECRET"    # signs the fill-time stamp and keys the IP hash


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WebhookSettings(_Strict):
    attempts: int = Field(default=5, ge=1, le=20)
    backoff_s: float = Field(default=0.5, ge=0)
    max_backoff_s: float = Field(default=30, ge=0)
    timeout_s: float = Field(default=10, gt=0)


class FormsConfig(_Strict):
    max_body_bytes: int = Field(default=16384, ge=1024, le=1_048_576)
    max_fields: int = Field(default=40, ge=5, le=500)
    min_fill_seconds: float = Field(default=3, ge=0)
    max_age_hours: float = Field(default=48, gt=0)
    ip_limits: list[str] = Field(default_factory=lambda: ["6/minute", "40/hour"])
    default_tier: str = "free"
    tiers: dict[str, list[str]] = Field(default_factory=lambda: {"free": ["30/hour", "200/day"]})
    webhook: WebhookSettings = WebhookSettings()

    @field_validator("ip_limits")
    @classmethod
    def _limits(cls, v: list[str]) -> list[str]:
        parse_many(";".join(v))  # "6/minute"-style strings; a typo fails at load, not at the first post
        return v

    @field_validator("tiers")
    @classmethod
    def _tiers(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for limits in v.values():
            parse_many(";".join(limits))
        return v

    def model_post_init(self, _ctx) -> None:
        if self.default_tier not in self.tiers:
            raise ValueError(f"default_tier {self.default_tier!r} is not one of the tiers {sorted(self.tiers)}")


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> FormsConfig:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        return FormsConfig.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError, ValueError) as exc:
        first = str(exc).strip().splitlines()
        raise ConfigError(f"{path}: {' '.join(first[:3])}") from None


def load_forms_config(path: str | os.PathLike | None = None) -> FormsConfig:
    p = Path(path or os.environ.get(ENV_CONFIG) or data_dir("config") / "forms.yaml")
    if not p.is_file():
        raise ConfigError(f"{p}: no such forms config (set {ENV_CONFIG} or restore config/forms.yaml)")
    return _load(str(p), p.stat().st_mtime)


def endpoint_base(preview_base: str) -> str:
    """Where pages post: TAPSITE_FORMS_URL, or the local `tapsite serve` URL."""
    return (os.environ.get(ENV_URL) or preview_base).rstrip("/")


def form_secret() -> bytes:
    """The signing key, from the environment only. Without one, a random key for this process: stamps on
    pages served by this process verify, and a restart asks open pages to be reloaded."""
    global _PROCESS_SECRET
    env = os.environ.get(ENV_SECRET)
    if env:
        return env.encode()
    if _PROCESS_SECRET is None:
        _PROCESS_SECRET = secrets.token_bytes(32)
    return _PROCESS_SECRET


_PROCESS_SECRET: bytes | None = None
