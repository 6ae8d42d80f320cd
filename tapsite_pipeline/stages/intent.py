"""Stage 1: the brief → a structured Intent."""

from __future__ import annotations

from ..models import Brief, Intent
from ..providers.generator import Generator


def parse_intent(brief: Brief, llm: Generator) -> Intent:
    """Ask the intent prompt; what the owner stated explicitly (brand, language) always wins."""
    intent = llm.generate("intent", {"brief": brief.text, "brand_name": brief.brand_name,
                                     "language": brief.language}, stage="intent")
    assert isinstance(intent, Intent)
    overrides: dict[str, object] = {}
    if brief.brand_name and intent.brand_name != brief.brand_name:
        overrides["brand_name"] = brief.brand_name
    if brief.language and intent.language != brief.language:
        overrides["language"] = brief.language
    if brief.whatsapp and "whatsapp" not in intent.features_requested:
        overrides["features_requested"] = [*intent.features_requested, "whatsapp"]
    return intent.model_copy(update=overrides) if overrides else intent
