"""The operational store's two backends for the store tests: the embedded DuckDB file, and a real PostgreSQL
started from nothing (the production profile's `start_postgres`: initdb, a free loopback port) once per test
module, with a fresh database for each test.

A test asks for `store_backend`; it runs once per backend. The PostgreSQL run is an integration test (it
starts a server), so `pytest -m unit` runs the DuckDB one only and never starts PostgreSQL.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from tapsite_pipeline.operational import STORE_ENV


def create_database(admin_dsn: str, name: str) -> None:
    """CREATE DATABASE `name` through the server's maintenance database (it cannot run in a transaction)."""
    import psycopg2
    con = psycopg2.connect(admin_dsn)
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f"CREATE DATABASE {name}")
    finally:
        con.close()


@dataclass
class StoreBackend:
    name: str                 # "duckdb" | "postgresql"
    port: int = 0
    monkeypatch: pytest.MonkeyPatch | None = None

    def fresh(self) -> str | None:
        """Point TAPSITE_STORE at a new empty database (PostgreSQL); the DuckDB backend needs nothing: each
        test's files are its own. Returns the database's URL."""
        if self.name == "duckdb":
            return None
        db = f"t_{uuid.uuid4().hex[:12]}"
        create_database(f"postgresql://tapsite@127.0.0.1:{self.port}/postgres", db)
        url = f"postgresql://tapsite@127.0.0.1:{self.port}/{db}"
        assert self.monkeypatch is not None
        self.monkeypatch.setenv(STORE_ENV, url)
        return url


@pytest.fixture(scope="module")
def pg_server():
    """A PostgreSQL for the module, from nothing; stopped (by its PID) and removed after the last test."""
    from tapsite_pipeline.production import servers
    root = Path(tempfile.mkdtemp(prefix="tapsite-pg-"))
    root.chmod(0o711)   # PostgreSQL runs as its own account and must reach the folder
    prof = servers.start_postgres(root / "home")
    yield prof
    stopped = servers.down(root / "home")
    shutil.rmtree(root, ignore_errors=True)
    assert all(p["stopped"] for p in stopped), stopped


@pytest.fixture(params=["duckdb", pytest.param("postgresql", marks=pytest.mark.integration)])
def store_backend(request, monkeypatch):
    """The operational store each test runs on: TAPSITE_STORE unset (DuckDB), or a fresh PostgreSQL database."""
    monkeypatch.delenv(STORE_ENV, raising=False)
    if request.param == "duckdb":
        return StoreBackend("duckdb")
    backend = StoreBackend("postgresql", request.getfixturevalue("pg_server").pg_port, monkeypatch)
    backend.fresh()
    return backend
