"""LLM-as-judge: a versioned rubric, any provider:model as judge, structured score + reason, cached; and
`tapsite eval calibrate-judge` against human labels. The judge is the simulated model behind the OpenAI
protocol (it scores how much of the brief an answer carries)."""

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from peers.sim_model import SimulatedModel, gold_of, judge_verdict
from providers_helpers import GPT, make_config, write_config
from tapsite_pipeline.cli.main import cli
from tapsite_pipeline.evals.judge import agreement

pytestmark = pytest.mark.integration

FIXTURE = Path(__file__).parent / "fixtures" / "briefs_small.jsonl"
ROWS = [json.loads(x) for x in FIXTURE.read_text().splitlines()]


@pytest.fixture
def sim(monkeypatch, tmp_path, home):
    with SimulatedModel(gold_of(ROWS)) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai-0000")
        monkeypatch.setenv("TAPSITE_PROVIDERS_CONFIG", str(write_config(tmp_path / "p.yaml", make_config())))
        yield srv


def tapsite(*args, code=0):
    r = CliRunner().invoke(cli, [str(a) for a in args])
    assert r.exit_code == code, (r.output, r.exception)
    return r


def test_a_judge_scorer_grades_each_case_with_a_reason_and_is_cached(sim, home, tmp_path):
    suite = tmp_path / "judged.yaml"
    suite.write_text(f"name: judged\nstage: intent\ndataset: {FIXTURE}\nscorers:\n  - business_type_acc\n"
                     f"  - {{name: faithful, type: judge, rubric: judge_copy, model: {GPT}}}\n"
                     "  - {name: brand_close, type: similarity, field: brand_name, gold: brand_name}\n")
    report = json.loads(tapsite("eval", "run", suite, "--model", GPT, "--no-mlflow", "--json").stdout)
    asked = len(sim.requests)
    assert asked == 16 and 0 <= report["metrics"]["faithful"] <= 1 and report["metrics"]["brand_close"] > 0.5
    con = duckdb.connect(str(home / "tapsite.duckdb"), read_only=True)
    rows = con.execute("SELECT case_id, judgements, scores FROM eval_cases WHERE run_id = ?",
                       [report["run_id"]]).fetchall()
    con.close()
    for _, judged, scores in rows:
        j = json.loads(judged)["faithful"]
        assert j["model"] == GPT and j["rubric"] == "judge_copy@v1" and "words of the brief" in j["reason"]
        assert json.loads(scores)["faithful"] == (j["score"] - 1) / 4
    again = json.loads(tapsite("eval", "run", suite, "--model", GPT, "--no-mlflow", "--json").stdout)
    assert len(sim.requests) == asked and again["metrics"]["faithful"] == report["metrics"]["faithful"]


def test_calibrate_judge_reports_agreement_with_people(sim, home, tmp_path):
    labels, humans, judged = tmp_path / "labels.jsonl", [], []
    with labels.open("w") as f:
        for i, r in enumerate(ROWS):
            answer = r["text"] if i % 2 else f"{r['gold']['brand_name']} — selamat datang"
            j = judge_verdict(r["text"], answer)["score"]
            human = j if i % 3 else max(1, j - 1)  # people disagree with the judge on a third of them
            humans.append(human)
            judged.append(j)
            f.write(json.dumps({"id": r["id"], "brief": r["text"], "answer": answer, "human": human}) + "\n")
    out = json.loads(tapsite("eval", "calibrate-judge", labels, "--model", GPT, "--json").stdout)
    want = agreement(humans, judged)
    assert {k: out[k] for k in want} == want and out["n"] == 8 and out["exact"] < 1
    assert out["model"] == GPT and out["rubric"] == "judge_copy@v1"
    con = duckdb.connect(str(home / "tapsite.duckdb"), read_only=True)
    n, = con.execute("SELECT n FROM judge_calibrations WHERE calibration_id = ?", [out["calibration_id"]]).fetchone()
    con.close()
    assert n == 8
    text = tapsite("eval", "calibrate-judge", labels, "--model", GPT).output
    assert "weighted kappa" in text and "exact" in text
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "brief": "x", "answer": "y", "human": 9}\n')
    r = tapsite("eval", "calibrate-judge", bad, code=1)
    assert "human" in str(r.exception)
