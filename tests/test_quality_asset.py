"""The `site_quality` Dagster asset on a campaign partition (screenshots + axe; Lighthouse off for speed),
its metadata, and its two checks."""

from __future__ import annotations

import pytest
from dagster import AssetKey, DagsterInstance, materialize

from tapsite_pipeline import store
from tapsite_pipeline.orchestration.quality import quality_assets, quality_checks
from tapsite_pipeline.orchestration.resources import TapsiteResource
from tapsite_pipeline.quality.browser.template_sites import build_template_sites
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.browser


def test_site_quality_asset_and_checks(home):
    targets = build_template_sites(home, templates=["warung-hangat", "toko-rapi"])
    s = Settings.load(home)
    with store.connect(s.db_path) as con:
        for t in targets:
            con.execute("INSERT INTO websites (site_id, campaign, brief, subdomain, template_id, status) "
                        "VALUES (?, 'camp1', 'brief', ?, ?, 'deployed')", [t.site_id, t.subdomain, t.template_id])
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("campaigns", ["camp1"])
    res = materialize([*quality_assets, *quality_checks], partition_key="camp1", instance=instance,
                      resources={"tapsite": TapsiteResource(home=str(home))},
                      run_config={"ops": {"site_quality": {"config": {"lighthouse": False, "mlflow": False}}}},
                      selection=[AssetKey("site_quality")])
    assert res.success
    md = res.asset_materializations_for_node("site_quality")[0].metadata
    assert md["sites"].value == 2 and md["failed"].value == 0 and md["median_axe_violations"].value == 0
    shots = md["screenshots"].value                      # desktop + phone thumbnails inline, per site
    assert shots.count("data:image/webp;base64,") == 4 and "warung-hangat" in shots
    checks = {e.check_name: e.passed for e in res.get_asset_check_evaluations()}
    assert checks["no_serious_axe_violations"] is True
    assert checks["lighthouse_categories_at_least_95"] is False  # Lighthouse was off: nothing measured
