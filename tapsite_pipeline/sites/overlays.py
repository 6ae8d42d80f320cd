"""Section edits on generated copy: text the owner added (or took off), a headline they chose.

Applied after the copy stage every time it runs, so a later regeneration of the copy keeps them.
Pure: SiteContent in, SiteContent out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tapsite_pipeline.models import SectionContent, SectionEdit, SiteContent

# where an edit lands when the template has no such section
FALLBACK = {"contact": ("contact", "about", "hero"), "about": ("about", "highlights", "hero"),
            "highlights": ("highlights", "about", "hero")}
BODY_MAX, HEADING_MAX = 600, 120


def _target(content: SiteContent, section: str) -> SectionContent | None:
    for kind in FALLBACK.get(section, (section, "hero")):
        found = content.section(kind)
        if found is not None:
            return found
    return None


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def _without(text: str, phrase: str) -> str:
    """`text` minus every sentence that contains `phrase` (case-insensitive)."""
    parts = re.split(r"(?<=[.!?])\s+", text)
    return " ".join(p for p in parts if phrase.lower() not in p.lower())


def _apply(sec: SectionContent, edit: SectionEdit) -> SectionContent:
    if edit.action == "set_heading":
        return sec.model_copy(update={"heading": edit.text[:HEADING_MAX]})
    if edit.action == "remove_text":
        items = [i for i in sec.items if edit.text.lower() not in f"{i.title} {i.description}".lower()]
        return sec.model_copy(update={"body": _without(sec.body, edit.text), "items": items})
    line = _sentence(edit.text)
    if line.lower() in sec.body.lower():
        return sec
    body = f"{sec.body} {line}".strip()
    while len(body) > BODY_MAX and sec.body:  # the owner's line wins over generated sentences
        kept = re.split(r"(?<=[.!?])\s+", sec.body)[:-1]
        sec = sec.model_copy(update={"body": " ".join(kept)})
        body = f"{sec.body} {line}".strip()
    return sec.model_copy(update={"body": body[:BODY_MAX]})


def apply_section_edits(content: SiteContent, edits: Sequence[SectionEdit]) -> SiteContent:
    if not edits:
        return content
    sections = list(content.sections)
    for edit in edits:
        target = _target(content.model_copy(update={"sections": sections}), edit.section)
        if target is None:
            continue
        i = next(n for n, s in enumerate(sections) if s is target)
        sections[i] = _apply(target, edit)
    return content.model_copy(update={"sections": sections})


def merge_section_edits(kept: Sequence[SectionEdit], new: Sequence[SectionEdit]) -> list[SectionEdit]:
    """The edits a site keeps: a new headline replaces the old one; removing a line the owner added
    drops that addition; the same addition twice is one. (Opening hours are a fact of the intent.)"""
    out = list(kept)
    for e in new:
        if e.action == "set_heading":
            out = [k for k in out if not (k.action == "set_heading" and k.section == e.section)]
        if e.action == "remove_text":
            before = len(out)
            out = [k for k in out if not (k.action == "add_text" and e.text.lower() in k.text.lower())]
            if len(out) < before:
                continue
        if e not in out:
            out.append(e)
    return out
