"""A real S3-protocol HTTP server (moto's server mode) on a free loopback port, for the S3 deploy tests.

Started as a subprocess, stopped by its own PID. Its request log (one werkzeug line per request, in the
order the server answered them) is how tests check what the SDK sent, and in which order.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ACCESS = {"AWS_ACCESS_KEY_ID": "tapsite-test", "AWS_SECRET_ACCESS_KEY": "tapsite-test-secret",
          "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1"}
_LINE = re.compile(r'"([A-Z]+) (\S+) HTTP/[\d.]+" (\d{3})')
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class S3Server:
    endpoint: str
    log: Path
    proc: subprocess.Popen

    def env(self) -> dict[str, str]:
        """What a process needs to reach this server with boto3 (and nothing of the caller's own AWS setup)."""
        return {**ACCESS, "AWS_ENDPOINT_URL": self.endpoint, "AWS_CONFIG_FILE": os.devnull,
                "AWS_SHARED_CREDENTIALS_FILE": os.devnull}

    def requests(self) -> list[tuple[str, str, int]]:
        """(method, path, status) of every request answered so far, in order."""
        text = _ANSI.sub("", self.log.read_text(encoding="utf-8", errors="replace"))
        return [(m.group(1), urllib.request.unquote(m.group(2).split("?")[0]), int(m.group(3)))
                for m in _LINE.finditer(text)]

    def mark(self) -> int:
        """How many requests so far: `requests()[mark:]` are the ones made after this call."""
        return len(self.requests())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(folder: Path, timeout_s: float = 30.0) -> S3Server:
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "s3-requests.log"
    port = _free_port()
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, env={**os.environ, **ACCESS})
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the S3 server exited at start: {log.read_text()[-400:]}")
        try:
            urllib.request.urlopen(endpoint + "/", timeout=1).read()
            return S3Server(endpoint, log, proc)
        except OSError:
            time.sleep(0.1)
    stop(S3Server(endpoint, log, proc))
    raise RuntimeError(f"the S3 server did not answer on {endpoint} within {timeout_s:g} s")


def stop(server: S3Server) -> None:
    if server.proc.poll() is None:
        os.killpg(server.proc.pid, signal.SIGTERM)   # its own session: its group is only itself
        try:
            server.proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(server.proc.pid, signal.SIGKILL)
            server.proc.wait(10)


@pytest.fixture(scope="module")
def s3_server(tmp_path_factory):
    server = start(tmp_path_factory.mktemp("s3"))
    yield server
    stop(server)


@pytest.fixture
def s3_env(s3_server, monkeypatch):
    """This process's boto3 pointed at the server (credentials from the environment, as in production)."""
    for k, v in s3_server.env().items():
        monkeypatch.setenv(k, v)
    for k in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(k, raising=False)
    return s3_server
