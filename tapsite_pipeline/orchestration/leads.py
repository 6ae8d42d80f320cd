"""Leads per campaign: what the forms on a campaign's pages brought in. A thin read of form_submissions."""

from typing import Any

from dagster import MaterializeResult, MetadataValue, asset

from tapsite_pipeline.orchestration.resources import TapsiteResource

GROUP = "leads"


@asset(group_name=GROUP, kinds={"duckdb"})
def leads_summary(tapsite: TapsiteResource) -> MaterializeResult[Any]:
    """Form submissions per campaign: sites, sites with leads, leads by form type, newest lead."""
    from tapsite_pipeline.forms.store import leads_per_campaign
    with tapsite.connect() as con:
        rows = leads_per_campaign(con)
    table = "| campaign | sites | with leads | leads | contact | order | booking | new |\n|---|---|---|---|---|---|---|---|\n"
    table += "\n".join(f"| {r['campaign']} | {r['sites']} | {r['sites_with_leads']} | {r['leads']} | {r['contact']} "
                       f"| {r['order']} | {r['booking']} | {r['new']} |" for r in rows[:50])
    return MaterializeResult(metadata={
        "campaigns": len(rows), "leads": sum(r["leads"] for r in rows),
        "sites_with_leads": sum(r["sites_with_leads"] for r in rows),
        "per_campaign": MetadataValue.md(table)})
