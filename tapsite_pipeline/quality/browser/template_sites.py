"""Build one real site per catalog template (through the real stages, template forced), for the
templates-as-a-test check and the browser benchmark.

Each template gets a labelled brief that the matcher sends to it (datasets/template_labels.jsonl), or
failing that a brief of one of its business types, so the copy fits the layout it is judged in.
"""

from __future__ import annotations

import json
from pathlib import Path

from tapsite_pipeline.quality.browser.targets import Target
from tapsite_pipeline.resources import data_dir

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
    from tapsite_pipeline.pipeline import Runtime, generate_site, site_id_for

    rt = Runtime.local(home)
    briefs = _briefs_for(rt.catalog)
    out = []
    for copy in range(copies):
        for t in rt.catalog.templates:
            if templates and t.id not in templates:
                continue
            # labelled briefs: some ask for WhatsApp without giving a number
            brief = make_brief(briefs[t.id]["text"], require_contact=False)
            site_id = site_id_for(brief, campaign=f"templates-{copy}", row_id=t.id)
            r = generate_site(brief, rt, site_id, template_id=t.id,
                              subdomain_name=f"{t.id}-{copy}" if copies > 1 else t.id)
            dep = r.deployment
            out.append(Target(site_id=site_id, subdomain=dep.subdomain, live_dir=Path(dep.live_dir),
                              template_id=t.id, version=dep.version))
    return out
