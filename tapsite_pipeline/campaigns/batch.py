"""One stage over a whole campaign: skip what is done, run the rest in threads, checkpoint per batch.

Why threads and not processes: the heavy parts (Pillow drawing/encoding, file I/O, HTTP calls to
LLM vendors) release the GIL, threads share the warm caches (templates, CSS, prompts), and a
kill -9 of the run leaves no orphaned workers behind. Nothing here knows about Dagster: the
campaign assets pass in what they have (a `Workspace`) and turn the `StageRun` into metadata.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

import duckdb

from tapsite_pipeline import metrics
from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.intake import campaign_run_lock
from tapsite_pipeline.campaigns.stage_types import decode, encode
from tapsite_pipeline.campaigns.store import StageRecord
from tapsite_pipeline.providers.generator import Generator
from tapsite_pipeline.providers.resilience import site_deadline
from tapsite_pipeline.settings import Settings

LAST_STAGE = "deployment"


@dataclass(frozen=True)
class Progress:
    """Where a campaign run stands, counted in rows (sites), not in stage steps.

    A row is finished when it is deployed or when a stage failed it (later stages never see it), so
    `rows_done` only grows: failures count at once, successes when the last stage has them.
    """

    campaign: str
    stage: str
    done: int        # sites this stage has finished (skipped as already done, failures included)
    failed: int      # of those, failed in this stage by this run
    total: int       # sites this stage was given: the rows every earlier stage passed
    rows: int        # valid rows of the campaign

    @property
    def rows_failed(self) -> int:
        return max(0, self.rows - self.total) + self.failed

    @property
    def rows_done(self) -> int:
        return self.rows_failed + (self.done - self.failed if self.stage == LAST_STAGE else 0)

    def line(self) -> str:
        return (f"{self.rows_done}/{self.rows} rows done, {self.rows_failed} failed · "
                f"{self.stage} {self.done}/{self.total}")


ProgressListener = Callable[[Progress], None]
_listeners: list[ProgressListener] = []


class Workspace(Protocol):
    """What a stage run needs from its environment (the Dagster resource is one)."""

    # read-only: a Dagster resource's fields are frozen
    @property
    def workers(self) -> int: ...
    @property
    def batch_size(self) -> int: ...

    def settings(self) -> Settings: ...
    def generator(self) -> Generator: ...
    def connect(self, read_only: bool = False) -> AbstractContextManager[duckdb.DuckDBPyConnection]: ...


def add_progress_listener(fn: ProgressListener) -> None:
    """Called with a Progress after every checkpointed batch; the CLI's progress bar."""
    _listeners.append(fn)


def remove_progress_listener(fn: ProgressListener) -> None:
    if fn in _listeners:
        _listeners.remove(fn)


def _notify(p: Progress, extra: ProgressListener | None) -> None:
    for fn in [*_listeners, *([extra] if extra else [])]:
        fn(p)


@dataclass
class StageRun:
    """What one stage did over a campaign: every successful output (stored before or made now) and its numbers."""

    stage: str
    outputs: dict[str, Any] = field(default_factory=dict)
    skipped: int = 0
    processed: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    done_now: list[str] = field(default_factory=list)   # succeeded in this run (not skipped as done before)
    ms: list[float] = field(default_factory=list)
    cost_usd: float = 0.0
    wall_s: float = 0.0
    checkpoint_s: float = 0.0
    last: Progress | None = None

    def figures(self) -> dict[str, float | int]:
        ms = sorted(self.ms)
        rows = {"rows_done": self.last.rows_done, "rows_failed": self.last.rows_failed,
                "rows_total": self.last.rows} if self.last else {}
        return {
            **rows,
            "sites": len(self.outputs), "processed_now": self.processed, "skipped_already_done": self.skipped,
            "failures": len(self.failed), "cost_usd": round(self.cost_usd, 6),
            "p50_ms": round(statistics.median(ms), 3) if ms else 0.0,
            "p95_ms": round(percentile(ms, 0.95), 3) if ms else 0.0,
            "wall_s": round(self.wall_s, 3), "checkpoint_s": round(self.checkpoint_s, 3),
        }


def percentile(sorted_xs: Sequence[float], q: float) -> float:
    return sorted_xs[min(len(sorted_xs) - 1, int(round(q * (len(sorted_xs) - 1))))]


def campaign_lock(ws: Workspace, campaign: str):
    """One run per campaign at a time (released by the kernel when a run is killed)."""
    return campaign_run_lock(ws.settings().home, campaign)


def run_stage(ws: Workspace, campaign: str, run_id: str, stage: str, site_ids: Sequence[str],
              work: Callable[[str], Any], *, prepare: Callable[[list[str]], None] | None = None,
              extra: Callable[[list[tuple[str, Any]]], Sequence[Callable]] | None = None,
              log: Callable[[str], None] | None = None, on_progress: ProgressListener | None = None) -> StageRun:
    """Run `work(site_id)` for every site of the run's campaign not already done in `stage`.

    Results are upserted a batch per transaction (plus `extra(batch)` writes in the same one),
    so a kill loses at most one batch and a rerun neither repeats finished sites nor duplicates rows.
    """
    out = StageRun(stage)
    t_start = time.perf_counter()
    with campaign_lock(ws, campaign):
        with ws.connect() as con:
            done = campaign_store.load_stage(con, campaign, stage)
            rows = campaign_store.valid_count(con, campaign)
        wanted = set(site_ids)
        for sid, rec in done.items():
            if sid in wanted:
                out.outputs[sid] = decode(stage, rec.payload)
                out.ms.append(rec.ms)
                out.cost_usd += rec.cost_usd
        todo = [sid for sid in site_ids if sid not in done]
        out.skipped = len(site_ids) - len(todo)
        total = len(site_ids)

        def report() -> None:
            out.last = Progress(campaign, stage, out.skipped + out.processed, len(out.failed), total, rows)
            _notify(out.last, on_progress)

        report()
        if todo and prepare is not None:
            prepare(todo)
        step = ws.batch_size
        with ThreadPoolExecutor(max_workers=ws.workers, thread_name_prefix=f"ws-{stage}") as pool:
            for start in range(0, len(todo), step):
                chunk = todo[start:start + step]
                records = list(pool.map(lambda sid: _call(ws, stage, sid, work), chunk))
                good = [(r.site_id, r.value) for r in records if r.ok]
                writes = extra(good) if (extra and good) else ()
                t_save = time.perf_counter()
                with ws.connect() as con:
                    campaign_store.save_stage(con, campaign, stage, run_id, records, writes)
                out.checkpoint_s += time.perf_counter() - t_save
                for r in records:
                    out.processed += 1
                    out.cost_usd += r.cost_usd
                    if r.ok:
                        out.outputs[r.site_id] = r.value
                        out.done_now.append(r.site_id)
                        out.ms.append(r.ms)
                    else:
                        out.failed[r.site_id] = r.error or "failed"
                report()
                if log:
                    log(out.last.line())
    out.wall_s = time.perf_counter() - t_start
    return out


@dataclass
class _Record(StageRecord):
    value: Any = None


def _call(ws: Workspace, stage: str, site_id: str, work: Callable[[str], Any]) -> _Record:
    llm = ws.generator()
    llm.drain()
    t0 = time.perf_counter()
    try:
        with site_deadline(llm.deadline_s):  # per site and stage: a hanging provider cannot hold the batch
            value = work(site_id)
    except Exception as exc:  # one broken site must not stop a thousand: record it, carry on
        logs = llm.drain()
        metrics.observe_calls(logs)
        return _Record(site_id, False, error=f"{type(exc).__name__}: {exc}"[:500],
                       ms=(time.perf_counter() - t0) * 1000, logs=logs,
                       cost_usd=sum(g.cost_usd for g in logs))
    ms = (time.perf_counter() - t0) * 1000
    logs = llm.drain()
    metrics.observe_calls(logs)
    return _Record(site_id, True, payload=encode(stage, value), ms=ms, logs=logs,
                   cost_usd=sum(g.cost_usd for g in logs), value=value)
