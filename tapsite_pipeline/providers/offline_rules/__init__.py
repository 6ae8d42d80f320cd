"""Offline, deterministic rules engine: brief → Intent (no network, no model)."""

from .intent import brand_and_place, parse_brief

__all__ = ["brand_and_place", "parse_brief"]
