"""Stage 3: the copy of every section in the design's layout, plus SEO title and description."""

from __future__ import annotations

from ..models import Brief, DesignDecision, Intent, SectionContent, SeoContent, SiteContent
from ..providers.generator import Generator


def contact_of(brief: Brief) -> dict[str, str | None]:
    return {"whatsapp": brief.whatsapp, "phone": brief.phone, "email": brief.email}


def write_content(intent: Intent, design: DesignDecision, brief: Brief, llm: Generator) -> SiteContent:
    """One generation per section plus the SEO fields; all independent, so asked together (concurrently
    when the provider is networked)."""
    contact = contact_of(brief)
    calls = [("content_section", {"section_type": kind, "intent": intent, "contact": contact})
             for kind in design.layout]
    *answers, seo = llm.generate_many([*calls, ("seo", {"intent": intent})], stage="content")
    sections = []
    for kind, section in zip(design.layout, answers):
        assert isinstance(section, SectionContent)
        sections.append(section if section.type == kind else section.model_copy(update={"type": kind}))
    assert isinstance(seo, SeoContent)
    return SiteContent(language=intent.language, sections=sections, seo=seo)
