"""One wiring: a brief gets the same template, palette and copy through `tapsite generate`, a Dagster
campaign and an eval run (the first build lost the learned matcher on the campaign path)."""

from __future__ import annotations

import csv
import json

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.campaigns.stage_types import decode
from tapsite_pipeline.evals.runner import run_suite
from tapsite_pipeline.evals.stage_task import content_hash
from tapsite_pipeline.evals.suites import Suite
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.resources import data_dir
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.integration

DEMO = [ln.strip() for ln in (data_dir("datasets") / "sample_briefs.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip()]


def test_generate_campaign_and_eval_agree_on_every_demo_brief(tmp_path, monkeypatch):
    monkeypatch.setenv("MLFLOW_DISABLE_TELEMETRY", "true")
    # 1. tapsite generate's path
    rt = Runtime.local(tmp_path / "gen")
    direct = {}
    for i, text in enumerate(DEMO):
        r = generate_site(make_brief(text), rt)
        direct[f"d{i}"] = (r.design.template_id, r.design.color_scheme.model_dump(), content_hash(r.content))

    # 2. a Dagster campaign of the same briefs
    from tapsite_pipeline import store
    from tapsite_pipeline.campaigns import store as campaign_store
    from tapsite_pipeline.orchestration.run import run_campaign
    src = tmp_path / "demo.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "brief"])
        w.writerows([f"d{i}", text] for i, text in enumerate(DEMO))
    home = tmp_path / "camp"
    out = run_campaign(src, home=home)
    assert out["deployed"] == len(DEMO), out
    with store.connect(Settings.load(home).db_path) as con:
        rows = campaign_store.valid_rows(con, out["campaign"])
        designs = campaign_store.load_stage(con, out["campaign"], "design")
        contents = campaign_store.load_stage(con, out["campaign"], "content")
    campaign = {}
    for sid, row in rows.items():
        d = decode("design", designs[sid].payload)
        c = decode("content", contents[sid].payload)
        campaign[row.row_id] = (d.template_id, d.color_scheme.model_dump(), content_hash(c))

    # 3. an eval run of the copy stage on the same briefs, intents parsed as in production
    data = tmp_path / "demo.jsonl"
    data.write_text("\n".join(json.dumps({"id": f"d{i}", "text": t, "gold": {}}) for i, t in enumerate(DEMO)),
                    encoding="utf-8")
    suite = Suite(name="parity", stage="content", dataset=str(data), intent_source="parsed",
                  scorers=["schema_valid"], prompts={"content_section": "production", "seo": "production"})
    run = run_suite(suite, Settings.load(tmp_path / "eval").ensure(), track=False)
    evaluated = {r.case.id: (r.outcome.extra["template_id"], r.outcome.extra["palette"],
                             r.outcome.extra["content_sha256"]) for r in run.records}

    for key, want in direct.items():
        assert campaign[key][0] == want[0], f"{key}: campaign template {campaign[key][0]} != generate {want[0]}"
        assert campaign[key] == want, f"{key}: campaign palette or copy differs from generate"
        assert evaluated[key] == want, f"{key}: eval run differs from generate"
