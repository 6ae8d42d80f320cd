"""Running the cases: serially, in forked worker processes (CPU-bound offline rules), or in threads (network).

A networked model gets as many cases in flight as its provider's configured concurrency allows, from
the first case (the provider's limiter still holds every request to its rpm/tpm budget). Order is
preserved and every case is a pure function of (case, prompt version, provider), so the records —
and the numbers — are the same whichever way they ran.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from tapsite_pipeline.prompting.aliases import resolver

from ..providers.base import LLMProvider
from ..providers.generator import Generator
from ..settings import Settings
from .datasets import Case, Dataset
from .judge import JudgeContext
from .outcome import Outcome
from .run_result import CaseRecord
from .scorers import get_scorers, score_case
from .stage_task import StageTask
from .suites import Suite

PARALLEL_FROM = 400  # offline rules: below this, forking workers costs more than it saves
MAX_THREADS = 64


@dataclass
class Job:
    suite: Suite
    cases: list[tuple[int, Case]]
    settings: Settings
    pins: dict[str, int]
    model: str | None
    provider_for: Callable[[str], LLMProvider]
    matcher: str | None


class Worker:
    """One thread's or process's stage task and scorers (a Generator keeps a per-call log: not shared)."""

    def __init__(self, job: Job):
        gen = Generator(job.provider_for, resolve=resolver(job.settings.home, job.pins), model=job.model)
        router = getattr(job.provider_for, "router", None)   # the pages suite draws heroes as production does
        images = router.images(sink=gen.record) if router is not None and job.suite.stage == "pages" else None
        self.job, self.task = job, StageTask(job.suite, gen, job.matcher, images)
        self.scorers = get_scorers(job.suite.scorers, [c for _, c in job.cases],
                                   JudgeContext(job.provider_for, job.settings.home))

    def __call__(self, i: int) -> CaseRecord:
        rep, case = self.job.cases[i]
        o = self.task(case, rep)
        return CaseRecord(case, rep, o, score_case(self.scorers, case, o))


def _run(job: Job, lo: int, hi: int) -> list[CaseRecord]:
    worker = Worker(job)
    return [worker(i) for i in range(lo, hi)]


_WORKER: Worker | None = None  # handed to forked workers by inheritance (closures and providers need not pickle)


def _forked(bounds: tuple[int, int]) -> list[tuple[int, Outcome, dict[str, float]]]:
    """A chunk's records without their cases: the parent has those (a case is a third of a record's bytes)."""
    assert _WORKER is not None
    return [(r.rep, r.outcome, r.scores) for r in (_WORKER(i) for i in range(*bounds))]


def _chunks(lo: int, n: int, k: int) -> list[tuple[int, int]]:
    step = -(-(n - lo) // k)
    return [(i, min(n, i + step)) for i in range(lo, n, step)]


def concurrency(job: Job) -> int:
    """Cases worth having in flight: the configured concurrency of the networked models asked (1 offline)."""
    from tapsite_pipeline.prompting.aliases import prompts_root
    from tapsite_pipeline.prompting.files import get_prompt
    names = {job.model} if job.model else {get_prompt(n, v, prompts_root()).model for n, v in job.pins.items()}
    providers = [p for p in (job.provider_for(m) for m in sorted(names)) if getattr(p, "concurrent", False)]
    for p in providers:  # build the SDK client once, here, rather than in the first N threads at once
        getattr(p, "client", None)
    return min(MAX_THREADS, max([p.max_concurrency for p in providers] or [1]))


def start(suite: Suite, dataset: Dataset, settings: Settings, pins: dict[str, int], model: str | None,
          provider_for: Callable[[str], LLMProvider], matcher: str | None, repeats: int,
          workers: int | None = None) -> Callable[[], list[CaseRecord]]:
    """Launch the cases; returns a function that waits for and returns the records in case order.

    The caller may do other work (import MLflow) between the two: workers are already running.
    """
    global _WORKER
    cases = [(rep, c) for rep in range(repeats) for c in dataset.cases]
    job = Job(suite, cases, settings, pins, model, provider_for, matcher)
    n = len(cases)
    threads = concurrency(job) if workers != 1 else 1
    if threads > 1:
        return _threaded(job, min(threads, n))
    if workers is None:
        workers = (os.cpu_count() or 1) if n >= PARALLEL_FROM else 1
    if workers > 1 and n > 1 and "fork" in multiprocessing.get_all_start_methods():
        # The first case runs here, before the fork: the stage's modules are imported and the rules' patterns
        # compiled once, in the parent, and every worker inherits them (≈ 0.3 CPU-s per worker otherwise).
        _WORKER = Worker(job)
        first = _WORKER(0)
        # A worker lives for one run and keeps what it makes until it hands it back: its cyclic collector
        # would only re-scan the inherited objects (≈ 5 % of the cases' CPU) and copy their shared pages.
        # Here, what exists now (the imported modules, the rules' patterns and lexicons, the cases) outlives the
        # cases: frozen until they are back, the collections that taking the results back triggers skip it (a
        # full one would walk every object of ≈ 700 modules). Only this run's freeze is undone after.
        froze = gc.get_freeze_count() == 0
        if froze:
            gc.freeze()
        try:
            procs = multiprocessing.get_context("fork").Pool(workers, initializer=gc.disable)
            # small chunks (~0.1 s each) so both workers finish together though MLflow takes its share of a core
            pending = procs.map_async(_forked, _chunks(1, n, workers * 16))
        except BaseException:
            if froze:
                gc.unfreeze()
            raise

        def wait_procs() -> list[CaseRecord]:
            global _WORKER
            try:
                done = (r for part in pending.get() for r in part)
                return [first, *(CaseRecord(c, rep, o, sc) for (_, c), (rep, o, sc) in zip(cases[1:], done, strict=True))]
            finally:
                procs.close()
                procs.join()
                _WORKER = None
                if froze:
                    gc.unfreeze()
        return wait_procs
    records = _run(job, 0, n)
    return lambda: records


def _threaded(job: Job, threads: int) -> Callable[[], list[CaseRecord]]:
    """Every case its own task from the start; each thread keeps one Worker."""
    local = threading.local()

    def one(i: int) -> CaseRecord:
        if not hasattr(local, "worker"):
            local.worker = Worker(job)
        return local.worker(i)

    pool = ThreadPoolExecutor(threads, thread_name_prefix="tapsite-eval")
    futures = [pool.submit(one, i) for i in range(len(job.cases))]

    def wait() -> list[CaseRecord]:
        try:
            return [f.result() for f in futures]
        finally:
            pool.shutdown()
    return wait
