"""The operational store: where sites and their versions, campaign rows and stage results, generation logs,
timings, deployments, policy refusals, conversations and form submissions are written and read.

`TAPSITE_STORE` chooses it: unset (or `duckdb`) → the project home's DuckDB file, through store.connect
(the embedded default: one file, processes taking turns on its lock); `postgresql://…` → that PostgreSQL
database (the production profile's, so many worker processes write at once). Both are migrated from the
same `store.MIGRATIONS` and read the same SQL. Evaluations, site metrics and ratings stay in DuckDB
(`store.connect` on the home's file) whichever is chosen.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tapsite_pipeline import store
from tapsite_pipeline.errors import ConfigError

STORE_ENV = "TAPSITE_STORE"


def postgres_dsn() -> str | None:
    """The PostgreSQL database TAPSITE_STORE names, or None for the embedded DuckDB store."""
    raw = os.environ.get(STORE_ENV, "").strip()
    if raw in ("", "duckdb"):
        return None
    if raw.startswith(("postgresql://", "postgres://")):
        return raw
    raise ConfigError(f"{STORE_ENV}={raw!r} is not a store; use duckdb (the default) or "
                      "postgresql://USER@HOST:PORT/DATABASE")


def describe(db_path: Path) -> str:
    """Where the operational rows live, for messages (the DSN without a password)."""
    dsn = postgres_dsn()
    if dsn is None:
        return str(db_path)
    from urllib.parse import urlsplit
    parts = urlsplit(dsn)
    return f"{parts.scheme}://{parts.hostname}:{parts.port}{parts.path}"


def exists(db_path: Path) -> bool:
    """Whether there can be rows to read yet (a DuckDB file that was never written has none)."""
    return postgres_dsn() is not None or db_path.exists()


@contextmanager
def connect(db_path: Path, read_only: bool = False, timeout_s: float | None = None) -> Iterator[Any]:
    """A short-lived connection to the operational store (a DuckDB connection, or pg_store.PgConnection:
    both take `execute(sql, params)` with `?` placeholders and return rows from fetchall/fetchone)."""
    dsn = postgres_dsn()
    if dsn is None:
        with store.connect(db_path, read_only=read_only, timeout_s=timeout_s) as con:
            yield con
        return
    from tapsite_pipeline import pg_store
    with pg_store.connect(dsn) as pg:   # MVCC: readers never wait for writers, so read_only changes nothing
        yield pg
