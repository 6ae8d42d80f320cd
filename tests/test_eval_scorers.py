"""Scorers: field accuracy, set F1, template top-k, copy rules, usage."""

from tapsite_pipeline.evals.datasets import Case
from tapsite_pipeline.evals.normalise import norm
from tapsite_pipeline.evals.outcome import Outcome
from tapsite_pipeline.evals.scorers import SCORERS, score_case, set_f1

GOLD = {"business_type": "retail", "brand_name": "Butik Sari", "products": ["gamis", "hijab syar'i"],
        "color_preference": ["pink"], "language": "id", "features": ["whatsapp"], "template_id": "butik-anggun"}
CASE = Case("c1", "butik hijab Sari, jual gamis & hijab, wa aja, warna pink", GOLD)


def _intent(**kw):
    base = {"business_type": "retail", "brand_name": "BUTIK  sari!", "products": ["gamis", "hijab"],
            "color_preference": ["pink", "white"], "features_requested": ["whatsapp"], "language": "id"}
    return Outcome(output={**base, **kw}, tokens_in=10, tokens_out=5, cost_usd=0.01, latency_ms=3.0)


def test_field_scores_normalise_brand_and_score_sets():
    s = score_case(list(SCORERS.values()), CASE, _intent())
    assert s["business_type_acc"] == 1 and s["brand_name_acc"] == 1 and s["language_acc"] == 1
    assert s["products_f1"] == 1.0  # "hijab" sits inside "hijab syar'i"
    assert round(s["colors_f1"], 3) == 0.667 and s["features_f1"] == 1.0
    assert s["tokens"] == 15 and s["cost_usd"] == 0.01
    assert "template_top1" not in s and "tone_acc" not in s  # no ranking / no gold tone: not applicable


def test_failed_output_scores_zero_not_missing():
    s = score_case(list(SCORERS.values()), CASE, Outcome(output=None, error="boom"))
    assert s["schema_valid"] == 0 and s["business_type_acc"] == 0 and s["products_f1"] == 0


def test_set_f1_and_norm():
    assert set_f1([], []) == 1.0 and set_f1(["a"], []) == 0.0
    assert set_f1(["Nastar", "kastengel"], ["nastar"]) == 2 / 3
    assert norm("  Toko  Ani! ") == "toko ani"


def test_template_top_k():
    out = Outcome(output={"template_id": "toko-rapi"}, extra={"ranking": ["toko-rapi", "kriya-lokal", "butik-anggun"]})
    assert SCORERS["template_top1"](CASE, out) == 0 and SCORERS["template_top3"](CASE, out) == 1


def _content(seo_title="Butik Sari — Gamis dan Hijab", body="Kami jual gamis dan hijab untuk anda, pesan lewat WA.",
             extra_text=""):
    return Outcome(output={"language": "id", "seo": {"title": seo_title, "description":
                   "Butik Sari menjual gamis dan hijab syar'i yang nyaman untuk dipakai setiap hari di rumah."},
                   "sections": [{"type": "hero", "heading": "Butik Sari", "body": body + extra_text, "items": [],
                                 "cta_label": "Pesan sekarang"}]})


def test_copy_rules_pass_on_clean_copy_and_catch_each_problem():
    names = [n for n in SCORERS if n.startswith("copy_")]
    clean = score_case([SCORERS[n] for n in names], CASE, _content())
    assert all(v == 1 for v in clean.values()), clean
    bad = {
        "copy_no_invented_prices": _content(extra_text=" Harga mulai Rp25.000 saja."),
        "copy_no_invented_testimonials": _content(extra_text=" Testimoni: pelanggan puas, rating bintang 5!"),
        "copy_no_placeholder": _content(extra_text=" Hubungi [nama toko] di {{ phone }}."),
        "copy_brand_present": _content(seo_title="Gamis dan Hijab Murah"),
        "copy_language": Outcome(output={**_content().output, "sections": [{"type": "hero", "heading": "Butik Sari",
                                 "body": "We sell the best robes and you can order them with our shop now.",
                                 "items": [], "cta_label": "Order"}], "seo": {"title": "Butik Sari", "description":
                                 "The shop for all of your daily wear, with the best fabrics from our own tailors."}}),
    }
    for rule, out in bad.items():
        assert SCORERS[rule](CASE, out) == 0, rule
        assert SCORERS["copy_rules_pass"](CASE, out) == 0
