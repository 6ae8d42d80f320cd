"""Run a suite: every case through the stage under test, scored; then recorded in DuckDB and MLflow.

`execute` is pure (cases in, records out) so tests and the statistics proof can call it in memory;
`run_suite` adds the DuckDB rows and the MLflow run.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from tapsite_pipeline.prompting.aliases import pin_version

from ..providers.base import LLMProvider
from ..settings import Settings
from .datasets import Dataset, load_dataset
from .execution import start
from .outcome import Scorer
from .run_result import CaseRecord, EvalRun
from .scorers import get_scorers
from .suites import Suite

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
              workers: int | None = None, use_cache: bool = True, allow_fallback: bool = False) -> EvalRun:
    """Run, store every case in DuckDB, log one MLflow run linked to the prompt versions used.

    A `dataset_path` run covers that file's every case (or `split`), and is recorded as such.
    """
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
    wait = start(suite, dataset, settings, pins, model, providers, matcher,
                 repeats or suite.repeats, workers)
    mlflow_session = None
    if track:  # while workers run the cases, MLflow (~2.5 CPU-s to import) gets ready here, after the fork
        from .tracking import MlflowSession
        mlflow_session = MlflowSession(settings, pins, dataset, split)
    records = wait()
    timings["cases_s"] = time.perf_counter() - t
    if mlflow_session is not None:  # nothing below imports a module while MLflow's thread may import it too:
        t = time.perf_counter()     # two threads importing one module can each see it half made
        mlflow_session.wait()
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
    if not track:
        to_duckdb()
    else:
        from .tracking import log_run
        # The DuckDB rows are written in a thread while the MLflow run is logged: DuckDB's insert and
        # checkpoint, and SQLite's writes, release the GIL, so the two overlap on a second core.
        t = time.perf_counter()
        with ThreadPoolExecutor(1, thread_name_prefix="eval-duckdb") as pool:
            saved = pool.submit(to_duckdb)
            run.mlflow_run_id = log_run(settings, run, mlflow_session)
            timings["mlflow_s"] = time.perf_counter() - t
            try:
                saved.result()
            except BaseException:  # no DuckDB rows: the MLflow run does not stand as a finished eval
                mlflow_session.join()[0].set_terminated(run.mlflow_run_id, "FAILED")
                raise
        from .records import set_mlflow_run
        set_mlflow_run(settings, run.run_id, run.mlflow_run_id)
    run.duration_s = time.perf_counter() - t0
    run.timings = {k: round(v, 3) for k, v in timings.items()}
    return run


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
