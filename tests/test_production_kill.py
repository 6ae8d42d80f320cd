"""A Celery worker killed with SIGKILL halfway through a campaign on the production profile; the worker is
restarted and the campaign run again: every site deployed once, none lost, none duplicated (the store and the
sites folder), and after `down` not one process of the profile left running."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tapsite_pipeline.bench.synth import varied_briefs
from tapsite_pipeline.production import servers
from tapsite_pipeline.production.kill_drill import run_and_kill
from tapsite_pipeline.production.profile import Profile

pytestmark = pytest.mark.production

N = int(os.environ.get("TAPSITE_PRODUCTION_KILL_SITES", "60"))


def _live(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


@pytest.fixture
def prod_home():
    root = Path(tempfile.mkdtemp(prefix="tapsite-production-kill-"))
    root.chmod(0o711)   # PostgreSQL runs as its own account and must reach the home
    yield root / "home"
    servers.down(root / "home")
    shutil.rmtree(root, ignore_errors=True)


def test_a_worker_killed_mid_campaign_then_a_rerun_loses_and_duplicates_nothing(prod_home, tmp_path):
    for tool in ("redis-server", "pg_ctl"):
        assert shutil.which(tool), f"{tool} missing: ./scripts/setup.sh installs it"
    src = tmp_path / "kill.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "brief"])
        for i, text in enumerate(varied_briefs(N, seed=13)):
            w.writerow([f"k{i}", text])
    servers.up(prod_home, workers=2)
    first = {p.name: p.pid for p in Profile.at(prod_home).procs}

    drill = run_and_kill(prod_home, src, "kill", N, 0.5, timeout_s=900)
    assert not _live(drill["killed_pid"])
    assert 0 < drill["stored_at_kill"] < 6 * N          # really killed halfway
    summary = drill["summary"]
    assert summary["run_succeeded"], summary.get("run_errors")
    assert summary["deployed"] == N and not summary["failed"]
    restarted = Profile.at(prod_home).proc(drill["killed"])
    assert restarted is not None and restarted.pid != first[drill["killed"]] and _live(restarted.pid)

    from tapsite_pipeline.pg_store import connect
    with connect(Profile.at(prod_home).store_url) as con:   # the profile's operational store
        one = lambda sql: con.execute(sql).fetchone()  # noqa: E731
        assert one("SELECT count(*), count(DISTINCT site_id) FROM websites WHERE status = 'deployed'") == (N, N)
        assert one("SELECT count(*), count(DISTINCT site_id) FROM deployments") == (N, N)
        assert one("SELECT count(*) FROM campaign_stage_results") == (6 * N,)
        assert one("SELECT count(*), count(DISTINCT site_id) FROM ai_generation_logs WHERE stage = 'intent'"
                   ) == (N, N)
        site_ids = {r[0] for r in con.execute("SELECT site_id FROM websites").fetchall()}
    owners = [p.read_text() for p in (prod_home / "sites").glob("*/owner")]
    assert sorted(owners) == sorted(site_ids)            # one subdomain per site
    for folder in (prod_home / "sites").iterdir():
        assert len(list((folder / "versions").iterdir())) == 1, folder.name
        assert (folder / "live" / "index.html").is_file()

    # The first run is not left "started": the re-run marked it failed (its launcher is gone).
    from dagster import DagsterInstance, DagsterRunStatus
    with DagsterInstance.from_config(str(Profile.at(prod_home).dagster_home)) as instance:
        statuses = sorted(r.status.value for r in instance.get_runs())
    assert DagsterRunStatus.SUCCESS.value in statuses and len(statuses) == 2, statuses
    assert DagsterRunStatus.STARTED.value not in statuses, statuses

    pids = [p.pid for p in Profile.at(prod_home).procs]
    stopped = servers.down(prod_home)
    assert all(p["stopped"] for p in stopped), stopped
    assert not [pid for pid in [*pids, *first.values()] if _live(pid)]
    left = subprocess.run(["pgrep", "-f", str(prod_home)], capture_output=True, text=True).stdout.split()
    assert [pid for pid in left if _live(int(pid)) and int(pid) != os.getpid()] == []
    print(f"\n{N} sites: {drill['killed']} killed after {drill['killed_after_s']} s with "
          f"{drill['stored_at_kill']}/{6 * N} stage results stored; restarted in {drill['restart_s']} s; "
          f"re-run {drill['rerun_s']} s; {N} deployed once each")
