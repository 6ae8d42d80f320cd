"""A campaign run on the production profile: `campaign_job` on the PostgreSQL instance, its steps executed
by the Celery workers; the summary says which worker ran each step (from the run's own event log).

The process calling this launches the run and follows it; every asset and check runs in a worker. It
holds no campaign lock itself: each step takes the campaign's lock while it writes, in its worker.
"""

from __future__ import annotations

import os
import socket
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tapsite_pipeline.campaigns.intake import accept_file
from tapsite_pipeline.errors import ConfigError, TapsiteError
from tapsite_pipeline.production.profile import Profile
from tapsite_pipeline.settings import Settings

if TYPE_CHECKING:
    from dagster import DagsterInstance

CODE_MODULE, CODE_ATTRIBUTE, JOB = "tapsite_pipeline.orchestration", "defs", "campaign_job"
WORKER_KEY = "Celery worker"   # the metadata dagster-celery records on each step's start event


@contextmanager
def profile_env(prof: Profile) -> Iterator[None]:
    """The profile's environment for this process (the code location reads it when it loads), then back."""
    saved = {k: os.environ.get(k) for k in prof.env()}
    os.environ.update(prof.env())
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run_on_workers(path: str | Path, name: str | None = None, home: str | Path | None = None) -> dict[str, Any]:
    """Register the CSV as a campaign partition and run `campaign_job` for it on the Celery workers."""
    prof = Profile.at(home)
    prof.require_up()
    settings = Settings.load(prof.home).ensure()
    src = Path(path)
    if not src.is_file():
        raise TapsiteError(f"{src}: no such CSV file")
    info, _ = accept_file(settings.home, src, name=name)   # the parsed rows are not kept through the run
    from tapsite_pipeline.site_ledger import reconcile
    with profile_env(prof):
        reconcile(settings)   # in the profile's store (TAPSITE_STORE), where the workers write
        from dagster import DagsterInstance, execute_job
        from dagster._core.definitions.reconstruct import ReconstructableRepository

        from tapsite_pipeline.orchestration.partitions import CAMPAIGNS
        from tapsite_pipeline.orchestration.run import QUIET, _fail_orphaned_runs, _stage_seconds, campaign_summary
        recon = ReconstructableRepository.for_module(CODE_MODULE, CODE_ATTRIBUTE).get_reconstructable_job(JOB)
        executor = recon.get_definition().executor_def.name
        if executor != "celery":
            raise ConfigError(f"the code location was loaded with the {executor} executor before the production "
                              "environment was set; run this in a fresh process (`tapsite production campaign`)")
        t0 = time.perf_counter()
        # dagster-celery registers its step task again for every step it submits; celery warns each time
        warnings.filterwarnings("ignore", message="Task name 'execute_plan' is already registered")
        with DagsterInstance.from_config(str(prof.dagster_home)) as instance:
            if not instance.has_dynamic_partition(CAMPAIGNS, info.key):
                instance.add_dynamic_partitions(CAMPAIGNS, [info.key])
            # a launcher killed while following a run (say, after a worker died under it) left it "started"
            _fail_orphaned_runs(instance, info.key)
            result = execute_job(recon, instance, run_config={**QUIET, "execution": prof.execution_config()},
                                 tags={"dagster/partition": info.key, "tapsite/source": src.name,
                                       "tapsite/host": socket.gethostname(), "tapsite/pid": str(os.getpid())})
            seconds = time.perf_counter() - t0
            steps = steps_by_worker(instance, result.run_id)
            out = campaign_summary(settings.home, info.key)
            out.update(seconds=round(seconds, 3), run_id=result.run_id, run_succeeded=result.success,
                       checks={e.check_name: e.passed for e in result.get_asset_check_evaluations()},
                       stage_seconds=_stage_seconds(result),  # type: ignore[arg-type]  # same events API
                       workers=steps)
            if not result.success:
                out["run_errors"] = [e.message for e in result.all_events if e.is_step_failure][:5]
    out["export"] = export_for_analytics(prof, info.key)
    return out


def export_for_analytics(prof: Profile, campaign: str) -> dict[str, Any]:
    """The campaign's rows as Parquet under `<home>/exports/<campaign>/`, for DuckDB (analytics, `tapsite
    report`), when the store is PostgreSQL; else where the rows already are. A failed export is reported, not
    raised: the campaign itself is done and stored, and `tapsite production export` can write it again."""
    from tapsite_pipeline.production.export import campaign_report, export_campaign
    store_url = prof.store_url
    if not store_url.startswith(("postgresql://", "postgres://")):
        return {"folder": None, "store": store_url, "note": "the rows are in the home's DuckDB file; no export needed"}
    folder = prof.home / "exports" / campaign
    try:
        out = export_campaign(store_url, campaign, folder)
        out["report"] = campaign_report(folder)
    except Exception as exc:   # noqa: BLE001 - any failure of the copy leaves the campaign's rows where they are
        return {"folder": None, "error": f"{type(exc).__name__}: {exc}".splitlines()[0]}
    return out


def steps_by_worker(instance: DagsterInstance, run_id: str) -> dict[str, str]:
    """{step key: the Celery worker (node name) that executed it}, read from the run's event log."""
    from dagster import DagsterEventType
    out: dict[str, str] = {}
    for event in instance.all_logs(run_id, of_type=DagsterEventType.ENGINE_EVENT):
        dagster_event = event.dagster_event
        if dagster_event is None or not dagster_event.step_key:
            continue
        md = getattr(dagster_event.event_specific_data, "metadata", None) or {}
        worker = md.get(WORKER_KEY)
        if worker is not None:
            out[dagster_event.step_key] = str(getattr(worker, "value", worker))
    return out
