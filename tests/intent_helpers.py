"""Shared pieces of the offline parser tests: a brief's facts of the kinds asked, and the words of the sections
a page shows for it."""

from __future__ import annotations

from tapsite_pipeline.models import Intent
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.sections import write_section

WA = {"whatsapp": "6281234567890"}


def fact_values(brief: str, *kinds: str) -> list[str]:
    """The values of the brief's facts of the given kinds (every kind when none is given), in the order stated."""
    return [f.value for f in parse_brief(brief).facts if not kinds or f.kind in kinds]


def fact_pairs(brief: str, *kinds: str) -> list[tuple[str, str]]:
    """(kind, value) of the brief's facts of the given kinds (every kind when none is given)."""
    return [(f.kind, f.value) for f in parse_brief(brief).facts if not kinds or f.kind in kinds]


def page_text(brief: str | Intent, sections: tuple[str, ...] = ("hero", "about", "highlights", "contact"),
              contact: dict[str, str] = WA) -> str:
    """Everything the given sections say (headings, bodies, items, labels) for a brief or a parsed intent."""
    intent = parse_brief(brief) if isinstance(brief, str) else brief
    return " ".join(str(write_section(s, intent, contact).model_dump()) for s in sections)
