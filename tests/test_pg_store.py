"""The store's migrations on a real PostgreSQL (the profile's, started from nothing): the same tables and
columns as the embedded DuckDB store, applied once however often or however many processes ask, and rows
of the operational tables written and read back through psycopg2."""

from __future__ import annotations

import json
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tapsite_pipeline import store
from tapsite_pipeline.production import pg_store, servers

pytestmark = pytest.mark.production


@pytest.fixture(scope="module")
def pg():
    root = Path(tempfile.mkdtemp(prefix="tapsite-pg-"))
    root.chmod(0o711)   # PostgreSQL runs as its own account and must reach the home
    prof = servers.start_postgres(root / "home")
    yield prof
    stopped = servers.down(root / "home")
    shutil.rmtree(root, ignore_errors=True)
    assert [p["name"] for p in stopped] == ["postgres"] and all(p["stopped"] for p in stopped)


def _columns(rows) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(table, set()).add(column)
    return out


def test_the_same_migrations_give_postgres_the_duckdb_schema(pg, tmp_path):
    with pg_store.connect(pg.pg_dsn()) as con:
        ran = pg_store.migrate(con)
        assert ran == [name for name, _ in store.MIGRATIONS]
        assert pg_store.migrate(con) == []   # recorded by name: never twice
        with con.cursor() as cur:
            cur.execute("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'")
            pg_cols = _columns(cur.fetchall())
            cur.execute("SELECT name FROM schema_migrations ORDER BY version")
            assert [n for (n,) in cur.fetchall()] == ran
    with store.connect(tmp_path / "t.duckdb") as con:
        duck_cols = _columns(con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                          "WHERE table_schema = 'main'").fetchall())
    assert pg_cols == duck_cols
    assert {"websites", "campaign_stage_results", "ai_generation_logs", "form_submissions"} <= set(pg_cols)


def test_concurrent_first_connections_migrate_once(pg):
    dsn = pg.pg_dsn("postgres")   # a database no test has migrated yet

    def first(_: int) -> list[str]:
        with pg_store.connect(dsn) as con:
            return pg_store.migrate(con)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(first, range(4)))
    applied = [name for r in results for name in r]   # they share the work, each migration exactly once
    assert sorted(applied) == sorted(name for name, _ in store.MIGRATIONS)


def test_operational_rows_round_trip_with_json_arrays_and_doubles(pg):
    with pg_store.connect(pg.pg_dsn()) as con:
        pg_store.migrate(con)
        with con.cursor() as cur:
            cur.execute(pg_store.pg_sql(
                "INSERT INTO campaign_stage_results (campaign, stage, site_id, ok, payload, ms, cost_usd, run_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), ("spring", "intent", "s1", True, json.dumps({"brand": "Toko Ani"}),
                                                     1.25, 0.0, "r1"))
            cur.execute(pg_store.pg_sql("INSERT INTO site_keys (site_id, contacts) VALUES (?, ?)"),
                        ("s1", ["+6281234567890"]))
            cur.execute("SELECT payload->>'brand', ms FROM campaign_stage_results WHERE site_id = 's1'")
            assert cur.fetchone() == ("Toko Ani", 1.25)
            cur.execute("SELECT contacts FROM site_keys WHERE site_id = 's1'")
            assert cur.fetchone() == (["+6281234567890"],)
