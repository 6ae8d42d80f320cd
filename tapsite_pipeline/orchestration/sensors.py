"""The drop-folder sensor: each new campaign CSV becomes a partition (named after the file) and a run."""

from __future__ import annotations

import json
import time

from dagster import DefaultSensorStatus, RunRequest, SensorEvaluationContext, SensorResult, SkipReason, sensor

from tapsite_pipeline.campaigns.intake import accept_file, refuse_dropped
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.orchestration.jobs import campaign_job
from tapsite_pipeline.orchestration.partitions import CAMPAIGNS, campaigns
from tapsite_pipeline.orchestration.resources import TapsiteResource

SETTLE_SECONDS = 2.0  # a file modified more recently may still be being copied in


@sensor(job=campaign_job, minimum_interval_seconds=15, default_status=DefaultSensorStatus.RUNNING)
def campaign_drop_sensor(context: SensorEvaluationContext, tapsite: TapsiteResource) -> SensorResult:
    """Watches the drop folder for campaign CSVs; each new one becomes a campaign named after its file."""
    drop = tapsite.drop_path()
    drop.mkdir(parents=True, exist_ok=True)
    seen: dict[str, list[int]] = json.loads(context.cursor) if context.cursor else {}
    new_keys: list[str] = []
    requests: list[RunRequest] = []
    now = time.time()
    for path in sorted(drop.glob("*.csv")):
        st = path.stat()
        signature = [st.st_mtime_ns, st.st_size]
        if seen.get(path.name) == signature or now - st.st_mtime < SETTLE_SECONDS:
            continue
        try:
            info, _ = accept_file(tapsite.settings().home, path)
        except InputError as exc:  # refused: out of the drop folder, the reason in drop/refused.log
            refuse_dropped(path, str(exc))
            context.log.warning(f"{path.name} refused and removed from {drop}: {exc}")
            continue
        key = info.key
        seen[path.name] = signature
        if key in new_keys or context.instance.has_dynamic_partition(CAMPAIGNS, key):
            context.log.info(f"{path.name}: campaign {key} is already registered")
            continue
        new_keys.append(key)
        requests.append(RunRequest(run_key=key, partition_key=key, tags={"tapsite/source": path.name}))
    cursor = json.dumps(seen, sort_keys=True)
    if not new_keys:
        return SensorResult(skip_reason=SkipReason(f"no new campaign CSV in {drop}"), cursor=cursor)
    return SensorResult(run_requests=requests, cursor=cursor,
                        dynamic_partitions_requests=[campaigns.build_add_request(new_keys)])
