"""A Celery worker killed with SIGKILL in the middle of a campaign, and the campaign run again.

dagster-celery does not notice a worker that died under a step: the step's result never arrives and the
launching process waits for it. So the drill does what an operator does: stop the launcher, start the
worker again, and launch the same campaign again. The new run skips every site whose stage result was
checkpointed (`campaign_stage_results`), and `audit` counts what the store and the sites folder hold.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.production import servers
from tapsite_pipeline.production.profile import Profile

STAGES = 6                     # intent, design, content, images, site, deployment: one checkpoint row each
_RECEIVED = re.compile(r"Task execute_plan\[([0-9a-f-]+)\] received")
_FINISHED = re.compile(r"Task execute_plan\[([0-9a-f-]+)\] (?:succeeded|failed|raised)")


def campaign_command(csv_path: Path, name: str, home: Path) -> list[str]:
    return [sys.executable, "-m", "tapsite_pipeline.cli", "production", "campaign", str(csv_path),
            "--name", name, "--home", str(home), "--json"]


def _store(home: Path) -> Any:
    """The profile's operational store: its PostgreSQL, or the home's DuckDB file (TAPSITE_STORE=duckdb)."""
    url = Profile.at(home).store_url
    if url == "duckdb":
        from tapsite_pipeline.store import connect
        return connect(home / "tapsite.duckdb", read_only=True)   # takes its turn on the lock, like the workers
    from tapsite_pipeline.pg_store import connect as pg_connect
    return pg_connect(url)


def progress(home: Path) -> int:
    """Stage results checkpointed so far, over every campaign of the home (rows × stages when done)."""
    with _store(home) as con:
        try:
            return int(con.execute("SELECT count(*) FROM campaign_stage_results").fetchone()[0])
        except Exception:   # noqa: BLE001  (the table is created by the first step's migration)
            return 0


def busy_worker(prof: Profile) -> str | None:
    """The worker that has been running its current step the longest (from the workers' logs), or None."""
    best: tuple[int, str] | None = None
    for p in prof.procs:
        if not p.name.startswith("worker"):
            continue
        text = Path(p.log).read_text(encoding="utf-8", errors="replace")
        done = set(_FINISHED.findall(text))
        running = [m for m in _RECEIVED.finditer(text) if m.group(1) not in done]
        if running and (best is None or running[-1].start() < best[0]):
            best = (running[-1].start(), p.name)
    return best[1] if best else None


def run_and_kill(home: Path, csv_path: Path, name: str, total_rows: int, fraction: float,
                 timeout_s: float = 1800) -> dict[str, Any]:
    """Launch the campaign, SIGKILL a busy worker once `fraction` of its stage results are stored, stop the
    launcher, restart the worker, run the campaign again; returns the timings and the re-run's summary."""
    import json
    target = max(1, int(total_rows * STAGES * fraction))
    out_file = Path(tempfile.mkstemp(prefix="tapsite-kill-drill-", suffix=".json")[1])
    t0 = time.perf_counter()
    with out_file.open("wb") as out:
        launcher = subprocess.Popen(campaign_command(csv_path, name, home), stdout=out, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
    try:
        victim, at = None, 0
        deadline = time.monotonic() + timeout_s
        while victim is None:
            if launcher.poll() is not None:
                raise TapsiteError(f"the campaign finished (exit {launcher.returncode}) before "
                                   f"{fraction:.0%} of it was stored; nothing was killed")
            if time.monotonic() > deadline:
                raise TapsiteError(f"{fraction:.0%} of the campaign was not stored in {timeout_s:.0f} s")
            at = progress(home)
            if at >= target:
                victim = busy_worker(Profile.at(home))
            if victim is None:
                time.sleep(0.2)
        prof = Profile.at(home)
        proc = prof.proc(victim)
        assert proc is not None
        os.kill(proc.pid, signal.SIGKILL)
        killed_s = time.perf_counter() - t0
        # The launcher would wait for the lost step forever: stop it (SIGTERM cancels the run's other steps).
        launcher.send_signal(signal.SIGTERM)
        try:
            launcher.wait(60)
        except subprocess.TimeoutExpired:
            launcher.kill()
            launcher.wait()
    finally:
        if launcher.poll() is None:
            launcher.kill()
            launcher.wait()
        out_file.unlink(missing_ok=True)
    t1 = time.perf_counter()
    servers.restart_worker(home, victim)
    restart_s = time.perf_counter() - t1
    t2 = time.perf_counter()
    rerun = subprocess.run(campaign_command(csv_path, name, home), capture_output=True, text=True)
    rerun_s = time.perf_counter() - t2
    if rerun.returncode != 0:
        raise TapsiteError(f"the re-run failed: {rerun.stderr.strip().splitlines()[-1:]}")
    return {"killed": victim, "killed_pid": proc.pid, "killed_after_s": round(killed_s, 1),
            "stored_at_kill": at, "stored_at_kill_fraction": round(at / (total_rows * STAGES), 3),
            "restart_s": round(restart_s, 1), "rerun_s": round(rerun_s, 1), "summary": json.loads(rerun.stdout)}


def audit(home: Path, rows: int) -> dict[str, int]:
    """Sites lost and duplicated, by the store (websites, deployments) and by the sites folder."""
    with _store(home) as con:
        def one(sql: str) -> tuple[Any, ...]:
            return con.execute(sql).fetchone() or (0, 0)
        sites, distinct = one("SELECT count(*), count(DISTINCT site_id) FROM websites WHERE status = 'deployed'")
        deploys, deployed_ids = one("SELECT count(*), count(DISTINCT site_id) FROM deployments")
    folders = [f for f in (home / "sites").iterdir() if (f / "owner").is_file()] if (home / "sites").is_dir() else []
    versions = sum(len(list((f / "versions").iterdir())) for f in folders if (f / "versions").is_dir())
    return {"rows": rows, "deployed": int(distinct), "lost": rows - int(deployed_ids),
            "duplicated_rows": int(sites) - int(distinct), "duplicated_deployments": int(deploys) - int(deployed_ids),
            "site_folders": len(folders), "versions_on_disk": versions, "extra_versions": versions - len(folders)}
