"""The product spec's weighted template match: category 40, tone 20, colour 20, features 5 each.

The design stage uses it directly or through the learned matcher (design/matcher.py), which adds a model's say.
"""

from __future__ import annotations

import hashlib

from tapsite_pipeline.design.catalog import Catalog, Template
from tapsite_pipeline.design.colors import COMPATIBLE, INDUSTRY_COLORS, LUXURY_COLORS, family, resolve
from tapsite_pipeline.models import ColorSource, Intent

WEIGHTS = {"category": 40.0, "tone": 20.0, "color": 20.0, "feature": 5.0}


def stable_int(*parts: str) -> int:
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)


def wanted_colors(intent: Intent) -> tuple[list[str], ColorSource]:
    """The colour names the page should carry and where they came from."""
    named = [c for c in intent.color_preference if resolve(c)]
    if named:
        return named, "brief"
    if intent.tone == "elegant":
        return LUXURY_COLORS, "industry"
    return INDUSTRY_COLORS[intent.business_type], "industry"


def score_template(t: Template, intent: Intent, colors: list[str]) -> dict[str, float]:
    families = [family(c) for c in colors]
    if families and families[0] == t.color_family:
        color = WEIGHTS["color"]
    elif families and t.color_family in COMPATIBLE.get(families[0], set()):
        color = WEIGHTS["color"] / 2
    else:
        color = 0.0
    features = [f for f in intent.features_requested if f in t.features]
    return {
        "category": WEIGHTS["category"] if intent.business_type in t.categories else 0.0,
        "tone": WEIGHTS["tone"] if intent.tone in t.tones else 0.0,
        "color": color,
        "features": WEIGHTS["feature"] * len(features),
    }


def rank_templates(intent: Intent, catalog: Catalog) -> list[tuple[Template, dict[str, float]]]:
    """All templates, best first; ties broken by a stable hash so equal fits vary by brand."""
    colors, _ = wanted_colors(intent)
    scored = [(t, score_template(t, intent, colors)) for t in catalog.templates]
    return sorted(scored, key=lambda ts: (-sum(ts[1].values()), stable_int(intent.brand_name, ts[0].id)))
