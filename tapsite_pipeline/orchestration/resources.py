"""Resources, chosen in one place per environment (TAPSITE_ENV = local | ci | prod).

`tapsite` gives assets the stage runtime (providers, catalog, project home); `io_manager` hands
each asset the sites its upstream stage finished, straight from the stored checkpoints, so there is one
copy of every result and a rerun or a single re-materialized asset reads exactly what is stored.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
from dagster import (
    ConfigurableIOManager,
    ConfigurableResource,
    EnvVar,
    ExecutorDefinition,
    InputContext,
    OutputContext,
)
from pydantic import Field

from tapsite_pipeline import operational, store
from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.pipeline import STAGES, Runtime
from tapsite_pipeline.providers.base import ImageProvider
from tapsite_pipeline.providers.generator import Generator
from tapsite_pipeline.settings import Settings

ENV_VAR = "TAPSITE_ENV"


_RUNTIMES: dict[tuple[str, str | None, str | None, bool], Runtime] = {}
_RUNTIMES_LOCK = threading.Lock()


def _runtime(home: str, model: str | None, image_model: str | None, use_cache: bool = True) -> Runtime:
    """One Runtime per configuration and process, built once even when worker threads ask at the same time
    (two at once would both open the response cache's fresh SQLite file and trip over its locks)."""
    key = (home, model, image_model, use_cache)
    with _RUNTIMES_LOCK:
        if key not in _RUNTIMES:
            _RUNTIMES[key] = Runtime.local(home, model=model, image_model=image_model, use_cache=use_cache)
        return _RUNTIMES[key]


class TapsiteResource(ConfigurableResource["TapsiteResource"]):
    """Where the project home is, which models answer, and how wide a batch runs."""

    home: str | None = Field(default=None, description="Project home; default $TAPSITE_HOME or ./.tapsite.")
    model: str | None = Field(default=None, description="provider:model for every LLM stage; default each "
                                                        "prompt's own.")
    image_model: str | None = Field(default=None, description="provider:model for hero images; default "
                                                               "config/providers.yaml's.")
    workers: int = Field(default=2, ge=1, le=64, description="Threads per stage batch (Pillow, I/O and LLM "
                                                             "calls release the GIL).")
    batch_size: int = Field(default=100, ge=1, description="Sites per checkpoint transaction.")
    use_cache: bool = Field(default=True, description="Reuse cached model answers (false: ask the models again).")
    drop_dir: str | None = Field(default=None, description="Folder the sensor watches; default <home>/drop.")

    def settings(self) -> Settings:
        return Settings.load(self.home)

    def runtime(self) -> Runtime:
        return _runtime(str(self.settings().home), self.model, self.image_model, self.use_cache)

    def generator(self) -> Generator:
        """This thread's Generator: each keeps its own call log, so logs stay with their site."""
        return self._worker()[0]

    def image_provider(self) -> ImageProvider:
        """This thread's image chain, logging its calls into this thread's Generator."""
        return self._worker()[1]

    def _worker(self) -> tuple[Generator, ImageProvider]:
        rt = self.runtime()
        kit = getattr(_LOCAL, "kit", None)
        if kit is None or kit[0] is not rt:
            llm = rt.generator(self.model)
            images = rt.router.images(self.image_model, sink=llm.record) if rt.router else rt.images
            kit = _LOCAL.kit = (rt, llm, images)
        return kit[1], kit[2]

    def drop_path(self) -> Path:
        return Path(self.drop_dir).expanduser().resolve() if self.drop_dir else self.settings().home / "drop"

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[Any]:
        """The operational store (campaign rows, stage results, sites, logs): DuckDB, or TAPSITE_STORE's."""
        with operational.connect(self.settings().db_path, read_only=read_only) as con:
            yield con

    @contextmanager
    def analytics(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """The home's DuckDB file, whichever the operational store: site metrics, evals, ratings."""
        with store.connect(self.settings().db_path, read_only=read_only) as con:
            yield con


_LOCAL = threading.local()


class CampaignIOManager(ConfigurableIOManager):
    """Hands an asset the site ids its upstream stage has a result for, read from DuckDB; outputs are stored.

    Each asset writes its checkpoints batch by batch while it runs (that is what survives a kill),
    so handle_output has nothing left to write; and a stage reads the results themselves a batch at a
    time (campaigns.batch.run_stage), so no step holds a whole campaign's results.
    """

    home: str | None = Field(default=None, description="Project home; the same as the tapsite resource's.")

    def handle_output(self, context: OutputContext, obj: object) -> None:
        return None

    def load_input(self, context: InputContext) -> list[str]:
        return load_ids(Settings.load(self.home), context.asset_partition_key, context.asset_key.path[-1])


def load_ids(settings: Settings, campaign: str, asset: str) -> list[str]:
    """The sites of one campaign asset, in row order: the valid rows for `briefs`, a stage's successes otherwise."""
    if asset != "briefs" and asset not in STAGES:  # asset names are the stage names
        raise ConfigError(f"the campaign IO manager does not store asset {asset!r}")
    with operational.connect(settings.db_path) as con:
        return campaign_store.stage_ids(con, campaign, asset)


def _resources(fields: dict[str, Any]) -> dict[str, Any]:
    # Not a nested resource: Dagster's nested-resource init calls a deprecated API and warns on every run.
    return {"tapsite": TapsiteResource(**fields), "io_manager": CampaignIOManager(home=fields.get("home"))}


def _env(env: str | None) -> str:
    env = env or os.environ.get(ENV_VAR, "local")
    if env not in ("local", "ci", "prod"):
        raise ConfigError(f"{ENV_VAR}={env!r} is not an environment; use local, ci or prod")
    return env


def resources_for(env: str | None = None, **overrides: str | None) -> dict[str, Any]:
    """The resources of one environment; the only place that knows which environment it is.

    `overrides` replace fields of the tapsite resource (the CLI's --home).
    """
    env = _env(env)
    fields: dict[str, Any]   # values or EnvVars, read when the resource is built
    if env == "local":  # TAPSITE_WORKERS: threads per stage batch, for tuning on bigger machines
        fields = dict(workers=int(os.environ.get("TAPSITE_WORKERS", "2")))
    elif env == "ci":
        fields = dict(workers=1, batch_size=25)
    else:
        fields = dict(home=EnvVar("TAPSITE_HOME"), model=EnvVar("TAPSITE_MODEL"),
                      image_model=os.environ.get("TAPSITE_IMAGE_MODEL", "offline:illustrations"),
                      workers=8, batch_size=200, drop_dir=EnvVar("TAPSITE_DROP_DIR"))
    fields.update({k: v for k, v in overrides.items() if v is not None})
    return _resources(fields)


def executor_for(env: str | None = None) -> ExecutorDefinition:
    """In-process everywhere a run fits one machine; in prod, TAPSITE_EXECUTOR=k8s|celery spreads steps out.

    Each step is already a whole campaign batch, so the unit of scale-out is the campaign run
    (one pod per run with the K8sRunLauncher, see deploy/dagster-prod.yaml); a step executor is optional.
    """
    from dagster import in_process_executor
    kind = os.environ.get("TAPSITE_EXECUTOR", "in_process") if _env(env) == "prod" else "in_process"
    if kind == "in_process":
        return in_process_executor
    executor: ExecutorDefinition   # the optional packages are untyped here (not installed)
    try:
        if kind == "k8s":
            from dagster_k8s import k8s_job_executor
            executor = k8s_job_executor
            return executor
        if kind == "celery":
            from dagster_celery import celery_executor
            executor = celery_executor
            return executor
    except ImportError as exc:
        raise ConfigError(f"TAPSITE_EXECUTOR={kind} needs the dagster-{kind} package in the image: "
                          f"pip install dagster-{kind}") from exc
    raise ConfigError(f"TAPSITE_EXECUTOR={kind!r} is not an executor; use in_process, k8s or celery")
