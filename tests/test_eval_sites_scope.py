"""`tapsite eval sites` takes a scope: --changed scores only what changed since its last score; a large run asks
first; without a terminal it prints a line per N sites, no MLflow INFO lines, and its time is the wall time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from browser_helpers import write_site

pytestmark = pytest.mark.browser

TAPSITE = [str(Path(sys.executable).with_name("tapsite"))]


def _run(home: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "TAPSITE_HOME": str(home), "MLFLOW_DISABLE_TELEMETRY": "true"}
    env.pop("MLFLOW_LOGGING_LEVEL", None)   # the command must quiet MLflow itself
    return subprocess.run([*TAPSITE, *args], capture_output=True, text=True, env=env, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def test_changed_scores_exactly_the_edited_site(tmp_path, home):
    sites = tmp_path / "static"
    for name in ("kue-ani", "kopi-budi", "batik-sari"):
        write_site(sites, name)
    first = _run(home, "eval", "sites", "--dir", str(sites), "--no-lighthouse", "--no-mlflow", "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["n_sites"] == 3

    write_site(sites, "kopi-budi", body="A new season menu: es kopi susu gula aren.")
    again = _run(home, "eval", "sites", "--dir", str(sites), "--changed", "--no-lighthouse", "--no-mlflow", "--json")
    assert again.returncode == 0, again.stderr
    got = json.loads(again.stdout)
    assert got["n_sites"] == 1 and [r["subdomain"] for r in got["sites"]] == ["kopi-budi"]
    assert "1 of 3 sites (left out: 2 unchanged since their last score)" in again.stderr

    nothing = _run(home, "eval", "sites", "--dir", str(sites), "--changed", "--no-lighthouse", "--no-mlflow", "--json")
    assert nothing.returncode == 0 and json.loads(nothing.stdout)["n_sites"] == 0


def test_progress_lines_no_mlflow_chatter_and_wall_time(tmp_path, home):
    sites = tmp_path / "static"
    for i in range(4):
        write_site(sites, f"toko-{i}")
    t0 = time.monotonic()
    res = _run(home, "eval", "sites", "--dir", str(sites), "--no-lighthouse", "--progress-every", "2")
    wall = time.monotonic() - t0
    assert res.returncode == 0, res.stderr
    lines = res.stderr.splitlines()
    assert [ln.split(" · ")[0] for ln in lines if ln.startswith("scoring: ")] == [
        "scoring: 0/4 sites", "scoring: 2/4 sites", "scoring: 4/4 sites"]
    assert not [ln for ln in lines if "INFO" in ln], res.stderr          # MLflow's database set-up lines
    reported = float(res.stdout.split(" failed in ")[1].split(" s ")[0])
    assert wall - 1.5 <= reported <= wall, (reported, wall)              # the process's own wall time


def test_a_large_run_asks_first(tmp_path, home):
    sites = tmp_path / "many"
    for i in range(51):
        write_site(sites, f"site-{i:02d}")
    res = _run(home, "eval", "sites", "--dir", str(sites), "--no-lighthouse", timeout=60)
    assert res.returncode == 2 and res.stderr.count("\n") == 2, res.stderr   # the scope line + one error line
    assert "51 sites is about" in res.stderr and "--yes" in res.stderr
    limited = _run(home, "eval", "sites", "--dir", str(sites), "--no-lighthouse", "--no-mlflow", "--limit", "2",
                   "--json")
    assert limited.returncode == 0 and json.loads(limited.stdout)["n_sites"] == 2
