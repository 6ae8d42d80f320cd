"""The campaign's set-based writes produce exactly the rows the one-site writers in store.py produce, on both
operational stores (DuckDB, PostgreSQL)."""

from __future__ import annotations

from tapsite_pipeline import operational, store
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.providers.base import GenerationLog

LOG_COLUMNS = ("run_id, site_id, stage, prompt, model, tokens_in, tokens_out, cost_usd, latency_ms, success, error,"
               " cache_hit, fallback_from, call_id, requested_model, prompt_hash, original_tokens_in,"
               " original_cost_usd, original_latency_ms")
QUERIES = (f"SELECT {', '.join(store.WEBSITE_COLUMNS)} FROM websites",
           "SELECT * FROM deployments",
           f"SELECT {LOG_COLUMNS} FROM ai_generation_logs ORDER BY stage")


def test_batch_writes_match_store_writers(tmp_path, store_backend):
    rt = Runtime.local(tmp_path / "home")
    result = generate_site(make_brief("Toko Kue Ani jual nastar dan kastengel di Bandung, warna pink"), rt)
    logs = [GenerationLog(stage="intent", prompt="intent@1", model="offline:rules", tokens_in=10, latency_ms=1.5),
            GenerationLog(stage="content", prompt="seo@1", model="offline:rules", success=False, error="boom")]

    def rows(path):
        with operational.connect(path, read_only=True) as con:
            return [con.execute(sql).fetchall() for sql in QUERIES]

    store_backend.fresh()
    one, batch = tmp_path / "one.duckdb", tmp_path / "batch.duckdb"
    with operational.connect(one) as con:
        store.save_site(con, result, campaign="c-x", row_id="r1")
        store.save_logs(con, "run-1", result.site_id, logs)
    by_site = rows(one)
    store_backend.fresh()
    with operational.connect(batch) as con:
        campaign_store.save_sites_batch(con, [result], "c-x", {result.site_id: "r1"})
        campaign_store.save_sites_batch(con, [result], "c-x", {result.site_id: "r1"})  # idempotent
        campaign_store.save_logs_batch(con, "run-1", [(result.site_id, logs)])
    by_batch = rows(batch)
    assert [len(r) for r in by_site] == [1, 1, 2]
    for sql, a, b in zip(QUERIES, by_site, by_batch, strict=True):
        assert a == b, sql
