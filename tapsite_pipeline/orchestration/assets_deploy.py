"""Campaign assets for stages 5–6 (site → deployment) and the check that every valid row went live."""

# Annotations stay evaluated (no __future__ import): Dagster accepts a `context` annotation only as the class.

from collections.abc import Callable
from pathlib import Path

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetExecutionContext,
    MetadataValue,
    Output,
    asset,
)
from duckdb import DuckDBPyConnection

from tapsite_pipeline import metrics, store
from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.fidelity import score_campaign
from tapsite_pipeline.campaigns.intake import CampaignRow
from tapsite_pipeline.campaigns.stage_types import BuiltSite, decode
from tapsite_pipeline.files import sweep
from tapsite_pipeline.models import Deployment, DesignDecision, ImageAsset, Intent, SiteContent
from tapsite_pipeline.orchestration.assets_generate import GROUP
from tapsite_pipeline.orchestration.batch import campaign_check, markdown_table, run_campaign_stage, stage_metadata
from tapsite_pipeline.orchestration.partitions import campaigns
from tapsite_pipeline.orchestration.previews import palette_cell, table
from tapsite_pipeline.orchestration.resources import TapsiteResource
from tapsite_pipeline.pipeline import SiteResult, deployment_step, site_step, subdomain_step
from tapsite_pipeline.site_ledger import mark_writer, unmark_writer, writer_id
from tapsite_pipeline.sites import versions as site_versions
from tapsite_pipeline.sites.registry import record_results
from tapsite_pipeline.stages.deployment import version_of


def _earlier(tapsite: TapsiteResource, campaign: str) -> tuple[dict[str, CampaignRow], dict[str, Intent],
                                                               dict[str, DesignDecision], dict[str, SiteContent]]:
    """briefs, intent, design, content of a campaign: what stages 5 and 6 read besides their input."""
    out = tapsite.outputs
    return out(campaign, "briefs"), out(campaign, "intent"), out(campaign, "design"), out(campaign, "content")


@asset(partitions_def=campaigns, group_name=GROUP)
def site(context: AssetExecutionContext, tapsite: TapsiteResource,
         images: dict[str, list[ImageAsset]]) -> Output[dict[str, BuiltSite]]:
    """Stage 5: each landing page rendered to static, minified HTML + assets in its build folder."""
    rt = tapsite.runtime()
    s = rt.settings
    briefs, intent, design, content = _earlier(tapsite, context.partition_key)
    ids = [i for i in images if i in content and i in design and i in intent and i in briefs]
    subdomains: dict[str, str] = {}

    def prepare(todo: list[str]) -> None:
        # Claims run one at a time: two sites with the same brand must not race for one subdomain.
        # A site that already has one keeps it (an edited row is a new version, not a new address).
        with tapsite.connect() as con:
            current = site_versions.subdomains_of(con, todo)
        for sid in todo:
            sweep(s.build_root, [f".{sid}.*.tmp", f".{sid}-old.*.tmp"])
            subdomains[sid] = subdomain_step(intent[sid].brand_name, sid, rt, current=current.get(sid))

    def build(sid: str) -> BuiltSite:
        sub = subdomains[sid]
        built = site_step(sid, briefs[sid].brief, intent[sid], design[sid], content[sid], images[sid], sub, rt)
        return BuiltSite(site=built, subdomain=sub)

    run = run_campaign_stage(context, tapsite, "site", ids, build, prepare=prepare)
    rows = [(b.site.brand_name, b.subdomain, design[sid].color_scheme.primary, b.site.total_bytes)
            for sid, b in list(run.outputs.items())[:5]]
    preview = markdown_table(["brand", "subdomain", "primary", "bytes"], rows)
    md = stage_metadata(run, preview)
    if run.outputs:
        md["total_bytes"] = sum(b.site.total_bytes for b in run.outputs.values())
    return Output(run.outputs, metadata=md)


@asset(partitions_def=campaigns, group_name=GROUP)
def deployment(context: AssetExecutionContext, tapsite: TapsiteResource,
               site: dict[str, BuiltSite]) -> Output[dict[str, Deployment]]:
    """Stage 6: each site deployed as a new version under its subdomain, switched live atomically."""
    rt = tapsite.runtime()
    s = rt.settings
    campaign = context.partition_key
    briefs, intent, design, content = _earlier(tapsite, campaign)
    images = tapsite.outputs(campaign, "images")   # recorded with each version of the site

    def prepare(todo: list[str]) -> None:
        for sid in todo:  # staging copies of a killed deploy; the versions themselves are content-addressed
            sweep(s.deploy_root / site[sid].subdomain, [".*.tmp", "versions/.*.tmp"])
        # Rows go in as pending before any file goes live: a kill mid-batch leaves rows to settle, not
        # live sites nobody recorded (site_ledger.reconcile settles them at the next start).
        pending = [store.website_row(sid, briefs[sid].brief, intent[sid], design[sid], content[sid],
                                     site[sid].site, site[sid].subdomain, s.preview_url(site[sid].subdomain),
                                     version_of(site[sid].site), "pending", campaign, briefs[sid].row_id,
                                     writer=writer_id()) for sid in todo]
        mark_writer(s)
        with tapsite.connect() as con:
            campaign_store.save_pending_batch(con, pending)

    def deploy(sid: str) -> Deployment:
        built: BuiltSite = site[sid]
        return deployment_step(built.site, built.subdomain, rt)

    def websites_rows(batch: list[tuple[str, Deployment]]) -> list[Callable[[DuckDBPyConnection], object]]:
        # written in the checkpoint's transaction: a kill keeps both or neither
        results = [SiteResult(site_id=sid, brief=briefs[sid].brief, intent=intent[sid], design=design[sid],
                              content=content[sid], images=images.get(sid, []), site=site[sid].site,
                              deployment=dep, timings_ms={}) for sid, dep in batch]
        row_ids = {sid: briefs[sid].row_id for sid, _ in batch}
        return [lambda con: campaign_store.save_sites_batch(con, results, campaign, row_ids),
                lambda con: record_results(con, results, "campaign", campaign=campaign, row_ids=row_ids)]

    ids = [i for i in site if i in briefs]
    run = run_campaign_stage(context, tapsite, "deployment", ids, deploy, prepare=prepare, extra=websites_rows)
    if not run.failed:
        unmark_writer(s)   # every pending row of this run is settled by its checkpoint (else: the next start)
    fresh = run.done_now
    with tapsite.connect() as con:  # sites deployed by this run, timed stage by stage
        timings = campaign_store.site_stage_ms(con, campaign, fresh)
    for sid in fresh:
        metrics.observe_site(design[sid].template_id, True, timings.get(sid, {}))
    for sid in run.failed:
        metrics.observe_site(design[sid].template_id if sid in design else None, False, {})
    rows = [(briefs[sid].row, intent[sid].brand_name, design[sid].template_id,
             palette_cell(design[sid].color_scheme), d.url) for sid, d in list(run.outputs.items())[:5]]
    preview = table(["row", "brand", "template", "palette", "URL (`tapsite serve`)"], rows)
    md = stage_metadata(run, preview)
    with tapsite.connect() as con:
        summary = campaign_store.summary(con, campaign)
    md.update({"campaign_rows": summary["total"], "campaign_deployed": summary["deployed"],
               "campaign_failed_rows": len(summary["failed"]), "campaign_cost_usd": summary["cost_usd"]})
    return Output(run.outputs, metadata=md)


@campaign_check(asset=deployment,
             description="Every valid row has a live deployment on disk and a row in websites.")
def every_site_deployed(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    campaign = context.partition_key
    with tapsite.connect() as con:
        rows = campaign_store.valid_rows(con, campaign)
        deps = campaign_store.load_stage(con, campaign, "deployment")
        listed = {sid for (sid,) in con.execute(
            "SELECT site_id FROM websites WHERE campaign = ? AND status = 'deployed'", [campaign]).fetchall()}
    missing: list[tuple[int, str]] = []
    for sid, row in rows.items():
        rec = deps.get(sid)
        if rec is None:
            missing.append((row.row, "not deployed"))
        elif not Path(decode("deployment", rec.output_json()).index_path).is_file():
            missing.append((row.row, "live index.html missing on disk"))
        elif sid not in listed:
            missing.append((row.row, "no websites row"))
    return AssetCheckResult(passed=not missing, metadata={
        "valid_rows": len(rows), "deployed": len(rows) - len(missing),
        "missing": MetadataValue.md(markdown_table(["row", "problem"], missing, limit=20)) if missing else "none"})


@campaign_check(asset=deployment, blocking=False,
                description="Every deployed page says what its brief said: cards, facts, contact, coherence, brand.")
def pages_are_faithful(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    with tapsite.connect() as con:
        pages = score_campaign(con, context.partition_key)
    bad = [p for p in pages if not p["passed"]]
    failing: dict[str, int] = {}
    for p in bad:
        for c in p["failing"]:
            failing[c] = failing.get(c, 0) + 1
    return AssetCheckResult(passed=not bad, severity=AssetCheckSeverity.WARN, metadata={
        "pages": len(pages), "needs_review": len(bad),
        "failing_by_check": MetadataValue.json(failing),
        "needs_review_rows": MetadataValue.md(markdown_table(
            ["row", "subdomain", "failing", "first problem"],
            [(p["row"], p["subdomain"], ", ".join(p["failing"]), (p["problems"] or [""])[0][:90]) for p in bad],
            limit=20)) if bad else "none"})
