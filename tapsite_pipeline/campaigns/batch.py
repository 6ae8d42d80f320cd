"""One stage over a whole campaign: skip what is done, run the rest in threads, checkpoint per batch.

Why threads and not processes: the heavy parts (Pillow drawing/encoding, file I/O, HTTP calls to
LLM vendors) release the GIL, threads share the warm caches (templates, CSS, prompts), and a
kill -9 of the run leaves no orphaned workers behind. Nothing here knows about Dagster: the
campaign assets pass in what they have (a `Workspace`) and turn the `StageRun` into metadata.
"""

from __future__ import annotations

import functools
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
from tapsite_pipeline.campaigns.stage_types import encode
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


Inputs = dict[str, dict[str, Any]]   # {earlier stage: {site_id: its result}} for one chunk of sites
SAMPLE = 5                           # results a stage run keeps for its preview


@dataclass
class StageRun:
    """What one stage did over a campaign: which sites have a result (stored before or made now) and its numbers.

    It holds ids and numbers, not results: those are written batch by batch and read back a chunk at a
    time, so a stage's memory does not grow with the campaign. `sample` (a few results, with the earlier
    stages' results for the same sites in `sample_inputs`) is what a preview shows.
    """

    stage: str
    ok_ids: list[str] = field(default_factory=list)
    skipped: int = 0
    processed: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    done_now: list[str] = field(default_factory=list)   # succeeded in this run (not skipped as done before)
    ms: list[float] = field(default_factory=list)
    cost_usd: float = 0.0
    wall_s: float = 0.0
    checkpoint_s: float = 0.0
    last: Progress | None = None
    sample: dict[str, Any] = field(default_factory=dict)
    sample_inputs: Inputs = field(default_factory=dict)

    def figures(self) -> dict[str, float | int]:
        ms = sorted(self.ms)
        rows = {"rows_done": self.last.rows_done, "rows_failed": self.last.rows_failed,
                "rows_total": self.last.rows} if self.last else {}
        return {
            **rows,
            "sites": len(self.ok_ids), "processed_now": self.processed, "skipped_already_done": self.skipped,
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


def load_inputs(con: duckdb.DuckDBPyConnection, campaign: str, needs: Sequence[str],
                site_ids: Sequence[str]) -> Inputs:
    return {need: campaign_store.stage_outputs(con, campaign, need, site_ids) for need in needs}


def run_stage(ws: Workspace, campaign: str, run_id: str, stage: str, site_ids: Sequence[str],
              work: Callable[[str, Inputs], Any], *, needs: Sequence[str] = (),
              prepare: Callable[[list[str]], None] | None = None,
              prepare_batch: Callable[[duckdb.DuckDBPyConnection, list[str], Inputs], None] | None = None,
              extra: Callable[[list[tuple[str, Any]], Inputs], Sequence[Callable]] | None = None,
              log: Callable[[str], None] | None = None, on_progress: ProgressListener | None = None) -> StageRun:
    """Run `work(site_id, inputs)` for every site of the run's campaign not already done in `stage`.

    `needs` are the earlier stages (or "briefs") the work reads: only sites with a result in each are
    run, and their results come in `inputs`, read from the store a batch at a time (the next batch's
    on the connection that checkpoints this one). `prepare(todo)` runs once before the first batch,
    `prepare_batch(con, batch, inputs)` before each, on the connection that read its inputs (one
    connection per batch, as before streaming: opening one costs tens of milliseconds).

    Results are upserted a batch per transaction (plus `extra(batch, inputs)` writes in the same one),
    so a kill loses at most one batch and a rerun neither repeats finished sites nor duplicates rows.
    """
    out = StageRun(stage)
    t_start = time.perf_counter()
    step = ws.batch_size
    with campaign_lock(ws, campaign):
        with ws.connect() as con:
            done = campaign_store.stage_done(con, campaign, stage)
            rows = campaign_store.valid_count(con, campaign)
            having = [set(campaign_store.stage_ids(con, campaign, need)) for need in needs]
            site_ids = [sid for sid in site_ids if all(sid in h for h in having)]
            del having
            todo = [sid for sid in site_ids if sid not in done]
            if todo and prepare is not None:
                prepare(todo)
            inputs = _next_batch(con, campaign, needs, todo[:step], prepare_batch)
        for sid in site_ids:
            if sid in done:
                ms, cost = done[sid]
                out.ms.append(ms)
                out.cost_usd += cost
        out.skipped = len(site_ids) - len(todo)
        total = len(site_ids)

        def report() -> None:
            out.last = Progress(campaign, stage, out.skipped + out.processed, len(out.failed), total, rows)
            _notify(out.last, on_progress)

        report()
        with ThreadPoolExecutor(max_workers=ws.workers, thread_name_prefix=f"ws-{stage}") as pool:
            for start in range(0, len(todo), step):
                chunk = todo[start:start + step]
                records = list(pool.map(functools.partial(_call, ws, stage, work, inputs), chunk))
                good = [(r.site_id, r.value) for r in records if r.ok]
                writes = extra(good, inputs) if (extra and good) else ()
                t_save = time.perf_counter()
                with ws.connect() as con:
                    campaign_store.save_stage(con, campaign, stage, run_id, records, writes)
                    out.checkpoint_s += time.perf_counter() - t_save
                    following = todo[start + step:start + 2 * step]
                    inputs = _next_batch(con, campaign, needs, following, prepare_batch)
                for r in records:
                    out.processed += 1
                    out.cost_usd += r.cost_usd
                    if r.ok:
                        if len(out.sample) < SAMPLE:
                            out.sample[r.site_id] = r.value
                        out.done_now.append(r.site_id)
                        out.ms.append(r.ms)
                    else:
                        out.failed[r.site_id] = r.error or "failed"
                del records, good, writes   # this batch's results go before the next batch's come
                report()
                if log:
                    log(out.last.line())
        now = set(out.done_now)
        out.ok_ids = [sid for sid in site_ids if sid in done or sid in now]
        _fill_sample(ws, campaign, stage, needs, out)
    out.wall_s = time.perf_counter() - t_start
    return out


def _next_batch(con: duckdb.DuckDBPyConnection, campaign: str, needs: Sequence[str], batch: list[str],
                prepare_batch: Callable[[duckdb.DuckDBPyConnection, list[str], Inputs], None] | None) -> Inputs:
    if not batch:
        return {}
    inputs = load_inputs(con, campaign, needs, batch)
    if prepare_batch is not None:
        prepare_batch(con, batch, inputs)
    return inputs


def _fill_sample(ws: Workspace, campaign: str, stage: str, needs: Sequence[str], out: StageRun) -> None:
    """The preview's few results: made now if any, else read back; with their earlier stages' results."""
    more = [sid for sid in out.ok_ids[:SAMPLE * 2] if sid not in out.sample][:max(0, SAMPLE - len(out.sample))]
    if not (more or out.sample):
        return
    with ws.connect() as con:
        if more:
            out.sample.update(campaign_store.stage_outputs(con, campaign, stage, more))
        out.sample_inputs = load_inputs(con, campaign, needs, list(out.sample))


@dataclass
class _Record(StageRecord):
    value: Any = None


def _call(ws: Workspace, stage: str, work: Callable[[str, Inputs], Any], inputs: Inputs, site_id: str) -> _Record:
    llm = ws.generator()
    llm.drain()
    t0 = time.perf_counter()
    try:
        with site_deadline(llm.deadline_s):  # per site and stage: a hanging provider cannot hold the batch
            value = work(site_id, inputs)
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
