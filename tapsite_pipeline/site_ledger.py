"""A site's websites row around its deploy, and the start-up repair of whatever a kill left in between.

Order of writes for every site: the row goes in as `pending` (with the version about to go live and
the writing process), then the files switch live, then the row becomes `deployed`. A kill can only
leave a pending row; `reconcile` settles it from what is on disk, so a live site always has its row.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tapsite_pipeline import operational, store
from tapsite_pipeline.files import pid_alive
from tapsite_pipeline.settings import Settings
from tapsite_pipeline.sites.registry import record_results
from tapsite_pipeline.stages.deployment import live_version, version_of

log = logging.getLogger("tapsite.store")


def writer_id() -> str:
    """Who is writing a pending row: the reconciler leaves the rows of live processes alone."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _writer_alive(writer: str | None) -> bool:
    if not writer:
        return False
    host, _, pid = writer.rpartition(":")
    if host != socket.gethostname():
        return True  # another machine's process: not ours to judge
    return pid.isdigit() and int(pid) != os.getpid() and pid_alive(int(pid))


@dataclass
class SiteLedger:
    """What `generate_site` and `refine_site` call around the deploy step; each call is one short connection.

    `deployed` also records the page as a version of its site (sites.versions, with `source`); a
    refinement sets `parents` / `edit_ids` for the version rows and `after(con, result, versions)` to
    write its own rows in the same transaction. `versions` collects site_id → version number.
    """

    settings: Settings
    campaign: str | None = None
    run_id: str | None = None
    source: str = "generate"
    parents: dict[str, int] = field(default_factory=dict)
    edit_ids: dict[str, str] = field(default_factory=dict)
    after: Callable[[Any, Any, dict[str, int]], None] | None = None
    versions: dict[str, int] = field(default_factory=dict)
    _templates_saved: bool = field(default=False, repr=False)

    def pending(self, site_id: str, brief: Any, intent: Any, design: Any, content: Any, site: Any,
                subdomain: str, url: str, row_id: str | None = None) -> None:
        mark_writer(self.settings)
        row = store.website_row(site_id, brief, intent, design, content, site, subdomain, url, version_of(site),
                                "pending", self.campaign, row_id, writer=writer_id())
        with operational.connect(self.settings.db_path) as con:
            store.upsert_websites(con, [row])

    def deployed(self, result: Any, catalog: Any = None) -> None:
        """The row as deployed, its deployment, generation logs and timings, in one transaction."""
        with operational.connect(self.settings.db_path) as con:
            con.execute("BEGIN")
            if catalog is not None and not self._templates_saved:
                store.save_templates(con, catalog.templates)
            store.save_site(con, result, campaign=self.campaign)
            store.save_logs(con, self.run_id or "", result.site_id, result.logs)
            store.save_timings(con, self.run_id or "", result.site_id, result.timings_ms)
            self.versions.update(record_results(con, [result], self.source, campaign=self.campaign,
                                                parents=self.parents, edit_ids=self.edit_ids))
            if self.after is not None:
                self.after(con, result, self.versions)
            con.execute("COMMIT")
        self._templates_saved = True


@dataclass
class LiveSite:
    subdomain: str
    version: str
    manifest: Path


def live_sites(deploy_root: Path) -> dict[str, LiveSite]:
    """Every subdomain folder whose `live` link points at a version: subdomain → what is live."""
    out: dict[str, LiveSite] = {}
    if not deploy_root.is_dir():
        return out
    for folder in deploy_root.iterdir():
        version = live_version(deploy_root, folder.name) if folder.is_dir() else None
        if version:
            out[folder.name] = LiveSite(folder.name, version, folder / "versions" / version / "manifest.json")
    return out


def _writers_dir(settings: Settings) -> Path:
    return settings.home / "writers"


def mark_writer(settings: Settings) -> None:
    """Say, before a first pending row, that this process writes them (removed when it ends cleanly).

    A mark whose process is gone is how the next start knows it must reconcile; without one, starts
    skip the reconciler's database round trip (it matters with many commands at once).
    """
    mark = _writers_dir(settings) / writer_id().replace(":", "@")
    if not mark.exists():
        mark.parent.mkdir(parents=True, exist_ok=True)
        mark.touch()


def unmark_writer(settings: Settings) -> None:
    (_writers_dir(settings) / writer_id().replace(":", "@")).unlink(missing_ok=True)


def _needs_reconcile(settings: Settings) -> list[Path]:
    """Marks of writers that are gone (empty list: nothing to repair), or [stamp] on a home never checked."""
    folder = _writers_dir(settings)
    dead = [] if (folder / ".checked").exists() else [folder / ".checked"]
    for mark in folder.iterdir() if folder.is_dir() else []:
        if mark.name.startswith("."):
            continue
        if not _writer_alive(mark.name.replace("@", ":")):
            dead.append(mark)
    return dead


def reconcile(settings: Settings, force: bool = False) -> dict[str, int]:
    """Repair rows a killed process left: pending → deployed/failed from disk; live without row → a row.

    Pending rows whose writer is still running are left alone (it is between its two writes). Runs
    only when a writer died since the last check (or on a home never checked), unless `force`.
    """
    counts = {"deployed": 0, "failed": 0, "recovered": 0}
    if not operational.exists(settings.db_path) and not settings.deploy_root.is_dir():
        return counts
    stale = _needs_reconcile(settings)
    if not stale and not force:
        return counts
    counts = _reconcile(settings)
    for mark in stale:
        if mark.name == ".checked":
            mark.parent.mkdir(parents=True, exist_ok=True)
            mark.touch()
        else:
            mark.unlink(missing_ok=True)
    return counts


def _reconcile(settings: Settings) -> dict[str, int]:
    live = live_sites(settings.deploy_root)   # read before the rows: a site going live now has its pending row
    counts = {"deployed": 0, "failed": 0, "recovered": 0}
    with operational.connect(settings.db_path) as con:
        rows = con.execute("SELECT site_id, subdomain, version, writer, status FROM websites").fetchall()
        known_subdomains = {sub for _, sub, _, _, _ in rows if sub}
        con.execute("BEGIN")
        for site_id, sub, version, writer, status in rows:
            if status != "pending" or _writer_alive(writer):
                continue
            now = live.get(sub or "")
            if now is not None and now.version == version:
                _mark(con, site_id, "deployed", version, None)
                _deployment_from_manifest(con, site_id, now, settings)
                counts["deployed"] += 1
            elif now is not None:
                _mark(con, site_id, "deployed", now.version,
                      f"the deploy of version {version} was interrupted; version {now.version} stayed live")
                counts["deployed"] += 1
            else:
                _mark(con, site_id, "failed", version, "interrupted before its files went live")
                counts["failed"] += 1
        for sub, now in live.items():
            if sub not in known_subdomains and _recover(con, now, settings):
                counts["recovered"] += 1
        con.execute("COMMIT")
    if any(counts.values()):
        log.warning("store repaired after an interrupted run: %s", counts)
    return counts


def _mark(con, site_id: str, status: str, version: str | None, error: str | None) -> None:
    con.execute("UPDATE websites SET status = ?, version = ?, error = ?, writer = NULL, updated_at = current_timestamp"
                " WHERE site_id = ? AND status = 'pending'", [status, version, error, site_id])


def _read_manifest(now: LiveSite) -> dict | None:
    try:
        return json.loads(now.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _deployment_from_manifest(con, site_id: str, now: LiveSite, settings: Settings) -> None:
    con.execute("INSERT INTO deployments (site_id, subdomain, version, url, manifest_path, deployed_at)"
                " SELECT ?, ?, ?, ?, ?, current_timestamp WHERE NOT EXISTS (SELECT 1 FROM deployments"
                " WHERE subdomain = ? AND version = ? AND site_id = ?)",
                [site_id, now.subdomain, now.version, settings.preview_url(now.subdomain), str(now.manifest),
                 now.subdomain, now.version, site_id])


def _recover(con, now: LiveSite, settings: Settings) -> bool:
    """A row for a live site nobody recorded, from its manifest (the brief itself is not on disk)."""
    manifest = _read_manifest(now)
    if not manifest or not manifest.get("site_id"):
        return False
    site_id = manifest["site_id"]
    html = next((f for f in manifest.get("files", []) if f.get("path") == "index.html"), {})
    con.execute(
        "INSERT INTO websites (site_id, brief, brand_name, subdomain, url, html_bytes, total_bytes,"
        " status, error, version) VALUES (?, '', ?, ?, ?, ?, ?, 'deployed', ?, ?) ON CONFLICT DO NOTHING",
        [site_id, manifest.get("brand_name"), now.subdomain, settings.preview_url(now.subdomain), html.get("bytes"),
         sum(f.get("bytes", 0) for f in manifest.get("files", [])),
         "recovered from its live manifest after an interrupted run; the brief was not recorded", now.version])
    _deployment_from_manifest(con, site_id, now, settings)
    return True
