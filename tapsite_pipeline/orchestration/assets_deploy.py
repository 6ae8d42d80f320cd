"""Campaign assets for stages 5–6 (sites → deployments) and the check that every valid row went live."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from dagster import AssetCheckResult, MetadataValue, Output, asset

from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.stages.site import assemble_site
from tapsite_pipeline.stages.deployment import claim_subdomain, deploy_site
from tapsite_pipeline.orchestration.assets_generate import GROUP
from tapsite_pipeline.orchestration.batch import campaign_check, markdown_table, run_stage, sweep_partial
from tapsite_pipeline.orchestration.partitions import campaigns
from tapsite_pipeline.orchestration.resources import TapsiteResource
from tapsite_pipeline.orchestration.stage_types import BuiltSite, decode


@asset(partitions_def=campaigns, group_name=GROUP)
def sites(context, tapsite: TapsiteResource, briefs: dict, intents: dict, design_decisions: dict,
          site_content: dict, images: dict):
    """Stage 5: each landing page rendered to static, minified HTML + WebP in its build folder."""
    s = tapsite.settings()
    ids = [i for i in images if i in site_content and i in design_decisions and i in intents and i in briefs]
    subdomains: dict[str, str] = {}

    def prepare(todo: list[str]) -> None:
        # Claims run one at a time: two sites with the same brand must not race for one subdomain.
        for sid in todo:
            sweep_partial(s.build_root, [f".{sid}.tmp-*", f".{sid}.old-*"])
            subdomains[sid] = claim_subdomain(s.deploy_root, intents[sid].brand_name, sid)

    def build(sid: str) -> BuiltSite:
        sub = subdomains[sid]
        site = assemble_site(site_id=sid, brief=briefs[sid].brief, intent=intents[sid],
                             design=design_decisions[sid], content=site_content[sid], images=images[sid],
                             out_dir=s.build_root / sid, site_url=s.public_url(sub),
                             forms_endpoint=s.forms_url(sub))
        return BuiltSite(site=site, subdomain=sub)

    run = run_stage(context, tapsite, "site", ids, build, prepare=prepare)
    rows = [(b.site.brand_name, b.subdomain, design_decisions[sid].color_scheme.primary, b.site.total_bytes)
            for sid, b in list(run.outputs.items())[:5]]
    preview = markdown_table(["brand", "subdomain", "primary", "bytes"], rows)
    md = run.metadata(preview)
    if run.outputs:
        md["total_bytes"] = sum(b.site.total_bytes for b in run.outputs.values())
    return Output(run.outputs, metadata=md)


@asset(partitions_def=campaigns, group_name=GROUP)
def deployments(context, tapsite: TapsiteResource, briefs: dict, intents: dict, design_decisions: dict,
                site_content: dict, sites: dict):
    """Stage 6: each site deployed as a new version under its subdomain, switched live atomically."""
    s = tapsite.settings()
    campaign = context.partition_key

    def prepare(todo: list[str]) -> None:
        for sid in todo:  # staging copies of a killed deploy; the versions themselves are content-addressed
            sweep_partial(s.deploy_root / sites[sid].subdomain, [".*.tmp", "versions/.*.tmp"])

    def deploy(sid: str):
        built: BuiltSite = sites[sid]
        return deploy_site(built.site, s.deploy_root, built.subdomain, s.preview_url(built.subdomain))

    def websites_rows(batch):  # written in the checkpoint's transaction: a kill keeps both or neither
        results = [SimpleNamespace(site_id=sid, brief=briefs[sid].brief, intent=intents[sid],
                                   design=design_decisions[sid], content=site_content[sid], site=sites[sid].site,
                                   deployment=dep) for sid, dep in batch]
        row_ids = {sid: briefs[sid].row_id for sid, _ in batch}
        return [lambda con: campaign_store.save_sites_batch(con, results, campaign, row_ids)]

    ids = [i for i in sites if i in briefs]
    run = run_stage(context, tapsite, "deployment", ids, deploy, prepare=prepare, extra=websites_rows)
    rows = [(briefs[sid].row, intents[sid].brand_name, design_decisions[sid].template_id,
             design_decisions[sid].color_scheme.primary, d.url) for sid, d in list(run.outputs.items())[:5]]
    preview = markdown_table(["row", "brand", "template", "palette", "URL"], rows)
    md = run.metadata(preview)
    with tapsite.connect() as con:
        summary = campaign_store.summary(con, campaign)
    md.update({"campaign_rows": summary["total"], "campaign_deployed": summary["deployed"],
               "campaign_failed_rows": len(summary["failed"]), "campaign_cost_usd": summary["cost_usd"]})
    return Output(run.outputs, metadata=md)


@campaign_check(asset=deployments,
             description="Every valid row has a live deployment on disk and a row in websites.")
def every_site_deployed(context, tapsite: TapsiteResource) -> AssetCheckResult:
    campaign = context.partition_key
    with tapsite.connect() as con:
        rows = campaign_store.valid_rows(con, campaign)
        deps = campaign_store.load_stage(con, campaign, "deployment")
        listed = {sid for (sid,) in con.execute(
            "SELECT site_id FROM websites WHERE campaign = ? AND status = 'deployed'", [campaign]).fetchall()}
    missing = []
    for sid, row in rows.items():
        rec = deps.get(sid)
        if rec is None:
            missing.append((row.row, "not deployed"))
        elif not Path(decode("deployment", rec.payload).index_path).is_file():
            missing.append((row.row, "live index.html missing on disk"))
        elif sid not in listed:
            missing.append((row.row, "no websites row"))
    return AssetCheckResult(passed=not missing, metadata={
        "valid_rows": len(rows), "deployed": len(rows) - len(missing),
        "missing": MetadataValue.md(markdown_table(["row", "problem"], missing, limit=20)) if missing else "none"})
