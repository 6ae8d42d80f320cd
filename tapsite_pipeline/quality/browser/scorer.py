"""Score a set of sites in a real browser: serve them on 127.0.0.1, capture screenshots + axe with one
Chromium while a Lighthouse worker pool audits the same URLs, then store one `site_metrics` row per site.

Nothing a page does can crash the run: load errors, Lighthouse timeouts and crashed workers become
recorded failures; every process started is killed by process group, and a final sweep by marker
removes anything that escaped.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from tapsite_pipeline.quality.browser.axe import serious_count
from tapsite_pipeline.quality.browser.chromium import new_marker, reap
from tapsite_pipeline.quality.browser.lighthouse import (
    CPU_TARGET_INDEX,
    FAST_SETTINGS,
    LighthouseResult,
    run_lighthouse,
)
from tapsite_pipeline.quality.browser.noise import CATEGORY_COLUMNS, RepeatPolicy, previous_medians
from tapsite_pipeline.quality.browser.screenshots import Capture, capture_sites
from tapsite_pipeline.quality.browser.storage import SCORE_COLUMNS, SiteMetrics, cost_by_site, save_run, screenshot_root
from tapsite_pipeline.quality.browser.targets import Target, served, template_ids
from tapsite_pipeline.quality.browser.visual import dhash
from tapsite_pipeline.settings import Settings

MEDIAN_COLUMNS = (*SCORE_COLUMNS, "lcp_ms", "cls", "tbt_ms", "total_byte_weight", "axe_violations", "page_bytes")


@dataclass
class ScoreOptions:
    lighthouse: bool = True
    lh_workers: int = 2
    lh_timeout: float = 60.0
    lh_settings: dict = field(default_factory=lambda: dict(FAST_SETTINGS))
    lh_repeat: RepeatPolicy | None = field(default_factory=RepeatPolicy)  # None: one run per page, as measured
    lh_cpu_target: float | None = CPU_TARGET_INDEX  # calibrate the CPU slowdown to the host; None: Lighthouse's 4x
    capture_concurrency: int = 3
    overlap: bool = True                  # audit while screenshots run (faster); False = after (quieter CPU)
    capture_timeout_ms: int = 20_000


@dataclass
class EvalResult:
    run: dict
    rows: list[SiteMetrics]
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> list[SiteMetrics]:
        return [r for r in self.rows if r.status != "ok"]


def new_run_id() -> str:
    return f"sites-{datetime.now(UTC):%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}"


def page_bytes(t: Target) -> int | None:
    manifest = t.live_dir / "manifest.json"
    if manifest.is_file():
        return sum(f["bytes"] for f in json.loads(manifest.read_text(encoding="utf-8"))["files"])
    files = [p for p in t.live_dir.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) if files else None


def medians(rows: list[SiteMetrics]) -> dict[str, float]:
    out = {}
    for col in MEDIAN_COLUMNS:
        vals = [getattr(r, col) for r in rows if r.status == "ok" and getattr(r, col) is not None]
        if vals:
            out[col] = round(float(statistics.median(vals)), 4)
    return out


def _row(run_id: str, t: Target, url: str, cap: Capture | None, lh: LighthouseResult | None,
         want_lh: bool) -> SiteMetrics:
    # The stored URL must work after the run: the scorer's own server (`url`) is gone by then.
    r = SiteMetrics(run_id=run_id, site_id=t.site_id, subdomain=t.subdomain, url=t.preview_url or url,
                    template_id=t.template_id, version=t.version, campaign=t.campaign, page_bytes=page_bytes(t),
                    content_hash=t.content_hash, live_url=t.live_url)
    errors = []
    if cap is None or not cap.ok:
        errors.append(f"browser: {cap.error if cap else 'not captured'}")
    else:
        r.load_ms = cap.load_ms
        r.axe = [v.to_dict() for v in cap.violations]
        r.axe_violations = sum(v.count for v in cap.violations)
        r.axe_serious = serious_count(cap.violations)
        r.capture_faults, r.retakes = dict(cap.faults), cap.retakes
        for name, shot in cap.shots.items():
            setattr(r, f"{name}_sha", shot.sha256)
            setattr(r, f"{name}_path", shot.path)
            setattr(r, f"{name}_height", shot.height)
            setattr(r, f"{name}_dhash", dhash(shot.path))
    if want_lh:
        if lh is None or not lh.ok:
            r.lh_error = lh.error if lh else "not audited"
            errors.append(f"lighthouse: {r.lh_error}")
        else:
            c, m = lh.categories, lh.metrics
            r.lh_performance, r.lh_accessibility = c.get("performance"), c.get("accessibility")
            r.lh_best_practices, r.lh_seo = c.get("best-practices"), c.get("seo")
            r.lcp_ms, r.cls, r.tbt_ms = m.get("lcp_ms"), m.get("cls"), m.get("tbt_ms")
            r.total_byte_weight = int(m["total_bytes"]) if m.get("total_bytes") is not None else None
            r.lh_failed_audits = lh.failed
            r.lh_spread = {CATEGORY_COLUMNS[c]: v for c, v in lh.spread.items() if c in CATEGORY_COLUMNS}
            r.lh_baseline = {CATEGORY_COLUMNS.get(c, c): v for c, v in lh.baseline.items()}
            if lh.busy_runs:
                r.lh_baseline["busy_runs"] = lh.busy_runs
            r.lh_flagged = [CATEGORY_COLUMNS[c] for c in lh.flagged if c in CATEGORY_COLUMNS]
            r.lh_benchmark = lh.benchmark
            r.lh_cpu_multiplier = lh.cpu_multiplier
            r.lh_cpu_noise = [CATEGORY_COLUMNS[c] for c in lh.cpu_noise if c in CATEGORY_COLUMNS]
        if lh is not None:
            r.lh_ms = round(lh.ms, 1)
            r.lh_runs = lh.runs
    if errors:
        r.status, r.error = "failed", "; ".join(errors)[:1000]
    return r


def score_sites(targets: list[Target], settings: Settings, options: ScoreOptions | None = None, *,
                run_id: str | None = None, source: str = "dir", campaign: str | None = None,
                progress: Callable[[int, int, int], None] | None = None, save: bool = True,
                marker: str | None = None) -> EvalResult:
    """Judge every target; returns the run summary and one SiteMetrics per target (failures included)."""
    opts = options or ScoreOptions()
    run_id = run_id or new_run_id()
    settings.home.mkdir(parents=True, exist_ok=True)
    template_ids(settings, targets)
    marker, t0 = marker or new_marker(), time.perf_counter()
    baselines = previous_medians(settings, [t.site_id for t in targets]) if opts.lighthouse else {}
    caps: dict[str, Capture] = {}
    lhs: dict[str, LighthouseResult] = {}
    lock, done, failed = threading.Lock(), set(), set()

    def tick(key: str, which: str, ok: bool) -> None:
        with lock:
            done.add((key, which))
            if not ok:
                failed.add(key)
            finished = [t.site_id for t in targets if (t.site_id, "cap") in done
                        and (not opts.lighthouse or (t.site_id, "lh") in done)]
            n_failed = sum(1 for sid in finished if sid in failed)
        if progress:
            progress(len(finished), len(targets), n_failed)

    try:
        with served(targets) as urls:
            jobs = [(t.site_id, urls[t.site_id]) for t in targets]
            lh_thread = None
            if opts.lighthouse:
                def audit() -> None:
                    lhs.update(run_lighthouse(jobs, marker, workers=opts.lh_workers, timeout=opts.lh_timeout,
                                              settings=opts.lh_settings, policy=opts.lh_repeat,
                                              cpu_target=opts.lh_cpu_target,
                                              baselines=baselines,
                                              on_result=lambda k, r: tick(k, "lh", r.ok)))
                lh_thread = threading.Thread(target=audit, name="lighthouse", daemon=True)
                if opts.overlap:
                    lh_thread.start()
            try:
                caps.update(capture_sites(jobs, screenshot_root(settings), marker,
                                          concurrency=opts.capture_concurrency, timeout_ms=opts.capture_timeout_ms,
                                          on_result=lambda k, c: tick(k, "cap", c.ok)))
            except Exception as exc:  # the browser itself failed: every site records it
                caps.update({k: Capture(ok=False, error=f"browser failed: {exc}") for k, _ in jobs})
            if lh_thread:
                if not opts.overlap:
                    lh_thread.start()
                lh_thread.join()
    finally:
        leftovers = reap(marker)
    wall = time.perf_counter() - t0
    rows = [_row(run_id, t, urls[t.site_id], caps.get(t.site_id), lhs.get(t.site_id), opts.lighthouse)
            for t in targets]
    costs = cost_by_site(settings, [r.site_id for r in rows])
    for r in rows:
        r.cost_usd = costs.get(r.site_id)
    run = {"run_id": run_id, "source": source, "campaign": campaign, "lighthouse": opts.lighthouse,
           "n_sites": len(rows), "n_failed": sum(r.status != "ok" for r in rows), "wall_s": round(wall, 2),
           "medians": medians(rows),
           "settings": {"lh_workers": opts.lh_workers, "lh_settings": opts.lh_settings,
                        "lh_repeat": asdict(opts.lh_repeat) if opts.lh_repeat else None,
                        "capture_concurrency": opts.capture_concurrency, "overlap": opts.overlap,
                        "reaped_processes": len(leftovers)}}
    if save:
        save_run(settings, run, rows)
    return EvalResult(run=run, rows=rows)
