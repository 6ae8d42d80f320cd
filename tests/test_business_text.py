"""The learned check for writing that describes no business (providers/offline_rules/business_text.py): its
pure-Python scoring equals scikit-learn's, the shipped model is the one its stored figures describe, and on texts
written for this test it refuses other writing that names goods and prices while business briefs pass."""

from __future__ import annotations

import pytest

from tapsite_pipeline.linear_text import probability
from tapsite_pipeline.providers.offline_rules import business_text
from tapsite_pipeline.providers.offline_rules.sense import business_check

pytestmark = pytest.mark.unit


def test_pure_python_scoring_equals_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = ["jual kue nastar dan kastengel", "resep kue nastar: campur tepung dan mentega",
             "we sell coffee beans and drip bags", "dear parents please bring the homework tomorrow",
             "jasa servis ac dan kulkas panggilan", "undangan syukuran rumah baru kami hari minggu"]
    y = [0, 1, 0, 1, 0, 1]
    vec = TfidfVectorizer(analyzer=business_text.features, sublinear_tf=True)
    lr = LogisticRegression(C=10.0).fit(vec.fit_transform(texts), y)
    names = vec.get_feature_names_out()
    idf = dict(zip(names, vec.idf_, strict=True))
    coef = dict(zip(names, lr.coef_[0], strict=True))
    for t in ["resep kue kering dan undangan", "jual kopi dan servis ac", "kata yang belum pernah dilihat"]:
        want = lr.predict_proba(vec.transform([t]))[0, 1]
        assert probability(business_text.features(t), idf, coef, float(lr.intercept_[0])) == pytest.approx(want, abs=1e-9)


def test_the_model_can_be_turned_off(monkeypatch) -> None:
    monkeypatch.setenv(business_text.MODEL_ENV, "off")
    assert business_text.model() is None
    assert business_text.not_business_probability("any text at all") is None
    assert not business_text.reads_as_other_writing("any text at all")


@pytest.fixture(scope="module")
def shipped() -> dict:
    model = business_text.model()
    assert model is not None, "models/business_text.json is shipped"
    return model


def test_the_shipped_model_is_the_one_its_figures_describe(shipped) -> None:
    """A change to the features, the rules or the data without retraining (scripts/train_business_text.py) shows
    here; and the figures themselves hold: no business brief of any set refused, most other writing refused."""
    from tapsite_pipeline.evals.business_text_training import evaluate, labelled_rows

    report = evaluate(labelled_rows())
    assert report == shipped["heldout"]
    for source in ("pages.jsonl", "briefs.jsonl", "briefs_dev2.jsonl"):
        assert report["false_refusals"][source]["refused"] == 0, source
    nb = report["refused_not_business.jsonl_test"]
    assert nb["texts"] >= 150 and nb["refused"] / nb["texts"] >= 0.6


@pytest.mark.parametrize("text", [
    "Selamat pagi bapak ibu, mohon doanya untuk kesembuhan ayah saya yang dirawat di RS Kariadi. Terima kasih",
    "Reminder grup arisan: kumpul hari Sabtu di rumah Bu Tini jam 4 sore, jangan lupa bawa setoran ya ibu-ibu",
    "Today I finally climbed Mount Rinjani with my cousins, the sunrise from the crater rim was unreal",
])
def test_other_writing_is_refused_by_the_model(text) -> None:
    assert "writing of another kind" in (business_check(text) or "")


@pytest.mark.parametrize("text", [
    "Dengan hormat, kami CV Sinar Teknik, kontraktor listrik di Balikpapan: instalasi panel, genset dan penangkal "
    "petir untuk gedung dan pabrik. Hormat kami",
    "Warung Soto Bu Darmi, Klaten. Soto ayam 12rb, es teh 4rb. Lagi cari karyawan cuci piring juga ya",
    "Testimoni pelanggan: 'jahitannya rapi banget!' — Jahit Kebaya Mbak Ratna, Purworejo, terima jahit kebaya wisuda "
    "dan seragam",
    "Pagi semua! Kue lapis legit buatan mama ready lagi minggu ini, loyang 20x20 harganya 275rb, pesan H-2 ya",
])
def test_business_briefs_in_letter_chat_or_testimonial_form_pass(text) -> None:
    assert business_check(text) is None


def test_an_offer_with_its_terms_is_never_put_to_the_model(shipped) -> None:
    """A family-style post that offers goods with a price and how to order is a business, whatever the model says;
    the same post without the offer's terms is asked."""
    post = "Pagi semua! Kue lapis legit buatan mama ready lagi minggu ini, loyang 20x20 harganya 275rb, pesan H-2 ya"
    assert business_text.not_business_probability(post) >= shipped["threshold"]   # the model alone would refuse it
    assert business_check(post) is None
    assert business_check("Pagi semua! Kue lapis legit buatan mama enak banget minggu ini, makasih ya") is not None
