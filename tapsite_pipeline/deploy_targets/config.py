"""config/deploy.yaml plus the environment: which target stage 6 publishes to, and how."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.resources import data_dir

ENV_CONFIG = "TAPSITE_DEPLOY_CONFIG"   # another deploy.yaml (a production profile, tests)
ENV_TARGET = "TAPSITE_DEPLOY_TARGET"   # overrides `deploy.target`: local, or s3://bucket[/prefix]


class DeployConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    target: str = "local"
    upload_workers: int = Field(default=8, ge=1, le=64)
    conditional_switch: bool = True

    @field_validator("target")
    @classmethod
    def _target(cls, v: str) -> str:
        v = v.strip()
        if v != "local" and not v.startswith("s3://"):
            raise ValueError(f"deploy target {v!r} is neither `local` nor `s3://bucket[/prefix]`")
        return v


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> DeployConfig:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(raw, dict) or not isinstance(raw.get("deploy", {}), dict):
            raise ValueError("expected a `deploy:` block")
        return DeployConfig.model_validate(raw.get("deploy") or {})
    except (OSError, yaml.YAMLError, ValidationError, ValueError) as exc:
        first = str(exc).strip().splitlines()
        raise ConfigError(f"{path}: {' '.join(first[:3])}") from None


@lru_cache(maxsize=1)
def _shipped() -> str:
    return str(data_dir("config") / "deploy.yaml")   # resolved once: data_dir costs more than a deploy's stat


def config_identity() -> tuple[str, float | None, str]:
    """What the configuration depends on, cheaply (no parsing): the file, its mtime, the environment's target.
    Stage 6 asks once per site; a changed file or variable is picked up by the next site."""
    named = os.environ.get(ENV_CONFIG)
    path = named or _shipped()
    try:
        mtime: float | None = os.stat(path).st_mtime
    except OSError:
        if named:
            raise ConfigError(f"{path}: no such deploy config (unset {ENV_CONFIG} or point it at a deploy.yaml)") from None
        mtime = None
    return path, mtime, os.environ.get(ENV_TARGET, "").strip()


def load_deploy_config(identity: tuple[str, float | None, str] | None = None) -> DeployConfig:
    """The file's `deploy:` block (defaults when the file is absent), with TAPSITE_DEPLOY_TARGET on top."""
    path, mtime, env = identity or config_identity()
    cfg = _load(path, mtime) if mtime is not None else DeployConfig()
    if env:
        try:
            cfg = DeployConfig.model_validate({**cfg.model_dump(), "target": env})
        except ValidationError as exc:
            raise ConfigError(f"{ENV_TARGET}: {exc.errors()[0]['msg'].removeprefix('Value error, ')}") from None
    return cfg
