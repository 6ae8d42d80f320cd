"""The store's schema on PostgreSQL: the same `store.MIGRATIONS`, applied in the same order and recorded in the
same `schema_migrations` table, through psycopg2 — the first piece of the PostgreSQL operational store.

The migrations are written in the SQL both engines read; the one DuckDB spelling PostgreSQL lacks is
translated here (`DOUBLE` → `DOUBLE PRECISION`), so there is one list of migrations, never two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tapsite_pipeline.store import MIGRATIONS

_LOCK = "SELECT pg_advisory_xact_lock(hashtext('tapsite.schema_migrations'))"
_DOUBLE = re.compile(r"\bDOUBLE\b(?!\s+PRECISION)", re.IGNORECASE)


def pg_sql(sql: str) -> str:
    """A statement of the store's SQL, as PostgreSQL reads it (types and `?` placeholders)."""
    return _DOUBLE.sub("DOUBLE PRECISION", sql).replace("?", "%s")


@contextmanager
def connect(dsn: str) -> Iterator[Any]:
    """A short-lived psycopg2 connection (committed on success, rolled back on error)."""
    import psycopg2
    con = psycopg2.connect(dsn)
    try:
        with con:
            yield con
    finally:
        con.close()


def migrate(con: Any) -> list[str]:
    """Apply every migration not yet recorded, in list order, each in its own transaction (as store.migrate).

    A transaction-level advisory lock makes concurrent first connections (several workers) take turns
    instead of racing to create the same table.
    """
    ran: list[str] = []
    with con.cursor() as cur:
        cur.execute(_LOCK)   # IF NOT EXISTS alone still races on a first start
        cur.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR UNIQUE,"
                    " applied_at TIMESTAMPTZ DEFAULT current_timestamp)")
    con.commit()
    for name, sql in MIGRATIONS:
        with con.cursor() as cur:
            cur.execute(_LOCK)
            cur.execute("SELECT 1 FROM schema_migrations WHERE name = %s", (name,))
            if cur.fetchone() is None:
                cur.execute(pg_sql(sql))
                cur.execute(pg_sql("INSERT INTO schema_migrations (version, name) SELECT coalesce(max(version), 0)"
                                   " + 1, ? FROM schema_migrations"), (name,))
                ran.append(name)
        con.commit()
    return ran
