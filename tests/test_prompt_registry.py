"""Prompt registry end to end on a real MLflow SQLite store: sync, aliases, the pipeline's resolver, promote."""

import json
import shutil
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.integration
from click.testing import CliRunner

from eval_scripted import ScriptedProvider, replay_file
from tapsite_pipeline.cli.main import cli
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.prompting.aliases import read_aliases, resolver
from tapsite_pipeline.prompting.files import PROMPTS_DIR, load_prompts

FIXTURE = Path(__file__).parent / "fixtures" / "briefs_small.jsonl"


@pytest.fixture(scope="module")
def reg(tmp_path_factory):
    """A copy of prompts/ (so a v2 can be added) and a home with one MLflow store for the whole module."""
    base = tmp_path_factory.mktemp("registry")
    root = base / "prompts"
    shutil.copytree(PROMPTS_DIR, root)
    return {"root": root, "home": base / "home"}


@pytest.fixture(autouse=True)
def _env(monkeypatch, reg):
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
    assert sorted(first["registered"]) == ["content_section@v1", "image_prompt@v1", "intent@v1", "refine@v1", "seo@v1"]
    again = json.loads(tapsite("prompts", "sync", "--home", reg["home"], "--json").stdout)
    assert again["registered"] == [] and len(again["unchanged"]) == 5
    assert again["aliases"]["intent"] == {"production": 1}
    pv = _client(reg["home"]).get_prompt_version("intent", 1)
    assert pv.tags["stage"] == "intent" and pv.tags["model"] == "offline:rules"
    assert pv.tags["content_hash"] == load_prompts(reg["root"])["intent"][1].content_hash
    assert "prompts sync" not in tapsite("prompts", "list", "--home", reg["home"]).output


def test_new_version_becomes_candidate_and_production_is_what_the_pipeline_resolves(reg):
    v1 = (reg["root"] / "intent" / "v1.yaml").read_text()
    (reg["root"] / "intent" / "v2.yaml").write_text(
        v1.replace("version: 1", "version: 2").replace("change_note: First version", "change_note: Second try"))
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


def test_promote_after_a_passing_comparison_then_force_back_is_logged(reg, tmp_path):
    rows = [json.loads(x) for x in FIXTURE.read_text().splitlines()]
    replay = replay_file(tmp_path / "r.jsonl", rows, ScriptedProvider({r["text"]: r["gold"] for r in rows}))
    runs = [json.loads(tapsite("eval", "run", "intent", "--dataset", FIXTURE, "--model", f"replay:{replay}",
                               *pin, "--home", reg["home"], "--json").stdout)
            for pin in ([], ["--prompt", "intent@2"])]
    assert [r["prompts"]["intent"] for r in runs] == [1, 2]
    tapsite("eval", "compare", runs[0]["run_id"], runs[1]["run_id"], "--home", reg["home"])
    r = tapsite("prompts", "promote", "intent", "2", "--home", reg["home"])
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
