"""The leads_summary asset: leads per campaign from form_submissions joined to websites."""

from __future__ import annotations

import pytest
from dagster import materialize

from tapsite_pipeline import store
from tapsite_pipeline.orchestration.leads import leads_summary
from tapsite_pipeline.orchestration.resources import TapsiteResource
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.integration


def test_leads_are_summarised_per_campaign(tmp_path):
    home = tmp_path / "home"
    db = Settings.load(home).db_path
    with store.connect(db) as con:
        for sid, campaign in (("s1", "c-bandung"), ("s2", "c-bandung"), ("s3", "c-jogja"), ("s4", None)):
            con.execute("INSERT INTO websites (site_id, campaign, brief, subdomain) VALUES (?, ?, 'b', ?)",
                        [sid, campaign, sid])
        for i, (sid, kind, status) in enumerate([("s1", "order", "new"), ("s1", "contact", "new"),
                                                 ("s2", "booking", "done"), ("s4", "contact", "new")]):
            con.execute("INSERT INTO form_submissions (submission_id, website_id, subdomain, form_type, data, status)"
                        " VALUES (?, ?, ?, ?, '{}', ?)", [f"l{i}", sid, sid, kind, status])
    result = materialize([leads_summary], resources={"tapsite": TapsiteResource(home=str(home))})
    assert result.success
    md = result.asset_materializations_for_node("leads_summary")[0].metadata
    assert md["campaigns"].value == 3 and md["leads"].value == 4 and md["sites_with_leads"].value == 3
    table = md["per_campaign"].value
    assert "| c-bandung | 2 | 2 | 3 | 1 | 1 | 1 | 2 |" in table
    assert "| c-jogja | 1 | 0 | 0 | 0 | 0 | 0 | 0 |" in table and "| (none) | 1 | 1 | 1 | 1 | 0 | 0 | 1 |" in table
