"""Stage 2: the Intent → template, palette, typography and layout (the product spec's weighted match)."""

from __future__ import annotations

from tapsite_pipeline.design.catalog import Catalog
from tapsite_pipeline.design.colors import resolve
from tapsite_pipeline.design.matcher import Ranker
from tapsite_pipeline.design.palette import build_scheme
from tapsite_pipeline.design.ranking import rank_templates, stable_int, wanted_colors

from ..models import DesignDecision, Intent, MatchScore, SectionType, Typography


def _spec_total(breakdown: dict[str, float]) -> float:
    """The product spec's score: category + tone + colour + features (a model's say is reported apart)."""
    return sum(v for k, v in breakdown.items() if k != "model")


# Facts the owner stated that are shown as highlight cards, and the ones only the about section lists.
_HIGHLIGHT_FACTS = frozenset({"offer", "turnaround", "pickup", "delivery", "guarantee", "since", "experience", "level"})
_ABOUT_FACTS = frozenset({"note", "package", "price", "audience", "level", "since", "experience", "delivery", "pickup",
                          "turnaround", "offer", "guarantee", "address", "area", "hours"})


def layout_for(template_layout: list[SectionType], intent: Intent) -> list[SectionType]:
    """The template's sections, plus the ones the owner's stated facts need: a template without an about
    (or highlights) section would otherwise drop "12 years, 300+ events" or "ships worldwide" from the page.
    Added sections go before the ordering steps and the contact section."""
    kinds = {f.kind for f in intent.facts}
    layout = list(template_layout)
    added: tuple[tuple[SectionType, frozenset[str]], ...] = (("highlights", _HIGHLIGHT_FACTS), ("about", _ABOUT_FACTS))
    for section, needs in added:
        if section in layout or not kinds & needs:
            continue
        at = next((i for i, k in enumerate(layout) if k in ("how_to_order", "contact")), len(layout))
        layout.insert(at, section)
    return layout


def decide_design(intent: Intent, catalog: Catalog, template_id: str | None = None,
                  ranker: Ranker | None = None) -> DesignDecision:
    """`ranker(intent, catalog)` replaces the weighted match when given (see design.matcher.default_ranker)."""
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
        layout=layout_for(list(template.layout), intent),
        components=dict(template.components),
        match=MatchScore(total=_spec_total(breakdown), breakdown=breakdown,
                         ranking=[(t.id, b.get("model", _spec_total(b))) for t, b in ranked[:5]],
                         matcher="learned" if "model" in breakdown else "weighted"),
        contrast=contrast,
        color_source=source,
    )
