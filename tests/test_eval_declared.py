"""Scorers declared in suite files: checks, Python functions, similarity (rapidfuzz, TF-IDF)."""

import pytest

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.evals.datasets import Case
from tapsite_pipeline.evals.outcome import Outcome
from tapsite_pipeline.evals.scorer_spec import ScorerSpec
from tapsite_pipeline.evals.scorers import get_scorers, score_case
from tapsite_pipeline.evals.suites import load_suite

CASE = Case("c1", "Toko Ani jual kue nastar dan kastengel, WA aja", {"brand_name": "Toko Ani", "products": ["nastar"]})
OUT = Outcome(output={"brand_name": "Toko Ani", "products": ["nastar", "kastengel"], "features_requested":
                      ["whatsapp"], "seo": {"title": "Toko Ani — kue kering"}, "count": 7})


def scores(*specs, case=CASE, out=OUT):
    return score_case(get_scorers([ScorerSpec.model_validate(s) for s in specs], [case]), case, out)


def test_each_check_scores_the_output():
    s = scores({"name": "eq", "type": "equals", "field": "brand_name", "gold": "brand_name"},
               {"name": "eq_no", "type": "equals", "field": "brand_name", "value": "Toko Budi"},
               {"name": "has_wa", "type": "contains", "field": "features_requested", "value": "whatsapp"},
               {"name": "no_lorem", "type": "not_contains", "value": "lorem"},
               {"name": "no_kue", "type": "not_contains", "value": "kue"},
               {"name": "title_dash", "type": "regex", "field": "seo.title", "pattern": "—"},
               {"name": "first", "type": "json_path", "path": "$.products[0]", "value": "nastar"},
               {"name": "any_seo", "type": "json_path", "path": "$.seo.title"},
               {"name": "shape", "type": "json_schema", "schema": {"type": "object", "required": ["brand_name"],
                                                                    "properties": {"count": {"type": "integer"}}}},
               {"name": "short", "type": "length", "field": "brand_name", "min": 2, "max": 5},
               {"name": "count_ok", "type": "range", "field": "count", "min": 1, "max": 10},
               {"name": "custom", "type": "python", "function": "eval_custom:two_or_more_products"})
    assert s == {"eq": 1, "eq_no": 0, "has_wa": 1, "no_lorem": 1, "no_kue": 0, "title_dash": 1, "first": 1,
                 "any_seo": 1, "shape": 1, "short": 0, "count_ok": 1, "custom": 1}


def test_a_failed_output_scores_zero_and_a_missing_label_is_not_applicable():
    s = scores({"name": "eq", "type": "equals", "field": "brand_name", "gold": "brand_name"},
               {"name": "tone", "type": "equals", "field": "tone", "gold": "tone"}, out=Outcome(output=None))
    assert s == {"eq": 0.0}


def test_similarity_lexical_and_tfidf():
    near = Outcome(output={"brand_name": "toko  ANI bandung"})
    far = Outcome(output={"brand_name": "Bengkel Jaya Motor"})
    for method in ("fuzz", "tfidf"):
        spec = {"name": "sim", "type": "similarity", "field": "brand_name", "gold": "brand_name", "method": method}
        a, b = scores(spec, out=near)["sim"], scores(spec, out=far)["sim"]
        assert 0 <= b < a <= 1, (method, a, b)
    assert scores({"name": "s", "type": "similarity", "field": "brand_name", "gold": "brand_name"})["s"] == 1.0


def test_declared_scorers_in_a_suite_file_and_their_errors(tmp_path):
    ok = tmp_path / "ok.yaml"
    ok.write_text("name: ok\nstage: intent\ndataset: x.jsonl\nscorers:\n  - business_type_acc\n"
                  "  - {name: has_wa, type: contains, field: features_requested, value: whatsapp}\n"
                  "gates:\n  has_wa: {max_regression: 0.0}\n")
    suite = load_suite(str(ok))
    assert suite.scorer_names == ["business_type_acc", "has_wa"] and suite.scorers[1].type == "contains"
    for body, needle in (("  - {name: r, type: regex}\n", "needs pattern"),
                         ("  - {name: r, type: regex, pattern: '('}\n", "pattern '('"),
                         ("  - {name: r, type: vibes}\n", "'r': type"),
                         ("  - {name: r, type: contains, value: a}\n  - {name: r, type: contains, value: b}\n",
                          "appear twice")):
        bad = tmp_path / "bad.yaml"
        bad.write_text(f"name: bad\nstage: intent\ndataset: x.jsonl\nscorers:\n{body}")
        with pytest.raises(ConfigError, match="field 'scorers'") as exc:
            load_suite(str(bad))
        assert needle in str(exc.value), str(exc.value)
    with pytest.raises(ConfigError, match="cannot load 'nope:fn'"):
        get_scorers([ScorerSpec(name="p", type="python", function="nope:fn")])
