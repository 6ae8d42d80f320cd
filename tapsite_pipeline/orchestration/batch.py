"""Dagster's side of a campaign stage: run it through campaigns.batch, turn its figures into metadata."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import Any

from dagster import MetadataValue, asset_check
from dagster import PreviewWarning

from tapsite_pipeline.campaigns.batch import StageRun, run_stage
from tapsite_pipeline.orchestration.partitions import campaigns
from tapsite_pipeline.orchestration.resources import TapsiteResource


def run_campaign_stage(context, tapsite: TapsiteResource, stage: str, site_ids: Sequence[str],
                       work: Callable[[str], Any], **kwargs: Any) -> StageRun:
    """`campaigns.batch.run_stage` for the run's campaign partition, logging to the run's log."""
    return run_stage(tapsite, context.partition_key, context.op_execution_context.run_id, stage, site_ids, work,
                     log=context.log.info, **kwargs)


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


def campaign_check(**kwargs):
    """`@asset_check` per campaign partition. Partitioned checks are a Dagster preview feature we rely on
    on purpose (a check result per campaign in the UI), so its notice is silenced here and only here."""
    def decorate(fn):
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=PreviewWarning)
            return asset_check(partitions_def=campaigns, **kwargs)(fn)
    return decorate


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], limit: int = 5) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for row in rows[:limit]:
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |")
    return "\n".join(lines)
