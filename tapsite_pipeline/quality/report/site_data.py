"""The per-site data the report's page works on (embedded as JSON, rendered a page at a time by its script):
what each site is (brief, parsed intent, headline, template, prompts and model), how it scored now and in
recent runs, and every check result it has — in one read-only pass over DuckDB."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from tapsite_pipeline import store
from tapsite_pipeline.quality.browser.storage import SCORE_COLUMNS
from tapsite_pipeline.settings import Settings

HISTORY_RUNS = 10
SHORT = {"lh_performance": "p", "lh_accessibility": "a", "lh_best_practices": "b", "lh_seo": "s"}


def _pct(v: float | None) -> int | None:
    return None if v is None else round(v * 100)


def _round(v: float | None) -> int | None:
    return None if v is None else round(v)


def _load(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _tables(con) -> set[str]:
    return {n for (n,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def site_info(con, run_id: str) -> dict[str, dict]:
    """What the sites of a run are, from the websites table (sites never generated here have none)."""
    if "websites" not in _tables(con):
        return {}
    return _describe(con.execute(
        "SELECT site_id, brand_name, business_type, brief, intent, content, campaign FROM websites "
        "WHERE site_id IN (SELECT site_id FROM site_metrics WHERE run_id = ?)", [run_id]).fetchall())


def exported_site_info(settings: Settings, site_ids: set[str]) -> dict[str, dict]:
    """The same for sites a production profile made: their rows are in its PostgreSQL, and in the Parquet
    export each campaign gets when it finishes (`<home>/exports/`)."""
    from tapsite_pipeline.exports import exported_websites
    return _describe([(r["site_id"], r["brand_name"], r["business_type"], r["brief"], r["intent"], r["content"],
                       r["campaign"]) for r in exported_websites(settings.home) if r["site_id"] in site_ids])


def _describe(rows: list) -> dict[str, dict]:
    out = {}
    for sid, brand, btype, brief, intent, content, campaign in rows:
        i, c = _load(intent) or {}, _load(content) or {}
        hero = next((s for s in c.get("sections") or [] if s.get("type") == "hero"), {})
        out[sid] = {"brand": brand, "type": btype, "brief": brief, "campaign_key": campaign,
                    "headline": hero.get("heading") or "",
                    "intent": " · ".join(x for x in (i.get("industry") or btype, ", ".join(i.get("products") or []),
                                                     i.get("location"), i.get("language"), i.get("tone")) if x)}
    return out


def prompts_and_models(con, run_id: str) -> dict[str, tuple[list[str], list[str]]]:
    """site_id → (prompt@versions, models) of the generation that made the site as it is now (its latest)."""
    if "ai_generation_logs" not in _tables(con):
        return {}
    rows = con.execute(
        "WITH last AS (SELECT site_id, arg_max(run_id, created_at) AS run_id FROM ai_generation_logs "
        "WHERE site_id IN (SELECT site_id FROM site_metrics WHERE run_id = ?) GROUP BY site_id) "
        "SELECT g.site_id, list(DISTINCT g.prompt ORDER BY g.prompt), list(DISTINCT g.model ORDER BY g.model) "
        "FROM ai_generation_logs g JOIN last USING (site_id, run_id) WHERE g.success GROUP BY g.site_id",
        [run_id]).fetchall()
    return {sid: ([p for p in prompts if p], [m for m in models if m]) for sid, prompts, models in rows}


def campaign_names(con) -> dict[str, str]:
    if "campaigns" not in _tables(con):
        return {}
    return dict(con.execute("SELECT campaign, name FROM campaigns").fetchall())


def history(con, run_id: str, limit: int = HISTORY_RUNS) -> tuple[list[dict], dict[str, list]]:
    """The recent runs that scored any of this run's sites (oldest first), and per site its scores in each:
    [p, a, b, s, desktop sha prefix] or None where the run did not score it."""
    runs = [dict(zip(("id", "created", "source", "campaign", "n_sites", "medians"), r, strict=True)) for r in con.execute(
        "SELECT r.run_id, r.created_at, r.source, r.campaign, r.n_sites, r.medians FROM site_eval_runs r "
        "WHERE r.created_at <= (SELECT created_at FROM site_eval_runs WHERE run_id = ?) AND EXISTS "
        "(SELECT 1 FROM site_metrics m WHERE m.run_id = r.run_id AND m.site_id IN "
        " (SELECT site_id FROM site_metrics WHERE run_id = ?)) ORDER BY r.created_at DESC LIMIT ?",
        [run_id, run_id, limit]).fetchall()][::-1]
    index = {r["id"]: i for i, r in enumerate(runs)}
    for r in runs:
        r["created"] = str(r["created"])[:16]
        r["medians"] = {SHORT[k]: _pct(v) for k, v in (_load(r["medians"]) or {}).items() if k in SHORT}
    per_site: dict[str, list] = {}
    if not runs:
        return runs, per_site
    marks = ", ".join("?" * len(runs))
    for rid, sid, p, a, b, s, sha, status in con.execute(
            f"SELECT run_id, site_id, {', '.join(SCORE_COLUMNS)}, desktop_sha, status FROM site_metrics "
            f"WHERE run_id IN ({marks}) AND site_id IN (SELECT site_id FROM site_metrics WHERE run_id = ?)",
            [*index, run_id]).fetchall():
        if status != "ok":
            continue
        per_site.setdefault(sid, [None] * len(runs))[index[rid]] = [_pct(p), _pct(a), _pct(b), _pct(s),
                                                                    (sha or "")[:8]]
    return runs, per_site


def site_checks(r: dict) -> dict[str, dict]:
    """Per-site check results another scorer stored (fidelity: cards, facts, contact…) in either shape:
    {name: {passed, score, problems}} or {"checks": {name: {…}}}; only the three fields are kept."""
    raw = r.get("site_checks") or {}
    raw = raw.get("checks", raw) if isinstance(raw, dict) else {}
    return {str(name): {"passed": bool(c.get("passed")), "score": c.get("score"),
                        "problems": [str(p) for p in c.get("problems") or []][:10]}
            for name, c in raw.items() if isinstance(c, dict)}


def payload(settings: Settings, run: dict, rows: list[dict], thumb: Callable[[str | None, str], str | None]) -> dict:
    """The JSON the page embeds: {run, runs, sites, facets}; `thumb(path, viewport)` gives a relative image."""
    with store.connect(settings.db_path, read_only=True) as con:
        info = site_info(con, run["run_id"])
        made_by = prompts_and_models(con, run["run_id"])
        names = campaign_names(con)
        runs, hist = history(con, run["run_id"])
    missing = {r["site_id"] for r in rows if r.get("site_id")} - set(info)
    if missing:
        info.update(exported_site_info(settings, missing))
    sites = []
    for r in rows:
        i = info.get(r["site_id"], {})
        prompts, models = made_by.get(r["site_id"], ([], []))
        campaign = r.get("campaign") or i.get("campaign_key")
        page = settings.deploy_root / r["subdomain"] / "live" / "index.html"
        sites.append({
            "id": r["site_id"], "sub": r["subdomain"], "brand": i.get("brand") or "", "brief": i.get("brief") or "",
            "intent": i.get("intent") or "", "headline": i.get("headline") or "", "type": i.get("type") or "",
            "template": r.get("template_id") or "", "campaign": names.get(campaign, campaign) or "",
            "prompts": prompts, "models": models, "status": r["status"], "error": r.get("error") or "",
            "url": r.get("url") or "", "live": r.get("live_url") or "",
            # opens from disk with no server running (the preview URL needs `tapsite serve`)
            "file": page.as_uri() if (r.get("url") or "").startswith("http") and page.is_file() else "",
            **{SHORT[c]: _pct(r.get(c)) for c in SCORE_COLUMNS},
            "spread": {SHORT[c]: _pct(v) for c, v in (r.get("lh_spread") or {}).items() if c in SHORT},
            "base": {SHORT.get(c, c): (_pct(v) if c in SHORT else v) for c, v in (r.get("lh_baseline") or {}).items()},
            "runs": r.get("lh_runs"), "bench": r.get("lh_benchmark"),
            "flag": [SHORT[c] for c in r.get("lh_flagged") or [] if c in SHORT],
            "lcp": _round(r.get("lcp_ms")), "tbt": _round(r.get("tbt_ms")), "cls": r.get("cls"),
            "kb": round((r.get("total_byte_weight") or r.get("page_bytes") or 0) / 1024, 1) or None,
            "axe": r.get("axe_violations"), "axe_rules": [f"{v['id']} ({v['impact']}, {v['count']})"
                                                          for v in r.get("axe") or []],
            "cost": r.get("cost_usd"), "retakes": r.get("retakes") or 0,
            # [passed 0/1, score, problems]: the generic shape, compact (5,000 sites × 5 checks)
            "checks": {n: [int(c["passed"]), c["score"], c["problems"]] for n, c in site_checks(r).items()},
            "faults": r.get("capture_faults") or {},
            "thumbs": {vp: thumb(r.get(f"{vp}_path"), vp) for vp in ("desktop", "mobile")},
            "hist": hist.get(r["site_id"]),
        })
    facet = {k: sorted({s[k] for s in sites if s[k]}) for k in ("template", "type", "campaign")}
    facet["prompt"] = sorted({p for s in sites for p in s["prompts"]})
    facet["model"] = sorted({m for s in sites for m in s["models"]})
    facet["check"] = sorted({c for s in sites for c in s["checks"]})
    return {"run": {"id": run["run_id"], "created": str(run.get("created_at"))[:16]}, "runs": runs,
            "sites": sites, "facets": facet}
