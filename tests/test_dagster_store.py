"""The campaign's set-based writes produce exactly the rows the one-site writers in store.py produce."""

from __future__ import annotations

from tapsite_pipeline import store
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.providers.base import GenerationLog


def test_batch_writes_match_store_writers(tmp_path):
    rt = Runtime.local(tmp_path / "home")
    result = generate_site(make_brief("Toko Kue Ani jual nastar dan kastengel di Bandung, warna pink"), rt)
    logs = [GenerationLog(stage="intent", prompt="intent@1", model="offline:rules", tokens_in=10, latency_ms=1.5),
            GenerationLog(stage="content", prompt="seo@1", model="offline:rules", success=False, error="boom")]
    one, batch = tmp_path / "one.duckdb", tmp_path / "batch.duckdb"
    with store.connect(one) as con:
        store.save_site(con, result, campaign="c-x", row_id="r1")
        store.save_logs(con, "run-1", result.site_id, logs)
    with store.connect(batch) as con:
        campaign_store.save_sites_batch(con, [result], "c-x", {result.site_id: "r1"})
        campaign_store.save_sites_batch(con, [result], "c-x", {result.site_id: "r1"})  # idempotent
        campaign_store.save_logs_batch(con, "run-1", [(result.site_id, logs)])

    def rows(path, sql):
        with store.connect(path, read_only=True) as con:
            return con.execute(sql).fetchall()
    for sql in ("SELECT * EXCLUDE (created_at, updated_at) FROM websites",
                "SELECT * FROM deployments",
                "SELECT * EXCLUDE (created_at) FROM ai_generation_logs ORDER BY stage"):
        assert rows(one, sql) == rows(batch, sql), sql
