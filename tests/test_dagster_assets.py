"""Asset bodies and checks called on plain data (a real DuckDB and project home in tmp, no Dagster run)."""

from __future__ import annotations

import pytest
from dagster import DagsterInstance, build_asset_context

from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.intake import parse_campaign, register_file
from tapsite_pipeline.design.catalog import load_catalog
from tapsite_pipeline.models import ColorScheme, DesignDecision, Intent
from tapsite_pipeline.orchestration.alerts import AlertRules, cost_spike_alert, error_rate_alert, latency_alert
from tapsite_pipeline.orchestration.assets_generate import design, intent, palette_problems
from tapsite_pipeline.orchestration.resources import TapsiteResource
from tapsite_pipeline.stages.design import decide_design

pytestmark = pytest.mark.integration   # asset bodies run with Dagster contexts

CSV = (b"id,brief\n"
       b"a,Toko Kue Ani jual nastar dan kastengel di Bandung warna pink\n"
       b"b,Warung Budi jualan soto ayam dan es teh di Bogor\n")
KEY = "c-plain"


@pytest.fixture
def ctx_for(tmp_path):
    tapsite = TapsiteResource(home=str(tmp_path / "home"), workers=2, batch_size=1)
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("campaigns", [KEY])

    def make():
        return build_asset_context(partition_key=KEY, resources={"tapsite": tapsite}, instance=instance)
    make.tapsite = tapsite
    return make


def test_intents_then_design_on_plain_rows_and_resume(ctx_for):
    info = register_file(ctx_for.tapsite.settings().home, CSV, source="plain.csv", name=KEY)
    parsed = parse_campaign(CSV, KEY)
    with ctx_for.tapsite.connect() as con:
        campaign_store.save_campaign(con, info, parsed)
    rows = [r.site_id for r in parsed.rows]
    with ctx_for() as ctx:
        out = intent(ctx, briefs=rows)
    assert out.value == rows   # site ids pass between assets; the intents are in the store
    with ctx_for.tapsite.connect() as con:
        intents = campaign_store.stage_outputs(con, KEY, "intent", rows)
    assert {i.brand_name for i in intents.values()} == {"Toko Kue Ani", "Warung Budi"}
    md = {k: getattr(v, "value", v) for k, v in out.metadata.items()}
    assert md["processed_now"] == 2 and md["failures"] == 0
    assert "Toko Kue Ani" in md["preview"] and "p95_ms" in md

    with ctx_for() as ctx:  # the checkpoints are in DuckDB: a second materialization skips both
        again = intent(ctx, briefs=rows)
    assert again.metadata["skipped_already_done"].value == 2 and again.metadata["processed_now"].value == 0
    assert again.value == out.value

    with ctx_for() as ctx:
        designs = design(ctx, intent=out.value)
    assert "#" in designs.metadata["preview"].value  # palette hex in the preview
    with ctx_for.tapsite.connect() as con:
        stored = campaign_store.load_stage(con, KEY, "design")
    assert set(stored) == set(rows)


def test_palette_check_flags_pairs_below_aa():
    ok = ColorScheme(primary="#1d4ed8", secondary="#374151", accent="#7c2d12", text="#111418",
                     background="#ffffff", surface="#f6f7f9", muted="#4b5563", on_primary="#ffffff",
                     on_secondary="#ffffff", on_accent="#ffffff")
    bad = ok.model_copy(update={"muted": "#d0d0d0"})
    # a real decision (the check's input is typed): the design stage's, with the palette under test
    real = decide_design(Intent(business_type="food_and_beverage", industry="bakery", brand_name="Toko Ani",
                                language="id", products=["nastar"], tone="friendly"), load_catalog())

    def decision(scheme: ColorScheme) -> DesignDecision:
        return real.model_copy(update={"color_scheme": scheme})

    assert palette_problems([("s1", decision(ok))]) == []
    problems = palette_problems([("s1", decision(ok)), ("s2", decision(bad))])
    assert [sid for sid, _ in problems] == ["s2"] and "muted" in problems[0][1]


def test_alert_rules():
    base = {"calls": 100, "errors": 5, "error_rate": 0.05, "p95_latency_ms": 1200.0, "cost_usd": 1.0, "sites": 100}
    assert error_rate_alert(base)[0]
    assert not error_rate_alert({**base, "errors": 11, "error_rate": 0.11})[0]
    assert latency_alert(base)[0] and not latency_alert({**base, "p95_latency_ms": 61_000})[0]
    assert cost_spike_alert(base, None)[0]
    assert cost_spike_alert(base, {**base, "cost_usd": 0.8})[0]
    passed, message = cost_spike_alert(base, {**base, "cost_usd": 0.4, "campaign": "c-old"})
    assert not passed and "c-old" in message
    free = {**base, "cost_usd": 0.0}
    assert cost_spike_alert(free, {**free})[0]  # offline campaigns cost nothing: never a spike
    assert AlertRules().max_error_rate == 0.10
