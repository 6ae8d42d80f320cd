"""The store's migrations on a real PostgreSQL (the profile's, started from nothing): the same tables and
columns as the embedded DuckDB store, applied once however often or however many processes ask, and the
connection the store's functions use reading the store's SQL as DuckDB does."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import psycopg2
import pytest

from tapsite_pipeline import store
from tapsite_pipeline.production import pg_store

pytestmark = pytest.mark.integration


def _new_db(pg_server, name: str) -> str:
    con = psycopg2.connect(pg_server.pg_dsn("postgres"))
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f"CREATE DATABASE {name}")
    finally:
        con.close()
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
        assert con.execute("SELECT count(*) FROM site_keys WHERE site_id IN (SELECT unnest(?))", [[]]).fetchone() == (0,)
        con.execute("BEGIN")   # a transaction the caller opens is rolled back as a whole
        con.execute("DELETE FROM site_keys")
        con.execute("ROLLBACK")
        assert con.execute("SELECT count(*) FROM site_keys").fetchone() == (2,)
