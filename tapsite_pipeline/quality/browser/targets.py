"""Which sites to judge, and serving them on 127.0.0.1 (Lighthouse refuses file:// URLs).

Sources: a campaign (its rows in the `websites` table), every deployed site under the home, or any folder —
a deploy root (<sub>/live/index.html), one site folder (index.html), or a folder of site folders.
Non-deploy folders are mounted into a temporary deploy-shaped root with symlinks, so one preview server
(serving/app.py, the same app as `tapsite serve`) serves them all.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tapsite_pipeline.errors import InputError
from tapsite_pipeline.serving.app import build_app, running
from tapsite_pipeline.settings import Settings


@dataclass
class Target:
    site_id: str
    subdomain: str
    live_dir: Path
    template_id: str | None = None
    version: str | None = None
    campaign: str | None = None
    preview_url: str | None = None   # a URL that keeps working after the run (never the scorer's own port)
    live_url: str | None = None      # the public URL, when a public deploy target is configured

    @property
    def content_hash(self) -> str:
        """What the page is made of: the deployed version (already a hash of its files), or a hash of the
        folder's files for sites that were never deployed."""
        if self.version:
            return self.version
        h = hashlib.sha256()
        if self.live_dir.is_dir():
            for p in sorted(q for q in self.live_dir.rglob("*") if q.is_file()):
                h.update(str(p.relative_to(self.live_dir)).encode() + b"\0" + p.read_bytes() + b"\0")
        return h.hexdigest()[:12]

    @property
    def changed_at(self) -> float:
        """When this content went live: the `live` switch of a deploy, else the newest file's mtime."""
        link = self.live_dir
        if link.is_symlink():
            return link.lstat().st_mtime
        files = [p.stat().st_mtime for p in link.rglob("*") if p.is_file()] if link.is_dir() else []
        return max(files, default=0.0)


def _from_live(sub_dir: Path, site_id: str | None = None, preview_url: str | None = None, **kw) -> Target:
    live = sub_dir / "live"
    version = None
    manifest = live / "manifest.json"
    if manifest.is_file():
        m = json.loads(manifest.read_text(encoding="utf-8"))
        site_id, version = site_id or m.get("site_id"), m.get("version")
    return Target(site_id=site_id or sub_dir.name, subdomain=sub_dir.name, live_dir=live, version=version,
                  preview_url=preview_url or (live / "index.html").resolve().as_uri(), **kw)


def _live_url(settings: Settings, subdomain: str) -> str | None:
    # Without a configured public host the default public URL names a host that serves nothing.
    return settings.public_url(subdomain) if os.environ.get("TAPSITE_PUBLIC_URL") else None


def from_deployed(settings: Settings) -> list[Target]:
    """Every site deployed under the home; their links go through `tapsite serve` at its usual URL."""
    root = settings.deploy_root
    if not root.is_dir():
        raise InputError(f"nothing deployed under {root}; run `tapsite demo` or pass --dir/--campaign")
    return [_from_live(p, preview_url=settings.preview_url(p.name), live_url=_live_url(settings, p.name))
            for p in sorted(root.iterdir()) if (p / "live" / "index.html").is_file()]


def from_dir(path: Path) -> list[Target]:
    path = path.resolve()
    if not path.is_dir():
        raise InputError(f"{path}: not a folder. Pass a deploy root, a site folder or a folder of sites.")
    deployed = sorted(p for p in path.iterdir() if (p / "live" / "index.html").is_file())
    if deployed:
        return [_from_live(p) for p in deployed]
    if (path / "index.html").is_file():
        return [_folder(path)]
    folders = sorted(p for p in path.iterdir() if (p / "index.html").is_file())
    if not folders:
        raise InputError(f"{path}: no index.html found (looked for <sub>/live/index.html, index.html and "
                         "<folder>/index.html)")
    return [_folder(p) for p in folders]


def _folder(p: Path) -> Target:
    # A plain folder has no server of its own; the page opens from disk as it is.
    return Target(site_id=p.name, subdomain=p.name, live_dir=p, preview_url=(p / "index.html").as_uri())


def from_campaign(settings: Settings, campaign: str) -> list[Target]:
    from tapsite_pipeline import store
    if not settings.db_path.exists():
        rows = _exported_campaign(settings, campaign)
        if not rows:
            raise InputError(f"no database at {settings.db_path} and no export under {settings.home / 'exports'};"
                             " generate a campaign first")
        return _campaign_targets(settings, campaign, rows)
    with store.connect(settings.db_path, read_only=True) as con:
        # A campaign is named by its key (content hash) or its display name; its sites are the websites
        # rows tagged with it or listed in its campaign_items.
        keys = [campaign] + [k for (k,) in con.execute(
            "SELECT campaign FROM campaigns WHERE name = ?", [campaign]).fetchall()]
        marks = ", ".join("?" * len(keys))
        rows = con.execute(
            f"SELECT site_id, subdomain, template_id FROM websites WHERE subdomain IS NOT NULL AND "
            f"(campaign IN ({marks}) OR site_id IN (SELECT site_id FROM campaign_items WHERE campaign IN ({marks})))"
            " ORDER BY subdomain", keys + keys).fetchall()
    if not rows:
        # a production profile's campaign: its rows are in PostgreSQL, exported to Parquet when it finished
        rows = _exported_campaign(settings, campaign)
    if not rows:
        raise InputError(f"campaign {campaign!r} has no deployed sites in {settings.db_path} nor in an export under "
                         f"{settings.home / 'exports'} (`tapsite production export {campaign}` writes one)")
    return _campaign_targets(settings, campaign, rows)


def _campaign_targets(settings: Settings, campaign: str, rows: list) -> list[Target]:
    return [_from_live(settings.deploy_root / sub, site_id=sid, template_id=tid, campaign=campaign,
                       preview_url=settings.preview_url(sub), live_url=_live_url(settings, sub))
            for sid, sub, tid in rows]


def _exported_campaign(settings: Settings, campaign: str) -> list[tuple[str, str, str | None]]:
    """(site_id, subdomain, template_id) of a campaign exported from the production profile's store."""
    from tapsite_pipeline.campaigns.intake import find_file
    from tapsite_pipeline.errors import TapsiteError
    from tapsite_pipeline.exports import exported_websites
    try:
        key = find_file(settings.home, campaign).key
    except TapsiteError:   # not a campaign file under this home: take the name as its key
        key = campaign
    return [(r["site_id"], r["subdomain"], r["template_id"]) for r in exported_websites(settings.home, [key])]


def template_ids(settings: Settings, targets: list[Target]) -> None:
    """Fill in template ids from the database where it knows the site (best effort, read-only)."""
    from tapsite_pipeline import store
    missing = [t for t in targets if t.template_id is None]
    if not missing or not settings.db_path.exists():
        return
    try:
        with store.connect(settings.db_path, read_only=True) as con:
            known = dict(con.execute("SELECT site_id, template_id FROM websites").fetchall())
    except Exception:
        return
    for t in missing:
        t.template_id = known.get(t.site_id)


@contextmanager
def served(targets: list[Target]):
    """Serve the targets at http://127.0.0.1:<free port>/<subdomain>/; yields {site_id: url}."""
    with tempfile.TemporaryDirectory(prefix="tapsite-serve-") as tmp:
        root = Path(tmp)
        for t in targets:
            (root / t.subdomain).mkdir(exist_ok=True)
            (root / t.subdomain / "live").symlink_to(t.live_dir.resolve(), target_is_directory=True)
        # the same app as `tapsite serve` (headers, stamps); its store is a throwaway: nobody posts here
        with running(build_app(root, root / ".forms.duckdb")) as base:
            yield {t.site_id: f"{base}/{t.subdomain}/" for t in targets}
