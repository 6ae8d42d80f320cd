"""Page fidelity over a campaign: every deployed page scored against its row's brief and stored, and the
pages that fail a check listed as `needs_review` (never silently shipped as fine)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.stage_types import decode
from tapsite_pipeline.evals.fidelity import score_site_dir
from tapsite_pipeline.evals.fidelity_records import save_fidelity_many
from tapsite_pipeline.sql import Connection

PAGES_PER_READ = 100   # a page scored now holds its parsed HTML and findings until its chunk is stored


def _stored(con: Connection, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
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


def score_campaign(con: Connection, campaign: str, score_missing: bool = True) -> list[dict[str, Any]]:
    """Each deployed page's fidelity at its live version, scoring (and storing) those not scored yet unless
    `score_missing` is off; rows of {row, id, subdomain, version, passed, failing: [check], problems}."""
    return list(iter_scores(con, campaign, score_missing))


def iter_scores(con: Connection, campaign: str, score_missing: bool = True,
                size: int = PAGES_PER_READ) -> Iterator[dict[str, Any]]:
    """score_campaign's rows in row order, a chunk of pages at a time: a chunk's new scores are stored before
    the next is read, so a campaign of any size is scored in the memory of one chunk."""
    rows = campaign_store.valid_sites(con, campaign)
    for start in range(0, len(rows), size):
        chunk = rows[start:start + size]
        deps = campaign_store.load_stage(con, campaign, "deployment", site_ids=[sid for sid, _, _ in chunk])
        live = {sid: decode("deployment", rec.output_json()) for sid, rec in deps.items()}
        stored = _stored(con, [(d.subdomain, d.version) for d in live.values()])
        missing = [sid for sid, d in live.items() if (d.subdomain, d.version) not in stored] if score_missing else []
        briefs = campaign_store.stage_outputs(con, campaign, "briefs", missing)
        fresh = []
        for sid, row, row_id in chunk:
            dep = live.get(sid)
            if dep is None:
                continue
            checks = stored.get((dep.subdomain, dep.version))
            if checks is None:
                if not score_missing:  # a read-only look (a run may be writing): report what is stored
                    continue
                b = briefs[sid].brief
                contact = {k: v for k, v in (("whatsapp", b.whatsapp), ("phone", b.phone), ("email", b.email)) if v}
                result = score_site_dir(dep.live_dir, b.text, subdomain=dep.subdomain, contact=contact or None)
                fresh.append((dep.subdomain, dep.version, sid, result))
                checks = {c.name: (c.passed, c.problems) for c in result.checks}
            yield {"row": row, "id": row_id, "subdomain": dep.subdomain, "version": dep.version,
                   "passed": all(ok for ok, _ in checks.values()),
                   "failing": sorted(k for k, (ok, _) in checks.items() if not ok),
                   "problems": [p for _, probs in checks.values() for p in probs][:5]}
        save_fidelity_many(con, fresh)   # one write for the pages of the chunk scored now


def needs_review(con: Connection, campaign: str, score_missing: bool = True) -> list[dict[str, Any]]:
    """The campaign's deployed pages that fail a fidelity check (scored now if they were not yet)."""
    return [r for r in iter_scores(con, campaign, score_missing) if not r["passed"]]
