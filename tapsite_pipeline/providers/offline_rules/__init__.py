"""Offline, deterministic rules engine: brief → Intent (no network, no model)."""

from .intent import parse_brief

__all__ = ["parse_brief"]
