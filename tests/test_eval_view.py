"""`tapsite eval view`: a static page per run or comparison, attached to MLflow; comparisons logged to MLflow."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from eval_scripted import ScriptedProvider, replay_file, synthetic_cases, write_jsonl
from tapsite_pipeline.cli.main import cli

pytestmark = pytest.mark.integration


def tapsite(*args, code=0):
    r = CliRunner().invoke(cli, [str(a) for a in args])
    assert r.exit_code == code, (r.output, r.exception)
    return r


def test_view_of_a_comparison_shows_both_sides_gold_and_flips_and_is_in_mlflow(tmp_path, monkeypatch):
    monkeypatch.setenv("MLFLOW_DISABLE_TELEMETRY", "true")
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    home = tmp_path / "home"
    rows = synthetic_cases(120)
    data = write_jsonl(tmp_path / "d.jsonl", rows)
    gold = {r["text"]: r["gold"] for r in rows}
    runs = [json.loads(tapsite("eval", "run", "intent", "--dataset", data, "--model", f"replay:{path}",
                               "--home", home, "--json").stdout)
            for path in (replay_file(tmp_path / f"{n}.jsonl", rows, ScriptedProvider(gold, rate, seed=n))
                         for n, rate in ((1, 0.02), (2, 0.3)))]
    rep = json.loads(tapsite("eval", "compare", runs[0]["run_id"], runs[1]["run_id"], "--home", home, "--json",
                             code=1).stdout)
    out = tapsite("eval", "view", rep["comparison_id"], "--home", home).output
    page = Path(re.search(r"→ (\S+\.html)", out).group(1)).read_text()
    worse = rep["flipped"]["business_type_acc"]["worse"][0]["case_id"]
    assert f"{worse}<br><span class=\"tag\">business_type_acc</span>" in page
    assert "Verdict: <span class=\"bad\">failed</span>" in page and "Usaha" in page  # the brief and gold
    assert page.count("<tr class=\"case") == 120 and "only flipped" in page
    assert not re.search(r"(src|href)=\"?https?:", page) and "@import" not in page  # no outside requests

    from mlflow import MlflowClient
    c = MlflowClient(tracking_uri=f"sqlite:///{home / 'mlflow.db'}")
    found = c.search_runs([c.get_experiment_by_name("tapsite-evals").experiment_id],
                          f"tags.`tapsite.comparison_id` = '{rep['comparison_id']}'")
    assert len(found) == 1 and found[0].data.params["verdict"] == "failed"
    assert found[0].data.metrics["diff.business_type_acc"] == pytest.approx(
        next(m["diff"] for m in rep["metrics"] if m["metric"] == "business_type_acc"))
    assert {a.path for a in c.list_artifacts(found[0].info.run_id, "view")} == {f"view/{rep['comparison_id']}.html"}

    run_page = tapsite("eval", "view", runs[0]["run_id"], "--home", home, "--no-mlflow").output
    assert f"run {runs[0]['run_id']}: 120 cases" in run_page
    r = tapsite("eval", "view", "cmp-nope", "--home", home, code=1)
    assert "no comparison" in str(r.exception)
