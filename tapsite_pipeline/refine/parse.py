"""A refinement request → a typed SiteEdit, through the `refine` prompt (the offline rules, or a real model)."""

from __future__ import annotations

from typing import Any

from tapsite_pipeline.models import SiteEdit, SiteState
from tapsite_pipeline.providers.generator import Generator


def site_summary(state: SiteState) -> dict[str, Any]:
    """What the prompt is told about the page now (the rules match removals against `products`)."""
    i, b = state.intent, state.brief
    return {"brand_name": i.brand_name, "products": list(i.products), "color_preference": list(i.color_preference),
            "tone": i.tone, "language": i.language, "location": i.location,
            "contact": [k for k in ("whatsapp", "phone", "email") if getattr(b, k)],
            "sections": [s.type for s in state.content.sections]}


def read_edit(request: str, state: SiteState, llm: Generator) -> SiteEdit:
    edit = llm.generate("refine", {"request": request, "site": site_summary(state)}, stage="refine")
    assert isinstance(edit, SiteEdit)
    if edit.question and not edit.is_empty():  # a question means nothing is applied: no half-guesses
        edit = SiteEdit(question=edit.question)
    return edit
