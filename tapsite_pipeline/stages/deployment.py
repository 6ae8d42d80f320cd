"""Stage 6: versioned deploys to the local target — one folder per subdomain, an atomic live switch, rollback."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import unicodedata
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path

from tapsite_pipeline.errors import DeployError, InputError
from tapsite_pipeline.files import atomic_dir, atomic_symlink, atomic_write
from tapsite_pipeline.locks import claim_name, exclusive
from tapsite_pipeline.models import Deployment, Site

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "public, max-age=0, must-revalidate"
RESERVED = {"www", "api", "admin", "app", "mail", "static", "assets", "tapsite", "forms"}  # forms: the endpoint
SUBDOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")   # one DNS label
VERSION = re.compile(r"[0-9a-f]{12}")                              # what _version_id makes
LOCK_WAIT_S = 30.0


def check_subdomain(name: str) -> str:
    """`name` if it is a subdomain this stage could have made, else InputError (never a path)."""
    if not isinstance(name, str) or not SUBDOMAIN.fullmatch(name):
        raise InputError(f"{name!r} is not a site name: a subdomain is 1–63 characters of a-z, 0-9 and '-', "
                         "as `tapsite generate` printed it")
    return name


def check_version(version: str) -> str:
    if not isinstance(version, str) or not VERSION.fullmatch(version):
        raise InputError(f"{version!r} is not a version: versions are 12 hex digits, as in history.json")
    return version


def site_folder(root: Path, subdomain: str) -> Path:
    """The subdomain's folder, guaranteed to be a real folder directly inside `root`."""
    folder = Path(root) / check_subdomain(subdomain)
    if folder.is_symlink() or (folder.exists() and folder.resolve().parent != Path(root).resolve()):
        raise DeployError(f"{folder} is not a folder of the deploy root {root}; refusing to touch it")
    return folder


def deploy_lock(folder: Path) -> AbstractContextManager[None]:
    """The site's deploy lock: deploys and rollbacks of one site take turns (re-entrant per thread)."""
    return exclusive(folder / "deploy.lock", f"{folder.name}: another deploy or rollback is still switching "
                                              f"its live version after {LOCK_WAIT_S:g} s; try again",
                     wait_s=LOCK_WAIT_S)


def slugify(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower().replace("&", " and ")).strip("-")
    slug = slug[:40].rstrip("-")
    return slug if len(slug) >= 2 else "site"


def claim_subdomain(root: Path, brand_name: str, owner: str) -> str:
    """A safe, unique subdomain for this owner: the same owner always gets the same one back.

    Atomic across processes: the owner file is claimed with `locks.claim_name`, so of several
    processes claiming one name at once exactly one gets it and the others move on to `-2`, `-3`…
    """
    base = slugify(brand_name)
    if base in RESERVED:
        base = f"{base}-site"
    root.mkdir(parents=True, exist_ok=True)
    for n in range(1, 10_000):
        sub = base if n == 1 else f"{base}-{n}"
        folder = root / sub
        folder.mkdir(exist_ok=True)
        if claim_name(folder / "owner", owner) == owner:
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
    """Versions in the order they went live (names that are not versions are ignored)."""
    path = folder / "history.json"
    try:
        raw = json.loads(path.read_text()) if path.exists() else []
    except ValueError:
        return []
    return [v for v in raw if isinstance(v, str) and VERSION.fullmatch(v)] if isinstance(raw, list) else []


def owner_of(root: Path, subdomain: str) -> str | None:
    """The site id that owns `subdomain` under root, or None (unclaimed, or not a subdomain name)."""
    if not isinstance(subdomain, str) or not SUBDOMAIN.fullmatch(subdomain):
        return None
    path = Path(root) / subdomain / "owner"
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def live_version(root: Path, subdomain: str) -> str | None:
    link = root / subdomain / "live"
    return Path(os.readlink(link)).name if link.is_symlink() else None


def version_problem(folder: Path, version: str) -> str | None:
    """Why `version` of this site cannot be live (None: it is complete — manifest present, every file
    there and matching its hash)."""
    if not VERSION.fullmatch(version or ""):
        return "it is not a version name"
    vdir = folder / "versions" / version
    if vdir.is_symlink() or not vdir.is_dir():
        return "its folder is missing"
    try:
        files = json.loads((vdir / "manifest.json").read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return "its manifest is missing or unreadable"
    for f in files:
        rel = Path(str(f.get("path", "")))
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            return f"its manifest names a file outside the version ({rel})"
        path = vdir / rel
        if path.is_symlink() or not path.is_file():
            return f"{rel} is missing"
        if hashlib.sha256(path.read_bytes()).hexdigest() != f.get("sha256"):
            return f"{rel} does not match its hash"
    return None


def _manifest_files(site: Site) -> list[dict[str, str | int]]:
    return [{"path": f.path, "content_type": f.content_type, "bytes": f.bytes, "sha256": f.sha256,
             "cache_control": REVALIDATE if f.content_type.startswith("text/html") else IMMUTABLE}
            for f in sorted(site.files, key=lambda f: f.path)]


def version_of(site: Site) -> str:
    """The version a deploy of `site` creates (content-addressed): known before anything is copied."""
    return _version_id(_manifest_files(site))


def deploy_site(site: Site, root: Path, subdomain: str, url: str) -> Deployment:
    """Copy the built files into versions/<hash>/, write the manifest, then switch live atomically.

    Under the subdomain's deploy lock, so two processes deploying (or rolling back) one site take turns
    and `live` only ever points at a complete version.
    """
    folder = site_folder(root, subdomain)
    folder.mkdir(parents=True, exist_ok=True)
    manifest_files = _manifest_files(site)
    version = _version_id(manifest_files)
    vdir = folder / "versions" / version
    with deploy_lock(folder):
        if version_problem(folder, version) is not None:
            with atomic_dir(vdir) as staging:  # the manifest is written last: present means complete
                for f in site.files:
                    dest = staging / f.path
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    _place(Path(site.build_dir) / f.path, dest)
                (staging / "manifest.json").write_text(json.dumps(
                    {"site_id": site.site_id, "subdomain": subdomain, "version": version,
                     "brand_name": site.brand_name, "files": manifest_files},
                    indent=1), encoding="utf-8")
        previous = live_version(root, subdomain)
        if previous != version:
            _switch_live(folder, version)
            history = [v for v in _history(folder) if v != version] + [version]
            atomic_write(folder / "history.json", json.dumps(history))
    return Deployment(subdomain=subdomain, version=version, live_dir=str(folder / "live"),
                      index_path=str(folder / "live" / "index.html"), url=url,
                      manifest_path=str(vdir / "manifest.json"),
                      deployed_at=datetime.now(UTC),
                      previous_version=previous if previous != version else None)


def rollback_target(subdomain: str, history: list[str], current: str | None, to: str | None) -> str:
    """The version a rollback switches to: `to` (checked, not the live one), else the one before the live one.
    Shared by every deploy target (the local folder, object storage)."""
    if to is not None:
        target = check_version(to)
        if target == current:
            raise DeployError(f"{subdomain}: {target} is already live")
        return target
    if current is None or current not in history or history.index(current) == 0:
        raise DeployError(f"{subdomain}: there is no earlier version to roll back to")
    return history[history.index(current) - 1]


def rollback(root: Path, subdomain: str, url: str, to: str | None = None) -> Deployment:
    """Point live back at the version deployed before the current one (or at `to`).

    Only a complete version of this site, inside its own folder, ever goes live; otherwise live
    stays where it is and the error names the versions that could.
    """
    folder = site_folder(root, subdomain)
    if not folder.is_dir():
        raise DeployError(f"no deployed site {subdomain!r} under {root}")
    with deploy_lock(folder):
        history = _history(folder)
        current = live_version(root, subdomain)
        target = rollback_target(subdomain, history, current, to)
        problem = version_problem(folder, target)
        if problem is not None:
            usable = [v for v in reversed(history) if v not in (current, target)
                      and version_problem(folder, v) is None]
            hint = (f"; complete versions: {', '.join(usable)} (tapsite rollback {subdomain} --to VERSION)"
                    if usable else "; no other complete version is left")
            raise DeployError(f"{subdomain}: cannot roll back to {target}: {problem}; "
                              f"{current or 'nothing'} stays live{hint}")
        _switch_live(folder, target)  # history stays: a later rollback steps further back
    return Deployment(subdomain=subdomain, version=target, live_dir=str(folder / "live"),
                      index_path=str(folder / "live" / "index.html"), url=url,
                      manifest_path=str(folder / "versions" / target / "manifest.json"),
                      deployed_at=datetime.now(UTC), previous_version=current)


def _version_id(files: list[dict[str, str | int]]) -> str:
    h = hashlib.sha256(json.dumps([(f["path"], f["sha256"]) for f in files]).encode()).hexdigest()
    return h[:12]
