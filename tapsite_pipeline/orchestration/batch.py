"""One stage over a whole campaign inside one asset: skip what is done, run the rest in threads, checkpoint per batch.

Why threads and not processes: the heavy parts (Pillow drawing/encoding, file I/O, HTTP calls to
LLM vendors) release the GIL, threads share the warm caches (templates, CSS, prompts), and a
kill -9 of the run leaves no orphaned workers behind.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dagster import MetadataValue, asset_check
from dagster._utils.warnings import PreviewWarning

from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.intake import campaign_run_lock
from tapsite_pipeline.campaigns.store import StageRecord
from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.orchestration.partitions import campaigns
from tapsite_pipeline.orchestration.resources import TapsiteResource
from tapsite_pipeline.orchestration.stage_types import decode, encode

ProgressListener = Callable[[str, int, int], None]
_listeners: list[ProgressListener] = []


def add_progress_listener(fn: ProgressListener) -> None:
    """Called as (stage, done, total) after every checkpointed batch; the CLI's progress bar."""
    _listeners.append(fn)


def remove_progress_listener(fn: ProgressListener) -> None:
    if fn in _listeners:
        _listeners.remove(fn)


def _notify(stage: str, done: int, total: int) -> None:
    for fn in list(_listeners):
        fn(stage, done, total)


@dataclass
class StageRun:
    """What one asset did: every successful output (stored before or made now) and its numbers."""

    stage: str
    outputs: dict[str, Any] = field(default_factory=dict)
    skipped: int = 0
    processed: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    ms: list[float] = field(default_factory=list)
    cost_usd: float = 0.0
    wall_s: float = 0.0
    checkpoint_s: float = 0.0

    def metadata(self, preview: str | None = None) -> dict[str, Any]:
        ms = sorted(self.ms)
        md: dict[str, Any] = {
            "sites": len(self.outputs),
            "processed_now": self.processed,
            "skipped_already_done": self.skipped,
            "failures": len(self.failed),
            "cost_usd": MetadataValue.float(round(self.cost_usd, 6)),
            "p50_ms": MetadataValue.float(round(statistics.median(ms), 3) if ms else 0.0),
            "p95_ms": MetadataValue.float(round(percentile(ms, 0.95), 3) if ms else 0.0),
            "wall_s": MetadataValue.float(round(self.wall_s, 3)),
            "checkpoint_s": MetadataValue.float(round(self.checkpoint_s, 3)),
        }
        if self.failed:
            first = sorted(self.failed.items())[:5]
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


def percentile(sorted_xs: Sequence[float], q: float) -> float:
    return sorted_xs[min(len(sorted_xs) - 1, int(round(q * (len(sorted_xs) - 1))))]


def campaign_lock(tapsite: TapsiteResource, campaign: str):
    """One run per campaign at a time (released by the kernel when a run is killed)."""
    return campaign_run_lock(tapsite.settings().home, campaign)


def run_stage(context, tapsite: TapsiteResource, stage: str, site_ids: Sequence[str],
              work: Callable[[str], Any], *, prepare: Callable[[list[str]], None] | None = None,
              extra: Callable[[list[tuple[str, Any]]], Sequence[Callable]] | None = None) -> StageRun:
    """Run `work(site_id)` for every site of the run's campaign not already done in `stage`.

    Results are upserted a batch per transaction (plus `extra(batch)` writes in the same one),
    so a kill loses at most one batch and a rerun neither repeats finished sites nor duplicates rows.
    """
    campaign = context.partition_key
    run_id = context.op_execution_context.run_id  # "EPHEMERAL" when an asset is invoked directly
    out = StageRun(stage)
    t_start = time.perf_counter()
    with campaign_lock(tapsite, campaign):
        with tapsite.connect() as con:
            done = campaign_store.load_stage(con, campaign, stage)
        wanted = set(site_ids)
        for sid, rec in done.items():
            if sid in wanted:
                out.outputs[sid] = decode(stage, rec.payload)
                out.ms.append(rec.ms)
                out.cost_usd += rec.cost_usd
        todo = [sid for sid in site_ids if sid not in done]
        out.skipped = len(site_ids) - len(todo)
        total = len(site_ids)
        _notify(stage, out.skipped, total)
        if todo and prepare is not None:
            prepare(todo)
        step = tapsite.batch_size
        with ThreadPoolExecutor(max_workers=tapsite.workers, thread_name_prefix=f"tapsite-{stage}") as pool:
            for start in range(0, len(todo), step):
                chunk = todo[start:start + step]
                records = list(pool.map(lambda sid: _call(tapsite, stage, sid, work), chunk))
                good = [(r.site_id, r.value) for r in records if r.ok]
                writes = extra(good) if (extra and good) else ()
                t_save = time.perf_counter()
                with tapsite.connect() as con:
                    campaign_store.save_stage(con, campaign, stage, run_id, records, writes)
                out.checkpoint_s += time.perf_counter() - t_save
                for r in records:
                    out.processed += 1
                    out.cost_usd += r.cost_usd
                    if r.ok:
                        out.outputs[r.site_id] = r.value
                        out.ms.append(r.ms)
                    else:
                        out.failed[r.site_id] = r.error or "failed"
                _notify(stage, out.skipped + out.processed, total)
                context.log.info(f"{stage}: {out.skipped + out.processed}/{total} sites "
                                 f"({len(out.failed)} failed so far)")
    out.wall_s = time.perf_counter() - t_start
    return out


@dataclass
class _Record(StageRecord):
    value: Any = None


def _call(tapsite: TapsiteResource, stage: str, site_id: str, work: Callable[[str], Any]) -> _Record:
    llm = tapsite.generator()
    llm.drain()
    t0 = time.perf_counter()
    try:
        value = work(site_id)
    except Exception as exc:  # one broken site must not stop a thousand: record it, carry on
        logs = llm.drain()
        return _Record(site_id, False, error=f"{type(exc).__name__}: {exc}"[:500],
                       ms=(time.perf_counter() - t0) * 1000, logs=logs,
                       cost_usd=sum(g.cost_usd for g in logs))
    ms = (time.perf_counter() - t0) * 1000
    logs = llm.drain()
    return _Record(site_id, True, payload=encode(stage, value), ms=ms, logs=logs,
                   cost_usd=sum(g.cost_usd for g in logs), value=value)


def sweep_partial(folder: Path, patterns: Sequence[str]) -> int:
    """Remove temporary files and folders a killed run left behind (called under the campaign lock).

    Names carrying a process id (`x.<pid>.tmp`, the stages' atomic-write convention) are only
    removed when that process is gone: another live run may be writing them right now.
    """
    n = 0
    for pattern in patterns:
        for p in folder.glob(pattern):
            parts = p.name.split(".")
            pid = int(parts[-2]) if len(parts) >= 3 and parts[-1] == "tmp" and parts[-2].isdigit() else None
            if pid is not None and pid_alive(pid):
                continue
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            n += 1
    return n


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], limit: int = 5) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for row in rows[:limit]:
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |")
    return "\n".join(lines)
