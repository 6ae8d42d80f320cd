"""Page fidelity over a campaign: every deployed page scored against its row's brief and stored, and the
pages that fail a check listed as `needs_review` (never silently shipped as fine)."""

from __future__ import annotations

from typing import Any

import duckdb

from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.stage_types import decode
from tapsite_pipeline.evals.fidelity import score_site_dir
from tapsite_pipeline.evals.fidelity_records import load_fidelity, save_fidelity


def score_campaign(con: duckdb.DuckDBPyConnection, campaign: str, score_missing: bool = True) -> list[dict[str, Any]]:
    """Score each deployed site of the campaign not yet scored at its live version; returns every page's
    result as {row, id, subdomain, version, passed, failing: [check], problems: [..]}."""
    rows = campaign_store.valid_rows(con, campaign)
    deps = campaign_store.load_stage(con, campaign, "deployment")
    out = []
    for sid, row in rows.items():
        rec = deps.get(sid)
        if rec is None:
            continue
        dep = decode("deployment", rec.payload)
        stored = load_fidelity(con, dep.subdomain, dep.version)
        if stored:
            checks = {k: v for k, v in stored.items() if k != "all"}
            passed = all(v["passed"] for v in checks.values())
            problems = [p for v in checks.values() for p in v["problems"]]
        elif not score_missing:  # a read-only look (a run may be writing): report what is stored
            continue
        else:
            b = row.brief
            contact = {k: v for k, v in (("whatsapp", b.whatsapp), ("phone", b.phone), ("email", b.email)) if v}
            result = score_site_dir(dep.live_dir, b.text, subdomain=dep.subdomain, contact=contact or None)
            save_fidelity(con, subdomain=dep.subdomain, version=dep.version, site_id=sid, result=result)
            checks = {c.name: {"passed": c.passed} for c in result.checks}
            passed, problems = result.passed_all, result.problems
        out.append({"row": row.row, "id": row.row_id, "subdomain": dep.subdomain, "version": dep.version,
                    "passed": passed, "failing": sorted(k for k, v in checks.items() if not v["passed"]),
                    "problems": problems[:5]})
    return sorted(out, key=lambda r: r["row"])


def needs_review(con: duckdb.DuckDBPyConnection, campaign: str, score_missing: bool = True) -> list[dict[str, Any]]:
    """The campaign's deployed pages that fail a fidelity check (scored now if they were not yet)."""
    return [r for r in score_campaign(con, campaign, score_missing) if not r["passed"]]
