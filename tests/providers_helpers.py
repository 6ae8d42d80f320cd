"""Shared pieces of the provider tests: a config with a tiny backoff, and fake servers wired through env vars."""

from __future__ import annotations

from pathlib import Path

import yaml

from tapsite_pipeline.providers.config import ProvidersConfig, load_providers_config

GPT = "openai:gpt-4.1-mini"          # $0.0004 in / $0.0016 out per 1K
CLAUDE = "anthropic:claude-3-5-haiku-latest"  # $0.0008 in / $0.004 out per 1K
GPT_COST = 100 / 1000 * 0.0004 + 50 / 1000 * 0.0016     # one fake answer: 100 tokens in, 50 out
CLAUDE_COST = 100 / 1000 * 0.0008 + 50 / 1000 * 0.004


def make_config(fallback: list[str] | None = None, timeout_s: float = 5.0, max_reasks: int = 2,
                max_attempts: int = 3, images: dict | None = None, limits: dict | None = None) -> ProvidersConfig:
    """The shipped config with short timeouts and backoff; `limits` (concurrency, rpm, tpm) for every provider,
    by default high enough that a test's few hundred calls never wait for the per-minute budgets."""
    base = load_providers_config()
    limits = {"rpm": 100_000, "tpm": 100_000_000, **(limits or {})}
    providers = {k: v.model_copy(update={"timeout_s": timeout_s, **limits}) for k, v in base.providers.items()}
    update = {"providers": providers, "fallback": {"default": fallback or ["offline:rules"]},
              "max_reasks": max_reasks,
              "retry": base.retry.model_copy(update={"base_s": 0.01, "max_s": 0.05, "max_attempts": max_attempts})}
    if images:
        update["images"] = base.images.model_copy(update=images)
    return base.model_copy(update=update)


def write_config(path: Path, cfg: ProvidersConfig) -> Path:
    path.write_text(yaml.safe_dump(cfg.model_dump(mode="json"), sort_keys=False))
    return path
