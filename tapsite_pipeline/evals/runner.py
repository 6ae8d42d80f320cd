"""Run a suite: every case through the stage under test, scored; then recorded in DuckDB and MLflow.

`execute` is pure (cases in, records out) so tests and the statistics proof can call it in memory;
`run_suite` adds the DuckDB rows and the MLflow run.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tapsite_pipeline.prompting.aliases import pin_version

from ..brief import make_brief
from ..errors import ProviderError
from ..models import Brief, Intent
from ..providers.base import LLMProvider
from ..providers.generator import Generator  # noqa: F401  (StageTask's type)
from ..settings import Settings
from .datasets import Case, Dataset, load_dataset
from .execution import CaseRecord, start
from .provenance import from_logs
from .scorers import Outcome, Scorer, get_scorers
from .suites import Suite

STAGE_PROMPTS = {"intent": ("intent",), "template": ("intent",), "content": ("intent", "content_section", "seo"),
                 "refine": ("refine",)}


@dataclass
class EvalRun:
    run_id: str
    suite: Suite
    dataset: Dataset
    model: str
    prompts: dict[str, int]
    matcher: str | None
    records: list[CaseRecord]
    metrics: dict[str, float]
    scorers: list[Scorer]
    started: datetime
    duration_s: float = 0.0
    mlflow_run_id: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    split: str | None = None
    allow_fallback: bool = False
    prompt_hashes: dict[str, str] = field(default_factory=dict)

    @property
    def summary(self) -> dict[str, int]:
        """Case × repeat records: answered by the model asked for, fell back to another, errored."""
        errored = sum(1 for r in self.records if r.outcome.error)
        fell = sum(1 for r in self.records if not r.outcome.error and r.outcome.provenance
                   and r.outcome.provenance.fallback)
        hits = sum(1 for r in self.records if r.outcome.provenance and r.outcome.provenance.cache_hit)
        return {"answered": len(self.records) - errored - fell, "fell_back": fell, "errored": errored,
                "cache_hits": hits}

    @property
    def prompt_blind(self) -> list[str]:
        """Models that answered some case without reading the prompt (the offline rules, recorded answers)."""
        return sorted({m for r in self.records if r.outcome.provenance for m in r.outcome.provenance.prompt_blind})

    def fallback_problem(self) -> str | None:
        """One line when answers came from another model than the one named (None when all is as named)."""
        fell = [r for r in self.records if not r.outcome.error and r.outcome.provenance
                and r.outcome.provenance.fallback]
        if not fell:
            return None
        p = fell[0].outcome.provenance
        return (f"{len(fell)} of {len(self.records)} answers came from {p.answered_by}, not {p.requested_model}"
                f" ({p.fallback_reason}); the run does not measure {self.model}")


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


def gold_intent(case: Case) -> Intent:
    """An Intent built from the labels, for suites that test a later stage in isolation."""
    g = case.gold
    return Intent(business_type=g.get("business_type") or "other", industry=g.get("business_type") or "other",
                  brand_name=g.get("brand_name") or "Usaha Saya", products=g.get("products") or [],
                  color_preference=g.get("color_preference") or [],
                  features_requested=g.get("features") or [], language=g.get("language") or "id",
                  tone=g.get("tone") or "friendly")


def content_hash(content) -> str:
    """The copy's identity for parity checks: same hash, same words on the page."""
    import hashlib
    return hashlib.sha256(content.model_dump_json().encode()).hexdigest()


class _Done(Exception):
    """A stage kind that produced its whole output early (refine): skips the single-stage path below."""

    def __init__(self, output: dict[str, Any]):
        super().__init__("done")
        self.output = output


class StageTask:
    """Calls the stage under test for one case; returns what it produced and what it cost."""

    def __init__(self, suite: Suite, gen: Generator, matcher: str | None):
        self.suite, self.gen = suite, gen
        self.ranker = None
        self.catalog = None
        self.rt = None
        if suite.stage in ("template", "content"):
            from tapsite_pipeline.design.catalog import load_catalog
            from tapsite_pipeline.design.matcher import default_ranker
            from tapsite_pipeline.pipeline import Runtime
            self.catalog = load_catalog()
            # the production wiring: the same catalog and recorded default matcher as `tapsite generate`
            self.rt = Runtime(settings=None, llm=gen, images=None, catalog=self.catalog,  # type: ignore[arg-type]
                              ranker=default_ranker())
        if suite.stage == "template":
            from tapsite_pipeline.design.matcher import get_ranker
            self.ranker = get_ranker(matcher)
        self.refine = None
        if suite.stage == "refine":  # the whole conversation per case, in a throwaway home (evals/refine_task.py)
            from .refine_task import RefineCase
            self.refine = RefineCase(gen)

    def intent_for(self, case: Case, brief: Brief) -> Intent:
        if self.suite.stage != "intent" and self.suite.intent_source == "gold":
            return gold_intent(case)
        from tapsite_pipeline.pipeline import intent_step
        return intent_step(brief, self.rt, llm=self.gen)  # type: ignore[arg-type]

    def __call__(self, case: Case, rep: int = 0) -> Outcome:
        self.gen.drain()
        self.gen.repeat = rep
        t0 = time.perf_counter()
        extra: dict[str, Any] = {}
        try:
            if self.refine is not None:
                from ..errors import TapsiteError
                try:
                    output = self.refine(case)
                except TapsiteError as exc:  # a case whose site could not be built is a failed case, not a crash
                    raise ValueError(str(exc)) from exc
                raise _Done(output)
            # the brief as production reads it (contact details in the text included), so an eval run
            # writes the same page as `tapsite generate`
            brief = make_brief(case.text[:2000], require_contact=False)
            intent = self.intent_for(case, brief)
            if self.suite.stage == "intent":
                output = intent.model_dump(mode="json")
            elif self.suite.stage == "template":
                ranking = [t.id for t, _ in self.ranker(intent, self.catalog)[:5]]
                output, extra["ranking"] = {"template_id": ranking[0], "ranking": ranking}, ranking
            else:
                from tapsite_pipeline.pipeline import content_step, design_step
                design = design_step(intent, self.rt)
                content = content_step(intent, design, brief, self.rt, llm=self.gen)
                output = content.model_dump(mode="json")
                extra["intent"] = intent.model_dump(mode="json")
                extra["template_id"] = design.template_id
                extra["palette"] = design.color_scheme.model_dump()
                extra["content_sha256"] = content_hash(content)
            error = None
        except _Done as done:
            output, error = done.output, None
        except (ProviderError, ValueError) as exc:  # pydantic's ValidationError is a ValueError
            output, error = None, f"{type(exc).__name__}: {exc}"[:500]
        logs = self.gen.drain()
        if self.refine is not None:  # the conversation's calls were drained by the pipeline: the case kept them
            logs = self.refine.take_logs() + logs
        prov = from_logs(logs, (time.perf_counter() - t0) * 1000)
        return Outcome(output=output, error=error, latency_ms=prov.latency_ms, extra=extra,
                       tokens_in=prov.tokens_in, tokens_out=prov.tokens_out, cost_usd=prov.cost_usd,
                       provenance=prov)


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
    pins = resolve_pins(settings, suite, prompt_overrides or {})
    matcher = (matcher or suite.matcher) if suite.stage == "template" else None
    if matcher == "default":
        from tapsite_pipeline.design.matcher import default_matcher
        matcher = default_matcher()
    t = time.perf_counter()
    providers = provider_for or provider_lookup(home=settings.home, use_cache=use_cache)
    wait = start(suite, dataset, settings, pins, model, providers, matcher,
                 repeats or suite.repeats, workers)
    mlflow_loader = None
    if track:  # while workers run the cases, import MLflow (~2 s) here; after the fork, so no lock is copied
        from .tracking import preload
        mlflow_loader = preload()
    records = wait()
    timings["cases_s"] = time.perf_counter() - t
    scorers = get_scorers(suite.scorers)
    run = EvalRun(run_id=f"ev-{started:%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}", suite=suite, dataset=dataset,
                  model=model or _models(pins), prompts=pins, matcher=matcher, records=records,
                  metrics=summarise(records, scorers), scorers=scorers, started=started, split=split,
                  allow_fallback=allow_fallback, prompt_hashes=_hashes(pins))
    from .records import save_run
    t = time.perf_counter()
    save_run(settings, run, duration_s=time.perf_counter() - t0)
    timings["duckdb_s"] = time.perf_counter() - t
    if track:
        from .tracking import log_run
        t = time.perf_counter()
        mlflow_loader.join()
        run.mlflow_run_id = log_run(settings, run)
        timings["mlflow_s"] = time.perf_counter() - t
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
