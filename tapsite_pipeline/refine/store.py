"""DuckDB rows of refinements (site_edits): the request, how it was read, what re-ran and how long it took."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import duckdb

from tapsite_pipeline.models import SiteEdit


def save_edit(con: duckdb.DuckDBPyConnection, *, edit_id: str, site_id: str, subdomain: str, request: str,
              edit: SiteEdit | None, status: str, question: str | None, from_version: int | None,
              to_version: int | None, rerun: Sequence[str], reused: Sequence[str], timings: dict[str, float],
              model: str | None) -> None:
    con.execute(
        "INSERT INTO site_edits (edit_id, site_id, subdomain, request, edit, status, question, from_version,"
        " to_version, stages_rerun, stages_reused, timings, model) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [edit_id, site_id, subdomain, request, edit.model_dump_json() if edit else None, status, question,
         from_version, to_version, list(rerun), list(reused), json.dumps(timings), model])


def edits_of(con: duckdb.DuckDBPyConnection, site_id: str) -> list[dict[str, Any]]:
    rows = con.execute("SELECT edit_id, request, status, question, from_version, to_version, stages_rerun,"
                       " stages_reused, timings, created_at FROM site_edits WHERE site_id = ? ORDER BY created_at",
                       [site_id]).fetchall()
    keys = ("edit_id", "request", "status", "question", "from_version", "to_version", "stages_rerun",
            "stages_reused", "timings", "created_at")
    return [dict(zip(keys, r, strict=True)) | {"timings": json.loads(r[8] or "{}")} for r in rows]
