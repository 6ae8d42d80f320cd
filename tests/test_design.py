import itertools

import pytest

from tapsite_pipeline.design.catalog import Palette, load_catalog
from tapsite_pipeline.design.colors import contrast, family, resolve
from tapsite_pipeline.design.palette import build_scheme, contrast_report, failing_pairs
from tapsite_pipeline.design.ranking import WEIGHTS, rank_templates, score_template
from tapsite_pipeline.models import BUSINESS_TYPES, Intent
from tapsite_pipeline.stages.design import decide_design

NAMES = ["yellow", "gold", "pink", "cream", "white", "black", "light blue", "mint", "navy", "rose gold",
         "lime", "gray", "silver", "peach", "orange", "turquoise", "dark brown", "maroon", "lavender"]


def intent(**kw) -> Intent:
    base = dict(business_type="food_and_beverage", industry="bakery", brand_name="Toko Ani", language="id",
                products=["nastar"], tone="friendly")
    return Intent(**{**base, **kw})


def test_colour_names_resolve_including_compounds():
    assert resolve("navy") and resolve("rose gold") and resolve("dark brown") and resolve("light blue")
    assert resolve("dark turquoise") and resolve("pastel lime") and resolve("no such colour") is None
    assert family("navy") == "cool" and family("terracotta") == "warm" and family("gold") == "neutral"


@pytest.mark.parametrize("pair", list(itertools.permutations(NAMES, 2)))
def test_every_text_pair_passes_aa_for_any_two_brand_colours(pair):
    for base in load_catalog().templates[:4]:
        scheme, report = build_scheme(base.palettes[0], [resolve(c) for c in pair])
        assert failing_pairs(scheme) == [], (pair, base.id, report)


def test_light_brand_colour_keeps_its_shade_as_a_fill():
    base = Palette(primary="#b4532a", secondary="#f2c14e", accent="#2a7f62", text="#2b2118",
                   background="#fffaf3")
    scheme, _ = build_scheme(base, [resolve("yellow")])
    assert scheme.secondary == resolve("yellow")
    assert contrast(scheme.primary, scheme.background) >= 4.5
    cream, _ = build_scheme(base, [resolve("cream"), resolve("maroon")])
    assert cream.background == resolve("cream")


def test_scores_follow_the_product_spec_weights():
    cat = load_catalog()
    i = intent(features_requested=["menu", "whatsapp", "delivery"], color_preference=["orange"])
    for t in cat.templates:
        b = score_template(t, i, ["orange"])
        assert b["category"] == (40 if "food_and_beverage" in t.categories else 0)
        assert b["tone"] == (20 if "friendly" in t.tones else 0)
        assert b["color"] in (0, 10, 20)
        assert b["features"] == 5 * len({"menu", "whatsapp", "delivery"} & set(t.features))
    assert WEIGHTS == {"category": 40.0, "tone": 20.0, "color": 20.0, "feature": 5.0}


@pytest.mark.parametrize("btype", BUSINESS_TYPES)
def test_best_template_fits_the_business_type(btype):
    d = decide_design(intent(business_type=btype), load_catalog())
    assert btype in load_catalog().get(d.template_id).categories
    assert d.match.breakdown["category"] == 40
    assert d.match.total == sum(d.match.breakdown.values())
    assert d.layout[0] == "hero" and "contact" in d.layout
    assert all(r >= 4.5 for r in d.contrast.values())
    assert d.color_source == "industry"
    for stack in (d.typography.heading, d.typography.body):
        assert "http" not in stack and "url(" not in stack


def test_industry_suggestion_is_warm_for_food_and_cool_for_tech():
    food = decide_design(intent(), load_catalog())
    tech = decide_design(intent(business_type="technology", industry="software", tone="professional"),
                         load_catalog())
    def hue_warm(hex_):
        r, g, b = (int(hex_[i:i + 2], 16) for i in (1, 3, 5))
        return r > b
    assert hue_warm(food.color_scheme.primary) and not hue_warm(tech.color_scheme.primary)


def test_brief_colour_is_used_and_recorded():
    d = decide_design(intent(color_preference=["navy"]), load_catalog())
    assert d.color_source == "brief" and d.color_scheme.primary == resolve("navy")


def test_ranking_is_deterministic_and_varies_between_brands():
    cat = load_catalog()
    a = [t.id for t, _ in rank_templates(intent(), cat)]
    assert a == [t.id for t, _ in rank_templates(intent(), cat)]
    tied = [t.id for t, b in rank_templates(intent(color_preference=["pink"]), cat)][:2]
    chosen = {decide_design(intent(brand_name=f"Toko {n}", color_preference=["pink"]), cat).template_id
              for n in "ABCDEFGHIJ"}
    assert chosen <= set(tied)
    assert len(chosen) >= 2


def test_contrast_report_covers_all_declared_pairs():
    d = decide_design(intent(color_preference=["yellow", "white"]), load_catalog())
    assert set(contrast_report(d.color_scheme)) == set(d.contrast)


def test_every_colour_the_parser_can_name_has_a_shade():
    """A colour the owner asked for must reach the page, not silently fall back to the industry default."""
    from tapsite_pipeline.providers.offline_rules.colors import FORMS
    missing = sorted(v for v in set(FORMS.values()) if not resolve(v))
    assert missing == []
    assert all(family(v) in {"warm", "cool", "bright", "pastel", "neutral", "earthy"} for v in FORMS.values())
