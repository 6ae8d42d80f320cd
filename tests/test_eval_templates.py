"""The learned template matcher: plain-JSON weights, ranking without sklearn, and the design stage's hook."""

import json

from tapsite_pipeline.design.catalog import load_catalog
from tapsite_pipeline.design.matcher import LinearRanker, default_ranker, get_ranker, intent_features
from tapsite_pipeline.models import Intent
from tapsite_pipeline.stages.design import decide_design

INTENT = Intent(business_type="food_and_beverage", industry="coffee shop", brand_name="Kopi Senja",
                products=["kopi susu", "manual brew"], language="id", tone="calm")


def test_features_and_linear_ranking_put_the_favoured_class_first():
    f = intent_features(INTENT)
    assert {"type=food_and_beverage", "tone=calm", "word=kopi", "word=coffee", "color=none"} <= set(f)
    model = {"classes": ["kopi-senja", "warung-hangat"], "vocab": {"word=kopi": 0, "type=food_and_beverage": 1},
             "coef": [[3.0, 0.0], [0.0, 1.0]], "intercept": [0.0, 0.0]}
    ranked = LinearRanker(model)(INTENT, load_catalog())
    assert [t.id for t, _ in ranked[:2]] == ["kopi-senja", "warung-hangat"]
    assert len(ranked) == len(load_catalog().templates)  # unseen templates follow in the spec's order
    d = decide_design(INTENT, load_catalog(), ranker=LinearRanker(model))
    assert d.template_id == "kopi-senja" and d.match.breakdown["model"] > 50


def test_recorded_choice_drives_the_default_ranker(tmp_path, monkeypatch):
    from tapsite_pipeline.design import matcher as template_matcher
    path = tmp_path / "m.json"
    model = {"classes": ["a", "b"], "vocab": {}, "coef": [[0.0], [0.0]], "intercept": [0.0, 0.0]}
    path.write_text(json.dumps({"default": "weighted", "model": model}))
    monkeypatch.setenv("TAPSITE_TEMPLATE_MODEL", str(path))
    template_matcher._read.cache_clear()
    assert default_ranker() is None and get_ranker().__name__ == "rank_templates"
    path.write_text(json.dumps({"default": "learned", "model": model}))
    template_matcher._read.cache_clear()
    assert isinstance(default_ranker(), LinearRanker)
    template_matcher._read.cache_clear()
