"""The operational store: where sites and their versions, campaign rows and stage results, generation logs,
timings, deployments, policy refusals, conversations and form submissions are written and read.

`TAPSITE_STORE` chooses it: unset (or `duckdb`) → the project home's DuckDB file, through store.connect
(the embedded default: one file, processes taking turns on its lock); `postgresql://…` → that PostgreSQL
database (the production profile's, so many worker processes write at once). Both are migrated from the
same `store.MIGRATIONS` and read the same SQL. Evaluations, site metrics and ratings stay in DuckDB
(`store.connect` on the home's file) whichever is chosen.

A home whose production profile is up (`tapsite production up`) names its store in
`<home>/production/state.json`; with TAPSITE_STORE unset, every command on that home (`tapsite campaign
status`, `versions`, `generate`, `refine`, …) uses it, so the shell needs no variable and no command writes
the home's DuckDB file while the workers write PostgreSQL. TAPSITE_STORE, when set (`duckdb` included), wins;
a home without a running profile is unchanged.
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


def postgres_dsn(db_path: Path | None = None) -> str | None:
    """The PostgreSQL database TAPSITE_STORE names, or None for the embedded DuckDB store. Without the
    variable, a home (the folder of `db_path`) whose production profile is up has that profile's store, so a
    command run there reads and writes where the workers do."""
    raw = os.environ.get(STORE_ENV, "").strip()
    if raw == "" and db_path is not None:
        return profile_store(db_path.parent)
    if raw in ("", "duckdb"):
        return None
    if raw.startswith(("postgresql://", "postgres://")):
        return raw
    raise ConfigError(f"{STORE_ENV}={raw!r} is not a store; use duckdb (the default) or "
                      "postgresql://USER@HOST:PORT/DATABASE")


def describe(db_path: Path) -> str:
    """Where the operational rows live, for messages (the DSN without a password)."""
    dsn = postgres_dsn(db_path)
    if dsn is None:
        return str(db_path)
    from urllib.parse import urlsplit
    parts = urlsplit(dsn)
    return f"{parts.scheme}://{parts.hostname}:{parts.port}{parts.path}"


def exists(db_path: Path) -> bool:
    """Whether there can be rows to read yet (a DuckDB file that was never written has none)."""
    return postgres_dsn(db_path) is not None or db_path.exists()


@contextmanager
def connect(db_path: Path, read_only: bool = False, timeout_s: float | None = None) -> Iterator[Any]:
    """A short-lived connection to the operational store (a DuckDB connection, or pg_store.PgConnection:
    both take `execute(sql, params)` with `?` placeholders and return rows from fetchall/fetchone)."""
    dsn = postgres_dsn(db_path)
    if dsn is None:
        with store.connect(db_path, read_only=read_only, timeout_s=timeout_s) as con:
            yield con
        return
    from tapsite_pipeline import pg_store
    with pg_store.connect(dsn) as pg:   # MVCC: readers never wait for writers, so read_only changes nothing
        yield pg


def profile_store(home: Path) -> str | None:
    """The operational store of the home's production profile while its PostgreSQL runs (as `up` recorded it in
    state.json); None when the home has no profile, or its profile is down (the rows it wrote stay in its
    PostgreSQL until it is up again)."""
    import json
    state = home / "production" / "state.json"
    if not state.is_file():
        return None
    data = json.loads(state.read_text(encoding="utf-8"))
    pg = next((p for p in data.get("procs", []) if p.get("name") == "postgres"), None)
    url = data.get("store_url")
    if pg is None or not url or not _alive(int(pg["pid"])):
        return None
    return str(url)


def _alive(pid: int) -> bool:
    """A running process (not a zombie the init process has yet to reap)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")
