"""Stage 3: the copy of every section in the design's layout, plus SEO title and description."""

from __future__ import annotations

from ..models import Brief, DesignDecision, Intent, SectionContent, SeoContent, SiteContent
from ..providers.generator import Generator


def contact_of(brief: Brief) -> dict[str, str | None]:
    return {"whatsapp": brief.whatsapp, "phone": brief.phone, "email": brief.email}


def write_content(intent: Intent, design: DesignDecision, brief: Brief, llm: Generator) -> SiteContent:
    """One generation per section (the sections are independent), then the SEO fields."""
    contact = contact_of(brief)
    sections = []
    for kind in design.layout:
        section = llm.generate("content_section", {"section_type": kind, "intent": intent,
                                                   "contact": contact}, stage="content")
        assert isinstance(section, SectionContent)
        sections.append(section if section.type == kind else section.model_copy(update={"type": kind}))
    seo = llm.generate("seo", {"intent": intent}, stage="content")
    assert isinstance(seo, SeoContent)
    return SiteContent(language=intent.language, sections=sections, seo=seo)
