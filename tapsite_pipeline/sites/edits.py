"""A typed edit applied to a stored version: the new brief, intent and pinned choices, and which stages must run.

Pure. Which stage an edit touches, and why:
- colours, another template → design (with the template kept, so the layout and copy still fit; a
  new template also rewrites the copy, whose sections follow the layout); and images when the hero is
  a drawing coloured with the palette (the niche illustrations: re-coloured, no model asked), never
  for a model's picture or the owner's photo
- offerings, facts (opening hours…), name, tone, language, place, contact → content (the copy is
  regenerated from the new intent)
- text on a section, a headline → content, as an overlay on the current copy (nothing regenerated)
- a new picture; a name or language (the hero's alt text); an offering removed that the hero's alt
  text names (so the page never keeps naming it) → images
Site and deployment always run; everything else is reused byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tapsite_pipeline.brief import normalise_phone
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.models import MEDIA_SVG, Brief, Intent, SectionEdit, SiteEdit, SiteOverrides, SiteState
from tapsite_pipeline.sites.overlays import merge_section_edits

EMAIL_OK = r"^[^@\s<>\"'()]+@[^@\s<>\"'()]+\.[A-Za-z]{2,}$"


class EditProblem(InputError):
    """The edit cannot be applied as read (an offering the page does not have, a bad number)."""


@dataclass
class EditPlan:
    brief: Brief
    intent: Intent
    overrides: SiteOverrides
    stages: list[str]                       # of design, content, images — in pipeline order
    content_mode: str | None = None         # "regenerate" | "overlay" | None (reused)
    overlay_ops: list[SectionEdit] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)   # what the owner will be told changed


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _products(intent: Intent, edit: SiteEdit) -> list[str]:
    current = list(intent.products)
    known = {_norm(p): p for p in current}
    for p in edit.intent.remove_products:
        if _norm(p) not in known:
            listed = ", ".join(current) or "none"
            raise EditProblem(f"the page does not list “{p}” (it lists: {listed})")
    gone = {_norm(p) for p in edit.intent.remove_products}
    out = [p for p in current if _norm(p) not in gone]
    for p in edit.intent.add_products:
        if _norm(p) not in {_norm(x) for x in out}:
            out.append(_norm(p))
    return out[:10]


def _contact(brief: Brief, edit: SiteEdit) -> dict:
    c = edit.contact
    update: dict = {}
    for channel in c.remove:
        update[channel] = None
    if c.whatsapp:
        update["whatsapp"] = normalise_phone(c.whatsapp)
    if c.phone:
        update["phone"] = normalise_phone(c.phone)
    if c.email:
        import re
        if not re.match(EMAIL_OK, c.email.strip()):
            raise EditProblem(f"“{c.email}” does not look like an email address")
        update["email"] = c.email.strip()
    return {k: v for k, v in update.items() if getattr(brief, k) != v}


def _next_template(state: SiteState, template_id: str | None, another: bool) -> str | None:
    if template_id:
        return template_id
    if not another:
        return None
    ranking = [t for t, _ in state.design.match.ranking]
    current = state.design.template_id
    after = ranking[ranking.index(current) + 1:] if current in ranking else ranking
    return next((t for t in after if t != current), None) or next((t for t in ranking if t != current), None)


def plan_edit(state: SiteState, edit: SiteEdit, known_templates: set[str] | None = None) -> EditPlan:
    """Apply `edit` to `state`: raises EditProblem when it asks for something the page cannot do."""
    if edit.question:
        raise EditProblem(edit.question)
    i, ic = state.intent, edit.intent
    update: dict = {}
    changed: list[str] = []
    if ic.color_preference is not None and ic.color_preference != i.color_preference:
        update["color_preference"] = ic.color_preference
        changed.append("colours")
    if ic.add_products or ic.remove_products:
        products = _products(i, edit)
        if products != i.products:
            update["products"] = products
            changed.append("offerings")
    if ic.facts or ic.remove_facts:
        kinds = {f.kind for f in ic.facts} | set(ic.remove_facts)
        facts = [f for f in i.facts if f.kind not in kinds] + list(ic.facts)
        if facts != i.facts:
            update["facts"] = facts[:24]
            changed.append("facts")
    for fld in ("brand_name", "tone", "language", "location"):
        value = getattr(ic, fld)
        if value is not None and value != getattr(i, fld):
            update[fld] = value
            changed.append(fld.replace("_name", ""))
    contact = _contact(state.brief, edit)
    if contact:
        changed.append("contact")
        feats = [f for f in i.features_requested if f != "whatsapp" or contact.get("whatsapp", True)]
        if contact.get("whatsapp") and "whatsapp" not in feats:
            feats.append("whatsapp")
        if feats != i.features_requested:
            update["features_requested"] = feats
    brief_update = dict(contact)
    if "brand_name" in update and state.brief.brand_name:
        brief_update["brand_name"] = update["brand_name"]
    if "language" in update and state.brief.language:
        brief_update["language"] = update["language"]
    intent = i.model_copy(update=update) if update else i
    intent = Intent.model_validate(intent.model_dump())  # the validators normalise what was changed
    brief = state.brief.model_copy(update=brief_update) if brief_update else state.brief

    ov = state.overrides
    template = _next_template(state, edit.design.template_id, edit.design.another_template)
    if template is not None and known_templates is not None and template not in known_templates:
        raise EditProblem(f"there is no template {template!r}")
    if template == state.design.template_id:
        template = None
    if edit.design.another_template and template is None:
        raise EditProblem("there is no other template for this kind of business yet")
    if template:
        changed.append("design")
    sections = merge_section_edits(ov.sections, edit.sections)
    if sections != ov.sections:
        changed.append("text")
    variation = ov.image_variation
    photo = ov.photo
    for change in edit.images:
        if change.action == "replace" and change.path:
            photo = change.path
        else:
            variation, photo = variation + 1, None
    overrides = ov.model_copy(update={"template_id": template or ov.template_id, "sections": sections,
                                      "photo": photo, "image_variation": variation})

    stages: list[str] = []
    if "color_preference" in update or template:
        stages.append("design")
    regenerate = bool(template) or any(k in update for k in ("products", "facts", "brand_name", "tone", "language",
                                                             "location", "features_requested")) or bool(contact)
    content_mode = "regenerate" if regenerate else ("overlay" if sections != ov.sections else None)
    if content_mode:
        stages.append("content")
    hero_alt = " ".join(a.alt.lower() for a in state.images)
    removed_named = any(_norm(p) in hero_alt for p in ic.remove_products)
    palette_hero = any(a.media_type == MEDIA_SVG for a in state.images)  # drawn in the site's colours
    recolour = palette_hero and "design" in stages
    if edit.images or "brand_name" in update or "language" in update or removed_named or recolour:
        stages.append("images")
        if edit.images:
            changed.append("picture")
    dropped = [k for k in ov.sections if k not in sections and k.action == "add_text"]
    overlay_ops = [SectionEdit(section=k.section, action="remove_text", text=k.text) for k in dropped]
    overlay_ops += [e for e in edit.sections if e in sections or e.action != "add_text"]
    return EditPlan(brief=brief, intent=intent, overrides=overrides, stages=stages, content_mode=content_mode,
                    overlay_ops=overlay_ops, changed=list(dict.fromkeys(changed)))
