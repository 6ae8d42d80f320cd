"""Build one real site per catalog template (through the real stages, template forced), for the
templates-as-a-test check and the browser benchmark.

Each template gets a labelled brief that the matcher sends to it (datasets/template_labels.jsonl), or
failing that a brief of one of its business types, so the copy fits the layout it is judged in.
"""

from __future__ import annotations

from tapsite_pipeline.resources import data_dir

import json
from pathlib import Path

from tapsite_pipeline.quality.browser.targets import Target

DATASETS = data_dir("datasets")


def _briefs_for(catalog) -> dict[str, dict]:
    briefs = [json.loads(ln) for ln in (DATASETS / "briefs.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    labels = {}
    for ln in (DATASETS / "template_labels.jsonl").read_text(encoding="utf-8").splitlines():
        if ln.strip():
            d = json.loads(ln)
            labels.setdefault(d["template_id"], d["id"])
    by_id = {b["id"]: b for b in briefs}
    chosen = {}
    for t in catalog.templates:
        b = by_id.get(labels.get(t.id, ""))
        if b is None:
            b = next((b for b in briefs if (b.get("gold") or {}).get("business_type") in t.categories), briefs[0])
        chosen[t.id] = b
    return chosen


def build_template_sites(home: str | Path, templates: list[str] | None = None, copies: int = 1) -> list[Target]:
    """Generate and deploy copies × (every template, or the named ones) under home; returns their targets."""
    from tapsite_pipeline.brief import make_brief
    from tapsite_pipeline.pipeline import Runtime, site_id_for
    from tapsite_pipeline.stages.site import assemble_site
    from tapsite_pipeline.stages.content import write_content
    from tapsite_pipeline.stages.deployment import claim_subdomain, deploy_site
    from tapsite_pipeline.stages.design import decide_design
    from tapsite_pipeline.stages.images import make_images
    from tapsite_pipeline.stages.intent import parse_intent

    rt = Runtime.local(home)
    s, briefs = rt.settings, _briefs_for(rt.catalog)
    out = []
    for copy in range(copies):
        for t in rt.catalog.templates:
            if templates and t.id not in templates:
                continue
            src = briefs[t.id]
            brief = make_brief(src["text"])
            site_id = site_id_for(brief, campaign=f"templates-{copy}", row_id=t.id)
            intent = parse_intent(brief, rt.llm)
            design = decide_design(intent, rt.catalog, template_id=t.id)
            content = write_content(intent, design, brief, rt.llm)
            images = make_images(intent, design, rt.llm, rt.images, s.image_cache)
            sub = claim_subdomain(s.deploy_root, f"{t.id}-{copy}" if copies > 1 else t.id, site_id)
            site = assemble_site(site_id=site_id, brief=brief, intent=intent, design=design, content=content,
                                 images=images, out_dir=s.build_root / site_id, site_url=s.public_url(sub),
                                 forms_endpoint=s.forms_url(sub))
            dep = deploy_site(site, s.deploy_root, sub, s.preview_url(sub))
            rt.llm.drain()
            out.append(Target(site_id=site_id, subdomain=sub, live_dir=Path(dep.live_dir), template_id=t.id,
                              version=dep.version))
    return out
