"""The leave-one-batch-out study of the business-type model (scripts/type_folds.py): each policy is scored as
learned_models.combine decides, and the answers it changed against the rules are counted."""

from __future__ import annotations

from script_modules import load_script

FOLDS = load_script("scripts/type_folds.py")

# a model that says "education" with near certainty whenever the brief holds the word "kursus", else "retail"
SPEC = {"classes": ["education", "retail"], "intercept": [0.0, 1.0], "coef": {"w:kursus": [40.0, -40.0]},
        "policy": {"fill_other": True, "other_threshold": 0.5, "override_threshold": 2.0}}


def _record(text: str, rule: str) -> dict:
    return {"lower": text.lower(), "rule": rule, "seen": []}


def test_policies_cover_the_rules_the_learned_one_and_fixed_thresholds():
    pols = FOLDS.policies(SPEC["policy"])
    assert pols["learned"] == SPEC["policy"]
    assert {"rules", "fill_other", "override>=0.9"} <= set(pols)
    assert pols["rules"]["override_threshold"] > 1 and not pols["rules"]["fill_other"]


def test_each_policy_counts_what_it_fixed_and_what_it_broke():
    records = [_record("Kursus jahit Bu Wati di Klaten", "other"),        # rules said other: filled, right
               _record("Kursus menyetir Lancar Jaya", "retail"),          # rules wrong: only an override fixes it
               _record("Toko sepatu Langkah di Kudus", "retail")]         # rules right: nothing to change
    gold = ["education", "education", "retail"]
    res = FOLDS.score_batch(SPEC, records, gold)
    assert res["rules"] == {"n": 3, "right": 1, "fixed": 0, "broke": 0}
    assert res["learned"]["right"] == 2 and res["learned"]["fixed"] == 1
    assert res["override>=0.9"] == {"n": 3, "right": 3, "fixed": 2, "broke": 0}   # "other" is overridden too
    assert res["model"]["right"] == 3
    # a model sure of the wrong answer breaks what the rules had right
    wrong = FOLDS.score_batch(SPEC, [_record("Kursus sepatu: toko sepatu anak", "retail")], ["retail"])
    assert wrong["override>=0.9"]["broke"] == 1 and wrong["rules"]["broke"] == 0


def test_unknown_batch_is_refused_without_a_traceback(capsys):
    assert FOLDS.main(["--batch", "nonesuch"]) == 2
    assert "nonesuch" in capsys.readouterr().err
