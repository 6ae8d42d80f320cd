"""Dagster's side of a campaign stage: run it through campaigns.batch, turn its figures into metadata."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetExecutionContext,
    FloatMetadataValue,
    IntMetadataValue,
    MetadataValue,
    PreviewWarning,
    asset_check,
)

from tapsite_pipeline.campaigns.batch import Inputs, Progress, StageRun, run_stage
from tapsite_pipeline.orchestration.partitions import campaigns
from tapsite_pipeline.orchestration.resources import TapsiteResource

PROGRESS_TAG = "tapsite/progress"
CheckFn = Callable[..., AssetCheckResult]   # (context, resources and inputs by name) -> the check's result


def run_campaign_stage(context: AssetExecutionContext, tapsite: TapsiteResource, stage: str, site_ids: Sequence[str],
                       work: Callable[[str, Inputs], Any], **kwargs: Any) -> StageRun:
    """`campaigns.batch.run_stage` for the run's campaign partition, logging to the run's log.

    After every batch the run's tags say how many rows are done and failed (the Runs list shows them
    while the run is going), so progress reads in sites, not in stage steps.
    """
    run_id = context.op_execution_context.run_id

    def tag(p: Progress) -> None:
        try:
            context.instance.add_run_tags(run_id, {
                PROGRESS_TAG: p.line(), "tapsite/rows_done": str(p.rows_done),
                "tapsite/rows_failed": str(p.rows_failed), "tapsite/rows_total": str(p.rows)})
        except Exception as exc:  # progress is a courtesy; a storage hiccup must not fail the stage
            context.log.warning(f"could not update the run's progress tags: {exc}")

    return run_stage(tapsite, context.partition_key, run_id, stage, site_ids, work,
                     log=context.log.info, on_progress=tag, **kwargs)


def stage_metadata(run: StageRun, preview: str | None = None) -> dict[str, Any]:
    md: dict[str, Any] = {}
    for k, v in run.figures().items():
        md[k] = MetadataValue.float(float(v)) if isinstance(v, float) else v
    if run.failed:
        first = sorted(run.failed.items())[:5]
        md["first_failures"] = MetadataValue.md("\n".join(f"- `{s}`: {e}" for s, e in first))
    if preview:
        md["preview"] = MetadataValue.md(preview)
    return md


def campaign_check(**kwargs: Any) -> Callable[[CheckFn], AssetChecksDefinition]:
    """`@asset_check` per campaign partition. Partitioned checks are a Dagster preview feature we rely on
    on purpose (a check result per campaign in the UI), so its notice is silenced here and only here.

    The check's numbers are stored under the campaign's name (`spring · deployed`): the UI plots a check's
    numeric metadata by key over time, whatever the partition, so shared keys would draw every campaign
    as one zig-zagging series."""
    def decorate(fn: CheckFn) -> AssetChecksDefinition:
        @functools.wraps(fn)   # Dagster reads the parameters (context, resources, inputs) through this
        def per_campaign(context: AssetCheckExecutionContext, *args: Any, **kw: Any) -> AssetCheckResult:
            result = fn(context, *args, **kw)
            if not context.has_partition_key:   # called on plain data (tests): nothing to key by
                return result
            return result._replace(metadata=by_campaign(context.partition_key, result.metadata))
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=PreviewWarning)
            return asset_check(partitions_def=campaigns, **kwargs)(per_campaign)
    return decorate


def by_campaign(campaign: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
    """Numbers keyed `<campaign> · <name>` (one plot per campaign); text, markdown and flags as they are."""
    out: dict[str, Any] = {"campaign": campaign}
    for key, value in metadata.items():
        number = isinstance(value, (IntMetadataValue, FloatMetadataValue)) or (
            isinstance(value, (int, float)) and not isinstance(value, bool))
        out[f"{campaign} · {key}" if number else key] = value
    return out


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], limit: int = 5) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for row in rows[:limit]:
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |")
    return "\n".join(lines)
