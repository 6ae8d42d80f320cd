"""Noise-aware Lighthouse in a real browser: a CPU loaded on purpose does not produce a flagged regression,
while a page that really got slower is flagged because its drop repeats."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from browser_helpers import write_site
from tapsite_pipeline.quality.browser.noise import RepeatPolicy
from tapsite_pipeline.quality.browser.scorer import ScoreOptions, score_sites
from tapsite_pipeline.quality.browser.targets import from_dir
from tapsite_pipeline.quality.browser.template_sites import build_template_sites
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.browser

BLOCKING = ("<script>/* a slow script: the main thread is busy for 900 ms on every load */"
            "var t = Date.now(); while (Date.now() - t < 900) {}</script>")


def _busy(n: int) -> list[subprocess.Popen]:
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(n)]


def test_cpu_load_does_not_flag_a_regression(tmp_path, home):
    s = Settings.load(home)
    root = tmp_path / "sites"
    write_site(root, "kue-ani")
    targets = from_dir(root) + build_template_sites(home, templates=["warung-hangat"])
    quiet = score_sites(targets, s, ScoreOptions(lh_workers=1, overlap=False))
    assert quiet.run["n_failed"] == 0, [r.error for r in quiet.rows]

    hogs = _busy(3 * (os.cpu_count() or 2))            # three spinning processes per core, for the whole run
    try:
        loaded = score_sites(targets, s, ScoreOptions(lh_workers=2))
    finally:
        for p in hogs:
            p.kill()
            p.wait()
    assert loaded.run["n_failed"] == 0, [r.error for r in loaded.rows]
    for r in loaded.rows:
        assert r.lh_baseline, "the quiet run is the baseline"
        assert r.lh_flagged == [], (r.subdomain, r.lh_performance, r.lh_spread, r.lh_runs, r.lh_benchmark,
                                    r.lh_baseline)
        assert r.lh_runs >= 1 and set(r.lh_spread) >= {"lh_performance"}


def test_a_page_that_got_slower_is_flagged(tmp_path, home):
    s = Settings.load(home)
    root = tmp_path / "sites"
    write_site(root, "kopi-budi")
    before = score_sites(from_dir(root), s, ScoreOptions(lh_workers=1, overlap=False)).rows[0]
    assert before.lh_performance >= 0.9

    page = root / "kopi-budi" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", BLOCKING + "</body>"), encoding="utf-8")
    # up to five runs: a neighbour on a shared host can make a run or two "busy" (not evidence either way)
    after = score_sites(from_dir(root), s, ScoreOptions(lh_workers=1, overlap=False,
                                                        lh_repeat=RepeatPolicy(attempts=5))).rows[0]
    assert after.lh_flagged == ["lh_performance"], (after.lh_performance, after.lh_runs, after.lh_spread,
                                                    after.lh_benchmark, after.lh_baseline)
    assert after.lh_runs >= 2 and after.lh_performance < before.lh_performance - 0.05
    assert after.lh_baseline["lh_performance"] == before.lh_performance
