"""Fidelity results of deployed site versions in DuckDB (`fidelity_results`): scored once per version
from the brief the version was made from, for ratings, `tapsite eval sites`, the report and Dagster."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from ..errors import InputError
from ..sql import Connection, registered


def _rows(subdomain: str, version: str, site_id: str | None, result: Any) -> list[tuple[Any, ...]]:
    rows = [(c.name, c.passed, c.score, json.dumps(c.problems, ensure_ascii=False), json.dumps(c.metrics))
            for c in result.checks]
    rows.append(("all", result.passed_all, result.score, json.dumps(result.problems, ensure_ascii=False), "{}"))
    return [(subdomain, version, site_id, *r) for r in rows]


def save_fidelity(con: duckdb.DuckDBPyConnection, *, subdomain: str, version: str, site_id: str | None,
                  result: Any) -> None:
    """One row per check of a version, plus 'all' (every check passes; the mean score). Replaces earlier rows."""
    con.execute("DELETE FROM fidelity_results WHERE subdomain = ? AND version = ?", [subdomain, version])
    con.executemany("INSERT INTO fidelity_results (subdomain, version, site_id, check_name, passed, score, problems,"
                    " metrics) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", _rows(subdomain, version, site_id, result))


def save_fidelity_many(con: Connection,
                       scored: list[tuple[str, str, str | None, Any]]) -> None:
    """save_fidelity for many versions in one transaction and two statements (a campaign's pages: row-by-row
    inserts cost 15 ms a page)."""
    if not scored:
        return
    import pandas as pd

    frame = pd.DataFrame([r for sub, ver, sid, res in scored for r in _rows(sub, ver, sid, res)],
                         columns=["subdomain", "version", "site_id", "check_name", "passed", "score", "problems",
                                  "metrics"])
    with registered(con, "fidelity_batch", frame, like="fidelity_results"):
        con.execute("BEGIN")
        try:
            con.execute("DELETE FROM fidelity_results WHERE (subdomain, version) IN "
                        "(SELECT DISTINCT subdomain, version FROM fidelity_batch)")
            con.execute("INSERT INTO fidelity_results (subdomain, version, site_id, check_name, passed, score,"
                        " problems, metrics) SELECT subdomain, version, site_id, check_name, passed, score, problems,"
                        " metrics FROM fidelity_batch")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise


def deployed_version(deploy_root: Path, subdomain: str) -> tuple[str, str | None, Path]:
    """(live version, site_id from its manifest, live folder) of a deployed site, or an InputError."""
    live = deploy_root / subdomain / "live"
    if not (live / "index.html").is_file():
        raise InputError(f"no deployed site {subdomain!r} under {deploy_root}; `tapsite demo` or `tapsite generate` "
                         "deploys one")
    try:
        manifest = json.loads((live / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    return manifest.get("version") or live.resolve().name, manifest.get("site_id"), live


def brief_of(con: duckdb.DuckDBPyConnection, subdomain: str, version: str, site_id: str | None) -> str | None:
    """The brief the rated version was generated from (its deployment's site), else the site's latest brief."""
    row = con.execute("SELECT w.brief FROM deployments d JOIN websites w ON w.site_id = d.site_id"
                      " WHERE d.subdomain = ? AND d.version = ? ORDER BY d.deployed_at DESC LIMIT 1",
                      [subdomain, version]).fetchone()
    if row is None and site_id:
        row = con.execute("SELECT brief FROM websites WHERE site_id = ?", [site_id]).fetchone()
    if row is None:
        row = con.execute("SELECT brief FROM websites WHERE subdomain = ? ORDER BY updated_at DESC LIMIT 1",
                          [subdomain]).fetchone()
    return row[0] if row else None


def score_and_save(con: duckdb.DuckDBPyConnection, *, subdomain: str, version: str, site_id: str | None,
                   live_dir: Path):
    """Score one deployed version against its brief and store the result; None when no brief is known
    (a folder of pages that were not generated here)."""
    brief = brief_of(con, subdomain, version, site_id)
    if not brief:
        return None
    from .fidelity import score_site_dir
    result = score_site_dir(live_dir, brief, subdomain=subdomain)
    save_fidelity(con, subdomain=subdomain, version=version, site_id=site_id, result=result)
    return result


def load_fidelity(con: duckdb.DuckDBPyConnection, subdomain: str, version: str) -> dict[str, dict]:
    """check name → {passed, score, problems, metrics} of one stored version ({} when never scored)."""
    rows = con.execute("SELECT check_name, passed, score, problems, metrics FROM fidelity_results"
                       " WHERE subdomain = ? AND version = ?", [subdomain, version]).fetchall()
    return {n: {"passed": p, "score": s, "problems": json.loads(pr or "[]"), "metrics": json.loads(m or "{}")}
            for n, p, s, pr, m in rows}


def score_targets(settings, targets) -> dict[str, dict]:
    """Fidelity of every deployed target whose brief is known, stored per version; a summary for the
    eval run: {"pages": scored, "passed_all": pages passing every check, "failing": {check: pages}}."""
    from .. import store
    summary: dict = {"pages": 0, "passed_all": 0, "failing": {}}
    with store.connect(settings.db_path) as con:
        for t in targets:
            if not t.version:
                continue
            r = score_and_save(con, subdomain=t.subdomain, version=t.version, site_id=t.site_id, live_dir=t.live_dir)
            if r is None:
                continue
            summary["pages"] += 1
            summary["passed_all"] += r.passed_all
            for c in r.checks:
                if not c.passed:
                    summary["failing"][c.name] = summary["failing"].get(c.name, 0) + 1
    return summary
