"""What the owner-facing front ends (CLI, chat) call: make or refine a business's site, and record it.

Every call ends with the page live and stored as a numbered version of its site; the pipeline does the
stage work (pipeline.generate_site / pipeline.refine_site), this module only finds the site and writes rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from tapsite_pipeline import store
from tapsite_pipeline.models import Brief
from tapsite_pipeline.pipeline import Runtime, SiteResult, generate_site
from tapsite_pipeline.sites.registry import SiteRegistry, record_results


@dataclass
class Published:
    result: SiteResult
    version: int | None

    @property
    def subdomain(self) -> str:
        return self.result.deployment.subdomain


def record(rt: Runtime, results: Sequence[SiteResult], run_id: str, source: str = "generate",
           parents: dict[str, int] | None = None, edit_ids: dict[str, str] | None = None) -> dict[str, int]:
    """Store each site, its logs and timings, and its page as a version of the site; site_id → version."""
    with store.connect(rt.settings.db_path) as con:
        con.execute("BEGIN")
        store.save_templates(con, rt.catalog.templates)
        for r in results:
            store.save_site(con, r)
            store.save_logs(con, run_id, r.site_id, r.logs)
            store.save_timings(con, run_id, r.site_id, r.timings_ms)
        numbers = record_results(con, results, source, parents=parents, edit_ids=edit_ids)
        con.execute("COMMIT")
    return numbers


def publish(rt: Runtime, brief: Brief, site: str | None = None, source: str = "generate") -> Published:
    """Generate `brief` as a version of its business's site: `site` (a subdomain) names it explicitly,
    else the stored business it matches (brand + location + contact), else a new site."""
    registry = SiteRegistry(rt.settings)
    if site:
        r = generate_site(brief, rt, registry.site_of(site), current_subdomain=site)
    else:
        r = generate_site(brief, rt, identify=registry.identify)
    numbers = record(rt, [r], f"{source}-{uuid.uuid4().hex[:8]}", source=source)
    return Published(r, numbers.get(r.site_id))
