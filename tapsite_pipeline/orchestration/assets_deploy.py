"""Campaign assets for stages 5–6 (site → deployment) and the check that every valid row went live.

Like stages 1–4 they take the site ids of the stage before them and read the results they need (that
stage's and the earlier ones', `EARLIER`) from the store a batch at a time.
"""

# Annotations stay evaluated (no __future__ import): Dagster accepts a `context` annotation only as the class.

from collections.abc import Callable
from pathlib import Path
from typing import Any

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
from tapsite_pipeline.campaigns.batch import Inputs
from tapsite_pipeline.campaigns.fidelity import iter_scores
from tapsite_pipeline.campaigns.stage_types import BuiltSite, decode
from tapsite_pipeline.files import sweep
from tapsite_pipeline.models import Deployment
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

REVIEW_ROWS = 20
EARLIER = ("briefs", "intent", "design", "content", "images")   # what stages 5 and 6 read besides their input


@asset(partitions_def=campaigns, group_name=GROUP)
def site(context: AssetExecutionContext, tapsite: TapsiteResource, images: list[str]) -> Output[list[str]]:
    """Stage 5: each landing page rendered to static, minified HTML + assets in its build folder."""
    rt = tapsite.runtime()
    s = rt.settings
    subdomains: dict[str, str] = {}

    def prepare(con: DuckDBPyConnection, todo: list[str], got: Inputs) -> None:
        # Claims run one at a time: two sites with the same brand must not race for one subdomain.
        # A site that already has one keeps it (an edited row is a new version, not a new address).
        subdomains.clear()   # a batch's own, not the campaign's
        current = site_versions.subdomains_of(con, todo)
        for sid in todo:
            sweep(s.build_root, [f".{sid}.*.tmp", f".{sid}-old.*.tmp"])
            subdomains[sid] = subdomain_step(got["intent"][sid].brand_name, sid, rt, current=current.get(sid))

    def build(sid: str, got: Inputs) -> BuiltSite:
        sub = subdomains[sid]
        built = site_step(sid, got["briefs"][sid].brief, got["intent"][sid], got["design"][sid],
                          got["content"][sid], got["images"][sid], sub, rt)
        return BuiltSite(site=built, subdomain=sub)

    run = run_campaign_stage(context, tapsite, "site", list(images), build, needs=EARLIER, prepare_batch=prepare)
    designs = run.sample_inputs.get("design", {})
    rows = [(b.site.brand_name, b.subdomain, designs[sid].color_scheme.primary, b.site.total_bytes)
            for sid, b in run.sample.items()]
    preview = markdown_table(["brand", "subdomain", "primary", "bytes"], rows)
    md = stage_metadata(run, preview)
    if run.ok_ids:
        with tapsite.connect() as con:
            md["total_bytes"] = campaign_store.site_bytes(con, context.partition_key)
    return Output(run.ok_ids, metadata=md)


@asset(partitions_def=campaigns, group_name=GROUP)
def deployment(context: AssetExecutionContext, tapsite: TapsiteResource, site: list[str]) -> Output[list[str]]:
    """Stage 6: each site deployed as a new version under its subdomain, switched live atomically."""
    rt = tapsite.runtime()
    s = rt.settings
    campaign = context.partition_key

    def prepare(con: DuckDBPyConnection, todo: list[str], got: Inputs) -> None:
        briefs, intent, design, content, built = (got[k] for k in ("briefs", "intent", "design", "content", "site"))
        for sid in todo:  # staging copies of a killed deploy; the versions themselves are content-addressed
            sweep(s.deploy_root / built[sid].subdomain, [".*.tmp", "versions/.*.tmp"])
        # Rows go in as pending before any file of the batch goes live: a kill mid-batch leaves rows to settle,
        # not live sites nobody recorded (site_ledger.reconcile settles them at the next start).
        pending = [store.website_row(sid, briefs[sid].brief, intent[sid], design[sid], content[sid],
                                     built[sid].site, built[sid].subdomain, s.preview_url(built[sid].subdomain),
                                     version_of(built[sid].site), "pending", campaign, briefs[sid].row_id,
                                     writer=writer_id()) for sid in todo]
        mark_writer(s)
        campaign_store.save_pending_batch(con, pending)

    def deploy(sid: str, got: Inputs) -> Deployment:
        built: BuiltSite = got["site"][sid]
        return deployment_step(built.site, built.subdomain, rt)

    def websites_rows(batch: list[tuple[str, Deployment]], got: Inputs) -> list[Callable[[DuckDBPyConnection], object]]:
        # written in the checkpoint's transaction: a kill keeps both or neither
        briefs = got["briefs"]
        results = [SiteResult(site_id=sid, brief=briefs[sid].brief, intent=got["intent"][sid],
                              design=got["design"][sid], content=got["content"][sid],
                              images=got["images"].get(sid, []), site=got["site"][sid].site,
                              deployment=dep, timings_ms={}) for sid, dep in batch]
        row_ids = {sid: briefs[sid].row_id for sid, _ in batch}
        return [lambda con: campaign_store.save_sites_batch(con, results, campaign, row_ids),
                lambda con: record_results(con, results, "campaign", campaign=campaign, row_ids=row_ids)]

    run = run_campaign_stage(context, tapsite, "deployment", list(site), deploy, needs=(*EARLIER, "site"),
                             prepare_batch=prepare, extra=websites_rows)
    if not run.failed:
        unmark_writer(s)   # every pending row of this run is settled by its checkpoint (else: the next start)
    _observe(tapsite, campaign, run.done_now, list(run.failed))
    got = run.sample_inputs
    rows = [(got["briefs"][sid].row, got["intent"][sid].brand_name, got["design"][sid].template_id,
             palette_cell(got["design"][sid].color_scheme), d.url) for sid, d in run.sample.items()]
    preview = table(["row", "brand", "template", "palette", "URL (`tapsite serve`)"], rows)
    md = stage_metadata(run, preview)
    with tapsite.connect() as con:
        summary = campaign_store.summary(con, campaign)
    md.update({"campaign_rows": summary["total"], "campaign_deployed": summary["deployed"],
               "campaign_failed_rows": len(summary["failed"]), "campaign_cost_usd": summary["cost_usd"]})
    return Output(run.ok_ids, metadata=md)


def _observe(tapsite: TapsiteResource, campaign: str, fresh: list[str], failed: list[str]) -> None:
    """The generation metrics of the sites this run deployed (timed stage by stage) or failed, a chunk at a time."""
    outcomes = [(sid, True) for sid in fresh] + [(sid, False) for sid in failed]
    for start in range(0, len(outcomes), campaign_store.CHUNK):
        chunk = outcomes[start:start + campaign_store.CHUNK]
        with tapsite.connect() as con:
            timings = campaign_store.site_stage_ms(con, campaign, [sid for sid, ok in chunk if ok])
            templates = campaign_store.template_ids(con, campaign, [sid for sid, _ in chunk])
        for sid, ok in chunk:
            metrics.observe_site(templates.get(sid), ok, timings.get(sid, {}) if ok else {})


@campaign_check(asset=deployment,
             description="Every valid row has a live deployment on disk and a row in websites.")
def every_site_deployed(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    campaign = context.partition_key
    with tapsite.connect() as con:
        listed = {sid for (sid,) in con.execute(
            "SELECT site_id FROM websites WHERE campaign = ? AND status = 'deployed'", [campaign]).fetchall()}
    missing: list[tuple[int, str]] = []
    checked = 0
    for rows, deps in campaign_store.rows_with_stage(tapsite.connect, campaign, "deployment", ok_only=True):
        for sid, row_num, _ in rows:
            checked += 1
            rec = deps.get(sid)
            if rec is None:
                missing.append((row_num, "not deployed"))
            elif not Path(decode("deployment", rec.output_json()).index_path).is_file():
                missing.append((row_num, "live index.html missing on disk"))
            elif sid not in listed:
                missing.append((row_num, "no websites row"))
    return AssetCheckResult(passed=not missing, metadata={
        "valid_rows": checked, "deployed": checked - len(missing),
        "missing": MetadataValue.md(markdown_table(["row", "problem"], missing, limit=20)) if missing else "none"})


@campaign_check(asset=deployment, blocking=False,
                description="Every deployed page says what its brief said: cards, facts, contact, coherence, brand.")
def pages_are_faithful(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    failing: dict[str, int] = {}
    pages, needs_review = 0, 0   # every page counted; the first failing ones kept for the table
    first: list[dict[str, Any]] = []
    with tapsite.connect() as con:
        for p in iter_scores(con, context.partition_key):
            pages += 1
            if p["passed"]:
                continue
            needs_review += 1
            if len(first) < REVIEW_ROWS:
                first.append(p)
            for c in p["failing"]:
                failing[c] = failing.get(c, 0) + 1
    return AssetCheckResult(passed=not needs_review, severity=AssetCheckSeverity.WARN, metadata={
        "pages": pages, "needs_review": needs_review,
        "failing_by_check": MetadataValue.json(failing),
        "needs_review_rows": MetadataValue.md(markdown_table(
            ["row", "subdomain", "failing", "first problem"],
            [(p["row"], p["subdomain"], ", ".join(p["failing"]), (p["problems"] or [""])[0][:90]) for p in first],
            limit=REVIEW_ROWS)) if first else "none"})
