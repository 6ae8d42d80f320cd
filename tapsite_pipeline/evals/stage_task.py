"""The stage under test for one eval case, called through the production wiring (`tapsite_pipeline.pipeline`),
so an eval run writes what `tapsite generate` writes."""

from __future__ import annotations

import time
from typing import Any

from ..brief import make_brief
from ..errors import InputError, ProviderError
from ..models import Brief, Intent
from ..providers.generator import Generator
from .datasets import Case
from .outcome import Outcome
from .provenance import from_logs
from .suites import Suite


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


class StageTask:
    """Calls the stage under test for one case; returns what it produced and what it cost."""

    def __init__(self, suite: Suite, gen: Generator, matcher: str | None, images=None):
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
        self.pages = None
        if suite.stage in ("intent", "template", "content"):  # the production intent step, imported once per task
            from tapsite_pipeline.pipeline import intent_step
            self._intent_step = intent_step
        if suite.stage == "pages":   # the whole pipeline, scored by the fidelity checks (evals/pages.py)
            from .pages import PageTask
            self.pages = PageTask(gen, images)

    def intent_for(self, case: Case, brief: Brief) -> Intent:
        if self.suite.stage != "intent" and self.suite.intent_source == "gold":
            return gold_intent(case)
        return self._intent_step(brief, self.rt, llm=self.gen)  # type: ignore[arg-type]

    def __call__(self, case: Case, rep: int = 0) -> Outcome:
        self.gen.drain()
        self.gen.repeat = rep
        t0 = time.perf_counter()
        try:
            if self.refine is not None:
                output, extra = self._refine(case), {}
            elif self.pages is not None:
                output, extra = self.pages(case)
            else:
                output, extra = self._one_stage(case)
            error = None
        except self.failures as exc:  # pydantic's ValidationError is a ValueError
            output, extra, error = None, {}, f"{type(exc).__name__}: {exc}"[:500]
        logs = self.gen.drain()
        # whole-site kinds run the pipeline, which drains the Generator itself: the case kept those calls
        for whole in (self.refine, self.pages):
            if whole is not None:
                logs = whole.take_logs() + logs
        prov = from_logs(logs, (time.perf_counter() - t0) * 1000)
        return Outcome(output=output, error=error, latency_ms=prov.latency_ms, extra=extra,
                       tokens_in=prov.tokens_in, tokens_out=prov.tokens_out, cost_usd=prov.cost_usd,
                       provenance=prov)

    @property
    def failures(self) -> tuple[type[Exception], ...]:
        """What a case may fail with and still be recorded: a provider that failed, output that did not validate,
        and in the pages suite a brief the pipeline refuses (as `tapsite generate` would)."""
        return (ProviderError, ValueError, InputError) if self.pages is not None else (ProviderError, ValueError)

    def _refine(self, case: Case) -> dict[str, Any]:
        from ..errors import TapsiteError
        try:
            return self.refine(case)
        except TapsiteError as exc:  # a case whose site could not be built is a failed case, not a crash
            raise ValueError(str(exc)) from exc

    def _one_stage(self, case: Case) -> tuple[dict[str, Any], dict[str, Any]]:
        extra: dict[str, Any] = {}
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
        return output, extra
