"""One ASGI app, one port: the deployed sites (static, with stamps and headers) and the form endpoint.

`tapsite serve` runs it on uvicorn; tests and the browser scorer run it in a thread (`running`).
"""

from __future__ import annotations

import contextlib
import errno
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.routing import Route

from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.forms.config import FormsConfig, load_forms_config
from tapsite_pipeline.serving.forms import FormsState, submit
from tapsite_pipeline.serving.static import static_endpoint


def build_app(root: Path, db_path: Path, config: FormsConfig | None = None) -> Starlette:
    state = FormsState.create(root, db_path, config or load_forms_config())

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        await state.drain()          # notifications already under way finish before the writer stops
        state.writer.close()

    app = Starlette(routes=[
        Route("/forms/{subdomain}/{form_type}", submit, methods=["POST"]),
        Route("/{path:path}", static_endpoint(root, stamp=state.stamps.issue), methods=["GET", "HEAD"]),
    ], lifespan=lifespan)
    app.state.forms = state
    return app


def bind(host: str = "127.0.0.1", port: int = 8787) -> socket.socket:
    """The listening socket, or a one-line error saying why there is none."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except PermissionError:
        sock.close()
        raise TapsiteError(f"port {port} needs administrator rights on this machine; choose one above 1023 "
                           "with --port") from None
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise TapsiteError(f"port {port} on {host} is already in use (another `tapsite serve`?); stop it or "
                               f"choose another with --port") from None
        raise TapsiteError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def make_server(app, host: str = "127.0.0.1", port: int = 8787, proxy_allow: str = "127.0.0.1") -> uvicorn.Server:
    """uvicorn, quiet; X-Forwarded-For is believed only from proxy_allow (a reverse proxy in front)."""
    return uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                                         proxy_headers=True, forwarded_allow_ips=proxy_allow,
                                         timeout_graceful_shutdown=5, lifespan="on"))


@contextlib.contextmanager
def running(app, host: str = "127.0.0.1", port: int = 0, proxy_allow: str = "127.0.0.1") -> Iterator[str]:
    """Serve app in a background thread; yields the base URL (port 0: a free one)."""
    sock = bind(host, port)
    server = make_server(app, host, port, proxy_allow)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="tapsite-serve")
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the server did not start on {host}:{port}")
        time.sleep(0.01)
    bound = sock.getsockname()[1]
    try:
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(15)
