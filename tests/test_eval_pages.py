"""`tapsite eval run pages` on a 6-case page file: every page generated through the real pipeline and scored
by the fidelity checks against its gold labels; per-case rows and run-level CIs in DuckDB, the run in MLflow,
two runs compared by `tapsite eval compare`. The per-case figures must equal what scripts/fidelity_pages.py's
path (a plain Runtime.local, generate_page + score_generated) gives for the same briefs."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from tapsite_pipeline.cli.main import cli
from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.evals.fidelity.gold import page_gold
from tapsite_pipeline.evals.pages import generate_page, page_rows, score_generated
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.resources import data_dir
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.integration

# five dev pages of different niches and languages, and one the pipeline refuses (WhatsApp without a number)
IDS = ("pg-0001", "pg-0003", "pg-0006", "pg-0007", "pg-0008", "pg-0132")
CHECK_METRICS = ("fidelity_cards", "fidelity_facts", "fidelity_contact", "fidelity_coherence", "fidelity_brand",
                 "fidelity_all")


@pytest.fixture(scope="module")
def six(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages-six")
    lines = [ln for ln in (data_dir("datasets") / "pages.jsonl").read_text(encoding="utf-8").splitlines()
             if ln.strip() and json.loads(ln)["id"] in IDS]
    assert len(lines) == 6
    path = folder / "six.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, path


def test_the_pages_suite_scores_each_generated_page_against_its_gold(six):
    folder, path = six
    home = folder / "home"
    runner = CliRunner()
    res = runner.invoke(cli, ["eval", "run", "pages", "--dataset", str(path), "--json", "--home", str(home)])
    assert res.exit_code == 0, (res.output, repr(res.exception))
    report = json.loads(res.stdout.strip().splitlines()[-1])
    assert report["stage"] == "pages" and report["cases"] == 6 and report["errored"] == 1
    assert report["mlflow_run_id"]
    m, ci = report["metrics"], report["intervals"]
    assert m["page_generated"] == pytest.approx(5 / 6, abs=1e-6)
    for name in (*CHECK_METRICS, "card_precision", "card_recall"):
        assert 0.0 <= ci[name][0] <= m[name] <= ci[name][1] <= 1.0, name

    # the same briefs through the script's path, in another home: the same pass/fail per check and case
    expected = {}
    rt = Runtime.local(folder / "other")
    for row in page_rows(path, None):
        try:
            _, live = generate_page(rt, row["text"])
        except TapsiteError:
            continue
        expected[row["id"]] = score_generated(live, row["text"], page_gold(row)).as_scores()
    assert set(expected) == set(IDS) - {"pg-0132"}
    settings = Settings.load(home)
    with duckdb.connect(str(settings.db_path), read_only=True) as con:
        rows = con.execute("SELECT case_id, metric, value FROM eval_scores WHERE run_id = ?",
                           [report["run_id"]]).fetchall()
        err = con.execute("SELECT error FROM eval_cases WHERE run_id = ? AND case_id = 'pg-0132'",
                          [report["run_id"]]).fetchone()[0]
        cis = json.loads(con.execute("SELECT metric_cis FROM eval_runs WHERE run_id = ?",
                                     [report["run_id"]]).fetchone()[0])
    got: dict[str, dict[str, float]] = {}
    for case, metric, value in rows:
        got.setdefault(case, {})[metric] = value
    assert "WhatsApp" in err and got["pg-0132"] == {"page_generated": 0.0, "cost_usd": 0.0, "tokens": 0.0,
                                                    "latency_ms": got["pg-0132"]["latency_ms"]}
    for case, scores in expected.items():
        for k in (*CHECK_METRICS, "card_precision", "card_recall"):
            assert got[case][k] == pytest.approx(scores[k]), (case, k)
    # the run-level figures are the means of the cases, with their intervals stored beside them
    for k in CHECK_METRICS:
        assert m[k] == pytest.approx(sum(s[k] for s in expected.values()) / 5, abs=1e-6)
    assert cis == ci

    from tapsite_pipeline.prompting.registry import mlflow_client
    logged = mlflow_client(settings).get_run(report["mlflow_run_id"]).data
    assert logged.params["stage"] == "pages" and logged.metrics["fidelity_all"] == pytest.approx(m["fidelity_all"])
    assert logged.metrics["card_recall_ci_low"] == pytest.approx(ci["card_recall"][0])

    again = runner.invoke(cli, ["eval", "run", "pages", "--dataset", str(path), "--json", "--no-mlflow",
                                "--home", str(home)])
    b = json.loads(again.stdout.strip().splitlines()[-1])
    cmp = runner.invoke(cli, ["eval", "compare", report["run_id"], b["run_id"], "--json", "--no-mlflow",
                              "--home", str(home)])
    comp = json.loads(cmp.stdout.strip().splitlines()[-1])
    assert comp["shared_cases"] == 6 and cmp.exit_code == 1   # 6 cases are too few to pass a gate: inconclusive
    by = {x["metric"]: x for x in comp["metrics"]}
    assert by["fidelity_all"]["diff"] == 0 and by["fidelity_all"]["verdict"] == "no detectable change"


def test_the_suite_defaults_to_dev_and_leaves_the_refusals_out():
    from tapsite_pipeline.evals.datasets import load_dataset
    from tapsite_pipeline.evals.pages import page_cases
    from tapsite_pipeline.evals.suites import load_suite
    suite = load_suite("pages")
    assert suite.split == "dev"
    ds = load_dataset(suite.dataset, "dev")
    kept = page_cases(ds)
    assert {c.meta["expect"] for c in ds.cases} == {"page", "refuse"}
    rows = [json.loads(ln) for ln in Path(ds.path).read_text(encoding="utf-8").splitlines() if ln.strip()]
    pages = [r["id"] for r in rows if r["split"] == "dev" and r["expect"] == "page"]
    assert {c.meta["expect"] for c in kept.cases} == {"page"} and [c.id for c in kept.cases] == pages
    assert kept.cases[0].gold["offerings"] and "brand" in kept.cases[0].gold
