"""Kill -9 a campaign run halfway, run it again: nothing lost, nothing duplicated in DuckDB or on disk."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tapsite_pipeline.bench.synth import varied_briefs
from tapsite_pipeline.orchestration.run import run_campaign

pytestmark = pytest.mark.integration

N = 60            # sites; TAPSITE_ENV=ci checkpoints every 25, one worker thread
KILL_AT = 30      # built sites: the first batch of stage 5 is committed, the second is not


def _write_csv(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "brief"])
        for i, text in enumerate(varied_briefs(N, seed=11)):
            w.writerow([f"r{i}", text])


def _builds(home: Path) -> int:
    root = home / "builds"
    return sum(1 for p in root.iterdir() if not p.name.startswith(".")) if root.is_dir() else 0


def test_kill_midway_then_rerun_loses_and_duplicates_nothing(tmp_path, monkeypatch):
    home, src = tmp_path / "home", tmp_path / "resume.csv"
    _write_csv(src)
    env = {**os.environ, "TAPSITE_ENV": "ci", "TAPSITE_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-m", "tapsite_pipeline.cli", "campaign", "run", str(src),
                             "--name", "resume"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    try:
        while _builds(home) < KILL_AT:
            assert proc.poll() is None, "the run finished before it could be killed"
            assert time.monotonic() < deadline, "the run never reached stage 5"
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    with duckdb.connect(str(home / "tapsite.duckdb"), read_only=True) as con:
        deployed_before = con.execute("SELECT count(*) FROM websites").fetchone()[0]
        sites_before = con.execute("SELECT count(*) FROM campaign_stage_results WHERE stage = 'site'"
                                   ).fetchone()[0]
    assert deployed_before == 0 and sites_before < N  # really killed halfway

    monkeypatch.setenv("TAPSITE_ENV", "ci")
    summary = run_campaign(src, name="resume", home=home)
    assert summary["run_succeeded"] and summary["deployed"] == N and not summary["failed"]
    assert all(ok for k, ok in summary["checks"].items() if k != "pages_are_faithful"), summary["checks"]  # fidelity warns

    with duckdb.connect(str(home / "tapsite.duckdb"), read_only=True) as con:
        one = lambda sql, *p: con.execute(sql, list(p)).fetchone()  # noqa: E731
        assert one("SELECT count(*), count(DISTINCT site_id) FROM websites") == (N, N)
        assert one("SELECT count(*), count(DISTINCT site_id) FROM deployments") == (N, N)
        assert one("SELECT count(*) FROM campaign_stage_results") == (6 * N,)
        assert one("SELECT count(*), count(DISTINCT site_id) FROM ai_generation_logs WHERE stage = 'intent'"
                   ) == (N, N)
        # only what was missing ran again: stages 1–4 all come from the killed run
        rerun = summary["run_id"]
        assert one("SELECT count(*) FROM campaign_stage_results WHERE stage IN ('intent', 'design', 'content',"
                   " 'images') AND run_id = ?", rerun) == (0,)
        redone = one("SELECT count(*) FROM campaign_stage_results WHERE stage = 'site' AND run_id = ?", rerun)[0]
        assert redone == N - sites_before
        site_ids = {r[0] for r in con.execute("SELECT site_id FROM websites").fetchall()}

    from dagster import DagsterRunStatus

    from tapsite_pipeline.orchestration.run import open_instance
    with open_instance(home) as instance:  # the killed run is not left "started" in the UI
        statuses = sorted(r.status.value for r in instance.get_runs())
    assert statuses == [DagsterRunStatus.FAILURE.value, DagsterRunStatus.SUCCESS.value]

    builds = sorted((home / "builds").iterdir())
    assert [p.name for p in builds] == sorted(site_ids)  # one folder per site, no leftovers
    owners = [p.read_text() for p in (home / "sites").glob("*/owner")]
    assert sorted(owners) == sorted(site_ids)            # one subdomain per site
    for folder in (home / "sites").iterdir():
        assert len(list((folder / "versions").iterdir())) == 1
        assert (folder / "live" / "index.html").is_file()
    assert not [p for p in (home / "sites").rglob("*") if p.name.startswith(".")]
