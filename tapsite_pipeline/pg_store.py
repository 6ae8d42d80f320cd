"""The operational store on PostgreSQL: the same `store.MIGRATIONS`, applied in the same order and recorded in
the same `schema_migrations` table, and a connection that reads the store's SQL as DuckDB does.

The store's queries are written in the SQL both engines read (tapsite_pipeline.sql); what is left to
translate is spelling only, done here: `?` placeholders → `%s`, `DOUBLE` → `DOUBLE PRECISION`. JSON columns
come back as the text DuckDB returns (not decoded), and statements commit one by one unless the caller
opens a transaction with `BEGIN`, as on DuckDB.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from tapsite_pipeline.store import MIGRATIONS

_LOCK = "SELECT pg_advisory_xact_lock(hashtext('tapsite.schema_migrations'))"
_DOUBLE = re.compile(r"\bDOUBLE\b(?!\s+PRECISION)", re.IGNORECASE)
_TOKENS = re.compile(r"'(?:[^']|'')*'|\?|%")   # a string literal, a placeholder, or a percent sign


def _token(m: re.Match[str]) -> str:
    text = m.group(0)
    if text == "?":
        return "%s"
    return text.replace("%", "%%")   # psycopg2 reads % everywhere, literals included


def pg_sql(sql: str) -> str:
    """A statement of the store's SQL, as PostgreSQL (through psycopg2) reads it."""
    return _TOKENS.sub(_token, _DOUBLE.sub("DOUBLE PRECISION", sql))


def _value(v: Any) -> Any:
    """A parameter psycopg2 can send: numpy scalars as Python ones, NaN (a pandas gap) as NULL, [] typed."""
    if hasattr(v, "item") and not isinstance(v, list | tuple | str | bytes):
        v = v.item()
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, list) and not v:
        from psycopg2.extensions import AsIs
        return AsIs("ARRAY[]::text[]")   # an empty list has no element type to infer (`unnest('{}')` fails)
    return v


def _params(params: Any) -> tuple[Any, ...]:
    return tuple(_value(v) for v in (params or ()))


class PgConnection:
    """A psycopg2 connection with the calls the store makes on a DuckDB one (execute → self, fetch*)."""

    def __init__(self, raw: Any):
        self.raw = raw
        self._cur = raw.cursor()

    def execute(self, sql: str, params: Any = None, /) -> PgConnection:
        self._cur.execute(pg_sql(sql), _params(params))
        return self

    def executemany(self, sql: str, params: Iterable[Sequence[Any]], /) -> PgConnection:
        from psycopg2.extras import execute_batch
        execute_batch(self._cur, pg_sql(sql), [_params(p) for p in params], page_size=500)
        return self

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self._cur.fetchall())

    def fetchone(self) -> tuple[Any, ...] | None:
        row = self._cur.fetchone()
        return None if row is None else tuple(row)

    @property
    def description(self) -> Any:
        return self._cur.description

    @property
    def in_transaction(self) -> bool:
        """Inside a caller's BEGIN … COMMIT (the connection is otherwise in autocommit)."""
        import psycopg2.extensions
        return bool(self.raw.info.transaction_status != psycopg2.extensions.TRANSACTION_STATUS_IDLE)

    def lock_keys(self, keys: Iterable[str]) -> None:
        """Hold a transaction-level advisory lock per key until the transaction ends. Taken in the order of the
        keys' hashes, the order every writer uses, so two writers of overlapping keys wait, never deadlock."""
        self._cur.execute("SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext(k) AS h"
                          " FROM unnest(%s::text[]) AS k ORDER BY h) AS ordered", (sorted(set(keys)),))

    def register_rows(self, name: str, columns: list[str], rows: Iterable[Sequence[Any]], like: str) -> None:
        """Rows as a temporary table `name`, its columns typed as in table `like` (sql.registered)."""
        from psycopg2.extras import execute_values
        cols = ", ".join(columns)
        self._cur.execute(f"DROP TABLE IF EXISTS {name}")
        self._cur.execute(f"CREATE TEMP TABLE {name} AS SELECT {cols} FROM {like} WITH NO DATA")
        execute_values(self._cur, f"INSERT INTO {name} ({cols}) VALUES %s", [_params(r) for r in rows],
                       page_size=1000)


_migrated: set[str] = set()
_migrated_lock = threading.Lock()


@contextmanager
def connect(dsn: str, migrate_first: bool = True) -> Iterator[PgConnection]:
    """A short-lived connection to the store's database; the migrations run on a process's first one."""
    import psycopg2
    import psycopg2.extras
    raw = psycopg2.connect(dsn)
    try:
        # JSON as text, as DuckDB returns it: the callers decode it (into pydantic models) themselves
        psycopg2.extras.register_default_json(raw, loads=lambda s: s)
        psycopg2.extras.register_default_jsonb(raw, loads=lambda s: s)
        if migrate_first and dsn not in _migrated:
            with _migrated_lock:
                migrate(raw)
                _migrated.add(dsn)
        raw.autocommit = True   # each statement commits unless the caller says BEGIN … COMMIT, as on DuckDB
        con = PgConnection(raw)
        try:
            yield con
        except BaseException:
            if raw.info.transaction_status != psycopg2.extensions.TRANSACTION_STATUS_IDLE:
                raw.rollback()
            raise
    finally:
        raw.close()


def migrate(con: Any) -> list[str]:
    """Apply every migration not yet recorded, in list order, each in its own transaction (as store.migrate).

    `con` is a raw psycopg2 connection. A transaction-level advisory lock makes concurrent first
    connections (several workers) take turns instead of racing to create the same table.
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
