"""The browser scorer against static sites in a real Chromium: scores stored, a broken page recorded as a
failure, no process of ours left behind (timeouts included), and visual changes flagged against a baseline."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from browser_helpers import write_site
from tapsite_pipeline import store
from tapsite_pipeline.quality.browser.chromium import new_marker, ours
from tapsite_pipeline.quality.browser.lighthouse import run_lighthouse
from tapsite_pipeline.quality.browser.scorer import ScoreOptions, score_sites
from tapsite_pipeline.quality.browser.storage import load_run
from tapsite_pipeline.quality.browser.targets import Target, from_dir, served
from tapsite_pipeline.quality.report.data import compare_runs
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.browser


def _targets(tmp_path: Path) -> list[Target]:
    sites = tmp_path / "static"
    write_site(sites, "alpha")
    write_site(sites, "beta", band="#166534")
    broken = Target(site_id="gone", subdomain="gone", live_dir=tmp_path / "does-not-exist")
    return from_dir(sites) + [broken]


def test_scores_sites_records_failure_and_leaves_no_process(tmp_path, home):
    s = Settings.load(home)
    marker = new_marker()
    opts = ScoreOptions(lighthouse=True, lh_workers=2)
    res = score_sites(_targets(tmp_path), s, opts, marker=marker)

    assert ours(marker) == [], "a Chromium or Node process of this run is still alive"
    assert res.run["settings"]["reaped_processes"] == 0, "processes had to be killed by the final sweep"
    by = {r.site_id: r for r in res.rows}
    assert by["gone"].status == "failed" and "404" in by["gone"].error
    for sid in ("alpha", "beta"):
        r = by[sid]
        assert r.status == "ok", r.error
        assert r.lh_accessibility == 1 and r.lh_seo == 1 and r.lh_best_practices == 1
        assert r.lh_performance is not None and r.lh_performance >= 0.5
        assert r.lcp_ms and r.total_byte_weight and r.axe_violations == 0
        assert r.desktop_path and Path(r.desktop_path).name == f"{r.desktop_sha}.png"
        assert r.mobile_height > 844  # full page at 2x
    with store.connect(s.db_path, read_only=True) as con:
        n, failed = con.execute("SELECT count(*), count(*) FILTER (status = 'failed') FROM site_metrics "
                                "WHERE run_id = ?", [res.run["run_id"]]).fetchone()
    assert (n, failed) == (3, 1)
    with store.connect(s.db_path, read_only=True) as con:
        mults = [m for (m,) in con.execute("SELECT lh_cpu_multiplier FROM site_metrics WHERE run_id = ? "
                                           "AND status = 'ok'", [res.run["run_id"]]).fetchall()]
    assert len(mults) == 2 and all(1 <= m <= 4 for m in mults), mults


def test_cpu_slowdown_is_calibrated_to_the_host(tmp_path):
    """The simulated phone is the same on a fast and a slow host: the multiplier is the host's benchmark
    index over the target, between 1x and Lighthouse's 4x; with no target it is Lighthouse's fixed 4x."""
    write_site(tmp_path / "static", "alpha")
    targets = from_dir(tmp_path / "static")
    with served(targets) as urls:
        jobs = [("a", urls[targets[0].site_id])]
        fixed = run_lighthouse(jobs, new_marker(), workers=1, cpu_target=None)["a"]
        slower_host = run_lighthouse(jobs, new_marker(), workers=1, cpu_target=1e7)["a"]
        half = run_lighthouse(jobs, new_marker(), workers=1, cpu_target=fixed.benchmark / 2)["a"]
    assert fixed.ok and slower_host.ok and half.ok
    assert fixed.cpu_multiplier == 4
    assert slower_host.cpu_multiplier == 1          # a host far slower than the target phone: no slowdown
    assert fixed.calibration_index is None and slower_host.calibration_index > 0
    # the host's index measured in the audited Chromium over the target, to a tenth, clamped to 1–4x
    # (not "about 2x": a busy host's index drops between the first run and this one)
    target = fixed.benchmark / 2
    assert half.cpu_multiplier == round(min(4.0, max(1.0, half.calibration_index / target)), 1), half
    assert half.cpu_multiplier != 4 or half.calibration_index >= 4 * target


@pytest.fixture
def silent_server():
    """A TCP server that accepts connections and never answers: a page that hangs forever."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    conns, stop = [], threading.Event()

    def accept():
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conns.append(srv.accept()[0])
            except OSError:
                pass

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}/"
    stop.set()
    t.join()
    for c in conns:
        c.close()
    srv.close()


def test_lighthouse_timeout_kills_node_and_chromium(silent_server):
    marker = new_marker()
    t0 = time.monotonic()
    res = run_lighthouse([("hang", silent_server)], marker, workers=1, timeout=3)
    assert not res["hang"].ok and "TimeoutError" in res["hang"].error
    assert time.monotonic() - t0 < 30
    assert ours(marker) == [], "the timed-out worker's process group survived"


def test_screenshots_only_and_visual_diff_flags_changed_site(tmp_path, home):
    s = Settings.load(home)
    sites = tmp_path / "static"
    write_site(sites, "same")
    write_site(sites, "changes")
    base = score_sites(from_dir(sites), s, ScoreOptions(lighthouse=False))
    assert base.run["n_failed"] == 0 and all(r.lh_performance is None for r in base.rows)

    write_site(sites, "changes", band="#b91c1c", body="Now with a new menu and a different colour.")
    cur = score_sites(from_dir(sites), s, ScoreOptions(lighthouse=False))
    _, rows = load_run(s, cur.run["run_id"])
    base_run, base_rows = load_run(s, base.run["run_id"])
    comp = compare_runs(rows, base_run, base_rows)
    assert [c.subdomain for c in comp.visually_changed] == ["changes"]
    same = next(c for c in comp.changes if c.subdomain == "same")
    assert same.visual["desktop"].reason == "identical"  # identical bytes: no pixel comparison needed
