"""An eval's cases as an MLflow dataset input: the schema read from one row of an all-text frame is the schema
MLflow infers from every value, and a frame with any other value is read in full."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.integration


def _frame(rows):
    import pandas as pd
    return pd.DataFrame(rows)


def _inferred(df, tmp_path) -> str | None:
    """The schema MLflow itself records for the frame, every value read (None when it cannot infer one)."""
    import mlflow.data
    return mlflow.data.from_pandas(df, source=str(tmp_path / "cases.jsonl"), name="x")._to_mlflow_entity().schema


@pytest.mark.filterwarnings("ignore:The specified dataset source")
def test_all_text_cases_keep_the_schema_mlflow_infers(tmp_path):
    from tapsite_pipeline.evals.tracking import all_text, dataset_input
    rows = [{"case_id": f"c-{i}", "text": f"Kedai Rempah {i} jual sambal roa di Manado", "split": "dev",
             "gold": json.dumps({"products": ["sambal roa"], "n": i})} for i in range(40)]
    df = _frame(rows)
    assert all_text(df)
    entity = dataset_input(df, "cases:dev", str(tmp_path / "cases.jsonl"), "0" * 40).dataset
    assert entity.schema == _inferred(df, tmp_path)
    assert json.loads(entity.profile) == {"num_rows": 40, "num_elements": 160}


@pytest.mark.filterwarnings("ignore:The specified dataset source")
@pytest.mark.parametrize("odd", [None, 3, 2.5, ["a"]])
def test_a_frame_with_other_values_is_read_in_full(tmp_path, odd):
    from tapsite_pipeline.evals.tracking import all_text, dataset_input
    rows = [{"case_id": f"c-{i}", "text": "Studio Lumen foto produk di Palu", "split": odd if i == 7 else "dev"}
            for i in range(12)]
    df = _frame(rows)
    assert not all_text(df)
    entity = dataset_input(df, "cases:all", str(tmp_path / "cases.jsonl"), "1" * 40).dataset
    assert entity.schema == _inferred(df, tmp_path)
