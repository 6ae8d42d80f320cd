"""What the Dagster UI shows: the stages as one chain ending in site_quality, site_quality requested by the
automation sensor once a campaign's deployment lands, and asset previews with pictures (palette swatches,
hero thumbnails, a copy excerpt)."""

from __future__ import annotations

import base64
from itertools import pairwise
from urllib.parse import unquote

import pytest
from dagster import AssetKey, AssetMaterialization, DagsterInstance, evaluate_automation_conditions, materialize

from tapsite_pipeline.campaigns.intake import register_file
from tapsite_pipeline.orchestration import CAMPAIGN_ASSETS, CAMPAIGN_CHECKS, defs
from tapsite_pipeline.orchestration.resources import resources_for

pytestmark = pytest.mark.integration

CHAIN = ["briefs", "intent", "design", "content", "images", "site", "deployment", "site_quality"]
CSV = ("id,brief\n"
       "k1,Toko Kue Ani jual nastar dan kastengel di Bandung warna pink\n"
       "k2,Warung Budi jualan soto ayam dan es teh di Bogor\n")


def test_the_stages_read_as_one_chain():
    graph = defs.resolve_asset_graph()
    for before, after in pairwise(CHAIN):
        assert graph.get(AssetKey(after)).parent_keys == {AssetKey(before)}, after
    job = defs.resolve_job_def("campaign_job")
    assert {n.name for n in job.graph.nodes if not n.name.startswith(("deployment_", "design_", "intent_"))} == \
        set(CHAIN[:-1])   # the campaign run generates and deploys; quality follows it


def test_site_quality_is_requested_when_a_deployment_lands():
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("campaigns", ["spring", "summer"])
    first = evaluate_automation_conditions(defs=defs, instance=instance)
    assert first.get_requested_partitions(AssetKey("site_quality")) == set()   # nothing deployed yet
    instance.report_runless_asset_event(AssetMaterialization(asset_key="deployment", partition="spring"))
    after = evaluate_automation_conditions(defs=defs, instance=instance, cursor=first.cursor)
    assert after.get_requested_partitions(AssetKey("site_quality")) == {"spring"}


def _images(md: str, kind: str) -> list[bytes]:
    marker = f"data:image/{kind};base64,"
    return [base64.b64decode(part.split(")")[0]) for part in md.split(marker)[1:]]


def test_previews_show_swatches_heroes_and_copy(tmp_path):
    home = tmp_path / "home"
    info = register_file(home, CSV.encode(), source="spring.csv")
    assert info.key == "spring"                                   # the partition is named after the file
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("campaigns", [info.key])
    res = materialize([*CAMPAIGN_ASSETS, *CAMPAIGN_CHECKS], partition_key=info.key, instance=instance,
                      resources=resources_for("ci", home=str(home)))
    assert res.success
    design = res.asset_materializations_for_node("design")[0].metadata
    strips = [unquote(part.split(")")[0]) for part in design["preview"].value.split("data:image/svg+xml,")[1:]]
    assert len(strips) == 2 and all(s.count("<rect") == 5 and "fill='#" in s for s in strips)
    assert len(design["palette"].value) < 1000   # shown in the metadata table itself, not behind a button
    md = res.asset_materializations_for_node("images")[0].metadata["preview"].value
    heroes = _images(md, "webp") + _images(md, "svg+xml")   # raster heroes as WebP, vector ones as they are
    assert len(heroes) == 2 and all((h[:4] == b"RIFF" and h[8:12] == b"WEBP") or b"<svg" in h[:300] for h in heroes)
    copy = res.asset_materializations_for_node("content")[0].metadata["preview"].value
    assert "Toko Kue Ani" in copy and "headline" in copy and "hero copy" in copy
    assert len(res.asset_materializations_for_node("content")[0].metadata["copy"].value) < 1000
    deployed = next(e for e in res.get_asset_check_evaluations() if e.check_name == "every_site_deployed")
    assert deployed.metadata["spring · deployed"].value == 2 and deployed.metadata["campaign"].value == "spring"
    assert "deployed" not in deployed.metadata            # a plot per campaign, never one mixed series
    progress = res.asset_materializations_for_node("deployment")[0].metadata
    assert (progress["rows_done"].value, progress["rows_total"].value) == (2, 2)
