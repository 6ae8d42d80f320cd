"""Shared fixtures: a temporary project home, and a guard that fails any test reaching for a real host."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

# Fixtures of protocol peers, registered here (not imported into test modules, where a fixture argument
# would shadow the imported name).
pytest_plugins = ["peers.s3_server", "peers.postgres"]

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


_MODULE_TIER = re.compile(r"^pytestmark\s*=\s*\[?\s*pytest\.mark\.(" + "|".join(TIERS) + r")\b", re.M)


def pytest_ignore_collect(collection_path: Path, config):
    """`pytest -m unit` does not import a module whose every test has another tier (a module-level
    `pytestmark`): none of its tests could be selected, and importing Dagster, boto3 or hypothesis for
    them was a fifth of the unit run."""
    if (config.getoption("markexpr") or "").strip() != "unit" or collection_path.suffix != ".py":
        return None
    if not collection_path.name.startswith("test_"):
        return None
    try:
        head = collection_path.read_text(encoding="utf-8")
    except OSError:
        return None
    return True if _MODULE_TIER.search(head) else None
