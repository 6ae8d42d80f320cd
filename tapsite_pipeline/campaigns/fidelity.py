"""Page fidelity over a campaign: every deployed page scored against its row's brief and stored, and the
pages that fail a check listed as `needs_review` (never silently shipped as fine)."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.stage_types import decode
from tapsite_pipeline.evals.fidelity import score_site_dir
from tapsite_pipeline.evals.fidelity_records import save_fidelity_many


def _stored(con: duckdb.DuckDBPyConnection, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """(subdomain, version) → {check: (passed, problems)} for every pair already scored, in one query."""
    if not pairs:
        return {}
    rows = con.execute(
        "SELECT f.subdomain, f.version, f.check_name, f.passed, f.problems FROM fidelity_results f"
        " JOIN (SELECT unnest(?) AS subdomain, unnest(?) AS version) p USING (subdomain, version)"
        " WHERE f.check_name <> 'all'", [[s for s, _ in pairs], [v for _, v in pairs]]).fetchall()
    out: dict[tuple[str, str], dict] = {}
    for sub, ver, name, passed, problems in rows:
        out.setdefault((sub, ver), {})[name] = (passed, json.loads(problems or "[]"))
    return out


def score_campaign(con: duckdb.DuckDBPyConnection, campaign: str, score_missing: bool = True) -> list[dict[str, Any]]:
    """Each deployed page's fidelity at its live version, scoring (and storing) those not scored yet unless
    `score_missing` is off; rows of {row, id, subdomain, version, passed, failing: [check], problems}."""
    rows = campaign_store.valid_rows(con, campaign)
    deps = campaign_store.load_stage(con, campaign, "deployment")
    live = {sid: decode("deployment", rec.payload) for sid, rec in deps.items() if sid in rows}
    stored = _stored(con, [(d.subdomain, d.version) for d in live.values()])
    out, fresh = [], []
    for sid, dep in live.items():
        checks = stored.get((dep.subdomain, dep.version))
        if checks is None:
            if not score_missing:  # a read-only look (a run may be writing): report what is stored
                continue
            b = rows[sid].brief
            contact = {k: v for k, v in (("whatsapp", b.whatsapp), ("phone", b.phone), ("email", b.email)) if v}
            result = score_site_dir(dep.live_dir, b.text, subdomain=dep.subdomain, contact=contact or None)
            fresh.append((dep.subdomain, dep.version, sid, result))
            checks = {c.name: (c.passed, c.problems) for c in result.checks}
        row = rows[sid]
        out.append({"row": row.row, "id": row.row_id, "subdomain": dep.subdomain, "version": dep.version,
                    "passed": all(ok for ok, _ in checks.values()),
                    "failing": sorted(k for k, (ok, _) in checks.items() if not ok),
                    "problems": [p for _, probs in checks.values() for p in probs][:5]})
    save_fidelity_many(con, fresh)   # one write for the pages scored now
    return sorted(out, key=lambda r: r["row"])


def needs_review(con: duckdb.DuckDBPyConnection, campaign: str, score_missing: bool = True) -> list[dict[str, Any]]:
    """The campaign's deployed pages that fail a fidelity check (scored now if they were not yet)."""
    return [r for r in score_campaign(con, campaign, score_missing) if not r["passed"]]
