"""Datasets: any JSONL in the format loads; a bad line is named with its line number and field."""

import json
from pathlib import Path

import pytest

from tapsite_pipeline.errors import ConfigError, InputError
from tapsite_pipeline.evals.datasets import load_dataset
from tapsite_pipeline.evals.suites import load_suite
from tapsite_pipeline.evals.template_labels import label

FIXTURE = Path(__file__).parent / "fixtures" / "briefs_small.jsonl"


def test_fixture_loads_with_splits_and_a_stable_hash():
    all_ = load_dataset(FIXTURE)
    test = load_dataset(FIXTURE, "test")
    assert len(all_.cases) == 8 and {c.split for c in test.cases} == {"test"} and len(test.cases) == 5
    assert all_.hash == load_dataset(FIXTURE).hash and len(all_.hash) == 16


@pytest.mark.parametrize("line, where", [
    ('{"id": "x", "text": "hi"', "not valid JSON"),
    ('{"text": "hi", "gold": {}}', "field 'id'"),
    ('{"id": "x", "text": "hi"}', "field 'gold'"),
    ('{"id": "x", "text": "hi", "gold": {"business_type": "bakery"}}', "field 'gold.business_type'"),
    ('{"id": "x", "text": "hi", "gold": {"language": "fr"}}', "field 'gold.language'"),
    ('{"id": "x", "text": "hi", "gold": {"products": "nastar"}}', "field 'gold.products'"),
    ('{"id": "x", "text": "hi", "gold": {"features": ["teleport"]}}', "field 'gold.features'"),
])
def test_errors_name_line_and_field(tmp_path, line, where):
    good = FIXTURE.read_text().splitlines()[0]
    f = tmp_path / "bad.jsonl"
    f.write_text(good + "\n\n" + line + "\n")
    with pytest.raises(InputError) as e:
        load_dataset(f)
    assert f"{f}:3:" in str(e.value) and where in str(e.value)


def test_duplicate_ids_and_empty_split_are_errors(tmp_path):
    good = FIXTURE.read_text().splitlines()[0]
    (tmp_path / "dup.jsonl").write_text(good + "\n" + good + "\n")
    with pytest.raises(InputError, match="appears twice"):
        load_dataset(tmp_path / "dup.jsonl")
    with pytest.raises(InputError, match="no cases in split 'holdout'"):
        load_dataset(FIXTURE, "holdout")


def test_template_labels_merge_from_a_side_file(tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"id": "s-02", "template_id": "kopi-senja"}) + "\n")
    ds = load_dataset(FIXTURE, labels=labels)
    assert {c.id: c.gold.get("template_id") for c in ds.cases}["s-02"] == "kopi-senja"
    assert ds.hash != load_dataset(FIXTURE).hash  # labels are part of what was evaluated


def test_labelling_rule_reads_the_niche():
    ds = {c.id: c for c in load_dataset(FIXTURE).cases}
    assert label(ds["s-02"])[0] == "kopi-senja"
    assert label(ds["s-04"])[0] == "butik-anggun"
    assert label(ds["s-08"])[0] == "pesta-meriah"
    assert label(ds["s-03"]) == ("jasa-andal", "default for services")


def test_shipped_suites_load_and_bad_suites_name_the_field(tmp_path):
    for name in ("intent", "template", "content"):
        assert load_suite(name).name == name
    bad = tmp_path / "s.yaml"
    bad.write_text("name: s\nstage: intent\ndataset: x.jsonl\nscorers: [business_type_acc, vibes]\n")
    with pytest.raises(ConfigError, match="field 'scorers'.*vibes"):
        load_suite(str(bad))


def test_a_page_record_written_elsewhere_loads_without_expect_split_or_every_label(tmp_path):
    """Held-out page sets from other people need not copy every key of datasets/pages.jsonl: a record with page
    labels at the top level (offerings, facts, contact, brand…) is a page record, a page is expected, and the
    labels it leaves out are scored from the brief alone."""
    rows = [{"id": "a", "text": "Toko Kue Melati jual nastar. WA 0812-3456-7890", "offerings": ["nastar"],
             "brand": "Toko Kue Melati", "owner_note": "extra keys are kept as meta"},
            {"id": "b", "text": "Bengkel Jaya servis motor di Depok", "business_type": "services"}]
    p = tmp_path / "pages.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows[:1]) + "\n", encoding="utf-8")
    (case,) = load_dataset(p).cases
    assert case.meta["expect"] == "page" and case.gold["offerings"] == ["nastar"]
    assert case.gold["brand"] == "Toko Kue Melati" and "contact" not in case.gold and case.split is None
    # a row with neither `gold` nor any page label is still an error that names the field
    p.write_text(json.dumps(rows[1]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="field 'gold' is missing"):
        load_dataset(p)
