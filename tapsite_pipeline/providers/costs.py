"""What generation cost, from ai_generation_logs: per site, per campaign, per model (CLI, Dagster, reports)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tapsite_pipeline.sql import Connection

from .base import GenerationLog

_SUMS = ("count(*) FILTER (WHERE g.success) AS answered, count(*) FILTER (WHERE NOT g.success) AS failed_attempts,"
         " count(*) FILTER (WHERE g.cache_hit) AS cache_hits,"
         " count(*) FILTER (WHERE g.success AND g.fallback_from IS NOT NULL) AS fallbacks,"
         " coalesce(sum(g.tokens_in), 0) AS tokens_in, coalesce(sum(g.tokens_out), 0) AS tokens_out,"
         " coalesce(sum(g.cost_usd), 0) AS cost_usd, coalesce(sum(g.saved_usd), 0) AS saved_usd")
_DOLLARS = ("cost_usd", "saved_usd", "cost_per_site_usd")   # rounded here: PostgreSQL has no round(double, n)


def summarize_logs(logs: Sequence[GenerationLog]) -> dict[str, Any]:
    """The same figures for logs still in memory (one site's SiteResult.logs, one batch)."""
    answered = [g for g in logs if g.success]
    return {"answered": len(answered), "failed_attempts": len(logs) - len(answered),
            "cache_hits": sum(1 for g in logs if g.cache_hit),
            "fallbacks": sum(1 for g in answered if g.fallback_from),
            "tokens_in": sum(g.tokens_in for g in logs), "tokens_out": sum(g.tokens_out for g in logs),
            "cost_usd": round(sum(g.cost_usd for g in logs), 6),
            "saved_usd": round(sum(getattr(g, "saved_usd", 0.0) or 0.0 for g in logs), 6)}


def _rows(con: Connection, sql: str, params: list) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    for row in rows:
        row.update({k: round(float(row[k]), 6) for k in _DOLLARS if k in row})
    return rows


def cost_by_campaign(con: Connection, campaign: str | None = None) -> list[dict[str, Any]]:
    """One row per campaign (sites made outside a campaign are grouped under null)."""
    where = "WHERE w.campaign = ?" if campaign else ""
    return _rows(con, f"SELECT w.campaign, count(DISTINCT g.site_id) AS sites, {_SUMS},"
                      " coalesce(sum(g.cost_usd), 0) / greatest(count(DISTINCT g.site_id), 1)"
                      " AS cost_per_site_usd"
                      " FROM ai_generation_logs g LEFT JOIN websites w USING (site_id)"
                      f" {where} GROUP BY w.campaign ORDER BY w.campaign NULLS FIRST",
                 [campaign] if campaign else [])


def cost_by_model(con: Connection, campaign: str | None = None) -> list[dict[str, Any]]:
    where = "WHERE w.campaign = ?" if campaign else ""
    return _rows(con, f"SELECT g.model, g.stage, {_SUMS} FROM ai_generation_logs g"
                      f" LEFT JOIN websites w USING (site_id) {where} GROUP BY g.model, g.stage"
                      " ORDER BY cost_usd DESC, g.model, g.stage", [campaign] if campaign else [])


def cost_of_site(con: Connection, site_id: str) -> dict[str, Any]:
    rows = _rows(con, f"SELECT {_SUMS} FROM ai_generation_logs g WHERE g.site_id = ?", [site_id])
    return rows[0]
