"""Running a campaign through Dagster inside this process: instance under the project home, partition, summary.

The CLI and the benchmark use this; it executes `campaign_job` from the code location's
Definitions, so what runs here is exactly what `dagster dev` runs.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from tapsite_pipeline.campaigns.intake import CampaignFile, accept_file, campaign_run_lock, find_file
from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.files import atomic_write
from tapsite_pipeline.resources import data_dir
from tapsite_pipeline.settings import Settings

if TYPE_CHECKING:  # Dagster loads when a campaign runs, not with the CLI
    from dagster import DagsterInstance, ExecuteInProcessResult

INSTANCE_TEMPLATE = data_dir("config") / "dagster.yaml"
TEMPLATE_PREFIX = ".tapsite/dagster"   # the instance paths in the repo's dagster.yaml
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def instance_config(home: Path) -> Path:
    """<home>/dagster/dagster.yaml: the repo's tuned instance config with its paths moved under `home`."""
    root = Path(home) / "dagster"
    root.mkdir(parents=True, exist_ok=True)
    cfg = yaml.safe_load(INSTANCE_TEMPLATE.read_text(encoding="utf-8")) if INSTANCE_TEMPLATE.exists() else {
        "telemetry": {"enabled": False}}

    def move(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: move(v) for k, v in node.items()}
        if isinstance(node, str) and node.startswith(TEMPLATE_PREFIX):
            return str(root) + node[len(TEMPLATE_PREFIX):]
        return node

    text = "# written by tapsite from the repo's dagster.yaml; edit that one\n" + yaml.safe_dump(move(cfg))
    path = root / "dagster.yaml"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        atomic_write(path, text)
    return root


def open_instance(home: Path) -> DagsterInstance:
    from dagster import DagsterInstance
    return DagsterInstance.from_config(str(instance_config(home)))


def run_campaign(path: str | Path, name: str | None = None, home: str | Path | None = None,
                 progress: Callable[[Any], None] | None = None, on_start: Callable[[CampaignFile, int], None] | None = None,
                 model: str | None = None, use_cache: bool = True, quality: bool = False) -> dict[str, Any]:
    """Register the CSV as a campaign partition and materialize `campaign_job` for it, in-process.

    `progress` gets a campaigns.batch.Progress (rows done / failed / total) after every batch.
    `model` (provider:model) answers every LLM stage instead of each prompt's own, for this run;
    `use_cache=False` asks the models again instead of reusing cached answers. With `quality`,
    `site_quality` follows in the same instance (what the automation sensor does under a daemon).
    """
    settings = Settings.load(home).ensure()
    src = Path(path)
    if not src.is_file():
        raise TapsiteError(f"{src}: no such CSV file")
    info, parsed = accept_file(settings.home, src, name=name)  # a file-level problem stops here, unstored
    # only what the report needs is kept: the parsed rows would stay in memory for the whole run
    valid, file_notes = len(parsed.rows), {"encoding": parsed.encoding, "delimiter": parsed.delimiter,
                                           "warnings": parsed.warnings}
    del parsed
    from tapsite_pipeline.site_ledger import reconcile
    reconcile(settings)  # rows an interrupted run left pending, before this run reads them
    if on_start:
        on_start(info, valid)

    from tapsite_pipeline.campaigns.batch import add_progress_listener, remove_progress_listener
    from tapsite_pipeline.orchestration import defs
    from tapsite_pipeline.orchestration.partitions import CAMPAIGNS
    job = defs.resolve_job_def("campaign_job")
    t0 = time.perf_counter()
    previous_home = os.environ.get("TAPSITE_HOME")
    os.environ["TAPSITE_HOME"] = str(settings.home)  # the code location's resources read the home from here
    try:
        with campaign_run_lock(settings.home, info.key), open_instance(settings.home) as instance:
            if not instance.has_dynamic_partition(CAMPAIGNS, info.key):
                instance.add_dynamic_partitions(CAMPAIGNS, [info.key])
            _fail_orphaned_runs(instance, info.key)
            if progress:
                add_progress_listener(progress)
            try:
                config = {**({"model": model} if model else {}), **({} if use_cache else {"use_cache": False})}
                run_config = {**QUIET, "resources": {"tapsite": {"config": config}}} if config else QUIET
                result = job.execute_in_process(partition_key=info.key, instance=instance, run_config=run_config,
                                                 raise_on_error=False,
                                                 tags={"tapsite/source": src.name, **_owner_tags()})
            finally:
                if progress:
                    remove_progress_listener(progress)
            judged = _run_quality(settings, info.key, instance) if quality and result.success else None
    finally:
        if previous_home is None:
            os.environ.pop("TAPSITE_HOME", None)
        else:
            os.environ["TAPSITE_HOME"] = previous_home
    seconds = time.perf_counter() - t0
    out = campaign_summary(settings.home, info.key)
    out.update(seconds=round(seconds, 3), run_id=result.run_id, run_succeeded=result.success, **file_notes,
               checks={e.check_name: e.passed for e in result.get_asset_check_evaluations()},
               stage_seconds=_stage_seconds(result))
    if judged is not None:
        out["quality"] = judged
    if not result.success:
        failures = [e.message for e in result.all_events if e.is_step_failure]
        out["run_errors"] = [m for m in failures if m][:5]
    return out


def _run_quality(settings: Settings, campaign: str, instance: DagsterInstance) -> dict[str, Any]:
    """Materialize the campaign's site_quality (and its checks) in this process, in the same instance."""
    from dagster import AssetKey, materialize

    from tapsite_pipeline.orchestration.quality import quality_assets, quality_checks
    from tapsite_pipeline.orchestration.resources import resources_for
    res = materialize([*quality_assets, *quality_checks], partition_key=campaign, instance=instance,
                      resources=resources_for(home=str(settings.home)), selection=[AssetKey("site_quality")],
                      run_config=QUIET, raise_on_error=False, tags=_owner_tags())
    md = res.asset_materializations_for_node("site_quality")[0].metadata if res.success else {}
    return {"run_id": res.run_id, "succeeded": res.success,
            **{k: md[k].value for k in ("eval_run_id", "sites", "failed", "report") if k in md},
            "checks": {e.check_name: e.passed for e in res.get_asset_check_evaluations()}}


def _owner_tags() -> dict[str, str]:
    return {"tapsite/host": socket.gethostname(), "tapsite/pid": str(os.getpid())}


def _fail_orphaned_runs(instance: DagsterInstance, campaign: str) -> None:
    """Mark failed the in-process runs of this campaign whose process died (kill -9) while running.

    Nothing else would: no daemon watches in-process runs, and the UI would show them running forever.
    """
    from dagster import DagsterRunStatus, RunsFilter

    from tapsite_pipeline.files import pid_alive
    host = socket.gethostname()
    running = instance.get_runs(RunsFilter(statuses=[DagsterRunStatus.STARTED, DagsterRunStatus.STARTING],
                                           tags={"dagster/partition": campaign, "tapsite/host": host}))
    for run in running:
        pid = int(run.tags.get("tapsite/pid", "0") or 0)
        if pid and not pid_alive(pid):
            instance.report_run_failed(run, message=f"the process running it (pid {pid}) is gone; "
                                                    "a new run resumes from the stored results")


def _stage_seconds(result: ExecuteInProcessResult) -> dict[str, float]:
    from dagster import FloatMetadataValue, IntMetadataValue

    out: dict[str, float] = {}
    for event in result.get_asset_materialization_events():
        mat = event.step_materialization_data.materialization
        wall = mat.metadata.get("wall_s")
        if isinstance(wall, FloatMetadataValue | IntMetadataValue) and wall.value is not None:
            out[mat.asset_key.path[-1]] = round(wall.value, 2)
    return out


def campaign_summary(home: Path, name: str, read_only: bool = False) -> dict[str, Any]:
    """The stored report of a campaign (by key or name); read_only while a run may be writing."""
    from tapsite_pipeline import operational
    from tapsite_pipeline.campaigns import store as campaign_store
    from tapsite_pipeline.campaigns.fidelity import needs_review
    info = find_file(home, name)
    db = Settings.load(home).db_path
    if read_only and not operational.exists(db):
        raise TapsiteError(f"campaign {info.key!r} has not run yet (no {db})")
    with operational.connect(db, read_only=read_only) as con:
        out = campaign_store.summary(con, info.key)
        out["stages"] = campaign_store.stage_counts(con, info.key)
        review = needs_review(con, info.key, score_missing=not read_only)
    out["needs_review"] = [{k: r[k] for k in ("row", "id", "subdomain", "failing", "problems")} for r in review]
    out["name"] = info.name
    return out
