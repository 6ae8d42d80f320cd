"""The operational store's reads and writes of site versions and business keys: numbered per site, one per
deployed page.

A version is recorded when a page with new content goes live for a site (generate, refine, a campaign
row); deploying a page the site already had (same deploy hash) records nothing new, so running the
same brief twice is still one version. Writes are set-based: a campaign batch is two statements.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tapsite_pipeline.models import Brief, DesignDecision, ImageAsset, Intent, SiteContent, SiteOverrides, SiteState
from tapsite_pipeline.sites.hashing import stage_hashes
from tapsite_pipeline.sites.keys import BusinessKey
from tapsite_pipeline.sql import Connection, registered, serialized, upsert

SOURCES = ("generate", "refine", "campaign", "chat")
VERSION_COLUMNS = ("site_id", "subdomain", "deploy_version", "source", "parent_version", "edit_id", "campaign",
                   "row_id", "brief", "intent", "design", "content", "images", "overrides", "hashes")


_JSON_COLUMNS = {"brief", "intent", "design", "content", "images", "overrides", "hashes"}
# Typed placeholders: PostgreSQL reads a bare parameter in a SELECT list as text, which a JSON column refuses.
_MARKS = tuple("CAST(? AS JSON)" if c in _JSON_COLUMNS else "?" for c in VERSION_COLUMNS)


@dataclass
class VersionRow:
    """One line of `tapsite versions`."""

    version: int
    deploy_version: str
    source: str
    created_at: datetime
    parent_version: int | None
    edit_id: str | None
    hashes: dict[str, str]
    brief: str


def version_row(state: SiteState, deploy_version: str, files: Sequence[Any], source: str,
                parent_version: int | None = None, edit_id: str | None = None, campaign: str | None = None,
                row_id: str | None = None) -> tuple:
    """A site_versions row (VERSION_COLUMNS order) for a state that was just deployed as `deploy_version`."""
    if source not in SOURCES:
        raise ValueError(f"unknown version source {source!r}")
    hashes = stage_hashes(state.brief, state.intent, state.design, state.content, state.images, files)
    return (state.site_id, state.subdomain, deploy_version, source, parent_version, edit_id, campaign, row_id,
            state.brief.model_dump_json(), state.intent.model_dump_json(), state.design.model_dump_json(),
            state.content.model_dump_json(), json.dumps([i.model_dump(mode="json") for i in state.images]),
            state.overrides.model_dump_json(), json.dumps(hashes))


def record_versions(con: Connection, rows: Sequence[tuple]) -> dict[str, int]:
    """Insert the rows whose page the site does not have yet; returns site_id → its version of that page."""
    if not rows:
        return {}
    # the next number is read, then written: two writers of one site (two campaigns, a campaign and a
    # refinement) would both take max + 1, and one would fail on the primary key
    with serialized(con, [f"site_versions:{r[0]}" for r in rows]):
        return _record_versions(con, rows)


def _record_versions(con: Connection, rows: Sequence[tuple]) -> dict[str, int]:
    if len(rows) == 1:  # one site (generate, refine, chat): plain parameters, no frame to register
        row = rows[0]
        cols = ", ".join(VERSION_COLUMNS)
        con.execute(
            f"INSERT INTO site_versions (version, {cols}) SELECT (SELECT coalesce(max(version), 0) + 1 FROM"
            " site_versions WHERE site_id = ?), " + ", ".join(_MARKS) + " WHERE NOT EXISTS"
            " (SELECT 1 FROM site_versions WHERE site_id = ? AND deploy_version = ?)",
            [row[0], *row, row[0], row[2]])
        found = con.execute("SELECT min(version) FROM site_versions WHERE site_id = ? AND deploy_version = ?",
                            [row[0], row[2]]).fetchall()   # all: DuckDB refuses a register() after a fetchone
        return {row[0]: found[0][0]} if found and found[0][0] is not None else {}
    import pandas as pd  # here: the CLI starts ~0.5 s sooner when a command never writes versions
    frame = pd.DataFrame(list(rows), columns=list(VERSION_COLUMNS), dtype=object)
    with registered(con, "versions_batch", frame, like="site_versions"):
        con.execute(
            f"INSERT INTO site_versions (version, {', '.join(VERSION_COLUMNS)})"
            " SELECT coalesce(m.top, 0) + 1, " + ", ".join(f"b.{c}" for c in VERSION_COLUMNS) +
            " FROM versions_batch b LEFT JOIN (SELECT site_id, max(version) AS top FROM site_versions"
            " GROUP BY site_id) m ON m.site_id = b.site_id WHERE NOT EXISTS (SELECT 1 FROM site_versions v"
            " WHERE v.site_id = b.site_id AND v.deploy_version = b.deploy_version)")
        found = con.execute(
            "SELECT v.site_id, min(v.version) FROM site_versions v JOIN versions_batch b"
            " ON v.site_id = b.site_id AND v.deploy_version = b.deploy_version GROUP BY v.site_id").fetchall()
    return dict(found)


def save_keys(con: Connection, keys: Sequence[tuple[str, BusinessKey, str]]) -> None:
    """Upsert (site_id, business key, subdomain): how a later brief finds the same business again."""
    if not keys:
        return
    con.executemany(
        upsert("site_keys", ("site_id", "brand_key", "location_key", "contacts", "subdomain", "updated_at"),
               ("site_id",), "VALUES (?, ?, ?, ?, ?, current_timestamp)"),
        [(sid, k.brand, k.location, sorted(k.contacts), sub) for sid, k, sub in keys])


def find_business(con: Connection, key: BusinessKey) -> tuple[str, str] | None:
    """The stored site (site_id, subdomain) of a compatible business: the closest, then the latest."""
    rows = con.execute("SELECT site_id, location_key, contacts, subdomain, updated_at FROM site_keys"
                       " WHERE brand_key = ?", [key.brand]).fetchall()
    best = None
    for sid, loc, contacts, sub, updated in rows:
        other = BusinessKey(key.brand, loc or "", frozenset(contacts or []))
        if key.compatible(other):
            rank = (key.closeness(other), updated)
            if best is None or rank > best[0]:
                best = (rank, sid, sub)
    return (best[1], best[2]) if best else None


def site_of_subdomain(con: Connection, subdomain: str) -> str | None:
    row = con.execute("SELECT site_id FROM site_versions WHERE subdomain = ? ORDER BY created_at DESC LIMIT 1",
                      [subdomain]).fetchone()
    if row is None:
        row = con.execute("SELECT site_id FROM websites WHERE subdomain = ? ORDER BY updated_at DESC LIMIT 1",
                          [subdomain]).fetchone()
    return row[0] if row else None


def subdomain_of(con: Connection, site_id: str) -> str | None:
    row = con.execute("SELECT subdomain FROM site_versions WHERE site_id = ? ORDER BY version DESC LIMIT 1",
                      [site_id]).fetchone()
    return row[0] if row else None


def subdomains_of(con: Connection, site_ids: Sequence[str]) -> dict[str, str]:
    """site_id → the subdomain it already has (campaign batches ask for many at once)."""
    if not site_ids:
        return {}
    rows = con.execute("SELECT DISTINCT ON (site_id) site_id, subdomain FROM site_versions"
                       " WHERE site_id IN (SELECT unnest(?)) ORDER BY site_id, version DESC",
                       [list(site_ids)]).fetchall()
    return dict(rows)


def list_versions(con: Connection, site_id: str) -> list[VersionRow]:
    rows = con.execute("SELECT version, deploy_version, source, created_at, parent_version, edit_id, hashes, brief"
                       " FROM site_versions WHERE site_id = ? ORDER BY version", [site_id]).fetchall()
    return [VersionRow(v, dv, src, at, parent, edit, json.loads(h or "{}"), Brief.model_validate_json(b).text)
            for v, dv, src, at, parent, edit, h, b in rows]


def load_state(con: Connection, site_id: str, version: int | None = None,
               deploy_version: str | None = None) -> SiteState | None:
    """A stored version as a SiteState: by number, or by the page it deployed, or the newest."""
    sql = ("SELECT version, subdomain, brief, intent, design, content, images, overrides FROM site_versions"
           " WHERE site_id = ?")
    args: list[Any] = [site_id]
    if version is not None:
        sql += " AND version = ?"
        args.append(version)
    elif deploy_version is not None:
        sql += " AND deploy_version = ?"
        args.append(deploy_version)
    row = con.execute(sql + " ORDER BY version DESC LIMIT 1", args).fetchone()
    if row is None:
        return None
    v, sub, brief, intent, design, content, images, overrides = row
    return SiteState(site_id=site_id, subdomain=sub, version=v, brief=Brief.model_validate_json(brief),
                     intent=Intent.model_validate_json(intent), design=DesignDecision.model_validate_json(design),
                     content=SiteContent.model_validate_json(content),
                     images=[ImageAsset.model_validate(i) for i in json.loads(images)],
                     overrides=SiteOverrides.model_validate_json(overrides or "{}"))


def version_of_deploy(con: Connection, site_id: str, deploy_version: str | None) -> int | None:
    if deploy_version is None:
        return None
    row = con.execute("SELECT min(version) FROM site_versions WHERE site_id = ? AND deploy_version = ?",
                      [site_id, deploy_version]).fetchone()
    return row[0] if row else None


def deploy_of_version(con: Connection, site_id: str, version: int) -> str | None:
    row = con.execute("SELECT deploy_version FROM site_versions WHERE site_id = ? AND version = ?",
                      [site_id, version]).fetchone()
    return row[0] if row else None
