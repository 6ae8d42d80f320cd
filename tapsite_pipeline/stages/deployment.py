"""Stage 6: versioned deploys to the local target — one folder per subdomain, an atomic live switch, rollback."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

from tapsite_pipeline.errors import DeployError
from tapsite_pipeline.models import Deployment, Site
from tapsite_pipeline.files import atomic_dir, atomic_symlink, atomic_write

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "public, max-age=0, must-revalidate"
RESERVED = {"www", "api", "admin", "app", "mail", "static", "assets", "tapsite"}


def slugify(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower().replace("&", " and ")).strip("-")
    slug = slug[:40].rstrip("-")
    return slug if len(slug) >= 2 else "site"


def claim_subdomain(root: Path, brand_name: str, owner: str) -> str:
    """A safe, unique subdomain for this owner: the same owner always gets the same one back."""
    base = slugify(brand_name)
    if base in RESERVED:
        base = f"{base}-site"
    root.mkdir(parents=True, exist_ok=True)
    for n in range(1, 10_000):
        sub = base if n == 1 else f"{base}-{n}"
        folder = root / sub
        try:
            folder.mkdir()
        except FileExistsError:
            owner_file = folder / "owner"
            if owner_file.exists() and owner_file.read_text() == owner:
                return sub
            if not owner_file.exists():  # a claim interrupted before the owner was written
                atomic_write(owner_file, owner)
                return sub
            continue
        atomic_write(folder / "owner", owner)
        return sub
    raise DeployError(f"no free subdomain left for {brand_name!r}")


def _place(src: Path, dest: Path) -> None:
    """Hard-link a built file into the version folder (same disk: no copy); copy across disks.

    Safe because a build folder is never rewritten in place: assembly replaces it whole.
    """
    try:
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)


def _switch_live(folder: Path, version: str) -> None:
    atomic_symlink(folder / "live", Path("versions") / version)


def _history(folder: Path) -> list[str]:
    path = folder / "history.json"
    return json.loads(path.read_text()) if path.exists() else []


def owner_of(root: Path, subdomain: str) -> str | None:
    """The site id that owns `subdomain` under root, or None (unclaimed, or not a subdomain name)."""
    if not re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", subdomain or ""):
        return None
    path = Path(root) / subdomain / "owner"
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def live_version(root: Path, subdomain: str) -> str | None:
    link = root / subdomain / "live"
    return Path(os.readlink(link)).name if link.is_symlink() else None


def deploy_site(site: Site, root: Path, subdomain: str, url: str) -> Deployment:
    """Copy the built files into versions/<hash>/, write the manifest, then switch live atomically."""
    folder = root / subdomain
    manifest_files = [
        {"path": f.path, "content_type": f.content_type, "bytes": f.bytes, "sha256": f.sha256,
         "cache_control": REVALIDATE if f.content_type.startswith("text/html") else IMMUTABLE}
        for f in sorted(site.files, key=lambda f: f.path)
    ]
    version = _version_id(manifest_files)
    vdir = folder / "versions" / version
    if not (vdir / "manifest.json").exists():
        with atomic_dir(vdir) as staging:  # the manifest is written last: present means complete
            for f in site.files:
                dest = staging / f.path
                dest.parent.mkdir(parents=True, exist_ok=True)
                _place(Path(site.build_dir) / f.path, dest)
            (staging / "manifest.json").write_text(json.dumps(
                {"site_id": site.site_id, "subdomain": subdomain, "version": version, "files": manifest_files},
                indent=1), encoding="utf-8")
    previous = live_version(root, subdomain)
    if previous != version:
        _switch_live(folder, version)
        history = [v for v in _history(folder) if v != version] + [version]
        atomic_write(folder / "history.json", json.dumps(history))
    return Deployment(subdomain=subdomain, version=version, live_dir=str(folder / "live"),
                      index_path=str(folder / "live" / "index.html"), url=url,
                      manifest_path=str(vdir / "manifest.json"),
                      deployed_at=datetime.now(timezone.utc),
                      previous_version=previous if previous != version else None)


def rollback(root: Path, subdomain: str, url: str, to: str | None = None) -> Deployment:
    """Point live back at the version deployed before the current one (or at version `to`)."""
    folder = root / subdomain
    history = _history(folder)
    current = live_version(root, subdomain)
    if to is not None:
        if to not in history or not (folder / "versions" / to / "manifest.json").is_file():
            raise DeployError(f"{subdomain}: there is no complete version {to!r} to roll back to")
        if to == current:
            raise DeployError(f"{subdomain}: {to} is already live")
        target = to
    elif current is None or current not in history or history.index(current) == 0:
        raise DeployError(f"{subdomain}: there is no earlier version to roll back to")
    else:
        target = history[history.index(current) - 1]
    _switch_live(folder, target)  # history stays: a later rollback steps further back
    return Deployment(subdomain=subdomain, version=target, live_dir=str(folder / "live"),
                      index_path=str(folder / "live" / "index.html"), url=url,
                      manifest_path=str(folder / "versions" / target / "manifest.json"),
                      deployed_at=datetime.now(timezone.utc), previous_version=current)


def _version_id(files: list[dict]) -> str:
    h = hashlib.sha256(json.dumps([(f["path"], f["sha256"]) for f in files]).encode()).hexdigest()
    return h[:12]
