"""Stage 2: the Intent → template, palette, typography and layout (the product spec's weighted match)."""

from __future__ import annotations

import hashlib

from tapsite_pipeline.design.catalog import Catalog, Template
from ..design.colors import INDUSTRY_COLORS, LUXURY_COLORS, COMPATIBLE, family, resolve
from ..design.palette import build_scheme
from ..models import DesignDecision, Intent, MatchScore, Typography

WEIGHTS = {"category": 40.0, "tone": 20.0, "color": 20.0, "feature": 5.0}


def stable_int(*parts: str) -> int:
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)


def wanted_colors(intent: Intent) -> tuple[list[str], str]:
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


def _spec_total(breakdown: dict[str, float]) -> float:
    """The product spec's score: category + tone + colour + features (a model's say is reported apart)."""
    return sum(v for k, v in breakdown.items() if k != "model")


def decide_design(intent: Intent, catalog: Catalog, template_id: str | None = None,
                  ranker=None) -> DesignDecision:
    """`ranker(intent, catalog)` replaces the weighted match when given (see template_matcher.default_ranker)."""
    ranked = (ranker or rank_templates)(intent, catalog)
    if template_id:
        chosen = next(((t, b) for t, b in ranked if t.id == template_id), None) or (catalog.get(template_id), {})
    else:
        chosen = ranked[0]
    template, breakdown = chosen
    colors, source = wanted_colors(intent)
    base = template.palettes[stable_int(intent.brand_name, "palette") % len(template.palettes)]
    brand_hex = [h for h in (resolve(c) for c in colors) if h]
    scheme, contrast = build_scheme(base, brand_hex)
    pair = catalog.typography[template.typography]
    return DesignDecision(
        template_id=template.id,
        color_scheme=scheme,
        typography=Typography(name=pair.id, heading=pair.heading, body=pair.body),
        layout=list(template.layout),
        components=dict(template.components),
        match=MatchScore(total=_spec_total(breakdown), breakdown=breakdown,
                         ranking=[(t.id, b.get("model", _spec_total(b))) for t, b in ranked[:5]],
                         matcher="learned" if "model" in breakdown else "weighted"),
        contrast=contrast,
        color_source=source,
    )
