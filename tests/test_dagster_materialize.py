"""`materialize` of the campaign group with a real DuckDB and project home in tmp; the CLI on the same path."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from dagster import DagsterInstance, materialize

from tapsite_pipeline.campaigns.intake import register_file
from tapsite_pipeline.cli.main import cli
from tapsite_pipeline.orchestration import CAMPAIGN_ASSETS, CAMPAIGN_CHECKS
from tapsite_pipeline.orchestration.resources import resources_for

pytestmark = pytest.mark.integration

CSV = ("id,brief,whatsapp,email\n"
       "k1,Toko Kue Ani jual nastar dan kastengel di Bandung warna pink,081234567890,\n"
       "k2,Warung Budi jualan soto ayam dan es teh di Bogor,,\n"
       "k3,,,\n"                                                     # empty brief
       "k2,Bimbel Cerdas les matematika untuk anak SD di Depok,,\n"  # duplicate id
       "k5,Laundry Kilat jasa cuci kering dan setrika di Malang,,bukan-email\n"  # bad email
       "k6,Sari Coffee is a small coffee shop selling espresso and croissants in Bali,,hi@sari.id\n")


def _db(home: Path):
    return duckdb.connect(str(home / "tapsite.duckdb"), read_only=True)


def test_materialize_group_bad_rows_reported_good_rows_deployed(tmp_path):
    home = tmp_path / "home"
    info = register_file(home, CSV.encode(), source="shops.csv")
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("campaigns", [info.key])
    resources = resources_for("ci", home=str(home))

    result = materialize([*CAMPAIGN_ASSETS, *CAMPAIGN_CHECKS], partition_key=info.key, instance=instance,
                         resources=resources)
    assert result.success
    checks = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert len(checks) == len(CAMPAIGN_CHECKS), checks
    assert all(ok for name, ok in checks.items() if name != "pages_are_faithful"), checks  # fidelity: a warning
    md = result.asset_materializations_for_node("deployment")[0].metadata
    assert md["sites"].value == 3 and md["campaign_failed_rows"].value == 3
    assert "http://127.0.0.1" in md["preview"].value

    with _db(home) as con:
        errors = con.execute("SELECT row_num, error FROM campaign_items WHERE campaign = ? AND NOT valid"
                             " ORDER BY row_num", [info.key]).fetchall()
        websites = con.execute("SELECT site_id, row_id, url FROM websites WHERE campaign = ?",
                               [info.key]).fetchall()
        logs = con.execute("SELECT count(*) FROM ai_generation_logs").fetchone()[0]
    assert [r for r, _ in errors] == [4, 5, 6]
    assert "empty" in errors[0][1] and "duplicate id" in errors[1][1] and "email" in errors[2][1]
    assert sorted(r for _, r, _ in websites) == ["k1", "k2", "k6"]
    assert logs > 0
    for site_id, _, _ in websites:
        assert (home / "builds" / site_id / "index.html").is_file()
    assert len(list((home / "sites").glob("*/live/index.html"))) == 3

    again = materialize([*CAMPAIGN_ASSETS, *CAMPAIGN_CHECKS], partition_key=info.key, instance=instance,
                        resources=resources)
    for node in ("intent", "design", "content", "images", "site", "deployment"):
        md = again.asset_materializations_for_node(node)[0].metadata
        assert md["processed_now"].value == 0 and md["skipped_already_done"].value == 3, node
    with _db(home) as con:
        assert con.execute("SELECT count(*), count(DISTINCT site_id) FROM websites").fetchone() == (3, 3)
        assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == 3


def test_cli_campaign_run_json_and_status(tmp_path):
    home = tmp_path / "home"
    src = tmp_path / "spring.csv"
    src.write_text(CSV, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(cli, ["campaign", "run", str(src), "--name", "spring", "--json", "--home", str(home)])
    assert res.exit_code == 0, (res.output, repr(res.exception))
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["campaign"] == "spring" and summary["total"] == 6
    assert summary["succeeded"] == summary["deployed"] == 3
    assert [(f["row"], f["reason"].split()[0]) for f in summary["failed"]] == [(4, "the"), (5, "duplicate"),
                                                                              (6, "email")]
    assert summary["seconds"] > 0 and summary["cost_usd"] == 0.0 and all(ok for k, ok in summary["checks"].items() if k != "pages_are_faithful")
    # progress in rows, not stage steps: a line per row here (no terminal), ending at every valid row
    assert "generating: 3/3 sites" in res.stderr and "/18" not in res.stderr
    from tapsite_pipeline.orchestration.run import open_instance
    with open_instance(home) as instance:
        tags = instance.get_run_by_id(summary["run_id"]).tags
    assert tags["tapsite/progress"] == "3/3 rows done, 0 failed · deployment 3/3"
    assert (tags["tapsite/rows_done"], tags["tapsite/rows_total"]) == ("3", "3")

    res = runner.invoke(cli, ["campaign", "status", "spring", "--home", str(home)])
    assert res.exit_code == 0, res.output
    assert "3/6 rows deployed" in res.output and "row 5: duplicate id" in res.output


def test_a_page_that_fails_fidelity_is_listed_as_needs_review(tmp_path):
    home = tmp_path / "home"
    src = tmp_path / "reach.csv"
    # the brand column names another business than the brief does: a person must confirm which is right
    src.write_text("id,brief,brand_name\nr1,\"Toko Kue Ani di Bandung jual nastar dan kastengel, WA 0812-3456-7890\","
                   "Dapur Manis Sentosa\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["campaign", "run", str(src), "--json", "--home", str(home)])
    assert res.exit_code == 0, (res.output, repr(res.exception))
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["deployed"] == 1
    review = summary["needs_review"]
    assert summary["checks"]["pages_are_faithful"] is False and len(review) == 1
    assert review[0]["row"] == 2 and review[0]["failing"] == ["brand"] and review[0]["problems"]
    status = json.loads(CliRunner().invoke(cli, ["campaign", "status", "reach", "--json", "--home", str(home)]).stdout)
    assert status["needs_review"] == [{k: review[0][k] for k in ("row", "id", "subdomain", "failing", "problems")}]
    with _db(home) as con:                                # every deployed page's result is stored
        assert con.execute("SELECT count(DISTINCT subdomain) FROM fidelity_results").fetchone()[0] == 1
