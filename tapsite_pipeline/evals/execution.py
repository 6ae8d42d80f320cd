"""Running the cases: serially, in forked worker processes (CPU-bound offline rules), or in threads (network).

Order is preserved and every case is a pure function of (case, prompt version, provider), so the
records — and the numbers — are the same whichever way they ran.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from tapsite_pipeline.prompting.aliases import resolver
from ..providers.base import LLMProvider
from ..providers.generator import Generator
from ..settings import Settings
from .datasets import Case, Dataset
from .scorers import Outcome, get_scorers, score_case
from .suites import Suite

PARALLEL_FROM = 400  # below this, starting workers costs more than it saves
THREADS = 8


@dataclass
class CaseRecord:
    case: Case
    rep: int
    outcome: Outcome
    scores: dict[str, float]


@dataclass
class Job:
    suite: Suite
    cases: list[tuple[int, Case]]
    settings: Settings
    pins: dict[str, int]
    model: str | None
    provider_for: Callable[[str], LLMProvider]
    matcher: str | None


def _run(job: Job, lo: int, hi: int) -> list[CaseRecord]:
    from .runner import StageTask
    gen = Generator(job.provider_for, resolve=resolver(job.settings.home, job.pins), model=job.model)
    task = StageTask(job.suite, gen, job.matcher)
    scorers = get_scorers(job.suite.scorers)
    out = []
    for rep, case in job.cases[lo:hi]:
        o = task(case, rep)
        out.append(CaseRecord(case, rep, o, score_case(scorers, case, o)))
    return out


_JOB: Job | None = None  # handed to forked workers by inheritance (closures and providers need not pickle)


def _forked(bounds: tuple[int, int]) -> list[CaseRecord]:
    assert _JOB is not None
    return _run(_JOB, *bounds)


def _chunks(n: int, k: int) -> list[tuple[int, int]]:
    step = -(-n // k)
    return [(i, min(n, i + step)) for i in range(0, n, step)]


def _networked(job: Job) -> bool:
    from tapsite_pipeline.prompting.aliases import prompts_root
    from tapsite_pipeline.prompting.files import get_prompt
    names = {job.model} if job.model else {get_prompt(n, v, prompts_root()).model for n, v in job.pins.items()}
    return any(getattr(job.provider_for(m), "concurrent", False) for m in names)


def start(suite: Suite, dataset: Dataset, settings: Settings, pins: dict[str, int], model: str | None,
          provider_for: Callable[[str], LLMProvider], matcher: str | None, repeats: int,
          workers: int | None = None) -> Callable[[], list[CaseRecord]]:
    """Launch the cases; returns a function that waits for and returns the records in case order.

    The caller may do other work (import MLflow) between the two: workers are already running.
    """
    global _JOB
    cases = [(rep, c) for rep in range(repeats) for c in dataset.cases]
    job = Job(suite, cases, settings, pins, model, provider_for, matcher)
    n = len(cases)
    if workers is None:
        workers = (os.cpu_count() or 1) if n >= PARALLEL_FROM else 1
    if workers > 1 and _networked(job):
        pool = ThreadPoolExecutor(THREADS, thread_name_prefix="tapsite-eval")
        futures = [pool.submit(_run, job, lo, hi) for lo, hi in _chunks(n, THREADS * 4)]

        def wait_threads() -> list[CaseRecord]:
            try:
                return [r for f in futures for r in f.result()]
            finally:
                pool.shutdown()
        return wait_threads
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        _JOB = job
        procs = multiprocessing.get_context("fork").Pool(workers)
        pending = procs.map_async(_forked, _chunks(n, workers * 4))

        def wait_procs() -> list[CaseRecord]:
            global _JOB
            try:
                return [r for part in pending.get() for r in part]
            finally:
                procs.close()
                procs.join()
                _JOB = None
        return wait_procs
    records = _run(job, 0, n)
    return lambda: records
