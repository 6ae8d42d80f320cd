"""Shared fixtures: a temporary project home, and a guard that fails any test reaching for a real host."""

from __future__ import annotations

import socket

import pytest

# Fixtures of protocol peers, registered here (not imported into test modules, where a fixture argument
# would shadow the imported name).
pytest_plugins = ["peers.s3_server"]

_real_connect = socket.socket.connect


def _guarded_connect(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and host not in ("127.0.0.1", "localhost", "::1") and not host.startswith("/"):
        raise RuntimeError(f"test tried to reach a real host: {address!r}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _no_external_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture
def home(tmp_path, monkeypatch):
    h = tmp_path / "home"
    monkeypatch.setenv("TAPSITE_HOME", str(h))
    monkeypatch.setenv("MLFLOW_DISABLE_TELEMETRY", "true")
    return h


TIERS = ("integration", "browser", "perf", "production")


def pytest_collection_modifyitems(config, items):
    """A test with no tier marker is a unit test: `pytest -m unit` is the fast inner loop."""
    for item in items:
        if not any(item.get_closest_marker(t) for t in TIERS):
            item.add_marker(pytest.mark.unit)
