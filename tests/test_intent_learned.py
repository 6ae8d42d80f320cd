"""The parser's learned components: the JSON scorer reproduces scikit-learn, and the models read briefs
nobody labelled (phrasing that is not in any dataset)."""

from __future__ import annotations

import json

import pytest

from tapsite_pipeline.evals import intent_training as training
from tapsite_pipeline.providers.offline_rules import learned_features, learned_models, parse_brief
from tapsite_pipeline.resources import data_dir

MODELS = (learned_models.OFFER_MODEL,)   # the business-type model is not shipped (learned_models.py)


def _spec(name: str) -> dict:
    return json.loads((data_dir("models") / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", MODELS)
def test_exported_weights_reproduce_sklearn_probabilities(name):
    spec = _spec(name)
    model = learned_models.LinearModel(spec)
    assert len(spec["reference"]) >= 20
    for ref in spec["reference"]:
        got = model.proba(set(ref["features"]))
        assert got == pytest.approx(ref["proba"], abs=2e-4)
        assert max(range(len(got)), key=got.__getitem__) == max(range(len(got)), key=ref["proba"].__getitem__)


@pytest.mark.parametrize("name", MODELS)
def test_models_record_their_training_data_and_cross_validation(name):
    spec = _spec(name)
    assert spec["data"]["hash"] == training.data_hash(training.dev_rows())   # trained on today's dev rows
    assert spec["data"]["splits"] == "dev only" and spec["cv"]["folds"] >= 3
    assert spec["policy"]


def test_json_scorer_gives_sklearn_decisions_on_dev_candidates():
    """Fit the candidate model afresh on part of dev, export it, and score every candidate both ways."""
    from sklearn.feature_extraction import DictVectorizer

    rows = training.dev_rows()[::6]
    cands, _ = training.collect_candidates(rows, training.parse_records(rows))
    X = training._vectors([c.feats for c in cands])
    y = [int(c.label) for c in cands]
    vec = DictVectorizer()
    clf = training._fit(vec.fit_transform(X), y, 10.0)
    model = learned_models.LinearModel(training._export(vec, clf))
    want = clf.predict_proba(vec.transform(X))[:, 1]
    got = [model.proba(c.feats)[1] for c in cands]
    assert got == pytest.approx(list(want), abs=1e-4)
    assert [g >= 0.5 for g in got] == [w >= 0.5 for w in want]


def test_training_never_reads_a_test_row():
    rows = training.dev_rows()
    test_texts = set()
    for name in ("pages.jsonl", "briefs.jsonl"):
        for line in (data_dir("datasets") / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("split") == "test":
                test_texts.add(r["text"])
    assert rows and not test_texts & {r.text for r in rows}


def test_combination_policy():
    classes = ["food_and_beverage", "retail"]
    policy = {"fill_other": True, "other_threshold": 0.6, "override_threshold": 0.9}
    assert learned_models.combine("other", classes, [0.7, 0.3], policy) == "food_and_beverage"
    assert learned_models.combine("other", classes, [0.55, 0.45], policy) == "other"
    assert learned_models.combine("retail", classes, [0.85, 0.15], policy) == "retail"
    assert learned_models.combine("retail", classes, [0.95, 0.05], policy) == "food_and_beverage"


def test_models_can_be_switched_off_and_on(monkeypatch):
    monkeypatch.setenv(learned_models.MODELS_ENV, "off")
    assert learned_models.model(learned_models.OFFER_MODEL) is None and learned_models.model(learned_models.TYPE_MODEL) is None
    monkeypatch.setenv(learned_models.MODELS_ENV, "offerings")
    assert learned_models.model(learned_models.OFFER_MODEL) is not None and learned_models.model(learned_models.TYPE_MODEL) is None
    monkeypatch.delenv(learned_models.MODELS_ENV)
    assert (learned_models.model(learned_models.OFFER_MODEL) is not None) == _spec(learned_models.OFFER_MODEL)["enabled"]
    monkeypatch.setenv(learned_models.MODELS_ENV, "type")   # asked for, but not shipped: the rules decide
    assert learned_models.model(learned_models.TYPE_MODEL) is None


# Briefs written for this test, in phrasing none of the datasets uses.
UNSEEN = [
    "assalamualaikum, saya buka usaha kecil2an di Wonosobo namanya Carica Mbak Tutik, yang saya jual manisan "
    "carica, keripik jamur sama purwaceng sachet, biasanya dibeli pendaki sama rombongan study tour",
    "We're a two-person outfit in Malang called Batu Bloom, growing potted succulents, air plants and terrariums "
    "for offices and newlyweds.",
]


@pytest.fixture
def offer_model_on(monkeypatch):
    """The offering model even where its file ships it switched off (what is measured is what is tested)."""
    monkeypatch.setenv(learned_models.MODELS_ENV, "offerings")


def _offer_proba(text: str, item: str) -> float:
    model = learned_models.model(learned_models.OFFER_MODEL)
    assert model is not None
    with learned_models.recording() as rec:
        parse_brief(text)
    d = next(r for r in rec if r["kind"] == "offer")
    src = next((s for s, it in d["trace"] if it == item), "listed")
    feats = learned_features.candidate_features(item, src, 0, item in d["items"], d["lower"], d["text"], d["lang"])
    return model.proba(feats)[1]


def test_unseen_briefs_are_not_dataset_rows():
    texts = set()
    for path in data_dir("datasets").glob("*.jsonl"):
        texts |= {json.loads(line).get("text") for line in path.read_text(encoding="utf-8").splitlines()}
    assert not any(u in texts for u in UNSEEN)


@pytest.mark.parametrize(("text", "goods", "not_goods"), [
    (UNSEEN[0], ["manisan carica", "keripik jamur"], ["pendaki", "rombongan study tour"]),
    (UNSEEN[1], ["potted succulents", "terrariums"], ["offices", "newlyweds"]),
])
def test_candidate_model_tells_goods_from_audiences_in_unseen_briefs(text, goods, not_goods, offer_model_on):
    for g in goods:
        for n in not_goods:
            assert _offer_proba(text, g) > _offer_proba(text, n), (g, n)


def test_parser_with_the_offering_model_reads_unseen_briefs(offer_model_on):
    first = parse_brief(UNSEEN[0])
    assert {"manisan carica", "keripik jamur"} <= set(first.products)
    assert not {"pendaki", "wonosobo"} & set(first.products)
    second = parse_brief(UNSEEN[1])
    assert second.business_type == "retail" and "terrariums" in second.products
    assert "offices" not in second.products and "newlyweds" not in second.products
