"""The operational store's reads and writes of campaigns (DuckDB or PostgreSQL, one SQL text): their rows,
and each stage's result per site.

Stage results are the checkpoints a rerun resumes from: one row per (campaign, stage, site),
upserted a batch per transaction, so a killed run loses at most the batch it was working on
and a rerun never duplicates one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import pandas as pd

from tapsite_pipeline.campaigns.intake import CampaignFile, CampaignRow, ParsedCampaign, RowError
from tapsite_pipeline.campaigns.stage_types import decode
from tapsite_pipeline.pipeline import STAGES
from tapsite_pipeline.sites.keys import BusinessKey
from tapsite_pipeline.sql import Connection, registered, upsert
from tapsite_pipeline.store import DEPLOYMENT_COLUMNS, WEBSITE_COLUMNS, deployment_row, save_logs, website_row

RESULT_COLUMNS = ("campaign", "stage", "site_id", "ok", "payload", "error", "ms", "cost_usd", "run_id")
RESULT_KEY = ("campaign", "stage", "site_id")


@dataclass
class StageRecord:
    """One site's outcome in one stage; `payload` is the stage output as JSON when ok."""

    site_id: str
    ok: bool
    payload: str | None = None
    error: str | None = None
    ms: float = 0.0
    cost_usd: float = 0.0
    logs: Sequence[Any] = ()

    def output_json(self) -> str:
        """The stored output of a successful record (a failed one has none: asking for it is a bug)."""
        if self.payload is None:
            raise ValueError(f"{self.site_id}: no stored output ({self.error or 'failed'})")
        return self.payload



def known_businesses(con: Connection, name: str) -> list[tuple[BusinessKey, str]]:
    """(business, site_id) of every row the campaigns called `name` have had: what an edited row is matched to."""
    rows = con.execute("SELECT i.payload FROM campaign_items i JOIN campaigns c ON c.campaign = i.campaign"
                       " WHERE i.valid AND c.name = ? ORDER BY c.registered_at DESC, c.updated_at DESC",
                       [name]).fetchall()
    out, seen = [], set()
    for (payload,) in rows:
        row = CampaignRow.model_validate_json(payload)
        if row.brand_key and row.site_id not in seen:
            seen.add(row.site_id)
            out.append((row.key(), row.site_id))
    return out


def _keep_unchanged(con: Connection, info: CampaignFile, parsed: ParsedCampaign) -> dict[str, int]:
    """Before a (re)registered campaign's rows replace the old ones: a row whose brief changed loses its
    stage results (it is generated again, as a new version of its site); a row unchanged since an earlier
    campaign of the same name takes that campaign's results (its site is left as it is)."""
    ids = [r.site_id for r in parsed.rows]
    if not ids:
        return {"changed": 0, "kept": 0}
    previous: dict[str, tuple[bool, str, str]] = {}
    for sid, campaign, payload, own in con.execute(
            "SELECT i.site_id, i.campaign, i.payload, i.campaign = ? FROM campaign_items i"
            " JOIN campaigns c ON c.campaign = i.campaign WHERE i.valid AND (i.campaign = ? OR c.name = ?)"
            " AND i.site_id IN (SELECT unnest(?)) ORDER BY c.registered_at, c.updated_at",
            [info.key, info.key, info.name, ids]).fetchall():
        if own or not previous.get(sid, (False,))[0]:  # this campaign's own row first, else the newest
            previous[sid] = (own, campaign, CampaignRow.model_validate_json(payload).brief.model_dump_json())
    changed, kept = [], []
    for r in parsed.rows:
        own, campaign, brief = previous.get(r.site_id, (False, None, None))
        if campaign is None:
            continue
        if brief != r.brief.model_dump_json():
            if own:
                changed.append(r.site_id)
        elif not own:
            kept.append((campaign, r.site_id))
    if changed:
        con.execute("DELETE FROM campaign_stage_results WHERE campaign = ? AND site_id IN (SELECT unnest(?))",
                    [info.key, changed])
    if kept:
        with registered(con, "kept_batch", pd.DataFrame(kept, columns=["campaign", "site_id"]),
                        like="campaign_stage_results"):
            con.execute(upsert("campaign_stage_results", RESULT_COLUMNS + ("updated_at",), RESULT_KEY,
                               "SELECT ?, r.stage, r.site_id, r.ok, r.payload, r.error, r.ms, r.cost_usd, r.run_id,"
                               " r.updated_at FROM campaign_stage_results r JOIN kept_batch k"
                               " ON r.campaign = k.campaign AND r.site_id = k.site_id WHERE true"), [info.key])
            con.execute("UPDATE websites SET campaign = ? WHERE site_id IN (SELECT site_id FROM kept_batch)",
                        [info.key])
    return {"changed": len(changed), "kept": len(kept)}


def save_campaign(con: Connection, info: CampaignFile, parsed: ParsedCampaign) -> dict[str, int]:
    """Record the campaign and every row of its CSV (idempotent: same keys, same values); returns how many
    rows changed since this campaign's last revision and how many kept an earlier campaign's results."""
    items = [(info.key, r.row, r.row_id, r.site_id, True, None, r.model_dump_json()) for r in parsed.rows]
    items += [(info.key, e.row, e.row_id, None, False, e.reason, None) for e in parsed.errors]
    df = pd.DataFrame(items, columns=["campaign", "row_num", "row_id", "site_id", "valid", "error", "payload"])
    con.execute("BEGIN")
    moved = _keep_unchanged(con, info, parsed)
    con.execute(
        upsert("campaigns", ("campaign", "name", "source", "sha256", "total_rows", "valid_rows", "registered_at",
                             "updated_at"), ("campaign",), "VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp)"),
        [info.key, info.name, info.source, info.sha256, parsed.total, len(parsed.rows), info.registered_at])
    con.execute("DELETE FROM campaign_items WHERE campaign = ?", [info.key])
    if items:
        with registered(con, "campaign_items_batch", df, like="campaign_items"):
            con.execute(f"INSERT INTO campaign_items ({', '.join(df.columns)})"
                        f" SELECT {', '.join(df.columns)} FROM campaign_items_batch")
    con.execute("COMMIT")
    return moved


def valid_rows(con: Connection, campaign: str) -> dict[str, CampaignRow]:
    rows = con.execute("SELECT payload FROM campaign_items WHERE campaign = ? AND valid ORDER BY row_num",
                       [campaign]).fetchall()
    out = {}
    for (payload,) in rows:
        row = CampaignRow.model_validate_json(payload)
        out[row.site_id] = row
    return out


def valid_count(con: Connection, campaign: str) -> int:
    return con.execute("SELECT count(*) FROM campaign_items WHERE campaign = ? AND valid", [campaign]).fetchone()[0]


def row_errors(con: Connection, campaign: str) -> list[RowError]:
    rows = con.execute("SELECT row_num, error, row_id FROM campaign_items WHERE campaign = ? AND NOT valid"
                       " ORDER BY row_num", [campaign]).fetchall()
    return [RowError(row=r, reason=e, row_id=i) for r, e, i in rows]


def save_stage(con: Connection, campaign: str, stage: str, run_id: str,
               records: Sequence[StageRecord], extra: Iterable[Any] = ()) -> None:
    """Upsert one batch of stage results and their generation logs in one transaction.

    `extra` are callables run inside the same transaction (e.g. writing the websites rows), so a
    kill either keeps the whole batch or none of it.
    """
    if not records:
        return
    df = pd.DataFrame([(campaign, stage, r.site_id, r.ok, r.payload, r.error, round(r.ms, 3),
                        r.cost_usd, run_id) for r in records],
                      columns=list(RESULT_COLUMNS))
    con.execute("BEGIN")
    try:
        with registered(con, "stage_batch", df, like="campaign_stage_results"):
            con.execute(upsert("campaign_stage_results", RESULT_COLUMNS, RESULT_KEY,
                               f"SELECT {', '.join(RESULT_COLUMNS)} FROM stage_batch WHERE true",
                               touch=("updated_at",)))
        save_logs_batch(con, run_id, [(r.site_id, r.logs) for r in records])
        for fn in extra:
            fn(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


class _RowCapture:
    """Stands in for a connection to collect the rows store.save_logs would insert."""

    def __init__(self) -> None:
        self.sql: str | None = None
        self.rows: list[Sequence[Any]] = []

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        if self.sql not in (None, sql):
            raise ValueError("save_logs issued two different statements")
        self.sql = sql
        self.rows.extend(rows)


_INSERT = re.compile(r"\s*INSERT INTO (\w+) \(([^)]*)\) VALUES", re.I)


def save_logs_batch(con: Connection, run_id: str, per_site: Sequence[tuple[str, Sequence[Any]]]
                    ) -> None:
    """store.save_logs for a whole batch of sites as one set-based INSERT.

    The rows and columns come from store.save_logs itself (so they follow its schema changes);
    only the statement changes: DuckDB takes milliseconds per row for row-by-row inserts and
    microseconds per row for a DataFrame, which matters at ten calls a site, a thousand sites.
    """
    cap = _RowCapture()
    try:
        for site_id, logs in per_site:
            save_logs(cap, run_id, site_id, logs)  # type: ignore[arg-type]
        match = _INSERT.match(cap.sql or "")
    except ValueError:
        match = None
    if not cap.rows:
        return
    if match is None:  # save_logs changed shape: fall back to it, row by row
        for site_id, logs in per_site:
            save_logs(con, run_id, site_id, logs)
        return
    table, cols = match.group(1), [c.strip() for c in match.group(2).split(",")]
    df = pd.DataFrame(cap.rows, columns=cols, dtype=object)
    with registered(con, "logs_batch", df, like=table):
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM logs_batch")


def save_sites_batch(con: Connection, results: Sequence[Any], campaign: str,
                     row_ids: dict[str, str]) -> None:
    """store.save_site for a batch of sites as two set-based statements (same rows; a test pins them equal).

    save_site costs two statements per site, milliseconds each in DuckDB: seconds per thousand sites.
    """
    if not results:
        return
    sites = [website_row(r.site_id, r.brief, r.intent, r.design, r.content, r.site, r.deployment.subdomain,
                         r.deployment.url, r.deployment.version, "deployed", campaign, row_ids.get(r.site_id))
             for r in results]
    _upsert_websites_frame(con, sites)
    deps = [deployment_row(r.site_id, r.deployment) for r in results]
    with registered(con, "deps_batch", pd.DataFrame(deps, columns=list(DEPLOYMENT_COLUMNS), dtype=object),
                    like="deployments"):
        con.execute(f"INSERT INTO deployments ({', '.join(DEPLOYMENT_COLUMNS)})"
                    f" SELECT {', '.join('b.' + c for c in DEPLOYMENT_COLUMNS)} FROM deps_batch b"
                    " WHERE NOT EXISTS (SELECT 1 FROM deployments x WHERE x.subdomain = b.subdomain"
                    " AND x.version = b.version AND x.site_id = b.site_id)")


def _upsert_websites_frame(con: Connection, rows: Sequence[tuple]) -> None:
    cols = ", ".join(WEBSITE_COLUMNS)
    with registered(con, "sites_batch", pd.DataFrame(rows, columns=list(WEBSITE_COLUMNS), dtype=object),
                    like="websites"):   # a site keeps its first created_at
        con.execute(upsert("websites", WEBSITE_COLUMNS, ("site_id",), f"SELECT {cols} FROM sites_batch WHERE true",
                           touch=("updated_at",)))


def save_pending_batch(con: Connection, rows: Sequence[tuple]) -> None:
    """Pending websites rows (store.website_row tuples) for sites about to go live, in one statement."""
    if rows:
        _upsert_websites_frame(con, rows)


def load_stage(con: Connection, campaign: str, stage: str, ok_only: bool = True,
               site_ids: Sequence[str] | None = None) -> dict[str, StageRecord]:
    """A stage's records for the campaign (only these sites' if `site_ids` is given)."""
    sql = ("SELECT site_id, ok, payload, error, ms, cost_usd FROM campaign_stage_results"
           " WHERE campaign = ? AND stage = ?" + (" AND ok" if ok_only else ""))
    params: list[Any] = [campaign, stage]
    if site_ids is not None:
        sql += " AND site_id IN (SELECT unnest(?))"
        params.append(list(site_ids))
    return {sid: StageRecord(sid, ok, payload, error, ms or 0.0, cost or 0.0)
            for sid, ok, payload, error, ms, cost in con.execute(sql, params).fetchall()}


def stage_ids(con: Connection, campaign: str, stage: str) -> list[str]:
    """The sites with a successful result in `stage` (for `briefs`: the valid rows), in row order.

    What a stage hands the next one: ids only; the results themselves are read a chunk at a time
    (`stage_outputs`), so no step holds a whole campaign's results.
    """
    if stage == "briefs":
        sql, params = ("SELECT site_id FROM campaign_items WHERE campaign = ? AND valid ORDER BY row_num",
                       [campaign])
    else:   # results kept from an earlier revision may have no row here: they come last, as before
        sql, params = ("SELECT r.site_id FROM campaign_stage_results r LEFT JOIN campaign_items i"
                       " ON i.campaign = r.campaign AND i.site_id = r.site_id AND i.valid"
                       " WHERE r.campaign = ? AND r.stage = ? AND r.ok ORDER BY i.row_num NULLS LAST, r.site_id",
                       [campaign, stage])
    return [sid for (sid,) in con.execute(sql, params).fetchall()]


def stage_outputs(con: Connection, campaign: str, stage: str,
                  site_ids: Sequence[str]) -> dict[str, Any]:
    """{site_id: decoded result} of `stage` for these sites (for `briefs`: their CampaignRow)."""
    if not site_ids:
        return {}
    if stage == "briefs":
        rows = con.execute("SELECT site_id, payload FROM campaign_items WHERE campaign = ? AND valid"
                           " AND site_id IN (SELECT unnest(?))", [campaign, list(site_ids)]).fetchall()
        return {sid: CampaignRow.model_validate_json(payload) for sid, payload in rows}
    rows = con.execute("SELECT site_id, payload FROM campaign_stage_results WHERE campaign = ? AND stage = ?"
                       " AND ok AND site_id IN (SELECT unnest(?))", [campaign, stage, list(site_ids)]).fetchall()
    return {sid: decode(stage, payload) for sid, payload in rows}


CHUNK = 500   # sites per read when a check or report walks a whole campaign
Connect = Callable[[], AbstractContextManager[Connection]]


def valid_sites(con: Connection, campaign: str) -> list[tuple[str, int, str | None]]:
    """(site_id, row number, row id) of every valid row, in row order."""
    return con.execute("SELECT site_id, row_num, row_id FROM campaign_items WHERE campaign = ? AND valid"
                       " ORDER BY row_num", [campaign]).fetchall()


def stage_chunks(connect: Connect, campaign: str, stage: str, size: int = CHUNK) -> Iterator[dict[str, Any]]:
    """A stage's successful results over a whole campaign, `size` sites at a time (a connection per read)."""
    with connect() as con:
        ids = stage_ids(con, campaign, stage)
    for start in range(0, len(ids), size):
        with connect() as con:
            chunk = stage_outputs(con, campaign, stage, ids[start:start + size])
        yield chunk


def rows_with_stage(connect: Connect, campaign: str, stage: str, size: int = CHUNK, ok_only: bool = False
                    ) -> Iterator[tuple[list[tuple[str, int, str | None]], dict[str, StageRecord]]]:
    """The valid rows `size` at a time, each chunk with its records of `stage` (failed ones too unless ok_only)."""
    with connect() as con:
        rows = valid_sites(con, campaign)
    for start in range(0, len(rows), size):
        chunk = rows[start:start + size]
        with connect() as con:
            recs = load_stage(con, campaign, stage, ok_only=ok_only, site_ids=[sid for sid, _, _ in chunk])
        yield chunk, recs


def stage_done(con: Connection, campaign: str, stage: str) -> dict[str, tuple[float, float]]:
    """{site_id: (ms, cost_usd)} of the sites already done in `stage`: what a rerun skips, without payloads."""
    return {sid: (ms or 0.0, cost or 0.0) for sid, ms, cost in con.execute(
        "SELECT site_id, ms, cost_usd FROM campaign_stage_results WHERE campaign = ? AND stage = ? AND ok",
        [campaign, stage]).fetchall()}


def stage_counts(con: Connection, campaign: str) -> dict[str, dict[str, int]]:
    rows = con.execute("SELECT stage, count(*) FILTER (WHERE ok), count(*) FILTER (WHERE NOT ok)"
                       " FROM campaign_stage_results WHERE campaign = ? GROUP BY stage", [campaign]).fetchall()
    return {s: {"ok": ok, "failed": bad} for s, ok, bad in rows}


def site_stage_ms(con: Connection, campaign: str, site_ids: list[str]) -> dict[str, dict[str, float]]:
    """Per site, the milliseconds each stage took (as checkpointed), for generation-time metrics."""
    if not site_ids:
        return {}
    rows = con.execute("SELECT site_id, stage, ms FROM campaign_stage_results WHERE campaign = ? AND ok "
                       "AND site_id IN (SELECT unnest(?))", [campaign, site_ids]).fetchall()
    out: dict[str, dict[str, float]] = {}
    for sid, stage, ms in rows:
        out.setdefault(sid, {})[stage] = ms or 0.0
    return out


def template_ids(con: Connection, campaign: str, site_ids: list[str]) -> dict[str, str]:
    """{site_id: template id} of these sites' designs (read inside the store, without decoding the designs)."""
    if not site_ids:
        return {}
    return dict(con.execute("SELECT site_id, payload->>'template_id' FROM campaign_stage_results"
                            " WHERE campaign = ? AND stage = 'design' AND ok AND site_id IN (SELECT unnest(?))",
                            [campaign, site_ids]).fetchall())


def site_bytes(con: Connection, campaign: str) -> int:
    """The bytes of every site built for the campaign (read inside the store, without decoding the sites)."""
    (total,) = con.execute("SELECT coalesce(sum(CAST(payload->'site'->>'total_bytes' AS BIGINT)), 0)"
                           " FROM campaign_stage_results WHERE campaign = ? AND stage = 'site' AND ok",
                           [campaign]).fetchone()
    return int(total)


def summary(con: Connection, campaign: str) -> dict[str, Any]:
    """The campaign report: totals, each failed row with its reason, cost."""
    meta = con.execute("SELECT name, total_rows, valid_rows FROM campaigns WHERE campaign = ?",
                       [campaign]).fetchone()
    if meta is None:
        return {"campaign": campaign, "name": None, "total": 0, "succeeded": 0, "failed": [], "deployed": 0,
                "pending": 0, "cost_usd": 0.0}
    name, total, _ = meta
    failed = [{"row": e.row, "id": e.row_id, "reason": e.reason} for e in row_errors(con, campaign)]
    # Per valid row, inside the store: deployed, or the first stage (in pipeline order) that failed it, or
    # neither (pending). Only the failed rows come back to Python, so the report's memory follows failures.
    order = "CASE stage " + " ".join(f"WHEN '{st}' THEN {n}" for n, st in enumerate(STAGES)) + " END"
    per_row = ("SELECT i.row_num, i.row_id, d.site_id IS NOT NULL AS deployed, b.stage AS bad_stage,"
               " b.error AS bad_error FROM campaign_items i"
               " LEFT JOIN (SELECT site_id FROM campaign_stage_results WHERE campaign = ? AND stage = 'deployment'"
               " AND ok) d ON d.site_id = i.site_id"
               " LEFT JOIN (SELECT DISTINCT ON (site_id) site_id, stage, error FROM campaign_stage_results"
               f" WHERE campaign = ? AND NOT ok ORDER BY site_id, {order}) b ON b.site_id = i.site_id"
               " WHERE i.campaign = ? AND i.valid")
    deployed, pending = con.execute(f"SELECT count(*) FILTER (WHERE deployed),"
                                    f" count(*) FILTER (WHERE NOT deployed AND bad_stage IS NULL) FROM ({per_row}) p",
                                    [campaign] * 3).fetchone()
    for row, row_id, stage, error in con.execute(
            f"SELECT row_num, row_id, bad_stage, bad_error FROM ({per_row}) p WHERE NOT deployed"
            " AND bad_stage IS NOT NULL", [campaign] * 3).fetchall():
        failed.append({"row": row, "id": row_id, "reason": f"{stage}: {error}"})
    failed.sort(key=lambda f: f["row"])
    (cost,) = con.execute("SELECT coalesce(sum(cost_usd), 0) FROM campaign_stage_results WHERE campaign = ?",
                          [campaign]).fetchone()
    return {"campaign": campaign, "name": name, "total": total, "succeeded": deployed, "failed": failed,
            "deployed": deployed, "pending": pending, "cost_usd": round(cost, 6)}


def generation_stats(con: Connection, campaign: str) -> dict[str, float]:
    """What the alert rules look at: LLM calls of this campaign's sites, their errors, latency and cost.

    Aggregated inside the store (a campaign's calls are ten or so a site); p95 is the nearest-rank value
    `sorted[round(0.95 · (n − 1))]`, the same index as campaigns.batch.percentile.
    """
    calls_of = ("FROM ai_generation_logs g JOIN campaign_items i ON i.site_id = g.site_id WHERE i.campaign = ?")
    calls, errors, p50, cost = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE NOT coalesce(g.success, false)),"
        " percentile_cont(0.5) WITHIN GROUP (ORDER BY coalesce(g.latency_ms, 0.0)),"
        f" coalesce(sum(coalesce(g.cost_usd, 0.0)), 0.0) {calls_of}", [campaign]).fetchone()
    p95 = 0.0
    if calls:
        (p95,) = con.execute(f"SELECT coalesce(g.latency_ms, 0.0) AS l {calls_of} ORDER BY l LIMIT 1 OFFSET ?",
                             [campaign, min(calls - 1, int(round(0.95 * (calls - 1))))]).fetchone()
    sites = con.execute("SELECT count(*) FROM campaign_items WHERE campaign = ? AND valid",
                        [campaign]).fetchone()[0]
    return {
        "calls": calls,
        "errors": errors,
        "error_rate": (errors / calls) if calls else 0.0,
        "p95_latency_ms": float(p95),
        "p50_latency_ms": float(p50) if calls else 0.0,
        "cost_usd": float(cost),
        "sites": sites,
    }


def previous_campaign(con: Connection, campaign: str) -> str | None:
    """The campaign registered just before this one (the baseline for the cost-spike rule)."""
    row = con.execute(
        "SELECT campaign FROM campaigns WHERE campaign <> ? AND registered_at <="
        " (SELECT registered_at FROM campaigns WHERE campaign = ?) ORDER BY registered_at DESC, campaign LIMIT 1",
        [campaign, campaign]).fetchone()
    return row[0] if row else None


def list_campaigns(con: Connection) -> list[tuple[str, str, int, int]]:
    return con.execute("SELECT campaign, name, total_rows, valid_rows FROM campaigns ORDER BY registered_at"
                       ).fetchall()
