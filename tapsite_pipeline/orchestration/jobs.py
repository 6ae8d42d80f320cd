"""`campaign_job`: every generation stage of one campaign partition, in one run."""

from dagster import AssetSelection, define_asset_job

from tapsite_pipeline.orchestration.assets_generate import GROUP

campaign_job = define_asset_job(
    "campaign_job",
    selection=AssetSelection.groups(GROUP) - AssetSelection.assets("site_quality"),
    description="Brief → intent → design → content → images → site → deployment for every row of a campaign.",
)
