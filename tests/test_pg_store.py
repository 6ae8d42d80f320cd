"""The store's migrations on a real PostgreSQL (the profile's, started from nothing): the same tables and
columns as the embedded DuckDB store, applied once however often or however many processes ask, and the
connection the store's functions use reading the store's SQL as DuckDB does."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import psycopg2
import pytest

from peers.postgres import create_database
from tapsite_pipeline import pg_store, store

pytestmark = pytest.mark.integration


def _new_db(pg_server, name: str) -> str:
    create_database(pg_server.pg_dsn("postgres"), name)
    return pg_server.pg_dsn(name)


def _columns(rows) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(table, set()).add(column)
    return out


def test_the_same_migrations_give_postgres_the_duckdb_schema(pg_server, tmp_path):
    raw = psycopg2.connect(_new_db(pg_server, "schema_check"))
    try:
        ran = pg_store.migrate(raw)
        assert ran == [name for name, _ in store.MIGRATIONS]
        assert pg_store.migrate(raw) == []   # recorded by name: never twice
        with raw.cursor() as cur:
            cur.execute("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'")
            pg_cols = _columns(cur.fetchall())
            cur.execute("SELECT name FROM schema_migrations ORDER BY version")
            assert [n for (n,) in cur.fetchall()] == ran
    finally:
        raw.close()
    with store.connect(tmp_path / "t.duckdb") as con:
        duck_cols = _columns(con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                          "WHERE table_schema = 'main'").fetchall())
    assert pg_cols == duck_cols
    assert {"websites", "campaign_stage_results", "ai_generation_logs", "form_submissions"} <= set(pg_cols)


def test_concurrent_first_connections_migrate_once(pg_server):
    dsn = _new_db(pg_server, "race_check")

    def first(_: int) -> list[str]:
        raw = psycopg2.connect(dsn)
        try:
            return pg_store.migrate(raw)
        finally:
            raw.close()

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(first, range(4)))
    applied = [name for r in results for name in r]   # they share the work, each migration exactly once
    assert sorted(applied) == sorted(name for name, _ in store.MIGRATIONS)


def test_the_store_sql_reads_the_same_json_arrays_doubles_and_transactions(pg_server):
    with pg_store.connect(_new_db(pg_server, "rows_check")) as con:
        con.execute("INSERT INTO campaign_stage_results (campaign, stage, site_id, ok, payload, ms, cost_usd, run_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ("spring", "intent", "s1", True,
                                                          json.dumps({"brand": "Toko 100% Ani?"}), 1.25, 0.0, "r1"))
        con.executemany("INSERT INTO site_keys (site_id, contacts) VALUES (?, ?)",
                        [("s1", ["+6281234567890"]), ("s2", [])])
        # JSON comes back as the stored text (as from DuckDB); `?` and `%` inside a literal are text
        assert con.execute("SELECT payload, payload->>'brand', ms FROM campaign_stage_results WHERE site_id = ?"
                           " AND stage LIKE '%nt%' AND run_id <> '?'", ["s1"]).fetchone() == (
            '{"brand": "Toko 100% Ani?"}', "Toko 100% Ani?", 1.25)
        assert con.execute("SELECT site_id, contacts FROM site_keys WHERE site_id IN (SELECT unnest(?))"
                           " ORDER BY site_id", [["s1", "s2"]]).fetchall() == [("s1", ["+6281234567890"]), ("s2", [])]
        none = con.execute("SELECT count(*) FROM site_keys WHERE site_id IN (SELECT unnest(?))", [[]]).fetchone()
        assert none == (0,)   # an empty list is a typed empty array
        con.execute("BEGIN")   # a transaction the caller opens is rolled back as a whole
        con.execute("DELETE FROM site_keys")
        con.execute("ROLLBACK")
        assert con.execute("SELECT count(*) FROM site_keys").fetchone() == (2,)


def test_a_campaign_exported_to_parquet_reads_the_same_in_duckdb(pg_server, tmp_path):
    from tapsite_pipeline.campaigns import store as campaign_store
    from tapsite_pipeline.campaigns.intake import accept_file, parse_campaign
    from tapsite_pipeline.campaigns.store import StageRecord
    from tapsite_pipeline.production.export import campaign_report, export_campaign
    from tapsite_pipeline.providers.base import GenerationLog

    src = tmp_path / "spring.csv"
    src.write_text("id,brief\n" + "".join(f"r{i},Toko Kue nomor {i} jual nastar di Bandung\n" for i in range(12)),
                   encoding="utf-8")
    info, _ = accept_file(tmp_path / "home", src, name="spring")
    parsed = parse_campaign(src.read_bytes(), info.key, scope=info.name)
    ids = [r.site_id for r in parsed.rows]
    dsn = _new_db(pg_server, "export_check")
    with pg_store.connect(dsn) as con:
        campaign_store.save_campaign(con, info, parsed)
        log = GenerationLog(stage="intent", prompt="intent@1", model="offline:rules", latency_ms=2.0, cost_usd=0.01)
        campaign_store.save_stage(con, info.key, "intent", "run-1",
                                  [StageRecord(s, True, "{}", ms=float(i), logs=[log]) for i, s in enumerate(ids)])
        campaign_store.save_stage(con, info.key, "design", "run-1",
                                  [StageRecord(s, i % 4 != 0, "{}" if i % 4 else None, error=None if i % 4 else "x")
                                   for i, s in enumerate(ids)])
        counts = campaign_store.stage_counts(con, info.key)
    with pytest.raises(Exception, match="no campaign"):
        export_campaign(dsn, "autumn", tmp_path / "none")
    out = export_campaign(dsn, info.key, tmp_path / "export")
    assert out["rows"]["campaign_items"] == 12 and out["rows"]["campaign_stage_results"] == 24
    assert out["rows"]["ai_generation_logs"] == 12 and out["rows"]["websites"] == 0   # empty tables export too
    report = campaign_report(tmp_path / "export")
    assert {s: {"ok": r["ok"], "failed": r["failed"]} for s, r in report["stages"].items()} == counts
    assert report["stages"]["intent"]["p50_ms"] == 5.5
    assert report["models"] == {"offline:rules": {"calls": 12, "errors": 0, "cost_usd": 0.12}}
