"""Deployed sites over ASGI, each at /<subdomain>/ from its live version, with its manifest's headers.

Pages carry their Content-Security-Policy as a meta tag; it is sent as a header too, with
`frame-ancestors 'none'` (which only a header can say); every other response gets the pages' policy with
`form-action 'none'`. A page with a form gets a fresh fill-time stamp in place of the placeholder its
build wrote.
"""

from __future__ import annotations

import html
import json
import mimetypes
import os
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

import anyio
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from tapsite_pipeline.forms.plan import STAMP_PLACEHOLDER
from tapsite_pipeline.resources import data_dir

_META_CSP = re.compile(r'<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"', re.I)
FALLBACK_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'"
FRAMES = "; frame-ancestors 'none'"
_CSP_TAG = re.compile(rb"<meta[^>]*http-equiv=\"?Content-Security-Policy[^>]*>", re.I)
_CONTENT = re.compile(rb'content="([^"]+)"')
_PLACEHOLDER = STAMP_PLACEHOLDER.encode()
READ_TRIES = 10       # a request whose version folder vanished mid-read starts again from the live one
RETRY_WAIT_S = 0.005  # then doubling (≈2.5 s in all): a folder swap is two renames, slower only on a busy host
BASE_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin"}


def _base() -> dict[str, str]:
    return {**BASE_HEADERS, "Content-Security-Policy": pages_csp()}


@lru_cache(maxsize=1)
def pages_csp() -> str:
    """The policy every generated page declares (read from the page template, so the two never differ),
    for responses that are not a page: nothing may post anywhere from them."""
    template = data_dir("design_system") / "components" / "page.html.j2"
    m = _META_CSP.search(template.read_text(encoding="utf-8")) if template.exists() else None
    policy = html.unescape(m.group(1)) if m else FALLBACK_CSP
    return policy.replace("{{ form_action }}", "'none'") + FRAMES


def _manifest(path: Path) -> dict[str, dict]:
    """A version's manifest by file path. Cached by the resolved path and its mtime: a version folder is
    named by its content's hash, so the same path is the same manifest unless the file was rewritten."""
    return _parsed_manifest(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=1024)
def _parsed_manifest(path: Path, _mtime_ns: int) -> dict[str, dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["path"]: f for f in data["files"]}


def _page_csp(body: bytes) -> str:
    """A served page's own declared policy (an older version may declare another), else the pages' policy.
    Read from the bytes being sent, so header and page always agree."""
    tag = _CSP_TAG.search(body[:8192])
    m = _CONTENT.search(tag.group(0)) if tag else None
    return html.unescape(m.group(1).decode()) + FRAMES if m else pages_csp()


def live_dir(root: Path, subdomain: str) -> Path | None:
    """The version folder `live` points at now, resolved once: a request reads every file (page, manifest)
    from this one folder, so a deploy or rollback switching `live` meanwhile cannot mix two versions."""
    try:
        vdir = (root / subdomain / "live").resolve(strict=True)
    except (OSError, RuntimeError):   # no live version yet, a dangling link, or a link loop
        return None
    return vdir if vdir.is_dir() else None


def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def version_file(vdir: Path, rel: str) -> Path | None:
    """`rel` inside a version folder, or None (missing, or a path that leaves the folder)."""
    if ".." in rel.split("/"):
        return None
    try:
        target = (vdir / rel).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not target.is_file() or not str(target).startswith(str(vdir) + "/"):
        return None
    return target


def live_file(root: Path, subdomain: str, rel: str) -> Path | None:
    """The file of a site's live version, or None (missing, or a path that leaves the version folder)."""
    vdir = live_dir(root, subdomain)
    return version_file(vdir, rel) if vdir is not None else None


def _text(code: int, body: str, head: bool) -> Response:
    return Response(b"" if head else body.encode(), code, media_type="text/plain; charset=utf-8",
                    headers={**_base(), "Cache-Control": "no-store", "Content-Length": str(len(body.encode()))})


def static_endpoint(root: Path, stamp: Callable[[], str] | None = None):
    """The catch-all route: the index of sites at /, and every site's live files."""
    root = Path(root).resolve()

    async def endpoint(request: Request) -> Response:
        head = request.method == "HEAD"
        parts = [p for p in unquote(request.url.path).split("/") if p]
        if not parts:
            return await _index(head)
        if parts[0] == "forms":  # the form endpoint's path: only POST goes there
            return Response(b"", 405, headers={**_base(), "Allow": "POST"})
        sub, rel = parts[0], "/".join(parts[1:]) or "index.html"
        if len(parts) == 1 and not request.url.path.endswith("/"):
            return RedirectResponse(f"/{sub}/", status_code=301)
        if ".." in parts:
            return _text(404, "not found", head)
        # A deploy that rebuilds a damaged version replaces its folder whole (two renames) while `live` points at it:
        # a read that finds the folder or a file gone starts again from the live version (the switch is atomic).
        missed = dangling = False
        for attempt in range(READ_TRIES):
            if attempt:
                await anyio.sleep(RETRY_WAIT_S * 2 ** (attempt - 1))
            vdir = live_dir(root, sub)
            dangling = vdir is None
            if vdir is None:
                if (root / sub / "live").is_symlink():   # dangling for an instant: its folder is being replaced
                    continue
                return _text(404, "not found", head)
            before = _inode(vdir)
            target = version_file(vdir, rel)
            if target is None:
                if before is None or _inode(vdir) != before:
                    continue   # the folder was swapped while we looked: no evidence either way, look again
                # missing from a folder that stayed put: a second look (at the live version then) decides
                if not missed:
                    missed = True
                    continue
                return _text(404, "not found", head)
            try:
                return await _serve(vdir, target, rel, head)
            except FileNotFoundError:                    # removed mid-read
                continue
        if dangling:   # still dangling after every look: the live version's folder is gone, not being replaced
            return _text(404, "not found", head)
        return _text(503, "the site is being updated; try again", head)

    async def _serve(vdir: Path, target: Path, rel: str, head: bool) -> Response:
        mpath = vdir / "manifest.json"
        try:
            meta = _manifest(mpath).get(rel, {})
        except FileNotFoundError:
            meta = {}
        if rel == "manifest.json":
            meta = {"content_type": "application/json"}
        ctype = meta.get("content_type") or mimetypes.guess_type(rel)[0] or "application/octet-stream"
        body = await anyio.Path(target).read_bytes()
        headers = {**_base(), "Cache-Control": meta.get("cache_control", "no-cache")}
        if ctype.startswith("text/html"):
            headers["Content-Security-Policy"] = _page_csp(body)
            if stamp is not None and _PLACEHOLDER in body:
                body = body.replace(_PLACEHOLDER, stamp().encode())
                headers["Cache-Control"] = "no-store"  # the stamp is this visit's, not for a shared cache
        headers["Content-Length"] = str(len(body))
        return Response(b"" if head else body, 200, headers=headers, media_type=ctype)

    async def _index(head: bool) -> Response:
        subs = sorted(p.name for p in root.iterdir() if (p / "live").is_dir()) if root.is_dir() else []
        items = "".join(f'<li><a href="/{html.escape(s)}/">{html.escape(s)}</a></li>' for s in subs)
        body = (f'<!doctype html><html lang="en"><meta charset="utf-8"><title>Tapsite preview</title>'
                f'<h1>Deployed sites ({len(subs)})</h1><ul>{items}</ul></html>').encode()
        return Response(b"" if head else body, 200, media_type="text/html; charset=utf-8",
                        headers={**_base(), "Cache-Control": "no-store", "Content-Length": str(len(body))})

    return endpoint
