"""Run a suite: every case through the stage under test, scored; then recorded in DuckDB and MLflow.

`execute` is pure (cases in, records out) so tests and the statistics proof can call it in memory;
`run_suite` adds the DuckDB rows and the MLflow run.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from tapsite_pipeline.prompting.aliases import pin_version

from ..providers.base import LLMProvider
from ..settings import Settings
from .datasets import Dataset, load_dataset
from .execution import start
from .outcome import Scorer
from .run_result import CaseRecord, EvalRun
from .scorers import get_scorers
from .suites import Suite

if TYPE_CHECKING:
    from .tracking import MlflowSession
    from .tracking_process import MlflowProcess

STAGE_PROMPTS = {"intent": ("intent",), "template": ("intent",), "content": ("intent", "content_section", "seo"),
                 "refine": ("refine",), "pages": ("intent", "content_section", "seo", "image_prompt")}


class EvalProviders:
    """`provider:model` → provider for eval runs: `replay:FILE` answers from recorded outputs, tests may
    add their own, everything else goes through the project's providers Router (fallbacks and the
    response cache under the home), so rerunning an unchanged eval makes no provider calls."""

    def __init__(self, extra: dict[str, LLMProvider] | None = None, home=None, use_cache: bool = True):
        from ..providers.router import Router
        self.extra = extra or {}
        self.router = Router.for_home(home, use_cache=use_cache) if home is not None else Router()

    def _own(self, name: str) -> LLMProvider | None:
        if name in self.extra:
            return self.extra[name]
        if name.startswith("replay:"):
            from .replay import ReplayProvider
            return ReplayProvider(name.partition(":")[2])
        return None

    def __call__(self, name: str) -> LLMProvider:
        return self._own(name) or self.router(name)

    def for_stage(self, name: str, stage: str) -> LLMProvider:
        return self._own(name) or self.router.for_stage(name, stage)


def provider_lookup(extra: dict[str, LLMProvider] | None = None, home=None, use_cache: bool = True) -> EvalProviders:
    return EvalProviders(extra, home, use_cache)


def resolve_pins(settings: Settings, suite: Suite, overrides: dict[str, int | str]) -> dict[str, int]:
    """File versions of the prompts this stage uses: --prompt overrides, then the suite, then production."""
    out = {}
    for name in STAGE_PROMPTS[suite.stage]:
        if name == "intent" and suite.stage != "intent" and suite.intent_source == "gold":
            continue  # the intent comes from the labels: no intent prompt is under test
        pin = overrides.get(name, suite.prompts.get(name))
        out[name] = pin_version(settings.home, name, pin if pin not in (None, "") else None)
    return out


def execute(suite: Suite, dataset: Dataset, settings: Settings, pins: dict[str, int],
            model: str | None = None, provider_for: Callable[[str], LLMProvider] | None = None,
            matcher: str | None = None, repeats: int | None = None, workers: int | None = None) -> list[CaseRecord]:
    """Every case × repeat through the stage, scored; no storage."""
    providers = provider_for or provider_lookup(home=settings.home)
    return start(suite, dataset, settings, pins, model, providers, matcher,
                 repeats or suite.repeats, workers)()


def summarise(records: list[CaseRecord], scorers: list[Scorer]) -> dict[str, float]:
    sums: dict[str, list[float]] = {}
    for r in records:
        for k, v in r.scores.items():
            sums.setdefault(k, []).append(v)
    return {s.name: round(sum(v) / len(v), 6) for s in scorers if (v := sums.get(s.name))}


def intervals(records: list[CaseRecord], scorers: list[Scorer]) -> dict[str, list[float]]:
    """The 95 % bootstrap CI of each metric's mean over the run's cases (the comparisons' resampler)."""
    import numpy as np

    from .stats import bootstrap_cis
    columns = {}
    for s in scorers:
        v = np.array([r.scores[s.name] for r in records if s.name in r.scores], dtype=float)
        if len(v):
            columns[s.name] = v
    return {name: [round(x, 6) for x in ci] for name, ci in bootstrap_cis(columns).items()}


def run_suite(suite: Suite, settings: Settings, *, prompt_overrides: dict[str, int | str] | None = None,
              model: str | None = None, dataset_path: str | None = None, split: str | None = None,
              repeats: int | None = None, matcher: str | None = None,
              provider_for: Callable[[str], LLMProvider] | None = None, track: bool = True,
              workers: int | None = None, use_cache: bool = True, allow_fallback: bool = False,
              mlflow: MlflowProcess | None = None) -> EvalRun:
    """Run, store every case in DuckDB, log one MLflow run linked to the prompt versions used.

    A `dataset_path` run covers that file's every case (or `split`), and is recorded as such. `mlflow` is an
    MLflow process started earlier (the CLI starts it before importing the rest); the run closes it.
    """
    if mlflow is not None and not track:
        mlflow.close()
        mlflow = None
    if track and mlflow is None:  # MLflow's own process, if it gets one, starts now (tracking_process.py)
        from .tracking_process import mlflow_process
        mlflow = mlflow_process(settings)
    try:
        return _run_suite(suite, settings, prompt_overrides, model, dataset_path, split, repeats, matcher,
                          provider_for, track, workers, use_cache, allow_fallback, mlflow)
    finally:
        if mlflow is not None:
            mlflow.close()


def _run_suite(suite: Suite, settings: Settings, prompt_overrides: dict[str, int | str] | None, model: str | None,
               dataset_path: str | None, split: str | None, repeats: int | None, matcher: str | None,
               provider_for: Callable[[str], LLMProvider] | None, track: bool, workers: int | None,
               use_cache: bool, allow_fallback: bool, mlflow: MlflowProcess | None) -> EvalRun:
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    timings = {}
    split = split if dataset_path else (split or suite.split)
    model = model or suite.model
    dataset = load_dataset(dataset_path or suite.dataset, split, suite.template_labels)
    if suite.stage == "pages":
        from .pages import page_cases
        dataset = page_cases(dataset)
    pins = resolve_pins(settings, suite, prompt_overrides or {})
    matcher = (matcher or suite.matcher) if suite.stage == "template" else None
    if matcher == "default":
        from tapsite_pipeline.design.matcher import default_matcher
        matcher = default_matcher()
    timings["setup_s"] = time.perf_counter() - t0   # the dataset read and the prompt versions resolved
    t = time.perf_counter()
    providers = provider_for or provider_lookup(home=settings.home, use_cache=use_cache)
    session: MlflowSession | MlflowProcess | None = mlflow
    wait = start(suite, dataset, settings, pins, model, providers, matcher,
                 repeats or suite.repeats, workers)
    if mlflow is not None:  # the workers run the cases; this process is idle until they are done
        _ready_to_record()   # (nothing imports here while MLflow's thread may: only beside its process)
        # what is under test, to MLflow's process (its registry versions and the MLflow dataset are read there):
        # a dataset fills the pipe, so this returns once MLflow's import is done and the process reads it
        mlflow.prepare(pins, dataset, split)
    elif track:  # else MLflow (~2.5 CPU-s to import) gets ready in a thread, after the fork
        from .tracking import MlflowSession
        session = MlflowSession(settings, pins, dataset, split)
    records = wait()
    timings["cases_s"] = time.perf_counter() - t
    if session is not None:     # nothing below imports a module while MLflow's thread may import it too:
        t = time.perf_counter()  # two threads importing one module can each see it half made
        session.wait()
        timings["mlflow_wait_s"] = time.perf_counter() - t
    scorers = get_scorers(suite.scorers)
    t = time.perf_counter()
    cis = intervals(records, scorers)
    timings["stats_s"] = time.perf_counter() - t
    run = EvalRun(run_id=f"ev-{started:%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}", suite=suite, dataset=dataset,
                  model=model or _models(pins), prompts=pins, matcher=matcher, records=records,
                  metrics=summarise(records, scorers), intervals=cis, scorers=scorers,
                  started=started, split=split,
                  allow_fallback=allow_fallback, prompt_hashes=_hashes(pins))
    from .records import save_run

    def to_duckdb() -> None:
        t = time.perf_counter()
        save_run(settings, run, duration_s=time.perf_counter() - t0)
        timings["duckdb_s"] = time.perf_counter() - t
    if session is None:
        to_duckdb()
    else:
        from .tracking import run_record
        # The DuckDB rows are written in a thread (DuckDB's insert releases the GIL) while the MLflow run is
        # built here and logged by MLflow's process (or thread). It is marked FINISHED only once the rows are in.
        t = time.perf_counter()
        with ThreadPoolExecutor(1, thread_name_prefix="eval-duckdb") as pool:
            saved = pool.submit(to_duckdb)
            session.submit(run_record(run))
            failed = saved.exception()
        if failed is not None:  # no DuckDB rows: the MLflow run does not stand as a finished eval
            with contextlib.suppress(Exception):
                session.finish("FAILED")
            raise failed
        run.mlflow_run_id = session.finish("FINISHED")
        timings["mlflow_s"] = time.perf_counter() - t
        from .records import set_mlflow_run
        set_mlflow_run(settings, run.run_id, run.mlflow_run_id)
    run.duration_s = time.perf_counter() - t0
    run.timings = {k: round(v, 3) for k, v in timings.items()}
    return run


def _ready_to_record() -> None:
    """What recording a run needs, imported while the workers run the cases (the parent is idle meanwhile)."""
    import numpy  # noqa: F401  (the bootstrap intervals)

    from . import records, stats  # noqa: F401


def _hashes(pins: dict[str, int]) -> dict[str, str]:
    from tapsite_pipeline.prompting.aliases import prompts_root
    from tapsite_pipeline.prompting.files import get_prompt
    return {n: get_prompt(n, v, prompts_root()).content_hash for n, v in sorted(pins.items())}


def models_of(pins: dict[str, int]) -> str:
    """What a run of these prompt versions asks when no model is forced: each prompt's own model."""
    return _models(pins)


def _models(pins: dict[str, int]) -> str:
    from tapsite_pipeline.prompting.aliases import prompts_root
    from tapsite_pipeline.prompting.files import get_prompt
    models = sorted({get_prompt(n, v, prompts_root()).model for n, v in pins.items()})
    return ",".join(models)
