"""The leave-one-batch-out study of the offering model (scripts/offering_folds.py): a fold never trains on the
batch it scores, and the model folder it writes is the one the parser reads; the candidates' feature groups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from script_modules import load_script
from tapsite_pipeline.evals import intent_training as training
from tapsite_pipeline.providers.offline_rules import learned_features, learned_models

FOLDS = load_script("scripts/offering_folds.py")


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
    written = json.loads((tmp_path / "m" / learned_models.OFFER_MODEL).read_text(encoding="utf-8"))
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


def test_shipped_training_holds_back_only_the_newest_batch():
    newest = FOLDS.BATCHES[-1]
    assert training.held_back_batches() == {newest} | training.NOT_YET_TRAINED_ON
    trained = {r.batch for r in training.dev_rows()}
    assert newest not in trained
    # every earlier writer's dev rows are trained on (but those the shipped model was not retrained with yet)
    assert set(FOLDS.BATCHES[:-1]) - training.NOT_YET_TRAINED_ON <= trained


def _gold_set(folder: Path, batches: list[tuple[str | None, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for k, (batch, split) in enumerate(batches):
        row = {"id": f"pg-{k}", "split": split, "text": f"Toko Jahit Bu Marni {k} terima permak celana dan jahit kebaya",
               "business_type": "services", "offerings": ["permak celana", "jahit kebaya"]}
        if batch:
            row["batch"] = batch
        lines.append(json.dumps(row))
    (folder / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    brief = {"id": "id-1", "split": "dev", "text": "Bengkel Las Sinar jual pagar besi dan kanopi",
             "gold": {"business_type": "services", "products": ["pagar besi", "kanopi"]}}
    for name in ("briefs.jsonl", "briefs_dev2.jsonl"):
        (folder / name).write_text(json.dumps(brief) + "\n", encoding="utf-8")
    return folder


def test_when_a_batch_lands_it_is_held_back_and_the_one_before_it_is_trained_on(tmp_path):
    pages = [(None, "dev"), ("fresh-2", "dev"), ("fresh-99", "dev"), ("fresh-99", "test")]
    folder = _gold_set(tmp_path / "a", pages)
    assert training.page_batches(folder) == ("first", "fresh-2", "fresh-99")
    assert training.held_back_batches(folder) - training.NOT_YET_TRAINED_ON == {"fresh-99"}
    assert {r.batch for r in training.dev_rows(folder)} == {"first", "fresh-2", "briefs", "briefs_dev2"}
    # the next writer's batch lands (numbers order the batches, not their spelling): the one before it is released
    folder = _gold_set(tmp_path / "b", [*pages, ("fresh-100", "dev"), ("fresh-100", "test")])
    assert training.page_batches(folder)[-2:] == ("fresh-99", "fresh-100")
    assert training.held_back_batches(folder) - training.NOT_YET_TRAINED_ON == {"fresh-100"}
    rows = training.dev_rows(folder)
    assert "fresh-99" in {r.batch for r in rows} and "fresh-100" not in {r.batch for r in rows}
    assert all(r.id != "pg-3" for r in rows)   # a test row is never a training row


def test_a_batch_with_only_test_rows_is_not_a_batch_of_the_study(tmp_path):
    folder = _gold_set(tmp_path, [(None, "dev"), ("fresh-2", "dev"), ("fresh-3", "test")])
    assert training.held_back_batches(folder) - training.NOT_YET_TRAINED_ON == {"fresh-2"}


def test_the_old_data_variant_never_trains_on_the_formerly_held_back_batches():
    rows = training.dev_rows(held_back=frozenset())
    left_out = FOLDS.LEFT_OUT["old_data"]
    for b in FOLDS.BATCHES:
        train = {r.batch for r in FOLDS.fold_rows(rows, b, left_out)}
        assert b not in train and not train & left_out
        assert {"briefs", "briefs_dev2"} <= train


def test_the_parser_reads_the_model_in_the_folder_the_environment_names(tmp_path, monkeypatch):
    spec = {"enabled": True, "classes": ["0", "1"], "intercept": [-9.0], "coef": {},
            "policy": {"keep_threshold": 0.5, "add_threshold": 2.0}}
    (tmp_path / learned_models.OFFER_MODEL).write_text(json.dumps(spec), encoding="utf-8")
    with FOLDS.models_from("on", tmp_path):
        m = learned_models.model(learned_models.OFFER_MODEL)
        assert m is not None and m.intercept == [-9.0]
    with FOLDS.models_from("off"):
        assert learned_models.model(learned_models.OFFER_MODEL) is None
    shipped = learned_models.model(learned_models.OFFER_MODEL)
    assert shipped is None or shipped.intercept != [-9.0]


def test_unknown_variant_is_refused_without_a_traceback(capsys):
    assert FOLDS.main(["--variant", "nonesuch"]) == 2
    assert "nonesuch" in capsys.readouterr().err


# ---------------------------------------------------------------- feature groups
BRIEF = "Lapak Mang Ujang nyediain Bakso Urat 15rb, mie ayam sama es teh buat anak kos di Jatinangor"


def _feats(item: str, groups=None) -> set[str]:
    lower = BRIEF.lower()
    return learned_features.candidate_features(item, "listed", 0, True, lower, BRIEF, "id", groups)


def test_without_groups_the_features_are_the_first_models():
    feats = _feats("mie ayam")
    assert {"w:mie", "w:ayam", "h:mie"} <= feats
    assert not any(f.startswith("ctx:") for f in feats)


def test_shape_groups_drop_the_phrase_own_words():
    feats = _feats("mie ayam", ("cues", "shape", "context"))
    assert not any(learned_features.feature_group(f) == "words" for f in feats)
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
    assert all(learned_features.feature_group(f) == "context" for f in feats)


def test_a_phrase_starting_like_a_clause_is_marked():
    lower = "kami biasa pegang acara kantor dan arisan keluarga"
    assert "ctx:clause_first" in learned_features.context_features("biasa pegang acara kantor", lower, lower)
    assert "ctx:clause_first" not in learned_features.context_features("arisan keluarga", lower, lower)


def test_grid_scorer_agrees_with_the_slow_count():
    rows = training.dev_rows()[::9]
    cands, rule_items = training.collect_candidates(rows, training.rules_records(rows))
    score = training.GridScorer(cands, rows, rule_items)
    probs = [((k * 37) % 100) / 100 for k in range(len(cands))]
    for keep, add, prot, fb, beta in ((0.3, 2.0, True, True, 1.0), (0.6, 0.5, False, True, 0.5),
                                      (0.9, 0.2, True, False, 1.0), (0.0, 0.95, False, False, 2.0)):
        slow = training.products_f1(training._decide(cands, probs, keep, add, prot, fb), rows, rule_items, True, beta)
        assert score(probs, keep, add, prot, fb, beta) == pytest.approx(slow, abs=1e-12)


# ---------------------------------------------------------------- list position
def _lp(item: str, brief: str, in_rules: bool = True) -> set[str]:
    return learned_features.list_features(item, brief.lower(), in_rules)


LIST_BRIEF = "Kedai Mbok Darmi sedia soto betawi, gado-gado, ketoprak dan es cendol buat makan siang karyawan"


@pytest.mark.parametrize(("item", "want", "not_want"), [
    ("soto betawi", {"lp:start:0", "lp:end:3", "lp:end:3+rule:1"}, {"lp:after_conj", "lp:after_comma"}),
    ("gado-gado", {"lp:start:1", "lp:end:2", "lp:after_comma", "lp:tail:0"}, {"lp:after_conj"}),
    ("ketoprak", {"lp:start:2", "lp:end:1", "lp:after_comma"}, {"lp:last_tail:0"}),
    # the list's last item: after "dan", running on into "buat makan siang karyawan"
    ("es cendol", {"lp:start:3", "lp:end:0", "lp:end:0+rule:1", "lp:after_conj", "lp:tail:3", "lp:last_tail:3"},
     {"lp:after_comma"}),
])
def test_list_features_count_the_place_from_both_ends(item, want, not_want):
    feats = _lp(item, LIST_BRIEF)
    assert want <= feats, feats
    assert not not_want & feats, feats
    assert all(learned_features.feature_group(f) == "list" for f in feats)


def test_list_features_in_english_with_an_ampersand_and_a_phrase_across_a_separator():
    brief = "Oven Lane bakes focaccia, bagels & rye loaves. Mac & cheese bites on weekends."
    assert {"lp:end:0", "lp:end:0+rule:0", "lp:after_conj", "lp:last_tail:0"} <= _lp("rye loaves", brief, False)
    assert {"lp:end:2", "lp:start:0"} <= _lp("focaccia", brief)
    assert _lp("mac & cheese bites", brief) == {"lp:across"}
    assert _lp("sourdough", brief) == {"lp:none"}
    assert _lp("oven lane", "Oven Lane bakes sourdough every morning") == {"lp:alone"}


def test_the_list_group_is_added_to_the_candidate_features_only_when_named():
    lower = LIST_BRIEF.lower()
    plain = learned_features.candidate_features("es cendol", "listed", 3, True, lower, LIST_BRIEF, "id")
    with_list = learned_features.candidate_features("es cendol", "listed", 3, True, lower, LIST_BRIEF, "id",
                                           ("words", "cues", "shape", "list"))
    assert not any(f.startswith("lp:") for f in plain)
    assert with_list - plain == _lp("es cendol", LIST_BRIEF)


# ---------------------------------------------------------------- grammatical position and kind
def _k(item: str, brief: str, lang: str = "id", in_rules: bool = True) -> set[str]:
    return learned_features.kind_features(item, brief.lower(), lang, in_rules)


KIND_BRIEF = ("Toko Bu Ratih menjual keripik tempe, rengginang dan emping melinjo untuk oleh-oleh di Cilacap. "
              "Paket parsel isi 4 stoples dengan keranjang rotan")


@pytest.mark.parametrize(("item", "want"), [
    ("keripik tempe", {"k:prev:offer", "k:cue:offer", "k:prev:offer+rule:1"}),
    # after a comma or "dan" the list's cue still counts: the items of a sold list are sold
    ("rengginang", {"k:prev:sep", "k:cue:offer", "k:listed:offer"}),
    ("emping melinjo", {"k:prev:sep", "k:cue:offer", "k:listed:offer", "k:len:2"}),
    ("oleh-oleh", {"k:prev:audience", "k:cue:audience"}),
    ("cilacap", {"k:prev:place", "k:cue:place"}),
    ("parsel", {"k:prev:package"}),
    ("4 stoples", {"k:prev:contents", "k:first:count", "k:head:unit"}),
    ("keranjang rotan", {"k:prev:with", "k:cue:with"}),
])
def test_kind_features_class_what_comes_before_the_phrase(item, want):
    feats = _k(item, KIND_BRIEF)
    assert want <= feats, feats
    assert all(learned_features.feature_group(f) == "kind" for f in feats)


def test_kind_features_in_english_and_the_clause_start():
    brief = "Harbor Knits sells wool scarves and beanies for toddlers in Leeds. Gift sets include a card."
    assert {"k:prev:offer", "k:cue:offer"} <= _k("wool scarves", brief, "en")
    assert {"k:prev:sep", "k:listed:offer"} <= _k("beanies", brief, "en")
    assert {"k:prev:audience", "k:head:audience"} <= _k("toddlers", brief, "en")
    assert {"k:prev:place"} <= _k("leeds", brief, "en")
    assert {"k:prev:start", "k:cue:none"} <= _k("gift sets", brief, "en")
    assert {"k:prev:none"} <= _k("mittens", brief, "en")
    assert "k:first:verb" in _k("sells wool scarves", brief, "en")


def test_the_kind_group_is_added_only_when_named_and_the_head_said_twice_is_marked():
    brief = "Rumah Batik Laras jual batik tulis dan kain batik cap"
    lower = brief.lower()
    plain = learned_features.candidate_features("batik tulis", "listed", 0, True, lower, brief, "id")
    with_kind = learned_features.candidate_features("batik tulis", "listed", 0, True, lower, brief, "id",
                                                    ("words", "cues", "shape", "kind"))
    assert not any(f.startswith("k:") for f in plain)
    assert with_kind - plain == _k("batik tulis", brief)
    assert "k:head_again" in _k("batik tulis", brief)
    assert "k:head_again" not in _k("kain", "Toko Sinar jual kain dan benang")


# ---------------------------------------------------------------- the keep threshold's curve
def test_the_threshold_is_the_one_of_most_recall_at_the_precision_asked():
    curve = [(0.3, 0.82, 0.80), (0.5, 0.90, 0.71), (0.6, 0.91, 0.71), (0.7, 0.95, 0.60)]
    assert FOLDS.choose_threshold(curve, 0.9) == (0.5, "P>=0.9")
    t, why = FOLDS.choose_threshold(curve, 0.99)
    assert t == 0.6 and "unreachable" in why   # no threshold reaches it: the best F0.5 (0.862 against 0.851 at 0.7)


def test_the_curve_sweeps_the_keep_threshold_with_the_fold_policy():
    rows = [training.DevRow("pages", "a", "Kedai Pak Anton jual bakso urat, mie ayam dan es teh manis", "food_and_beverage",
                            ["bakso urat", "mie ayam"], batch="x")]
    cands, rule_items = training.collect_candidates(rows, training.rules_records(rows))
    cands = [c for c in cands if "src:split" not in c.feats]
    probs = [0.9 if c.label else 0.4 for c in cands]
    curve = FOLDS.pr_curve(cands, probs, rule_items, rows, {"add_threshold": 2.0})
    assert [t for t, *_ in curve] == list(FOLDS.CURVE_AT)
    at = {t: (p, r) for t, p, r in curve}
    assert at[0.5] == (1.0, 1.0)        # only the gold phrases are kept
    assert at[0.0][0] < 1.0 and at[0.0][1] == 1.0   # everything the rules read is kept: a wrong phrase too
    assert FOLDS.pooled_curve([(cands, probs, rule_items, rows, {"add_threshold": 2.0})]) == curve
