"""The leave-one-batch-out study of the offering model (scripts/offering_folds.py): a fold never trains on the
batch it scores, and the model folder it writes is the one the parser reads; the candidates' feature groups."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tapsite_pipeline.evals import intent_training as training
from tapsite_pipeline.providers.offline_rules import learned

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "offering_folds.py"


def _script():
    spec = importlib.util.spec_from_file_location("offering_folds", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


FOLDS = _script()


def _row(i: int, batch: str, source: str = "pages") -> training.DevRow:
    return training.DevRow(source, f"r{i}", f"Warung Bu Sri {i} jual pecel lele dan tempe penyet", "food_and_beverage",
                           ["pecel lele", "tempe penyet"], batch=batch)


def test_a_fold_trains_on_every_row_but_the_scored_batch(tmp_path):
    rows = [_row(0, "first"), _row(1, "fresh-2"), _row(2, "fresh-3"), _row(3, "fresh-2"),
            _row(4, "briefs", "briefs"), _row(5, "briefs_dev2", "briefs_dev2")]
    records = [{"n": k} for k in range(len(rows))]   # stand-ins: each row's record must travel with it
    seen: dict[str, list] = {}

    def fake_train(sub_rows, sub_records, recipe):
        seen["rows"], seen["records"] = sub_rows, sub_records
        return {"classes": ["0", "1"], "intercept": [0.0], "coef": {}, "policy": {"keep_threshold": 0.5}}

    spec = FOLDS.train_fold(rows, records, "fresh-2", training.RECIPE, tmp_path / "m", train=fake_train)
    assert [r.id for r in seen["rows"]] == ["r0", "r2", "r4", "r5"]
    assert [d["n"] for d in seen["records"]] == [0, 2, 4, 5]
    assert spec["enabled"] and spec["data"]["rows"] == 4
    written = json.loads((tmp_path / "m" / learned.OFFER_MODEL).read_text(encoding="utf-8"))
    assert written["policy"] == {"keep_threshold": 0.5}


def test_every_dev_batch_is_scored_and_left_out_of_its_own_training():
    rows = training.dev_rows(held_back=frozenset())
    batches = {r.batch for r in rows if r.source == "pages"}
    assert batches == set(FOLDS.BATCHES)
    for b in FOLDS.BATCHES:
        train = FOLDS.fold_rows(rows, b)
        assert not any(r.batch == b for r in train)
        assert {r.batch for r in train} >= (batches - {b}) | {"briefs", "briefs_dev2"}
        scored = FOLDS.scored_rows(b)
        assert scored and all(r["split"] == "dev" for r in scored)
        assert {r["text"] for r in scored} & {r.text for r in rows if r.batch == b}
        assert not {r["text"] for r in scored} & {r.text for r in train}


def test_shipped_training_keeps_the_held_back_batches_out():
    assert not {r.batch for r in training.dev_rows()} & training.HELD_BACK_BATCHES


def test_the_parser_reads_the_model_in_the_folder_the_environment_names(tmp_path, monkeypatch):
    spec = {"enabled": True, "classes": ["0", "1"], "intercept": [-9.0], "coef": {},
            "policy": {"keep_threshold": 0.5, "add_threshold": 2.0}}
    (tmp_path / learned.OFFER_MODEL).write_text(json.dumps(spec), encoding="utf-8")
    with FOLDS.models_from("on", tmp_path):
        m = learned.model(learned.OFFER_MODEL)
        assert m is not None and m.intercept == [-9.0]
    with FOLDS.models_from("off"):
        assert learned.model(learned.OFFER_MODEL) is None
    shipped = learned.model(learned.OFFER_MODEL)
    assert shipped is None or shipped.intercept != [-9.0]


def test_unknown_variant_is_refused_without_a_traceback(capsys):
    assert FOLDS.main(["--variant", "nonesuch"]) == 2
    assert "nonesuch" in capsys.readouterr().err


# ---------------------------------------------------------------- feature groups
BRIEF = "Lapak Mang Ujang nyediain Bakso Urat 15rb, mie ayam sama es teh buat anak kos di Jatinangor"


def _feats(item: str, groups=None) -> set[str]:
    lower = BRIEF.lower()
    return learned.candidate_features(item, "listed", 0, True, lower, BRIEF, "id", groups)


def test_without_groups_the_features_are_the_first_models():
    feats = _feats("mie ayam")
    assert {"w:mie", "w:ayam", "h:mie"} <= feats
    assert not any(f.startswith("ctx:") for f in feats)


def test_shape_groups_drop_the_phrase_own_words():
    feats = _feats("mie ayam", ("cues", "shape", "context"))
    assert not any(learned.feature_group(f) == "words" for f in feats)
    assert "n:2" in feats and any(f.startswith("p1:") for f in feats)
    assert not any(f.startswith("p1:") for f in _feats("mie ayam", ("shape",)))


@pytest.mark.parametrize(("item", "want", "not_want"), [
    ("bakso urat", {"ctx:price_after", "ctx:list:first", "ctx:list_len:3", "ctx:title_case"}, {"ctx:list:last"}),
    ("mie ayam", {"ctx:list:mid", "ctx:price_before"}, {"ctx:title_case", "ctx:price_after"}),
    ("es teh", {"ctx:list:last"}, {"ctx:list:first"}),
])
def test_context_features_read_the_list_and_the_prices(item, want, not_want):
    feats = _feats(item, ("context",))
    assert want <= feats, feats
    assert not not_want & feats, feats
    assert all(learned.feature_group(f) == "context" for f in feats)


def test_a_phrase_starting_like_a_clause_is_marked():
    lower = "kami biasa pegang acara kantor dan arisan keluarga"
    assert "ctx:clause_first" in learned.context_features("biasa pegang acara kantor", lower, lower)
    assert "ctx:clause_first" not in learned.context_features("arisan keluarga", lower, lower)


def test_grid_scorer_agrees_with_the_slow_count():
    rows = training.dev_rows()[::9]
    cands, rule_items = training.collect_candidates(rows, training.rules_records(rows))
    score = training.GridScorer(cands, rows, rule_items)
    probs = [((k * 37) % 100) / 100 for k in range(len(cands))]
    for keep, add, prot, fb, beta in ((0.3, 2.0, True, True, 1.0), (0.6, 0.5, False, True, 0.5),
                                      (0.9, 0.2, True, False, 1.0), (0.0, 0.95, False, False, 2.0)):
        slow = training.products_f1(training._decide(cands, probs, keep, add, prot, fb), rows, rule_items, True, beta)
        assert score(probs, keep, add, prot, fb, beta) == pytest.approx(slow, abs=1e-12)
