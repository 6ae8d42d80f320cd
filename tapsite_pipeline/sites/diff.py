"""What changed between two versions of a site: intent fields, design, contact, copy per section, images."""

from __future__ import annotations

from typing import Any

from tapsite_pipeline.models import SiteState
from tapsite_pipeline.sites.hashing import HASHED, stage_hashes

INTENT_FIELDS = ("brand_name", "business_type", "industry", "products", "color_preference", "tone", "language",
                 "location", "features_requested", "target_audience")
DESIGN_FIELDS = ("template_id", "typography", "layout", "components", "color_source")


def _changes(a: dict, b: dict, fields) -> dict[str, list]:
    return {f: [a.get(f), b.get(f)] for f in fields if a.get(f) != b.get(f)}


def _section_text(sec) -> dict[str, Any]:
    return {"heading": sec.heading, "body": sec.body, "cta_label": sec.cta_label,
            "items": [f"{i.title}: {i.description}" if i.description else i.title for i in sec.items]}


def diff_states(a: SiteState, b: SiteState) -> dict[str, Any]:
    """A structured diff of version a → version b (only what differs)."""
    ia, ib = a.intent.model_dump(mode="json"), b.intent.model_dump(mode="json")
    da, db = a.design.model_dump(mode="json"), b.design.model_dump(mode="json")
    palette = _changes(da["color_scheme"], db["color_scheme"], da["color_scheme"].keys())
    contact = _changes(a.brief.model_dump(), b.brief.model_dump(), ("whatsapp", "phone", "email"))
    copy: dict[str, Any] = {}
    kinds = list(dict.fromkeys([s.type for s in a.content.sections] + [s.type for s in b.content.sections]))
    for kind in kinds:
        sa, sb = a.content.section(kind), b.content.section(kind)
        if sa is None or sb is None:
            copy[kind] = {"section": ["present" if sa else "absent", "present" if sb else "absent"]}
            continue
        ta, tb = _section_text(sa), _section_text(sb)
        changed = {k: [ta[k], tb[k]] for k in ta if ta[k] != tb[k]}
        if changed:
            copy[kind] = changed
    seo = _changes(a.content.seo.model_dump(), b.content.seo.model_dump(), ("title", "description"))
    if seo:
        copy["seo"] = seo
    ha = a.images[0] if a.images else None
    hb = b.images[0] if b.images else None
    images = {}
    if (ha and ha.sha256) != (hb and hb.sha256):
        images["hero"] = [ha.filename if ha else None, hb.filename if hb else None]
    if (ha and ha.alt) != (hb and hb.alt):
        images["alt"] = [ha.alt if ha else None, hb.alt if hb else None]
    return {"from": a.version, "to": b.version,
            "intent": _changes(ia, ib, INTENT_FIELDS),
            "design": {**_changes(da, db, DESIGN_FIELDS), **{f"palette.{k}": v for k, v in palette.items()}},
            "contact": contact, "copy": copy, "images": images}


def stages_changed(a: SiteState, b: SiteState, files_a=(), files_b=()) -> list[str]:
    """The stages whose output differs between the two versions (by content hash)."""
    ha = stage_hashes(a.brief, a.intent, a.design, a.content, a.images, files_a)
    hb = stage_hashes(b.brief, b.intent, b.design, b.content, b.images, files_b)
    return [s for s in HASHED if s != "site" and ha[s] != hb[s]]


def _short(v: Any, limit: int = 90) -> str:
    s = ", ".join(map(str, v)) if isinstance(v, list) else str(v)
    return s if len(s) <= limit else s[:limit - 1] + "…"


def render_text(d: dict[str, Any]) -> list[str]:
    """The diff as lines for a terminal: one `field: old → new` per change, grouped."""
    lines = [f"v{d['from']} → v{d['to']}"]
    for group in ("intent", "design", "contact", "images"):
        for field, (old, new) in d[group].items():
            lines.append(f"  {group}.{field}: {_short(old) if old not in (None, []) else '—'} → "
                         f"{_short(new) if new not in (None, []) else '—'}")
    for kind, changes in d["copy"].items():
        for field, (old, new) in changes.items():
            lines.append(f"  copy.{kind}.{field}:")
            lines.append(f"    - {_short(old, 200)}")
            lines.append(f"    + {_short(new, 200)}")
    if len(lines) == 1:
        lines.append("  no difference in intent, design, contact, copy or images")
    return lines
