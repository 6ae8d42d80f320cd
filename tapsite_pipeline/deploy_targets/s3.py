"""Stage 6 on an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO…) through boto3: the public copy of each site.

The bucket mirrors the local layout under `s3://BUCKET/PREFIX/<subdomain>/`:
  versions/<version>/<file>       every built file, immutable once written (versions are content-addressed)
  versions/<version>/manifest.json the version's files with their hashes, written after them
  history.json                     versions in the order they went live
  live.json                        {version, previous, deployed_at}: written last, in one PUT
A reader (a CDN worker, an edge function) resolves live.json, then fetches under versions/<version>/, so it
sees the old version or the new one, never a mix. The home's sites/ folder is still written (after the
bucket): previews, `tapsite versions`, diffs and ratings read it. boto3 is imported on first use only.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from tapsite_pipeline.deploy_targets.local import LocalTarget
from tapsite_pipeline.errors import ConfigError, DeployError
from tapsite_pipeline.models import Deployment, Site
from tapsite_pipeline.stages.deployment import (
    VERSION,
    check_subdomain,
    deploy_lock,
    live_version,
    rollback_target,
    site_folder,
    version_of,
    version_problem,
)

NO_CACHE = "no-cache"                              # HTML and pointers: the CDN revalidates every time
IMMUTABLE = "public, max-age=31536000, immutable"  # a file whose name carries its content hash never changes
HASHED_NAME = re.compile(r"-[0-9a-f]{8,}(?:-\d+w)?\.[a-z0-9]+$")  # hero-<hash>.webp, hero-<hash>-480w.webp
BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
JSON = "application/json"


def cache_control(path: str, content_type: str) -> str:
    """Immutable only when a public URL of the file can never serve other bytes: its name holds its hash.
    HTML (reached as `/`) and fixed names such as forms.json revalidate."""
    if content_type.startswith("text/html") or not HASHED_NAME.search(PurePosixPath(path).name):
        return NO_CACHE
    return IMMUTABLE


class S3Target:
    """Deploys to the bucket first (files, manifest, history, then the live pointer), then to the home's folder."""

    def __init__(self, bucket: str, prefix: str, local: LocalTarget, workers: int = 8, conditional: bool = True):
        self.bucket, self.prefix, self.local = bucket, prefix.strip("/"), local
        self.workers, self.conditional = workers, conditional
        self._client, self._client_lock = None, threading.Lock()

    @classmethod
    def from_url(cls, url: str, local: LocalTarget, workers: int = 8, conditional: bool = True) -> S3Target:
        parts = urlsplit(url)
        if parts.scheme != "s3" or not BUCKET.fullmatch(parts.netloc or "") or parts.query or parts.fragment:
            raise ConfigError(f"deploy target {url!r} is not s3://BUCKET[/PREFIX] with a valid bucket name")
        return cls(parts.netloc, parts.path, local, workers=workers, conditional=conditional)

    def describe(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}".rstrip("/")

    @property
    def client(self):
        """One client per target, made on first use: boto3 reads credentials, region and AWS_ENDPOINT_URL
        from the environment. Made under a lock in its own session: campaign workers deploy in threads,
        and boto3's default session is not safe to build clients from concurrently (the client is)."""
        with self._client_lock:
            if self._client is None:
                try:
                    import boto3
                    from botocore.config import Config
                except ImportError:
                    raise ConfigError("the s3:// deploy target needs boto3: pip install boto3") from None
                self._client = boto3.session.Session().client(
                    "s3", config=Config(retries={"mode": "standard", "max_attempts": 3},
                                        max_pool_connections=max(10, self.workers), connect_timeout=5, read_timeout=30))
            return self._client

    # keys -----------------------------------------------------------------------------------------------

    def site_key(self, subdomain: str, *parts: str) -> str:
        return "/".join(p for p in (self.prefix, check_subdomain(subdomain), *parts) if p)

    def url_of(self, key: str) -> str:
        return f"s3://{self.bucket}/{key}"

    # the target interface -------------------------------------------------------------------------------

    def deploy(self, site: Site, subdomain: str, url: str) -> Deployment:
        folder = site_folder(self.local.root, subdomain)
        folder.mkdir(parents=True, exist_ok=True)
        with deploy_lock(folder):   # re-entrant: the local deploy below takes it again
            with self._errors(f"deploying {subdomain}"):
                self._publish(site, subdomain, version_of(site))
            local = self.local.deploy(site, subdomain, url)
        return local.model_copy(update={"published": self.url_of(self.site_key(subdomain, "live.json"))})

    def rollback(self, subdomain: str, url: str, to: str | None = None) -> Deployment:
        """Point live.json back at the version before the current one (or at `to`); only a version whose every
        manifest file is in the bucket with its hash goes live. The home's folder follows when it has it."""
        folder = site_folder(self.local.root, subdomain)
        with deploy_lock(folder) if folder.is_dir() else nullcontext():
            with self._errors(f"rolling back {subdomain}"):
                current, target, etag = self._rollback_target(subdomain, to)
                self._switch(subdomain, target, current, etag)
            if folder.is_dir() and live_version(self.local.root, subdomain) != target \
                    and version_problem(folder, target) is None:
                self.local.rollback(subdomain, url, to=target)
        return Deployment(subdomain=subdomain, version=target, live_dir=str(folder / "live"),
                          index_path=str(folder / "live" / "index.html"), url=url,
                          manifest_path=self.url_of(self.site_key(subdomain, "versions", target, "manifest.json")),
                          deployed_at=datetime.now(UTC), previous_version=current,
                          published=self.url_of(self.site_key(subdomain, "live.json")))

    # deploy ---------------------------------------------------------------------------------------------

    def _publish(self, site: Site, subdomain: str, version: str) -> int:
        """Upload what the bucket lacks of this version, then history, then the pointer. Returns the PUT count."""
        live, etag = self._get_json(self.site_key(subdomain, "live.json"))  # read first: the switch is a CAS on it
        current = live.get("version") if isinstance(live, dict) else None
        vkey = self.site_key(subdomain, "versions", version)
        present = self._listed(vkey + "/")
        meta = {"website-id": site.site_id, "version": version}
        build = Path(site.build_dir)

        def upload(f) -> int:
            key = f"{vkey}/{f.path}"
            if key in present and self._sha_of(key) == f.sha256:
                return 0   # written by an earlier deploy of the same version: objects here never change
            body = (build / f.path).read_bytes()
            if hashlib.sha256(body).hexdigest() != f.sha256:
                raise DeployError(f"{build / f.path} changed after it was built; build the site again")
            self._put(key, body, f.content_type, cache_control(f.path, f.content_type), {**meta, "sha256": f.sha256})
            return 1

        with ThreadPoolExecutor(self.workers) as pool:
            puts = sum(pool.map(upload, sorted(site.files, key=lambda f: f.path)))
        manifest = json.dumps({"site_id": site.site_id, "subdomain": subdomain, "version": version,
                               "brand_name": site.brand_name,
                               "files": [{"path": f.path, "content_type": f.content_type, "bytes": f.bytes,
                                          "sha256": f.sha256, "cache_control": cache_control(f.path, f.content_type)}
                                         for f in sorted(site.files, key=lambda f: f.path)]}, indent=1).encode()
        puts += self._put_if_changed(f"{vkey}/manifest.json", manifest, meta)  # after the files: present = complete
        history = self._history(subdomain)
        if not history or history[-1] != version:
            body = json.dumps([v for v in history if v != version] + [version]).encode()
            self._put(self.site_key(subdomain, "history.json"), body, JSON, NO_CACHE, {"website-id": site.site_id})
            puts += 1
        if current != version:
            self._switch(subdomain, version, current, etag, site_id=site.site_id)
            puts += 1
        return puts

    def _switch(self, subdomain: str, version: str, previous: str | None, etag: str | None,
                site_id: str | None = None) -> None:
        """The one PUT that makes `version` live: a reader sees the old pointer or the new one. With
        conditional_switch, a pointer someone else replaced since we read it is refused, not overwritten."""
        body = json.dumps({"version": version, "previous": previous,
                           "deployed_at": datetime.now(UTC).isoformat()}).encode()
        cond = {} if not self.conditional else {"IfMatch": etag} if etag else {"IfNoneMatch": "*"}
        meta = {"version": version, **({"website-id": site_id} if site_id else {})}
        try:
            self._put(self.site_key(subdomain, "live.json"), body, JSON, NO_CACHE, meta, **cond)
        except Exception as exc:
            if _code(exc) in ("PreconditionFailed", "412", "ConditionalRequestConflict", "409"):
                raise DeployError(f"{subdomain}: live.json changed while this ran (another deploy or rollback); "
                                  f"{previous or 'nothing'} stays live as they left it; run it again") from None
            raise

    # rollback -------------------------------------------------------------------------------------------

    def _rollback_target(self, subdomain: str, to: str | None) -> tuple[str | None, str, str | None]:
        live, etag = self._get_json(self.site_key(subdomain, "live.json"))
        if live is None and etag is None:
            raise DeployError(f"no deployed site {subdomain!r} in {self.describe()}")
        current = live.get("version") if isinstance(live, dict) else None
        history = self._history(subdomain)
        target = rollback_target(subdomain, history, current, to)
        problem = self.version_problem(subdomain, target)
        if problem is not None:
            usable = [v for v in reversed(history) if v not in (current, target)
                      and self.version_problem(subdomain, v) is None]
            hint = (f"; complete versions: {', '.join(usable)} (tapsite rollback {subdomain} --to VERSION)"
                    if usable else "; no other complete version is left")
            raise DeployError(f"{subdomain}: cannot roll back to {target} in {self.describe()}: {problem}; "
                              f"{current or 'nothing'} stays live{hint}")
        return current, target, etag

    def version_problem(self, subdomain: str, version: str) -> str | None:
        """Why `version` cannot go live from the bucket (None: manifest there, every file there with its hash)."""
        vkey = self.site_key(subdomain, "versions", version)
        manifest, _ = self._get_json(f"{vkey}/manifest.json")
        try:
            files = [(str(f["path"]), f["sha256"]) for f in manifest["files"]]
        except (KeyError, TypeError):
            return "its manifest is missing or unreadable"
        for rel, _sha in files:
            p = PurePosixPath(rel)
            if p.is_absolute() or ".." in p.parts or not p.parts:
                return f"its manifest names a file outside the version ({rel})"
        with ThreadPoolExecutor(self.workers) as pool:
            found = list(pool.map(lambda f: self._sha_of(f"{vkey}/{f[0]}"), files))
        for (rel, sha), got in zip(files, found, strict=True):
            if got is None:
                return f"{rel} is missing"
            if got != sha:
                return f"{rel} does not match its hash"
        return None

    # bucket primitives ----------------------------------------------------------------------------------

    def _history(self, subdomain: str) -> list[str]:
        raw, _ = self._get_json(self.site_key(subdomain, "history.json"))
        return [v for v in raw if isinstance(v, str) and VERSION.fullmatch(v)] if isinstance(raw, list) else []

    def _put(self, key: str, body: bytes, content_type: str, cache: str, meta: dict[str, str], **extra) -> None:
        self.client.put_object(Bucket=self.bucket, Key=key, Body=body, ContentType=content_type,
                               CacheControl=cache, Metadata=meta, **extra)

    def _put_if_changed(self, key: str, body: bytes, meta: dict[str, str]) -> int:
        sha = hashlib.sha256(body).hexdigest()
        if self._sha_of(key) == sha:
            return 0
        self._put(key, body, JSON, NO_CACHE, {**meta, "sha256": sha})
        return 1

    def _sha_of(self, key: str) -> str | None:
        """The sha256 the object was uploaded with (its metadata), or None when it is not there."""
        try:
            head = self.client.head_object(Bucket=self.bucket, Key=key)
        except Exception as exc:
            if _code(exc) in ("404", "NoSuchKey", "NotFound"):
                return None
            raise
        return head.get("Metadata", {}).get("sha256")

    def _get_json(self, key: str) -> tuple[Any, str | None]:
        """(parsed body, ETag); (None, None) when absent; (None, ETag) when present but not JSON."""
        try:
            r = self.client.get_object(Bucket=self.bucket, Key=key)
        except Exception as exc:
            if _code(exc) in ("404", "NoSuchKey", "NotFound"):
                return None, None
            raise
        try:
            return json.loads(r["Body"].read()), r.get("ETag")
        except ValueError:
            return None, r.get("ETag")

    def _listed(self, prefix: str) -> set[str]:
        keys: set[str] = set()
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix):
            keys.update(o["Key"] for o in page.get("Contents", []))
        return keys

    @contextmanager
    def _errors(self, doing: str):
        """SDK failures as one line that names the bucket and what to do; never credentials."""
        from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError
        try:
            yield
        except NoCredentialsError:
            raise ConfigError(f"no credentials for {self.describe()}: set AWS_ACCESS_KEY_ID and "
                              "AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) in the environment") from None
        except ClientError as exc:
            err = exc.response.get("Error", {})
            hint = "; create the bucket or fix TAPSITE_DEPLOY_TARGET" if err.get("Code") == "NoSuchBucket" else ""
            raise DeployError(f"{self.describe()}: {doing} failed: {err.get('Code', '?')} "
                              f"{err.get('Message', '')}".rstrip() + hint + "; the live version is unchanged") from None
        except (BotoCoreError, OSError) as exc:
            raise DeployError(f"{self.describe()}: {doing} failed: {exc}; the live version is unchanged") from None


def _code(exc: Exception) -> str | None:
    """The S3 error code of a botocore ClientError (None for anything else)."""
    response = getattr(exc, "response", None)
    return str(response.get("Error", {}).get("Code")) if isinstance(response, dict) else None
