"""A provider that accepts and never answers: deadlines and the circuit breaker keep sites and campaigns moving."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import duckdb
import pytest

from peers.fake_servers import SilentServer

pytestmark = pytest.mark.integration

TAPSITE = [sys.executable, "-m", "tapsite_pipeline.cli"]
GPT = "openai:gpt-4.1-mini"


@pytest.fixture
def hang(monkeypatch):
    with SilentServer() as srv:   # shipped config/providers.yaml: the defaults are what is tested
        monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-hang-0000")
        monkeypatch.delenv("TAPSITE_PROVIDERS_CONFIG", raising=False)
        yield srv


def _logs(home) -> list[tuple]:
    con = duckdb.connect(str(home / "tapsite.duckdb"), read_only=True)
    try:
        return con.execute("SELECT model, success, error, requests FROM ai_generation_logs").fetchall()
    finally:
        con.close()


def test_one_site_against_a_hanging_provider_finishes_under_30_s(hang, tmp_path):
    t0 = time.perf_counter()
    p = subprocess.run([*TAPSITE, "generate", "Toko Kue Ani jual nastar dan kastengel di Bandung", "--model", GPT,
                        "--json", "--home", str(tmp_path)], capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - t0
    assert p.returncode == 0, p.stderr[-500:]
    out = json.loads(p.stdout)
    assert out["llm_calls"]["models"] == ["offline:rules"] and out["llm_calls"]["fallbacks"] >= 8
    site_s = sum(out["timings_ms"].values()) / 1000
    assert site_s < 30 and wall < 45, (site_s, wall)   # the wall adds the process start (imports)
    failed = [r for r in _logs(tmp_path) if not r[1]]
    assert failed and sum(r[3] or 0 for r in failed) <= 4   # bounded: a few requests, not 36
    assert any("deadline" in (r[2] or "") or "circuit open" in (r[2] or "") for r in failed)
    print(f"\none site against a hanging provider: {site_s:.1f} s in the stages, {wall:.1f} s wall, "
          f"{hang.accepted} connections")


def test_a_100_site_campaign_finishes_through_the_fallback_with_the_breaker_open(hang, tmp_path):
    csv = tmp_path / "shops.csv"
    trades = ["jual kue", "jual bakso", "servis motor", "laundry kiloan", "salon", "les privat", "jual batik"]
    csv.write_text("id,brief\n" + "".join(f"r{i},Toko Usaha {i} {trades[i % len(trades)]} di Bandung\n"
                                          for i in range(100)))
    t0 = time.perf_counter()
    p = subprocess.run([*TAPSITE, "campaign", "run", str(csv), "--model", GPT, "--json", "--home", str(tmp_path)],
                       capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - t0
    assert p.returncode == 0, p.stderr[-2000:]
    summary = json.loads(p.stdout)
    assert summary["deployed"] == 100 and not summary["failed"] and summary["run_succeeded"]
    assert wall <= 120, wall
    logs = _logs(tmp_path)
    asked = [r for r in logs if r[0] == GPT and not (r[2] or "").startswith("skipped:")]
    skipped = [r for r in logs if r[0] == GPT and (r[2] or "").startswith("skipped:")]
    answered = [r for r in logs if r[1]]
    assert {r[0] for r in answered} == {"offline:rules"} and len(answered) >= 100 * 8
    assert len(skipped) >= 0.9 * len(answered)          # the breaker, not the timeout, handled almost all
    assert sum(r[3] or 0 for r in asked) <= 20 and hang.accepted <= 20
    print(f"\ncampaign of 100 sites against a hanging provider: {wall:.1f} s, {hang.accepted} connections, "
          f"{len(asked)} calls asked, {len(skipped)} skipped by the breaker or the deadline")
