"""`tapsite generate --model openai:…` end to end against a local OpenAI-compatible server: DuckDB rows, cache, fallback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from peers.fake_servers import FakeOpenAI
from providers_helpers import GPT, GPT_COST, make_config, write_config
from tapsite_pipeline.cli.main import cli

pytestmark = pytest.mark.integration

BRIEF = "Saya mau jualan kue kering nastar, nama tokonya Toko Ani, warna pink, pesan lewat WA 0812-3456-7890"


def model_calls(srv):
    """Requests that asked a model (the content-policy screen's /moderations call is not a stage call)."""
    return [r for r in srv.requests if not r["path"].endswith("/moderations")]

@pytest.fixture
def srv(monkeypatch, tmp_path, home):
    with FakeOpenAI() as s:
        monkeypatch.setenv("OPENAI_BASE_URL", s.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai-0000")
        cfg = make_config(max_attempts=2, images={"fallback": ["offline:illustrations"]})
        monkeypatch.setenv("TAPSITE_PROVIDERS_CONFIG", str(write_config(tmp_path / "providers.yaml", cfg)))
        yield s


def run(*args) -> dict:
    res = CliRunner().invoke(cli, ["generate", BRIEF, "--json", *args], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def rows(home, sql="SELECT stage, prompt, model, tokens_in, tokens_out, cost_usd, success, error, cache_hit,"
                   " fallback_from, requests, saved_usd FROM ai_generation_logs ORDER BY created_at, stage"):
    con = duckdb.connect(str(home / "tapsite.duckdb"), read_only=True)
    try:
        cur = con.execute(sql)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def test_every_llm_stage_uses_the_server_and_a_rerun_costs_nothing(srv, home):
    first = run("--model", GPT)
    calls = len(model_calls(srv))
    logged = rows(home)
    assert calls == len(logged) >= 8  # intent, every section, seo, image prompt
    assert {r["model"] for r in logged} == {GPT} and all(r["success"] for r in logged)
    assert {r["stage"] for r in logged} == {"intent", "content", "images"}
    assert sum(r["tokens_in"] for r in logged) == 100 * calls
    assert first["cost_usd"] == pytest.approx(GPT_COST * calls)
    assert first["llm_calls"]["models"] == [GPT]

    again = run("--model", GPT)
    assert len(model_calls(srv)) == calls  # zero provider calls
    assert again["cost_usd"] == 0 and again["llm_calls"]["cache_hits"] == calls
    second = rows(home)[calls:]
    assert all(r["cache_hit"] and r["cost_usd"] == 0 and r["requests"] == 0 for r in second)
    assert sum(r["saved_usd"] for r in second) == pytest.approx(first["cost_usd"])

    run("--model", GPT, "--no-cache")
    assert len(model_calls(srv)) == 2 * calls


def test_a_failing_server_still_completes_through_the_fallback_and_says_why(srv, home):
    srv.down = 503
    out = run("--model", GPT)
    assert out["intent"]["brand_name"] == "Toko Ani" and out["cost_usd"] == 0
    logged = rows(home)
    failed = [r for r in logged if not r["success"]]
    answered = [r for r in logged if r["success"]]
    assert failed and len(failed) == len(answered)
    # the first calls ask (at most max_attempts = 2 requests) and fail; once the breaker has opened, calls
    # skip the server (a retry of a call in flight then, or every later call), each skip a logged row
    asked = [r for r in failed if "HTTP 503" in r["error"] and not r["error"].startswith("skipped:")]
    skipped = [r for r in failed if r["error"].startswith("skipped: circuit open for openai")]
    assert all(r["model"] == GPT for r in failed) and len(asked) + len(skipped) == len(failed)
    assert asked and skipped and all(1 <= r["requests"] <= 2 for r in asked)
    assert all(r["requests"] == 0 for r in skipped)
    assert len(model_calls(srv)) == sum(r["requests"] for r in failed) < 2 * len(failed)
    assert all(r["model"] == "offline:rules" and r["fallback_from"] == GPT and
               ("HTTP 503" in r["error"] or "circuit open" in r["error"]) for r in answered)
    assert out["llm_calls"]["fallbacks"] == len(answered)
    assert "sk-test-openai-0000" not in json.dumps(logged, default=str)


def test_hero_image_from_the_images_api_is_logged_with_its_price(srv, home):
    out = run("--model", GPT, "--image-model", "openai:gpt-image-1")
    [img] = [r for r in rows(home) if r["prompt"] == "hero_image"]
    assert (img["model"], img["success"], img["stage"]) == ("openai:gpt-image-1", True, "images")
    assert img["cost_usd"] == pytest.approx(0.063)
    assert out["cost_usd"] == pytest.approx(0.063 + GPT_COST * (len(model_calls(srv)) - 1))
    body = next(r["body"] for r in srv.requests if r["path"].endswith("/images/generations"))
    assert body["model"] == "gpt-image-1" and body["size"] == "1536x1024"
    # a raster hero: 1440 px with a 720 px copy for phones, never shown wider than its pixels
    page = Path(out["site_path"]).read_text(encoding="utf-8")
    img = re.search(r"<img [^>]*fetchpriority=high[^>]*>", page).group(0)
    hero = re.search(r"src=(hero-[0-9a-f]{16}\.webp)", img).group(1)
    assert re.search(rf"srcset=\"hero-[0-9a-f]{{16}}-720w\.webp 720w, {hero} 1440w\"", img), img
    assert "style=max-width:1440px" in img and "width=1440" in img and "height=960" in img
    assert re.search(rf"<meta content=\S*/{hero} property=og:image>", page), "a raster hero is the link preview"


def test_hero_image_falls_back_to_the_offline_drawing(srv, home):
    srv.down = 500
    run("--model", "offline:rules", "--image-model", "openai:gpt-image-1")
    imgs = [r for r in rows(home) if r["prompt"] == "hero_image"]
    assert [(r["model"], r["success"]) for r in imgs] == [("openai:gpt-image-1", False), ("offline:illustrations", True)]
    assert imgs[1]["fallback_from"] == "openai:gpt-image-1" and "HTTP 500" in imgs[1]["error"]
    # the library drawing, in the site palette; the next run asks the images API again
    assert [p.suffix for p in (home / "cache" / "images").glob("hero-*")] == [".svg"]
    srv.down = None
    run("--model", "offline:rules", "--image-model", "openai:gpt-image-1")
    heroes = [p for p in (home / "cache" / "images").glob("hero-*") if not p.stem.endswith("-720w")]
    assert sorted(p.suffix for p in heroes) == [".svg", ".webp"]


def test_providers_check_reports_what_works(srv, monkeypatch):
    res = CliRunner().invoke(cli, ["providers", "check", "--model", GPT, "--json"], catch_exceptions=False)
    report = json.loads(res.output)
    by_name = {r["provider"]: r for r in report["providers"]}
    assert res.exit_code == 0 and by_name[GPT]["status"] == "ok" and by_name[GPT]["tokens"] == 150
    assert by_name[GPT]["base_url"] == srv.url + "/" and by_name["offline:rules"]["status"] == "ok"
    assert len(srv.requests) == 1 and srv.requests[0]["body"]["max_completion_tokens"] == 16

    monkeypatch.delenv("OPENAI_API_KEY")
    res = CliRunner().invoke(cli, ["providers", "check", "--model", GPT])
    assert res.exit_code == 1 and "not configured" in res.output and "OPENAI_API_KEY" in res.output


def test_costs_per_campaign_and_model(srv, home):
    run("--model", GPT)
    res = CliRunner().invoke(cli, ["providers", "costs", "--json"], catch_exceptions=False)
    report = json.loads(res.output)
    [camp] = report["campaigns"]
    assert camp["sites"] == 1 and camp["cost_usd"] == pytest.approx(GPT_COST * len(model_calls(srv)))
    assert {m["model"] for m in report["models"]} == {GPT}


def test_eval_runs_go_through_the_cache_with_the_repeat_in_the_key(srv, home):
    from pathlib import Path
    data = Path(__file__).parent / "fixtures" / "briefs_small.jsonl"
    n = sum(1 for line in data.read_text().splitlines() if line.strip())
    args = ["eval", "run", "intent", "--dataset", str(data), "--model", GPT, "--repeats", "2", "--no-mlflow",
            "--json", "--home", str(home)]
    res = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert res.exit_code in (0, 1), res.output
    assert len(model_calls(srv)) == 2 * n  # each repeat is asked anew
    CliRunner().invoke(cli, args, catch_exceptions=False)
    assert len(model_calls(srv)) == 2 * n  # an unchanged rerun makes no provider call
