"""Prompt registry end to end on a real MLflow SQLite store: sync, aliases, the pipeline's resolver, promote."""

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from peers.sim_model import SimulatedModel, gold_of
from providers_helpers import GPT, make_config, write_config
from tapsite_pipeline.cli.main import cli
from tapsite_pipeline.errors import ConfigError, InputError
from tapsite_pipeline.evals import suites
from tapsite_pipeline.prompting.aliases import read_aliases, resolver
from tapsite_pipeline.prompting.files import PROMPTS_DIR, load_prompts
from tapsite_pipeline.resources import data_dir

pytestmark = pytest.mark.integration

FIXTURE = Path(__file__).parent / "fixtures" / "briefs_small.jsonl"


@pytest.fixture(scope="module")
def reg(tmp_path_factory):
    """A copy of prompts/ (so a v2 can be added) and a home with one MLflow store for the whole module."""
    base = tmp_path_factory.mktemp("registry")
    root = base / "prompts"
    shutil.copytree(PROMPTS_DIR, root)
    return {"root": root, "home": base / "home"}


@pytest.fixture(scope="module")
def quality_suites(tmp_path_factory):
    """evals/ with the intent suite's latency gate left out: these tests promote on quality. Latency here is the wall
    time of a simulated model that answers in a millisecond, i.e. the machine's load while each run went; a busy
    machine during one of two runs refused promotions these tests expect (B/A 2.5). The latency gate has its own
    tests (test_eval_gate.py)."""
    folder = tmp_path_factory.mktemp("evals")
    for p in suites.SUITES_DIR.glob("*.yaml"):
        lines = p.read_text(encoding="utf-8").splitlines(keepends=True)
        (folder / p.name).write_text("".join(x for x in lines if not x.lstrip().startswith("latency_ms:")))
    assert "latency_ms:" not in (folder / "intent.yaml").read_text() and "latency_ms]" in (folder / "intent.yaml").read_text()
    return folder


@pytest.fixture(autouse=True)
def _env(monkeypatch, reg, quality_suites):
    monkeypatch.setattr(suites, "SUITES_DIR", quality_suites)
    monkeypatch.setenv("MLFLOW_DISABLE_TELEMETRY", "true")
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    monkeypatch.setenv("TAPSITE_PROMPTS_DIR", str(reg["root"]))
    load_prompts.cache_clear()


def tapsite(*args, code=0):
    r = CliRunner().invoke(cli, [str(a) for a in args])
    assert r.exit_code == code, (r.output, r.exception)
    return r


def _client(home):
    from mlflow import MlflowClient
    uri = f"sqlite:///{home / 'mlflow.db'}"
    return MlflowClient(tracking_uri=uri, registry_uri=uri)


def test_sync_is_idempotent_and_tags_versions(reg):
    first = json.loads(tapsite("prompts", "sync", "--home", reg["home"], "--json").stdout)
    assert sorted(first["registered"]) == ["content_section@v1", "image_prompt@v1", "intent@v1", "judge_copy@v1",
                                           "refine@v1", "seo@v1"]
    again = json.loads(tapsite("prompts", "sync", "--home", reg["home"], "--json").stdout)
    assert again["registered"] == [] and len(again["unchanged"]) == 6
    assert again["aliases"]["intent"] == {"production": 1}
    pv = _client(reg["home"]).get_prompt_version("intent", 1)
    assert pv.tags["stage"] == "intent" and pv.tags["model"] == "offline:rules"
    assert pv.tags["content_hash"] == load_prompts(reg["root"])["intent"][1].content_hash
    assert "prompts sync" not in tapsite("prompts", "list", "--home", reg["home"]).output


BETTER = "  - Decide by what the owner sells: what the owner sells decides business_type.\n"


def with_guidance(v1: str, version: int, line: str = BETTER) -> str:
    """v1 with one more line of guidance (the simulated model answers business_type better for it)."""
    return (v1.replace("version: 1", f"version: {version}").replace("change_note: First version", "change_note: Guide")
            .replace("  Never invent facts.", line + "  Never invent facts."))


def test_new_version_becomes_candidate_and_production_is_what_the_pipeline_resolves(reg):
    v1 = (reg["root"] / "intent" / "v1.yaml").read_text()
    (reg["root"] / "intent" / "v2.yaml").write_text(with_guidance(v1, 2))
    load_prompts.cache_clear()
    out = json.loads(tapsite("prompts", "sync", "--home", reg["home"], "--json").stdout)
    assert out["registered"] == ["intent@v2"] and out["aliases"]["intent"] == {"production": 1, "candidate": 2}
    assert _client(reg["home"]).get_prompt_version_by_alias("intent", "candidate").tags["file_version"] == "2"
    assert resolver(reg["home"])("intent").version == 1  # production, although v2 is the newest file
    assert resolver(reg["home"], {"intent": "candidate"})("intent").version == 2


def test_promote_is_refused_without_a_passing_comparison(reg):
    r = tapsite("prompts", "promote", "intent", "2", "--home", reg["home"], code=1)
    assert isinstance(r.exception, InputError) and "no passing comparison" in str(r.exception)
    assert read_aliases(reg["home"])["prompts"]["intent"]["aliases"]["production"] == 1


@pytest.fixture
def sim(monkeypatch, tmp_path):
    """The simulated model (its accuracy follows the prompt's guidance) behind the OpenAI protocol."""
    rows = [json.loads(x) for x in (data_dir("datasets") / "briefs.jsonl").read_text().splitlines()]
    with SimulatedModel(gold_of(rows)) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai-0000")
        monkeypatch.setenv("TAPSITE_PROVIDERS_CONFIG", str(write_config(tmp_path / "p.yaml", make_config())))
        yield srv


def test_promote_after_a_passing_comparison_then_force_back_is_logged(reg, sim):
    r = tapsite("eval", "run", "intent", "--candidate", "2", "--model", GPT, "--home", reg["home"], "--no-mlflow")
    assert "verdict: passed" in r.output and "MDE" in r.output
    # Bound to the model it was compared on: production runs the prompt file's own model unless told.
    refused = tapsite("prompts", "promote", "intent", "2", "--home", reg["home"], code=1)
    assert "differs in production's model, the candidate's model" in str(refused.exception)
    r = tapsite("prompts", "promote", "intent", "2", "--model", GPT, "--home", reg["home"])
    assert "production v1 → v2" in r.output and "passed" in r.output
    c = _client(reg["home"])
    assert c.get_prompt_version_by_alias("intent", "production").tags["file_version"] == "2"
    assert resolver(reg["home"])("intent").version == 2
    assert "candidate" not in read_aliases(reg["home"])["prompts"]["intent"]["aliases"]

    r = tapsite("prompts", "promote", "intent", "1", "--force", "--reason", "rollback drill", "--home", reg["home"])
    assert "FORCED" in r.output
    assert c.get_prompt_version("intent", 1).tags["promotion"] == "forced"
    con = duckdb.connect(str(reg["home"] / "tapsite.duckdb"), read_only=True)
    log = con.execute("SELECT from_version, to_version, forced, reason FROM prompt_promotions ORDER BY created_at")
    assert [tuple(x) for x in log.fetchall()] == [(1, 2, False, ""), (2, 1, True, "rollback drill")]
    con.close()


def test_a_prompt_comparison_on_the_offline_engine_cannot_pass(reg):
    """Finding: v2 with every rule deleted scored the same offline, used fewer tokens, and was promoted."""
    v1 = (reg["root"] / "intent" / "v1.yaml").read_text()
    head, _, rest = v1.partition("  Rules:\n")
    (reg["root"] / "intent" / "v3.yaml").write_text(
        head.replace("version: 1", "version: 3").replace("change_note: First version", "change_note: No rules")
        + "  Answer with the JSON object only.\nuser: |" + rest.partition("\nuser: |")[2])
    load_prompts.cache_clear()
    assert "Rules" not in load_prompts(reg["root"])["intent"][3].system
    runs = [json.loads(tapsite("eval", "run", "intent", *pin, "--home", reg["home"], "--no-mlflow", "--json").stdout)
            for pin in (["--prompt", "intent@1"], ["--prompt", "intent@3"])]
    assert runs[0]["metrics"]["business_type_acc"] == runs[1]["metrics"]["business_type_acc"]
    assert runs[1]["metrics"]["tokens"] < runs[0]["metrics"]["tokens"]
    rep = json.loads(tapsite("eval", "compare", runs[0]["run_id"], runs[1]["run_id"], "--home", reg["home"],
                             "--json", code=1).stdout)
    # no quality gate failed (the engine read neither prompt) and still no pass: the verdict is inconclusive,
    # or failed when only the wall-time gate tripped because a neighbour slowed one run (a shared machine)
    assert not rep["passed"] and {g["metric"] for g in rep["failed_gates"]} <= {"latency_ms"}
    assert rep["verdict"] == ("failed" if rep["failed_gates"] else "inconclusive")
    assert any("offline:rules does not read the prompt" in r for r in rep["reasons"])
    assert {m["metric"]: m["verdict"] for m in rep["metrics"]}["tokens"] == "better"  # and still not a pass
    r = tapsite("prompts", "promote", "intent", "3", "--home", reg["home"], code=1)
    assert "no passing comparison" in str(r.exception)


def test_sync_refuses_changed_content_under_a_registered_version(reg):
    path = reg["root"] / "intent" / "v1.yaml"
    original = path.read_text()
    path.write_text(original.replace("Never invent facts.", "Never invent facts!"))
    load_prompts.cache_clear()
    try:
        r = tapsite("prompts", "sync", "--home", reg["home"], code=1)
        assert isinstance(r.exception, ConfigError) and "a registered version never changes" in str(r.exception)
    finally:
        path.write_text(original)
        load_prompts.cache_clear()


def test_promotion_binds_the_content_that_was_compared(reg, sim):
    """Finding: compare v3, then strip v3's file under the same number and promote it: it was accepted."""
    v1 = (reg["root"] / "intent" / "v1.yaml").read_text()
    v4 = reg["root"] / "intent" / "v4.yaml"
    v4.write_text(with_guidance(v1, 4))
    load_prompts.cache_clear()
    r = tapsite("eval", "run", "intent", "--candidate", "4", "--model", GPT, "--home", reg["home"], "--no-mlflow")
    assert "verdict: passed" in r.output
    head, _, rest = v4.read_text().partition("  Rules:\n")
    v4.write_text(head + "  Answer with the JSON object only.\nuser: |" + rest.partition("\nuser: |")[2])
    load_prompts.cache_clear()
    refused = tapsite("prompts", "promote", "intent", "4", "--model", GPT, "--home", reg["home"], code=1)
    assert "differs in the candidate's content" in str(refused.exception)
    assert read_aliases(reg["home"])["prompts"]["intent"]["aliases"]["production"] == 1


def test_runs_of_other_suites_or_data_are_not_compared(reg, tmp_path):
    data = tmp_path / "four.jsonl"
    data.write_text("".join(FIXTURE.read_text().splitlines(keepends=True)[:4]))
    a = json.loads(tapsite("eval", "run", "intent", "--dataset", data, "--home", reg["home"], "--no-mlflow",
                           "--json").stdout)
    assert a["split"] is None and a["dataset"].endswith("four.jsonl") and a["cases"] == 4
    b = json.loads(tapsite("eval", "run", "intent", "--dataset", FIXTURE, "--home", reg["home"], "--no-mlflow",
                           "--json").stdout)
    c = json.loads(tapsite("eval", "run", "template", "--dataset", FIXTURE, "--home", reg["home"], "--no-mlflow",
                           "--json").stdout)
    for x, y, what in ((a, b, "different data"), (b, c, "compare two runs of one suite")):
        r = tapsite("eval", "compare", x["run_id"], y["run_id"], "--home", reg["home"], code=1)
        assert isinstance(r.exception, InputError) and what in str(r.exception)
    d = json.loads(tapsite("eval", "run", "intent", "--dataset", data, "--home", reg["home"], "--no-mlflow",
                           "--json").stdout)
    small = json.loads(tapsite("eval", "compare", a["run_id"], d["run_id"], "--home", reg["home"], "--json",
                               code=1).stdout)
    assert small["verdict"] == "inconclusive" and any("only 4 shared cases" in x for x in small["reasons"])
