"""Stage 3: the copy of every section in the design's layout, plus SEO title and description."""

from __future__ import annotations

from ..contact import ContactPlan, plan_contact
from ..models import Brief, DesignDecision, Intent, SectionContent, SeoContent, SiteContent
from ..providers.generator import Generator
from ..written_case import owner_capitals, recase
from .said_once import say_once


def sections_to_write(layout: list[str], intent: Intent, plan: ContactPlan) -> list[str]:
    """The layout minus sections with nothing true to say: no offerings named → no offerings section;
    no way to reach the owner → no contact section (unless an address or Instagram was given) and no
    ordering steps (they would send the visitor to a channel that is not there)."""
    out = []
    for kind in layout:
        if kind == "products" and not intent.products:
            continue
        if kind == "contact" and not plan.has_section:
            continue
        if kind == "how_to_order" and not plan.reachable:
            continue
        out.append(kind)
    return out


def write_content(intent: Intent, design: DesignDecision, brief: Brief, llm: Generator) -> SiteContent:
    """One generation per section plus the SEO fields; all independent, so asked together (concurrently
    when the provider is networked)."""
    plan = plan_contact(brief, intent)
    contact = plan.for_copy()
    layout = sections_to_write(list(design.layout), intent, plan)
    calls = [("content_section", {"section_type": kind, "intent": intent, "contact": contact})
             for kind in layout]
    *answers, seo = llm.generate_many([*calls, ("seo", {"intent": intent, "contact": contact})], stage="content")
    sections = []
    for kind, section in zip(layout, answers, strict=True):
        assert isinstance(section, SectionContent)
        sections.append(section if section.type == kind else section.model_copy(update={"type": kind}))
    assert isinstance(seo, SeoContent)
    # each section is written on its own: a sentence one of them already said is not said again (said_once.py)
    site = say_once(SiteContent(language=intent.language, sections=sections, seo=seo), intent.brand_name)
    return _with_owner_capitals(site, owner_capitals(brief.text, intent.products))


def _with_owner_capitals(site: SiteContent, written: dict[str, str]) -> SiteContent:
    """The offerings as the owner capitalised them ("day trips to Padar"), wherever the copy names them."""
    if not written:
        return site

    def walk(v: object) -> object:
        if isinstance(v, str):
            return recase(v, written)
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        return v
    return SiteContent.model_validate(walk(site.model_dump()))
