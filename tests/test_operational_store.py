"""The operational store's queries read the same on both backends (DuckDB; PostgreSQL started by the test):
a campaign's report with a failed stage, its alert figures, checkpoints that survive a re-registration, site
versions, conversations, form submissions and settings, cost reports — each written and read back through the
store's own functions, never through engine-specific SQL in the test."""

from __future__ import annotations

import csv
import json
from concurrent.futures import Future

import pytest

from tapsite_pipeline import operational
from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.intake import accept_file, parse_campaign
from tapsite_pipeline.campaigns.store import StageRecord
from tapsite_pipeline.chat import store as chat_store
from tapsite_pipeline.chat.machine import Conversation
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.forms import store as forms_store
from tapsite_pipeline.providers.base import GenerationLog
from tapsite_pipeline.providers.costs import cost_by_campaign
from tapsite_pipeline.sites import versions

BRIEFS = ["Toko Kue Ani jual nastar dan kastengel di Bandung, warna pink",
          "Warung Budi jualan soto ayam dan es teh di Bogor",
          "Bengkel Jaya servis motor dan ganti oli di Depok"]


def _campaign(tmp_path, rows=BRIEFS, name="spring"):
    src = tmp_path / f"{name}.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([("id", "brief"), *((f"r{i}", b) for i, b in enumerate(rows)), ("r9", "")])
    info, _ = accept_file(tmp_path / "home", src, name=name)
    return info, parse_campaign(src.read_bytes(), info.key, scope=info.name)


def _log(latency: float, ok: bool = True, cost: float = 0.001) -> GenerationLog:
    return GenerationLog(stage="intent", prompt="intent@1", model="offline:rules", latency_ms=latency, success=ok,
                         cost_usd=cost, error=None if ok else "timeout")


def test_a_campaign_report_and_its_alert_figures(tmp_path, store_backend):
    info, parsed = _campaign(tmp_path)
    a, b, c = (r.site_id for r in parsed.rows)
    db = tmp_path / "home" / "tapsite.duckdb"
    with operational.connect(db) as con:
        campaign_store.save_campaign(con, info, parsed)
        design = json.dumps({"template_id": "bakery-warm"})
        campaign_store.save_stage(con, info.key, "intent", "run-1", [
            StageRecord(a, True, "{}", ms=10.0, logs=[_log(100.0), _log(300.0)]),
            StageRecord(b, True, "{}", ms=20.0, logs=[_log(200.0, ok=False)]),
            StageRecord(c, True, "{}", ms=30.0, logs=[_log(400.0)])])
        campaign_store.save_stage(con, info.key, "design", "run-1", [
            StageRecord(a, True, design, ms=5.0), StageRecord(b, False, error="no template fits", ms=1.0),
            StageRecord(c, True, design, ms=5.0)])
        campaign_store.save_stage(con, info.key, "site", "run-1", [
            StageRecord(a, True, json.dumps({"site": {"total_bytes": 1200}})),
            StageRecord(c, True, json.dumps({"site": {"total_bytes": 800}}))])
        # the same batch again (a resumed run): upserted, never duplicated
        campaign_store.save_stage(con, info.key, "deployment", "run-1", [StageRecord(a, True, "{}")])
        campaign_store.save_stage(con, info.key, "deployment", "run-2", [StageRecord(a, True, "{}", cost_usd=0.5)])

    with operational.connect(db, read_only=True) as con:
        report = campaign_store.summary(con, info.key)
        stats = campaign_store.generation_stats(con, info.key)
        assert campaign_store.stage_counts(con, info.key) == {
            "intent": {"ok": 3, "failed": 0}, "design": {"ok": 2, "failed": 1}, "site": {"ok": 2, "failed": 0},
            "deployment": {"ok": 1, "failed": 0}}
        assert campaign_store.template_ids(con, info.key, [a, b, c]) == {a: "bakery-warm", c: "bakery-warm"}
        assert campaign_store.site_bytes(con, info.key) == 2000
        assert campaign_store.stage_ids(con, info.key, "design") == [a, c]
        assert campaign_store.site_stage_ms(con, info.key, [a]) == {a: {"intent": 10.0, "design": 5.0,
                                                                        "site": 0.0, "deployment": 0.0}}
    assert (report["deployed"], report["pending"], report["total"]) == (1, 1, 4)
    assert [(f["row"], f["reason"]) for f in report["failed"]] == [
        (3, "design: no template fits"), (5, report["failed"][1]["reason"])]   # a stage failure, then the row error
    assert report["cost_usd"] == pytest.approx(0.5)
    assert (stats["calls"], stats["errors"], stats["sites"]) == (4, 1, 3)
    assert stats["p50_latency_ms"] == pytest.approx(250.0)   # the median of 100, 200, 300, 400
    assert stats["p95_latency_ms"] == 400.0 and stats["cost_usd"] == pytest.approx(0.004)


def test_re_registering_keeps_unchanged_rows_results_and_drops_changed_ones(tmp_path, store_backend):
    info, parsed = _campaign(tmp_path)
    db = tmp_path / "home" / "tapsite.duckdb"
    with operational.connect(db) as con:
        campaign_store.save_campaign(con, info, parsed)
        campaign_store.save_stage(con, info.key, "intent", "run-1",
                                  [StageRecord(r.site_id, True, "{}") for r in parsed.rows])
    edited = [BRIEFS[0].replace("pink", "biru"), *BRIEFS[1:]]
    info2, parsed2 = _campaign(tmp_path, edited)
    assert info2.key == info.key
    with operational.connect(db) as con:
        moved = campaign_store.save_campaign(con, info2, parsed2)
        kept = campaign_store.stage_ids(con, info.key, "intent")
    assert moved["changed"] == 1 and kept == [r.site_id for r in parsed2.rows[1:]]
    other, parsed3 = _campaign(tmp_path, BRIEFS[1:2], name="autumn")   # another campaign, an unchanged row
    with operational.connect(db) as con:
        assert campaign_store.save_campaign(con, other, parsed3) == {"changed": 0, "kept": 0}
        assert campaign_store.list_campaigns(con)[0][1] == "spring"


def test_site_versions_keys_and_conversations(tmp_path, store_backend):
    db = tmp_path / "home" / "tapsite.duckdb"
    cols = versions.VERSION_COLUMNS
    base = dict.fromkeys(cols)
    base.update(source="campaign", brief=json.dumps({"text": "x"}), intent="{}", design="{}", content="{}",
                images="[]", overrides="{}", hashes="{}")

    def row(site, sub, deploy):
        return tuple({**base, "site_id": site, "subdomain": sub, "deploy_version": deploy}[c] for c in cols)
    with operational.connect(db) as con:
        assert versions.record_versions(con, [row("s1", "ani", "d1")]) == {"s1": 1}
        assert versions.record_versions(con, [row("s1", "ani-2", "d2"), row("s2", "budi", "d1")]) == {"s1": 2,
                                                                                                     "s2": 1}
        assert versions.record_versions(con, [row("s1", "ani-2", "d2"), row("s2", "budi", "d1")]) == {"s1": 2,
                                                                                                     "s2": 1}
        assert versions.subdomains_of(con, ["s1", "s2", "s3"]) == {"s1": "ani-2", "s2": "budi"}
        assert versions.subdomains_of(con, []) == {}
        conv = Conversation(id="c1")
        chat_store.save(con, conv, "s1")
        first = con.execute("SELECT created_at FROM conversations").fetchone()
        chat_store.save(con, conv.model_copy(update={"subdomain": "ani"}), "s1")
        assert con.execute("SELECT created_at, subdomain FROM conversations").fetchall() == [(first[0], "ani")]


def test_form_submissions_settings_and_leads(tmp_path, store_backend):
    db = tmp_path / "home" / "tapsite.duckdb"
    db.parent.mkdir(parents=True)
    writer = forms_store.Writer(db)
    try:
        subs = [forms_store.Submission(f"sub-{i}", "s1", "ani", "v1", "order" if i else "contact", {"qty": i},
                                       "Ani", "0812", None, None) for i in range(3)]
        done: list[Future] = [writer.save(s) for s in subs] + [writer.save(subs[0])]   # a resent post
        assert [f.result(timeout=30) for f in done] == [True, True, True, False]
        assert writer.record_delivery("sub-0", "webhook", True, 1, 200, None).result(timeout=30)
    finally:
        writer.close()
    forms_store.set_site_settings(db, "ani", tier="pro", notify_email="a@example.com")
    assert forms_store.set_site_settings(db, "ani", webhook_url="https://hooks.example.com/x")["tier"] == "pro"
    assert forms_store.site_settings(db, "ani") == {"tier": "pro", "webhook_url": "https://hooks.example.com/x",
                                                    "notify_email": "a@example.com"}
    leads = forms_store.list_submissions(db, "ani")
    assert [(d["submission_id"], d["data"]) for d in leads] == [(f"sub-{i}", {"qty": i}) for i in range(3)]
    with operational.connect(db) as con:
        con.execute("INSERT INTO websites (site_id, brief, campaign, subdomain) VALUES ('s1', 'x', 'spring', 'ani')")
        by_campaign = forms_store.leads_per_campaign(con)
        assert forms_store.count_by_site(con) == {"ani": 3}
        con.execute("INSERT INTO ai_generation_logs (run_id, site_id, stage, model, tokens_in, cost_usd, success,"
                    " cache_hit) VALUES ('r', 's1', 'intent', 'm', 5, 0.1234567, true, false)")
        costs = cost_by_campaign(con)
    assert [(r["campaign"], r["sites"], r["leads"], r["order"], r["contact"]) for r in by_campaign] == [
        ("spring", 1, 3, 2, 1)]
    assert costs == [{"campaign": "spring", "sites": 1, "answered": 1, "failed_attempts": 0, "cache_hits": 0,
                      "fallbacks": 0, "tokens_in": 5, "tokens_out": 0, "cost_usd": 0.123457, "saved_usd": 0.0,
                      "cost_per_site_usd": 0.123457}]


def test_the_store_is_named_by_tapsite_store(monkeypatch, tmp_path):
    monkeypatch.setenv(operational.STORE_ENV, "mysql://x")
    with pytest.raises(ConfigError, match="TAPSITE_STORE"):
        operational.postgres_dsn()
    monkeypatch.setenv(operational.STORE_ENV, "postgresql://tapsite:secret@127.0.0.1:5999/tapsite")
    assert operational.describe(tmp_path / "t.duckdb") == "postgresql://127.0.0.1:5999/tapsite"   # no password
    monkeypatch.setenv(operational.STORE_ENV, "duckdb")
    assert operational.postgres_dsn() is None and not operational.exists(tmp_path / "t.duckdb")
