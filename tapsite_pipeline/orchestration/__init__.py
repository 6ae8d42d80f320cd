"""The Tapsite Dagster code location: one asset per stage over campaign partitions, checks, sensor, job."""

from dagster import Definitions

from tapsite_pipeline.orchestration.alerts import generation_cost_spike, generation_error_rate, generation_p95_latency
from tapsite_pipeline.orchestration.assets_deploy import deployment, every_site_deployed, pages_are_faithful, site
from tapsite_pipeline.orchestration.assets_generate import (
    briefs,
    content,
    design,
    images,
    intent,
    intent_schema_valid,
    palette_meets_aa,
)
from tapsite_pipeline.orchestration.jobs import campaign_job
from tapsite_pipeline.orchestration.leads import leads_summary
from tapsite_pipeline.orchestration.quality import quality_after_deployment
from tapsite_pipeline.orchestration.quality import quality_assets as QUALITY_ASSETS
from tapsite_pipeline.orchestration.quality import quality_checks as QUALITY_CHECKS
from tapsite_pipeline.orchestration.resources import executor_for, resources_for
from tapsite_pipeline.orchestration.sensors import campaign_drop_sensor

CAMPAIGN_ASSETS = [briefs, intent, design, content, images, site, deployment]
CAMPAIGN_CHECKS = [intent_schema_valid, palette_meets_aa, every_site_deployed, pages_are_faithful,
                   generation_error_rate, generation_p95_latency, generation_cost_spike]

# Site quality (browser scorer) ends the chain but not campaign_job: an automation sensor materializes it for
# each campaign once its deployment lands, so generating and deploying stay fast.
defs = Definitions(
    assets=[*CAMPAIGN_ASSETS, *QUALITY_ASSETS, leads_summary],
    asset_checks=[*CAMPAIGN_CHECKS, *QUALITY_CHECKS],
    jobs=[campaign_job],
    sensors=[campaign_drop_sensor, quality_after_deployment],
    resources=resources_for(),
    executor=executor_for(),
)
