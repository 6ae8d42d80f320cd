"""The six stages wired together for one brief; the CLI, the benchmark and Dagster assets share these pieces."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from tapsite_pipeline.design.catalog import Catalog, load_catalog
from .models import Brief, DesignDecision, Deployment, ImageAsset, Intent, Site, SiteContent
from .providers.base import GenerationLog, ImageProvider
from .providers.generator import Generator
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
    """Stable across runs: the same campaign row (or the same brief) is always the same site."""
    payload = "\x1f".join([campaign or "", row_id or "", brief.model_dump_json(exclude={"id"})])
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def generate_site(brief: Brief, rt: Runtime, site_id: str | None = None) -> SiteResult:
    site_id = site_id or site_id_for(brief)
    s, timings = rt.settings, {}
    t = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal t
        now = time.perf_counter()
        timings[stage] = round((now - t) * 1000, 3)
        t = now

    rt.llm.drain()
    intent = parse_intent(brief, rt.llm)
    lap("intent")
    design = decide_design(intent, rt.catalog, ranker=rt.ranker)
    lap("design")
    content = write_content(intent, design, brief, rt.llm)
    lap("content")
    images = make_images(intent, design, rt.llm, rt.images, s.image_cache)
    lap("images")
    subdomain = claim_subdomain(s.deploy_root, intent.brand_name, site_id)
    site = assemble_site(site_id=site_id, brief=brief, intent=intent, design=design, content=content,
                         images=images, out_dir=s.build_root / site_id, site_url=s.public_url(subdomain),
                         forms_endpoint=s.forms_url(subdomain))
    lap("site")
    deployment = deploy_site(site, s.deploy_root, subdomain, s.preview_url(subdomain))
    lap("deployment")
    return SiteResult(site_id=site_id, brief=brief, intent=intent, design=design, content=content,
                      images=images, site=site, deployment=deployment, timings_ms=timings,
                      logs=rt.llm.drain())
