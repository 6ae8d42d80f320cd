"""`tapsite serve`: preview deployed sites on 127.0.0.1, each at /<subdomain>/, with its manifest's headers."""

from __future__ import annotations

import errno
import html
import json
import mimetypes
import re
from functools import lru_cache
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.resources import data_dir


_META_CSP = re.compile(r'<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"', re.I)
FALLBACK_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'"


@lru_cache(maxsize=1)
def pages_csp() -> str:
    """The policy every generated page declares (read from the page template, so the two never differ)."""
    template = data_dir("design_system") / "components" / "page.html.j2"
    m = _META_CSP.search(template.read_text(encoding="utf-8")) if template.exists() else None
    return html.unescape(m.group(1)) if m else FALLBACK_CSP


@lru_cache(maxsize=1024)
def _page_csp(path: Path, mtime: float) -> str:
    """A served page's own declared policy (an older version may declare another), else the pages' policy."""
    m = _META_CSP.search(path.read_bytes()[:8192].decode("utf-8", "replace"))
    return html.unescape(m.group(1)) if m else pages_csp()


@lru_cache(maxsize=1024)
def _manifest(path: Path, mtime: float) -> dict[str, dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["path"]: f for f in data["files"]}


def make_handler(root: Path):
    root = root.resolve()

    class Handler(SimpleHTTPRequestHandler):
        server_version = "tapsite-preview"

        def log_message(self, fmt: str, *args) -> None:  # keep the console for the summary line
            pass

        def do_HEAD(self) -> None:
            self._serve(head=True)

        def do_GET(self) -> None:
            self._serve(head=False)

        def _send(self, code: int, body: bytes, ctype: str, cache: str = "no-store", head: bool = False,
                  csp: str | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Security-Policy", csp or pages_csp())  # the pages' own, as a header too
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", cache)
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def _serve(self, head: bool) -> None:
            parts = [p for p in unquote(urlsplit(self.path).path).split("/") if p]
            if not parts:
                return self._index(head)
            sub, rel = parts[0], "/".join(parts[1:]) or "index.html"
            if len(parts) == 1 and not self.path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", f"/{sub}/")
                self.end_headers()
                return
            live = root / sub / "live"
            target = (live / rel).resolve()
            if ".." in parts or not live.is_dir() or not target.is_file() \
                    or not str(target).startswith(str(live.resolve()) + "/"):
                return self._send(404, b"not found", "text/plain; charset=utf-8", head=head)
            mpath = live / "manifest.json"
            meta = _manifest(mpath, mpath.stat().st_mtime).get(rel, {}) if mpath.exists() else {}
            if rel == "manifest.json":
                meta = {"content_type": "application/json"}
            ctype = meta.get("content_type") or mimetypes.guess_type(rel)[0] or "application/octet-stream"
            csp = _page_csp(target, target.stat().st_mtime) if ctype.startswith("text/html") else None
            self._send(200, target.read_bytes(), ctype, meta.get("cache_control", "no-cache"), head, csp)

        def _index(self, head: bool) -> None:
            subs = sorted(p.name for p in root.iterdir() if (p / "live").is_dir()) if root.is_dir() else []
            items = "".join(f'<li><a href="/{html.escape(s)}/">{html.escape(s)}</a></li>' for s in subs)
            body = (f'<!doctype html><html lang="en"><meta charset="utf-8"><title>Tapsite preview</title>'
                    f'<h1>Deployed sites ({len(subs)})</h1><ul>{items}</ul></html>').encode()
            self._send(200, body, "text/html; charset=utf-8", head=head)

    return Handler


def serve(root: Path, host: str = "127.0.0.1", port: int = 8787) -> ThreadingHTTPServer:
    """The preview server, bound (not yet serving); a port that cannot be had is a one-line error."""
    try:
        return ThreadingHTTPServer((host, port), make_handler(root))
    except PermissionError:
        raise TapsiteError(f"port {port} needs administrator rights on this machine; choose one above 1023 "
                           "with --port") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise TapsiteError(f"port {port} on {host} is already in use (another `tapsite serve`?); stop it or "
                               f"choose another with --port") from None
        raise TapsiteError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
