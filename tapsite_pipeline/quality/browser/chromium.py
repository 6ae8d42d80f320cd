"""The browser stack on this machine: where Chromium and Lighthouse live, launch flags, and process hygiene.

Every process we start (Playwright's Chromium, Lighthouse's Node + Chromium) carries a marker variable in its
environment; children inherit it even when they detach into their own session, so `ours(marker)` finds them
all and `reap(marker)` can kill whatever a crash left behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.resources import repo_root

MARKER_ENV = "TAPSITE_BROWSER_RUN"
# One browser stack within a run (a Lighthouse worker): Chromium's crash handlers detach into sessions of
# their own, so killing the worker's process group misses them; this tag finds them (see `reap`).
STACK_ENV = "TAPSITE_BROWSER_STACK"

# Flags measured to work headless on these machines (see ENVIRONMENT.md): no sandbox as root, no GPU, and
# nothing that phones home at start.
CHROME_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
    "--font-render-hinting=none",
]


def chromium_path() -> str:
    path = os.environ.get("TAPSITE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        raise ConfigError("Chromium not found. Run scripts/setup.sh (it apt-installs Debian `chromium`) "
                          "or set TAPSITE_CHROMIUM to a Chromium binary.")
    return path


def node_modules() -> Path:
    """The node_modules that holds the pinned lighthouse (package.json at the repo root)."""
    root = repo_root()
    nm = Path(os.environ.get("TAPSITE_NODE_MODULES") or (root / "node_modules" if root else "node_modules"))
    if not (nm / "lighthouse" / "core" / "index.js").is_file():
        raise ConfigError(f"lighthouse is not installed under {nm}. Run scripts/setup.sh (npm ci installs "
                          "lighthouse@12.2.3), set TAPSITE_NODE_MODULES, or pass --no-lighthouse.")
    return nm


def node_path() -> str:
    node = os.environ.get("TAPSITE_NODE") or shutil.which("node")
    if not node:
        raise ConfigError("node is not on PATH; install Node.js 18+ (Debian `nodejs`) or pass --no-lighthouse.")
    return node


def new_marker() -> str:
    return uuid.uuid4().hex[:12]


def marked_env(marker: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, MARKER_ENV: marker, **(extra or {})}


def kill_group(proc: subprocess.Popen, grace: float = 2.0) -> None:
    """Stop a process started with start_new_session=True and everything in its process group."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
    try:  # the leader may be gone while children of the group live on
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    # A killed Chromium takes a moment to die on a busy machine; return once the group is really gone.
    deadline = time.monotonic() + grace
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.02)


def _group_alive(pgid: int) -> bool:
    """Does any live (non-zombie) process still belong to process group `pgid`?"""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            return True
    return False


def ours(marker: str, variable: str = MARKER_ENV) -> list[int]:
    """PIDs of live processes whose environment carries our marker (zombies excluded)."""
    needle = f"{variable}={marker}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def reap(marker: str, wait: float = 3.0, variable: str = MARKER_ENV) -> list[int]:
    """Kill (by PID) every process left with our marker (or another tag `variable`); returns the PIDs that
    had to be killed."""
    pids = ours(marker, variable)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + wait
    while pids and ours(marker, variable) and time.monotonic() < deadline:
        time.sleep(0.05)
    return pids
