"""An honest cache: keyed by endpoint, provider settings, prompt content and inputs; a hit keeps the original
call's tokens, cost and latency beside billed = 0, so a cached run compares like with like."""

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from peers.sim_model import SimulatedModel, gold_of
from providers_helpers import GPT, make_config, write_config
from tapsite_pipeline.cli.main import cli
from tapsite_pipeline.resources import data_dir

pytestmark = pytest.mark.integration

ROWS = [json.loads(x) for x in (data_dir("datasets") / "briefs.jsonl").read_text().splitlines()]
FIXTURE = Path(__file__).parent / "fixtures" / "briefs_small.jsonl"


@pytest.fixture
def point(monkeypatch, tmp_path, home):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai-0000")
    monkeypatch.setenv("TAPSITE_PROVIDERS_CONFIG", str(write_config(tmp_path / "p.yaml", make_config())))
    return lambda srv: monkeypatch.setenv("OPENAI_BASE_URL", srv.url)


def run(*args, code=0) -> dict:
    r = CliRunner().invoke(cli, ["eval", "run", "intent", "--model", GPT, "--no-mlflow", "--json", *map(str, args)])
    assert r.exit_code == code, (r.output, r.exception)
    return json.loads(r.stdout.splitlines()[0])


def figures(home, run_id):
    con = duckdb.connect(str(home / "tapsite.duckdb"), read_only=True)
    try:
        return con.execute("SELECT sum(tokens_in), sum(cost_usd), sum(billed_usd), avg(latency_ms),"
                           " bool_and(cache_hit) FROM eval_cases WHERE run_id = ?", [run_id]).fetchone()
    finally:
        con.close()


def test_a_cache_hit_keeps_the_original_figures_and_a_cached_baseline_does_not_fail_a_fresh_candidate(point, home):
    """Finding: hits recorded tokens, cost and latency as 0, so a cached baseline failed a better candidate on cost."""
    with SimulatedModel(gold_of(ROWS), delay_s=0.01) as srv:
        point(srv)
        fresh = run("--dataset", FIXTURE)
        n = len(srv.requests)
        cached = run("--dataset", FIXTURE)
        assert len(srv.requests) == n and cached["cache_hits"] == 8
        tin, cost, billed, latency, all_hits = figures(home, cached["run_id"])
        tin0, cost0, billed0, latency0, _ = figures(home, fresh["run_id"])
        assert all_hits and billed == 0 and cost0 > 0 and billed0 == pytest.approx(cost0)
        assert (tin, cost) == (tin0, pytest.approx(cost0)) and latency == pytest.approx(latency0, rel=0.5)
        assert latency > 10  # the original call's ~10 ms, not the lookup's microseconds
        assert cached["metrics"]["cost_usd"] == pytest.approx(fresh["metrics"]["cost_usd"])

        # The one-command loop against a cached production run: cost is compared on original figures.
        r = CliRunner().invoke(cli, ["eval", "run", "intent", "--model", GPT, "--no-mlflow", "--candidate", "1",
                                     "--json"])
        comp = json.loads(r.stdout)["comparison"]
        assert not [g for g in comp["failed_gates"] if g["metric"] in ("cost_usd", "latency_ms")]
        ratio = {m["metric"]: m["ratio"] for m in comp["metrics"]}
        assert ratio["cost_usd"] == pytest.approx(1.0) and 0.5 < ratio["latency_ms"] < 1.5


def test_another_endpoint_is_another_model_and_no_cache_asks_again(point, home):
    """Finding: the key omitted the endpoint; pointing at another server reused old answers (0 requests)."""
    with SimulatedModel(gold_of(ROWS)) as one, SimulatedModel(gold_of(ROWS)) as two:
        point(one)
        run("--dataset", FIXTURE)
        point(two)
        other = run("--dataset", FIXTURE)
        assert len(two.requests) == 8 and other["cache_hits"] == 0
        again = run("--dataset", FIXTURE, "--no-cache")
        assert len(two.requests) == 16 and again["cache_hits"] == 0
