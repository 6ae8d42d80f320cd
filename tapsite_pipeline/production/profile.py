"""The production profile's layout under the project home: ports, PIDs, paths, the environment every
process of the profile shares, and the Dagster instance on PostgreSQL.

Everything lives in `<home>/production/` (state.json, pg/, redis/, logs/, metrics/, dagster/), so a
profile is brought up from nothing and removed with its folder.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.files import atomic_write
from tapsite_pipeline.settings import Settings

PG_USER, PG_DB = "tapsite", "dagster"   # the cluster's superuser role and Dagster's database
PG_STORE_DB = "tapsite"                  # the operational store's database (pg_store.py)
WARM_LINE = "tapsite: campaign_job loaded"   # each worker logs it when ready for steps; `up` waits for it
MAX_CONCURRENT_RUNS = 4                  # campaigns queued at once; their steps share the workers


@dataclass
class Proc:
    """One server process the profile started: its name, PID and log."""

    name: str
    pid: int
    log: str
    argv: list[str] = field(default_factory=list)


@dataclass
class Profile:
    home: Path
    pg_port: int = 0
    redis_port: int = 0
    metrics_port: int = 0
    prometheus_port: int = 0
    procs: list[Proc] = field(default_factory=list)

    @classmethod
    def at(cls, home: str | Path | None) -> Profile:
        """The profile of a home: as recorded by `up`, or empty (nothing started yet)."""
        settings = Settings.load(home)
        state = settings.home / "production" / "state.json"
        if not state.exists():
            return cls(home=settings.home)
        data = json.loads(state.read_text(encoding="utf-8"))
        procs = [Proc(**p) for p in data.pop("procs", [])]
        return cls(home=settings.home, procs=procs, **{k: v for k, v in data.items() if k not in ("home", "store_url")})

    @property
    def root(self) -> Path:
        return self.home / "production"

    def path(self, *parts: str) -> Path:
        return self.root.joinpath(*parts)

    def save(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        data = {k: v for k, v in asdict(self).items() if k != "home"}
        # read by operational.profile_store: the operator's commands find the workers' store without the variable
        data["store_url"] = self.store_url
        atomic_write(self.path("state.json"), json.dumps(data, indent=2))

    def proc(self, name: str) -> Proc | None:
        return next((p for p in self.procs if p.name == name), None)

    @property
    def broker_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    @property
    def backend_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/1"

    def pg_dsn(self, db: str = PG_STORE_DB) -> str:
        return f"host=127.0.0.1 port={self.pg_port} user={PG_USER} dbname={db}"

    @property
    def store_url(self) -> str:
        """The operational store every process of the profile shares (TAPSITE_STORE): the `tapsite` database
        beside Dagster's `dagster`, unless TAPSITE_STORE already names one (a managed PostgreSQL; or `duckdb`,
        the home's file, which the workers then take turns on)."""
        own = f"postgresql://{PG_USER}@127.0.0.1:{self.pg_port}/{PG_STORE_DB}"
        return os.environ.get("TAPSITE_STORE", "").strip() or own

    @property
    def dagster_home(self) -> Path:
        return self.path("dagster")

    def env(self) -> dict[str, str]:
        """What the workers and the process launching a run must agree on (inherited by each child)."""
        return {
            "TAPSITE_HOME": str(self.home),
            "TAPSITE_ENV": "prod",
            "TAPSITE_EXECUTOR": "celery",
            "TAPSITE_MODEL": os.environ.get("TAPSITE_MODEL", ""),  # empty: each prompt's own model
            "TAPSITE_DROP_DIR": str(self.home / "drop"),
            "DAGSTER_HOME": str(self.dagster_home),
            "CELERY_BROKER_URL": self.broker_url,
            "CELERY_RESULT_BACKEND": self.backend_url,
            "PROMETHEUS_MULTIPROC_DIR": str(self.path("metrics")),
            "TAPSITE_STORE": self.store_url,   # sites, campaign rows, logs: PostgreSQL, not the home's DuckDB
        }

    def execution_config(self) -> dict[str, Any]:
        """The celery executor's run config: the broker and backend the workers listen on."""
        return {"config": {"broker": self.broker_url, "backend": self.backend_url,
                           "include": ["tapsite_pipeline.orchestration"]}}

    def write_instance(self) -> Path:
        """dagster.yaml: runs, event logs and schedules on this profile's PostgreSQL; runs queue (several at once)."""
        self.dagster_home.mkdir(parents=True, exist_ok=True)
        cfg = {
            "telemetry": {"enabled": False},
            "storage": {"postgres": {"postgres_db": {
                "hostname": "127.0.0.1", "port": self.pg_port, "db_name": PG_DB, "username": PG_USER,
                "password": "",   # trust on loopback only (pg_hba written by `up`)
                # SQLAlchemy 2.1 maps a bare postgresql:// to psycopg 3; dagster-postgres ships psycopg2
                "scheme": "postgresql+psycopg2"}}},
            "run_queue": {"max_concurrent_runs": MAX_CONCURRENT_RUNS},
            "local_artifact_storage": {"module": "dagster._core.storage.root", "class": "LocalArtifactStorage",
                                       "config": {"base_dir": str(self.dagster_home)}},
            "compute_logs": {"module": "dagster._core.storage.noop_compute_log_manager",
                             "class": "NoOpComputeLogManager"},
        }
        path = self.dagster_home / "dagster.yaml"
        atomic_write(path, "# written by `tapsite production up`\n" + yaml.safe_dump(cfg, sort_keys=False))
        return path

    def require_up(self) -> None:
        if not self.procs:
            raise ConfigError(f"the production profile of {self.home} is not running; "
                              f"start it with `tapsite production up --home {self.home}`")


def free_port() -> int:
    """A loopback port nothing listens on now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
