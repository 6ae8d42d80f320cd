"""The only wiring of the six stages: one step function per stage, and `generate_site` composing them.

The CLI, the Dagster assets, the benchmark, the template test sites and the eval runner all call these,
so a brief gets the same template, palette and copy whichever way it enters.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from tapsite_pipeline.design.catalog import Catalog, load_catalog
from tapsite_pipeline import metrics
from .models import Brief, DesignDecision, Deployment, ImageAsset, Intent, Site, SiteContent
from .providers.base import GenerationLog, ImageProvider
from .providers.generator import Generator
from .providers.resilience import site_deadline
from .providers.router import Router
from tapsite_pipeline.prompting.aliases import resolver
from tapsite_pipeline.design.matcher import Ranker, default_ranker
from .settings import Settings
from tapsite_pipeline.stages.site import assemble_site
from .stages.content import write_content
from tapsite_pipeline.stages.deployment import claim_subdomain, deploy_site
from .stages.design import decide_design
from .stages.images import make_images
from .stages.intent import parse_intent

STAGES = ("intent", "design", "content", "images", "site", "deployment")


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
              image_model: str | None = None, use_cache: bool = True) -> "Runtime":
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
                images: ImageProvider | None = None, photos: list[str] | tuple[str, ...] = ()) -> list[ImageAsset]:
    """Stage 4: the hero (cached by its spec hash under the home), or the owner's photos (by content hash)."""
    return make_images(intent, design, llm or rt.llm, images or rt.images, rt.settings.image_cache, photos)


def subdomain_step(name: str, site_id: str, rt: Runtime) -> str:
    """The site's public name: its own if it has one, else the first free slug of `name` (atomic claim)."""
    return claim_subdomain(rt.settings.deploy_root, name, site_id)


def site_step(site_id: str, brief: Brief, intent: Intent, design: DesignDecision, content: SiteContent,
              images: list[ImageAsset], subdomain: str, rt: Runtime) -> Site:
    """Stage 5: static, minified HTML + assets in the site's build folder (replaced whole)."""
    s = rt.settings
    return assemble_site(site_id=site_id, brief=brief, intent=intent, design=design, content=content,
                         images=images, out_dir=s.build_root / site_id, site_url=s.public_url(subdomain),
                         forms_endpoint=s.forms_url(subdomain))


def deployment_step(site: Site, subdomain: str, rt: Runtime) -> Deployment:
    """Stage 6: a new version under the subdomain, switched live atomically."""
    s = rt.settings
    return deploy_site(site, s.deploy_root, subdomain, s.preview_url(subdomain))


def generate_site(brief: Brief, rt: Runtime, site_id: str | None = None, *, template_id: str | None = None,
                  subdomain_name: str | None = None, ledger=None) -> SiteResult:
    """All six stages for one brief. The CLI, the benchmark and the template test sites call this; Dagster
    assets and the eval runner call the same step functions one stage at a time.

    With a `ledger` (site_ledger.SiteLedger) the site's row is written pending before its files go live
    and deployed after (its writes are not counted in the timings)."""
    site_id = site_id or site_id_for(brief)
    lap = _Laps()
    rt.llm.drain()
    try:
        result = _six_stages(brief, rt, site_id, lap, template_id, subdomain_name, ledger)
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


def _six_stages(brief: Brief, rt: Runtime, site_id: str, lap: _Laps, template_id: str | None,
                subdomain_name: str | None, ledger) -> SiteResult:
    with site_deadline(rt.llm.deadline_s):  # a hanging provider costs the site at most this, then the fallback
        intent = intent_step(brief, rt)
        lap("intent")
        design = design_step(intent, rt, template_id=template_id)
        lap("design")
        content = content_step(intent, design, brief, rt)
        lap("content")
        images = images_step(intent, design, rt, photos=brief.photos)
        lap("images")
    subdomain = subdomain_step(subdomain_name or intent.brand_name, site_id, rt)
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
