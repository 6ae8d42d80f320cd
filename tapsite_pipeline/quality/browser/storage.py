"""Site metrics in DuckDB (`site_eval_runs`, `site_metrics`, keyed by eval run and site) and where
screenshots live on disk (<home>/screenshots, content-addressed)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from tapsite_pipeline import store
from tapsite_pipeline.settings import Settings


def screenshot_root(settings: Settings) -> Path:
    return settings.home / "screenshots"


def report_root(settings: Settings) -> Path:
    return settings.home / "reports"


@dataclass
class SiteMetrics:
    run_id: str
    site_id: str
    subdomain: str
    url: str                            # stays reachable after the run: `tapsite serve`'s URL or a file:// URL
    template_id: str | None = None
    version: str | None = None
    campaign: str | None = None
    status: str = "ok"                  # ok | failed
    error: str | None = None
    lh_performance: float | None = None
    lh_accessibility: float | None = None
    lh_best_practices: float | None = None
    lh_seo: float | None = None
    lcp_ms: float | None = None
    cls: float | None = None
    tbt_ms: float | None = None
    total_byte_weight: int | None = None
    lh_error: str | None = None
    lh_failed_audits: list = field(default_factory=list)
    lh_ms: float | None = None
    axe_violations: int | None = None   # affected nodes, summed over rules
    axe_serious: int | None = None      # rules with serious or critical impact
    axe: list = field(default_factory=list)
    page_bytes: int | None = None
    load_ms: float | None = None
    desktop_sha: str | None = None
    desktop_path: str | None = None
    desktop_height: int | None = None
    desktop_dhash: str | None = None
    mobile_sha: str | None = None
    mobile_path: str | None = None
    mobile_height: int | None = None
    mobile_dhash: str | None = None
    cost_usd: float | None = None
    content_hash: str | None = None     # the deployed version (or a hash of the folder's files)
    live_url: str | None = None         # the deployed public URL, when the site is in the websites table
    capture_faults: dict = field(default_factory=dict)   # viewport → fault that survived a retake
    retakes: int = 0
    lh_runs: int | None = None
    lh_spread: dict = field(default_factory=dict)        # category → max − min over the runs kept
    lh_baseline: dict = field(default_factory=dict)      # category → the site's previous median
    lh_flagged: list = field(default_factory=list)       # categories whose drop repeated
    lh_benchmark: float | None = None                    # Lighthouse's CPU benchmark index (median)
    lh_cpu_multiplier: float | None = None               # CPU slowdown simulated (median of the runs)
    lh_cpu_noise: list = field(default_factory=list)     # categories under the floor by CPU noise only (noise.py)
    site_checks: dict = field(default_factory=dict)      # check name → {passed, score, problems}

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


COLUMNS = [f.name for f in fields(SiteMetrics)]
JSON_COLUMNS = {"lh_failed_audits", "axe", "capture_faults", "lh_spread", "lh_baseline", "lh_flagged",
                "site_checks", "lh_cpu_noise"}
_EMPTY = {f.name: f.default_factory for f in fields(SiteMetrics) if f.name in JSON_COLUMNS}
SCORE_COLUMNS = ("lh_performance", "lh_accessibility", "lh_best_practices", "lh_seo")


def save_run(settings: Settings, run: dict, rows: list[SiteMetrics]) -> None:
    with store.connect(settings.db_path) as con:
        con.execute("BEGIN")
        con.execute("DELETE FROM site_metrics WHERE run_id = ?", [run["run_id"]])
        con.execute("DELETE FROM site_eval_runs WHERE run_id = ?", [run["run_id"]])
        con.execute("INSERT INTO site_eval_runs (run_id, source, campaign, lighthouse, n_sites, n_failed, wall_s,"
                    " medians, settings, mlflow_run_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [run["run_id"], run.get("source"), run.get("campaign"), run.get("lighthouse"),
                     run.get("n_sites"), run.get("n_failed"), run.get("wall_s"),
                     json.dumps(run.get("medians") or {}), json.dumps(run.get("settings") or {}),
                     run.get("mlflow_run_id")])
        con.executemany(
            f"INSERT INTO site_metrics ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            [[json.dumps(getattr(r, c)) if c in JSON_COLUMNS else getattr(r, c) for c in COLUMNS] for r in rows])
        con.execute("COMMIT")


def finish_run(settings: Settings, run_id: str, total_s: float, mlflow_run_id: str | None) -> None:
    """The whole run's wall time (scoring + report + MLflow) and its MLflow run, once both are known."""
    with store.connect(settings.db_path) as con:
        con.execute("UPDATE site_eval_runs SET total_s = ?, mlflow_run_id = coalesce(?, mlflow_run_id) "
                    "WHERE run_id = ?", [total_s, mlflow_run_id, run_id])


def cost_by_site(settings: Settings, site_ids: list[str]) -> dict[str, float]:
    """Generation cost per site (sum over its logged LLM/image calls), read-only."""
    if not site_ids or not settings.db_path.exists():
        return {}
    with store.connect(settings.db_path, read_only=True) as con:
        have = {n for (n,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "ai_generation_logs" not in have:
            return {}
        rows = con.execute("SELECT site_id, sum(cost_usd) FROM ai_generation_logs WHERE site_id IN "
                           f"({', '.join('?' * len(site_ids))}) GROUP BY site_id", site_ids).fetchall()
    return {sid: float(c or 0) for sid, c in rows}


def _rows(con, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def load_run(settings: Settings, run_id: str | None = None) -> tuple[dict, list[dict]]:
    """An eval run and its site rows (the latest run when run_id is None); JSON columns decoded."""
    from tapsite_pipeline.errors import InputError
    if not settings.db_path.exists():
        raise InputError(f"no database at {settings.db_path}; run `tapsite eval sites` first")
    with store.connect(settings.db_path, read_only=True) as con:
        have = {n for (n,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "site_eval_runs" not in have:
            raise InputError("no site eval runs yet; run `tapsite eval sites` first")
        if run_id is None:
            runs = _rows(con, "SELECT * FROM site_eval_runs ORDER BY created_at DESC LIMIT 1", [])
        else:
            runs = _rows(con, "SELECT * FROM site_eval_runs WHERE run_id = ? OR run_id LIKE ? "
                              "ORDER BY created_at DESC LIMIT 1", [run_id, f"{run_id}%"])
        if not runs:
            raise InputError(f"no site eval run {run_id!r}; `tapsite report --list` shows the runs"
                             if run_id else "no site eval runs yet; run `tapsite eval sites` first")
        rows = _rows(con, "SELECT * FROM site_metrics WHERE run_id = ? ORDER BY subdomain", [runs[0]["run_id"]])
    run = runs[0]
    for key in ("medians", "settings"):
        run[key] = json.loads(run[key]) if isinstance(run[key], str) else (run[key] or {})
    for r in rows:
        for c in JSON_COLUMNS:
            r[c] = json.loads(r[c]) if isinstance(r[c], str) else (r[c] or _EMPTY[c]())
    return run, rows


def list_runs(settings: Settings, limit: int = 20) -> list[dict]:
    if not settings.db_path.exists():
        return []
    with store.connect(settings.db_path, read_only=True) as con:
        have = {n for (n,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "site_eval_runs" not in have:
            return []
        return _rows(con, "SELECT run_id, source, campaign, n_sites, n_failed, wall_s, created_at "
                          "FROM site_eval_runs ORDER BY created_at DESC LIMIT ?", [limit])
