"""A site's history as the commands show it: its versions with the live one marked, and two of them to compare."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tapsite_pipeline import operational
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.models import SiteState
from tapsite_pipeline.settings import Settings
from tapsite_pipeline.sites import versions
from tapsite_pipeline.sites.registry import SiteRegistry
from tapsite_pipeline.stages.deployment import live_version

DEPLOY_HASH = re.compile(r"[0-9a-f]{12}")


@dataclass
class History:
    site_id: str
    subdomain: str
    live: int | None
    rows: list[versions.VersionRow]
    requests: dict[str, str]          # edit_id → what the owner asked

    def to_json(self) -> dict[str, Any]:
        return {"site_id": self.site_id, "subdomain": self.subdomain, "live": self.live,
                "versions": [{"version": r.version, "deploy_version": r.deploy_version, "source": r.source,
                              "created_at": r.created_at.isoformat(), "parent_version": r.parent_version,
                              "request": self.requests.get(r.edit_id or ""), "hashes": r.hashes,
                              "live": r.version == self.live} for r in self.rows]}


def _db(settings: Settings):
    if not operational.exists(settings.db_path):
        raise InputError(f"no sites recorded under {settings.home}; `tapsite generate` makes the first one")
    return operational.connect(settings.db_path)


def history(settings: Settings, subdomain: str) -> History:
    site_id = SiteRegistry(settings).site_of(subdomain)
    with _db(settings) as con:
        rows = versions.list_versions(con, site_id)
        reqs = dict(con.execute("SELECT edit_id, request FROM site_edits WHERE site_id = ?", [site_id]).fetchall())
    live = live_version(settings.deploy_root, subdomain)
    live_n = next((r.version for r in rows if r.deploy_version == live), None)
    return History(site_id, subdomain, live_n, rows, reqs)


def deploy_hash_for(settings: Settings, subdomain: str, version: str) -> str:
    """A `rollback` target: a version number of the site, or a deploy hash as in history.json."""
    v = version.strip().lower().removeprefix("v")
    if DEPLOY_HASH.fullmatch(v) and not v.isdigit():
        return v
    if not v.isdigit():
        raise InputError(f"{version!r} is not a version: give a number from `tapsite versions {subdomain}` "
                         "or a 12-character deploy hash")
    h = history(settings, subdomain)
    row = next((r for r in h.rows if r.version == int(v)), None)
    if row is None:
        have = ", ".join(str(r.version) for r in h.rows) or "none recorded"
        raise InputError(f"{subdomain} has no version {v} (versions: {have})")
    return row.deploy_version


def pick_pair(h: History, a: str | None, b: str | None) -> tuple[int, int]:
    """Version numbers to compare: both given, or the live version and the one before it."""
    numbers = [r.version for r in h.rows]
    if a is not None and b is not None:
        pair = []
        for x in (a, b):
            v = x.strip().lower().removeprefix("v")
            if not v.isdigit() or int(v) not in numbers:
                raise InputError(f"{h.subdomain} has no version {x!r} (versions: {', '.join(map(str, numbers))})")
            pair.append(int(v))
        return pair[0], pair[1]
    if a is not None or b is not None:
        raise InputError("give two versions to compare (A B), or none for the live one and the one before it")
    if len(numbers) < 2:
        raise InputError(f"{h.subdomain} has only {len(numbers)} version(s); nothing to compare yet")
    live = h.live or numbers[-1]
    before = max((n for n in numbers if n < live), default=None)
    if before is None:
        return live, min(n for n in numbers if n > live)
    return before, live


def load_pair(settings: Settings, h: History, a: int, b: int) -> tuple[SiteState, SiteState]:
    with _db(settings) as con:
        sa, sb = versions.load_state(con, h.site_id, a), versions.load_state(con, h.site_id, b)
    assert sa is not None and sb is not None
    return sa, sb


def page_of(settings: Settings, h: History, version: int) -> Path:
    row = next(r for r in h.rows if r.version == version)
    page = settings.deploy_root / h.subdomain / "versions" / row.deploy_version / "index.html"
    if not page.is_file():
        raise InputError(f"{h.subdomain} v{version}: its page {page} is no longer on disk")
    return page
