"""The only wiring of the six stages: one step function per stage, and `generate_site` composing them.

The CLI, the Dagster assets, the benchmark, the template test sites and the eval runner all call these,
so a brief gets the same template, palette and copy whichever way it enters.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tapsite_pipeline import metrics
from tapsite_pipeline.deploy_targets import target_for
from tapsite_pipeline.design.catalog import Catalog, load_catalog
from tapsite_pipeline.design.matcher import Ranker, default_ranker
from tapsite_pipeline.prompting.aliases import resolver
from tapsite_pipeline.sites.edits import plan_edit
from tapsite_pipeline.sites.keys import business_key
from tapsite_pipeline.sites.overlays import apply_section_edits
from tapsite_pipeline.stages.deployment import claim_subdomain, owner_of
from tapsite_pipeline.stages.site import assemble_site

from .models import (
    Brief,
    Deployment,
    DesignDecision,
    ImageAsset,
    Intent,
    Site,
    SiteContent,
    SiteEdit,
    SiteOverrides,
    SiteState,
)
from .providers.base import GenerationLog, ImageProvider
from .providers.generator import Generator
from .providers.resilience import site_deadline
from .providers.router import Router
from .settings import Settings
from .stages.content import write_content
from .stages.design import decide_design
from .stages.images import make_images
from .stages.intent import parse_intent

if TYPE_CHECKING:   # the ledger imports the store; the pipeline only calls it
    from .site_ledger import SiteLedger

STAGES = ("intent", "design", "content", "images", "site", "deployment")
# Which stored site a brief belongs to: (site_id, the subdomain it already has or None).
Identify = Callable[[Brief, Intent], tuple[str, str | None]]


@dataclass
class Runtime:
    """The resources one environment runs with: where files go, which providers answer."""

    settings: Settings
    llm: Generator
    images: ImageProvider
    catalog: Catalog
    router: Router | None = None
    ranker: Ranker | None = None  # None: the spec's weighted match; else the recorded default model

    @classmethod
    def local(cls, home: str | Path | None = None, model: str | None = None,
              image_model: str | None = None, use_cache: bool = True) -> Runtime:
        """Providers composed by config/providers.yaml (fallbacks, limits), answers cached under the home."""
        settings = Settings.load(home).ensure()
        router = Router.for_home(settings.home, use_cache=use_cache)
        llm = Generator(router, resolve=resolver(settings.home), model=model,  # <prompt>@production
                        max_workers=router.config.max_workers)
        return cls(settings=settings, llm=llm, images=router.images(image_model, sink=llm.record),
                   catalog=load_catalog(), router=router, ranker=default_ranker())

    def generator(self, model: str | None = None) -> Generator:
        """Another Generator (its own call log, e.g. one per thread) on the same providers and cache."""
        router = self.router or Router()
        return Generator(router, resolve=resolver(self.settings.home), model=model,
                         max_workers=router.config.max_workers)


@dataclass
class SiteResult:
    site_id: str
    brief: Brief
    intent: Intent
    design: DesignDecision
    content: SiteContent
    images: list[ImageAsset]
    site: Site
    deployment: Deployment
    timings_ms: dict[str, float]
    logs: list[GenerationLog] = field(default_factory=list)
    overrides: SiteOverrides = field(default_factory=SiteOverrides)
    stages_run: list[str] = field(default_factory=lambda: list(STAGES))
    changed: list[str] = field(default_factory=list)      # a refinement: what the owner asked, as applied

    def state(self, version: int = 0) -> SiteState:
        """What this run produced, as a storable version of the site."""
        return SiteState(site_id=self.site_id, subdomain=self.deployment.subdomain, version=version,
                         brief=self.brief, intent=self.intent, design=self.design, content=self.content,
                         images=self.images, overrides=self.overrides)


def site_id_for(brief: Brief, campaign: str | None = None, row_id: str | None = None) -> str:
    """Stable across runs: the same campaign row (or the same brief) is always the same site (new photos make
    a new version of it, not another site)."""
    payload = "\x1f".join([campaign or "", row_id or "", brief.model_dump_json(exclude={"id", "photos"})])
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def intent_step(brief: Brief, rt: Runtime, llm: Generator | None = None) -> Intent:
    """Stage 1. `llm` overrides the runtime's Generator (one per worker thread, or an eval's pinned one)."""
    return parse_intent(brief, llm or rt.llm)


def design_step(intent: Intent, rt: Runtime, template_id: str | None = None) -> DesignDecision:
    """Stage 2, with the runtime's template ranker (the recorded default model) unless a template is forced."""
    return decide_design(intent, rt.catalog, ranker=rt.ranker, template_id=template_id)


def content_step(intent: Intent, design: DesignDecision, brief: Brief, rt: Runtime,
                 llm: Generator | None = None) -> SiteContent:
    """Stage 3: the copy of every section in the layout."""
    return write_content(intent, design, brief, llm or rt.llm)


def images_step(intent: Intent, design: DesignDecision, rt: Runtime, llm: Generator | None = None,
                images: ImageProvider | None = None, overrides: SiteOverrides | None = None,
                photos: list[str] | tuple[str, ...] = ()) -> list[ImageAsset]:
    """Stage 4: the hero, cached by its spec hash under the home (another drawing when refinements asked for
    one) — or the owner's photos (the brief's, or the one a refinement gave), cached by content hash."""
    ov = overrides or SiteOverrides()
    return make_images(intent, design, llm or rt.llm, images or rt.images, rt.settings.image_cache,
                       variation=ov.image_variation, photo=ov.photo, photos=photos)


def subdomain_step(name: str, site_id: str, rt: Runtime, current: str | None = None) -> str:
    """The site's public name: its own if it has one (`current`, when the site still owns it on disk; a
    renamed business keeps its address), else the first free slug of `name` (atomic claim)."""
    if current and owner_of(rt.settings.deploy_root, current) == site_id:
        return current
    return claim_subdomain(rt.settings.deploy_root, name, site_id)


def site_step(site_id: str, brief: Brief, intent: Intent, design: DesignDecision, content: SiteContent,
              images: list[ImageAsset], subdomain: str, rt: Runtime) -> Site:
    """Stage 5: static, minified HTML + assets in the site's build folder (replaced whole)."""
    s = rt.settings
    return assemble_site(site_id=site_id, brief=brief, intent=intent, design=design, content=content,
                         images=images, out_dir=s.build_root / site_id, site_url=s.public_url(subdomain),
                         forms_endpoint=s.forms_url(subdomain))


def deployment_step(site: Site, subdomain: str, rt: Runtime) -> Deployment:
    """Stage 6: a new version under the subdomain, switched live atomically, on the configured target."""
    s = rt.settings
    return target_for(s).deploy(site, subdomain, s.preview_url(subdomain))


def generate_site(brief: Brief, rt: Runtime, site_id: str | None = None, *, template_id: str | None = None,
                  subdomain_name: str | None = None, ledger: SiteLedger | None = None, identify: Identify | None = None,
                  current_subdomain: str | None = None) -> SiteResult:
    """All six stages for one brief. The CLI, the benchmark and the template test sites call this; Dagster
    assets and the eval runner call the same step functions one stage at a time.

    Without a `site_id` the site is the business the intent describes: `identify` finds it among the
    stored sites (a new brief for a known business becomes a new version of its site), else the
    business key names a new one. With a `ledger` (site_ledger.SiteLedger) the site's row is written
    pending before its files go live and deployed (with its version) after; its writes are not timed.
    """
    lap = _Laps()
    rt.llm.drain()
    try:
        result = _six_stages(brief, rt, site_id, lap, template_id, subdomain_name, ledger, identify,
                             current_subdomain)
    except Exception:
        metrics.observe_site(None, False, lap.timings, rt.llm.drain())
        raise
    metrics.observe_site(result.design.template_id, True, result.timings_ms, result.logs)
    if ledger is not None:
        ledger.deployed(result, rt.catalog)
    return result


class _Laps:
    """Milliseconds per stage: each call records the time since the previous one."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._t = time.perf_counter()

    def __call__(self, stage: str | None) -> None:
        """Record the time since the last lap as `stage`'s (None: restart the clock, recording nothing)."""
        now = time.perf_counter()
        if stage is not None:
            self.timings[stage] = round((now - self._t) * 1000, 3)
        self._t = now


def _six_stages(brief: Brief, rt: Runtime, site_id: str | None, lap: _Laps, template_id: str | None,
                subdomain_name: str | None, ledger: SiteLedger | None, identify: Identify | None,
                current_subdomain: str | None) -> SiteResult:
    with site_deadline(rt.llm.deadline_s):  # a hanging provider costs the site at most this, then the fallback
        intent = intent_step(brief, rt)
        lap("intent")
        if site_id is None:
            site_id, current_subdomain = (identify(brief, intent) if identify
                                          else (business_key(brief, intent).site_id(), None))
            lap(None)  # a store lookup is not a stage
        design = design_step(intent, rt, template_id=template_id)
        lap("design")
        content = content_step(intent, design, brief, rt)
        lap("content")
        images = images_step(intent, design, rt, photos=brief.photos)
        lap("images")
    subdomain = subdomain_step(subdomain_name or intent.brand_name, site_id, rt, current=current_subdomain)
    site = site_step(site_id, brief, intent, design, content, images, subdomain, rt)
    lap("site")
    if ledger is not None:
        ledger.pending(site_id, brief, intent, design, content, site, subdomain, rt.settings.preview_url(subdomain))
        lap(None)
    deployment = deployment_step(site, subdomain, rt)
    lap("deployment")
    return SiteResult(site_id=site_id, brief=brief, intent=intent, design=design, content=content,
                      images=images, site=site, deployment=deployment, timings_ms=lap.timings,
                      logs=rt.llm.drain())


def refine_site(state: SiteState, edit: SiteEdit, rt: Runtime, ledger: SiteLedger | None = None) -> SiteResult:
    """A stored version changed by `edit`: only the stages the edit touches run (sites.edits decides which);
    every other stage's output is the stored one, byte for byte. Raises sites.edits.EditProblem when
    the edit asks for what the page cannot do (nothing runs then). `ledger` as in generate_site."""
    plan = plan_edit(state, edit, known_templates={t.id for t in rt.catalog.templates})
    lap = _Laps()
    rt.llm.drain()
    design, content, images = state.design, state.content, state.images
    with site_deadline(rt.llm.deadline_s):
        if "design" in plan.stages:  # the template stays unless the owner asked for another one
            design = design_step(plan.intent, rt,
                                 template_id=plan.overrides.template_id or state.design.template_id)
            lap("design")
        if plan.content_mode == "regenerate":
            content = apply_section_edits(content_step(plan.intent, design, plan.brief, rt),
                                          plan.overrides.sections)
            lap("content")
        elif plan.content_mode == "overlay":
            content = apply_section_edits(state.content, plan.overlay_ops)
            lap("content")
        if "images" in plan.stages:
            images = images_step(plan.intent, design, rt, overrides=plan.overrides, photos=plan.brief.photos)
            lap("images")
    site = site_step(state.site_id, plan.brief, plan.intent, design, content, images, state.subdomain, rt)
    lap("site")
    if ledger is not None:
        ledger.pending(state.site_id, plan.brief, plan.intent, design, content, site, state.subdomain,
                       rt.settings.preview_url(state.subdomain))
        lap(None)   # the ledger's write is not the deployment's time
    deployment = deployment_step(site, state.subdomain, rt)
    lap("deployment")
    result = SiteResult(site_id=state.site_id, brief=plan.brief, intent=plan.intent, design=design,
                        content=content, images=images, site=site, deployment=deployment, timings_ms=lap.timings,
                        logs=rt.llm.drain(), overrides=plan.overrides,
                        stages_run=[*plan.stages, "site", "deployment"], changed=plan.changed)
    if ledger is not None:
        ledger.deployed(result, rt.catalog)
    return result
