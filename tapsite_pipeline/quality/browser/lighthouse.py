"""Lighthouse as a pool of long-lived Node workers, each reusing one Chromium (lighthouse_worker.mjs).

A cold `lighthouse` CLI run costs ~11 s here; a warm worker with the full-page screenshot off and shorter
quiet-window waits costs ~4 s, and most of that is waiting, so two workers overlap well on two cores.
Each worker runs in its own process group: a page that exceeds its timeout kills the whole group (Node and
its Chromium) and a fresh worker takes over the rest of the queue.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tapsite_pipeline.quality.browser.chromium import (
    CHROME_FLAGS,
    STACK_ENV,
    chromium_path,
    kill_group,
    marked_env,
    new_marker,
    node_modules,
    node_path,
    reap,
)
from tapsite_pipeline.quality.browser.noise import LOAD_FREE_AUDITS, RepeatPolicy, combine, spread

WORKER = Path(__file__).with_name("lighthouse_worker.mjs")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")

# Static pages have no late network or long tasks to wait for; Lighthouse's 1 s quiet windows only add
# idle time. The simulated (Lantern) metrics and every category score are computed as usual.
FAST_SETTINGS = {"disableFullPageScreenshot": True, "pauseAfterFcpMs": 250, "pauseAfterLoadMs": 250,
                 "networkQuietThresholdMs": 250, "cpuQuietThresholdMs": 250}

# Lighthouse's mobile preset slows the host CPU 4x, which its docs (throttling.md) calibrate for a high-end
# desktop (benchmark index 1500-2000) becoming a mid-tier phone. On a slower or busier host the same 4x
# emulates a slower phone, and the simulated TBT of a static page then moves with the machine, not the page.
# So the multiplier is the host's index over this target (1x-4x, lighthouse_worker.mjs): the phone the
# preset means, 1750 / 4, on whatever machine audits. Stored per score as lh_cpu_multiplier.
CPU_TARGET_INDEX = 440.0


@dataclass
class LighthouseResult:
    ok: bool
    categories: dict[str, float | None] = field(default_factory=dict)
    metrics: dict[str, float | None] = field(default_factory=dict)
    failed: list[dict] = field(default_factory=list)
    load_free: dict[str, float | None] = field(default_factory=dict)   # noise.LOAD_FREE_AUDITS' scores (None: n/a)
    error: str | None = None
    ms: float = 0.0
    runs: int = 1
    benchmark: float | None = None                         # Lighthouse's CPU benchmark index
    cpu_multiplier: float | None = None                    # the CPU slowdown the run simulated
    calibration_index: float | None = None                 # the host index that slowdown was computed from
    spread: dict[str, float | None] = field(default_factory=dict)
    baseline: dict[str, float] = field(default_factory=dict)
    flagged: list[str] = field(default_factory=list)
    history: list[dict[str, float | None]] = field(default_factory=list)   # every run's categories
    busy_runs: int = 0                                     # runs on a CPU much busier than the baseline's
    cpu_noise: list[str] = field(default_factory=list)     # categories under the floor by CPU noise only

    @classmethod
    def from_line(cls, d: dict) -> LighthouseResult:
        err = d.get("error") or d.get("runtimeError")
        return cls(ok=bool(d.get("ok")) and not err, categories=d.get("categories") or {},
                   metrics=d.get("metrics") or {}, failed=d.get("failed") or [],
                   load_free=d.get("loadFree") or {}, error=err,
                   ms=float(d.get("ms") or 0), benchmark=d.get("benchmarkIndex"),
                   cpu_multiplier=d.get("cpuMultiplier"), calibration_index=d.get("calibrationIndex"))


def combine_runs(runs: list[LighthouseResult], policy: RepeatPolicy, baseline: dict[str, float] | None,
                 target_index: float | None = None) -> LighthouseResult:
    """One result from repeated runs of a page: median (or best) per category and metric, the spread, the
    categories whose drop below the baseline repeated on a CPU as free as the baseline's, and (without a
    baseline) whether the kept run's performance under the policy's floor is CPU noise only.

    `baseline`: {category: previous median, "benchmark": the CPU benchmark index it was measured at}.
    `target_index`: the benchmark index the CPU slowdown was calibrated to (the phone the throttling means).
    """
    good = [r for r in runs if r.ok]
    bench = (baseline or {}).get("benchmark")
    if not good:
        last = runs[-1]
        return LighthouseResult(ok=False, error=last.error, ms=sum(r.ms for r in runs), runs=len(runs))
    cats = {c: combine([r.categories.get(c) for r in good], policy.keep) for c in good[0].categories}
    metrics = {m: combine([r.metrics.get(m) for r in good], "median") for m in good[0].metrics}
    perf = cats.get("performance")
    closest = min(good, key=lambda r: abs((r.categories.get("performance") or 0) - (perf or 0)))
    history = [r.categories for r in good]
    return LighthouseResult(
        ok=True, categories=cats, metrics=metrics, failed=closest.failed, load_free=closest.load_free,
        ms=sum(r.ms for r in runs),
        runs=len(runs), benchmark=combine([r.benchmark for r in good], "median"),
        cpu_multiplier=combine([r.cpu_multiplier for r in good], "median"),
        calibration_index=combine([r.calibration_index for r in good], "median"),
        spread={c: spread([h.get(c) for h in history]) for c in cats}, baseline=dict(baseline or {}),
        flagged=policy.flagged(good, baseline, bench), history=history,
        busy_runs=sum(policy.busy(r, bench) for r in good),
        cpu_noise=["performance"] if not baseline and policy.cpu_noise(closest, target_index) else [])


class _Worker:
    """One Node process (and its Chromium) in its own process group, answering one URL at a time."""

    def __init__(self, marker: str, settings: dict, start_timeout: float, cpu_target: float | None = None):
        self.tag = new_marker()   # this worker's own stack, within the run's marker
        opts = {"chromePath": chromium_path(), "chromeFlags": CHROME_FLAGS, "settings": settings,
                "cpuTargetIndex": cpu_target, "loadFreeAudits": list(LOAD_FREE_AUDITS)}
        self.proc = subprocess.Popen(
            [node_path(), str(WORKER), str(node_modules()), json.dumps(opts)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            start_new_session=True, env=marked_env(marker, {STACK_ENV: self.tag}))
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        ready = self._next(start_timeout)
        if not ready or not json.loads(ready).get("ready"):
            self.close()
            raise RuntimeError("lighthouse worker did not start")

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def _next(self, timeout: float) -> str | None:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            return None

    def audit(self, url: str, timeout: float) -> LighthouseResult:
        self.proc.stdin.write(json.dumps({"id": 0, "url": url}) + "\n")
        self.proc.stdin.flush()
        line = self._next(timeout)
        if line is None:
            raise TimeoutError(f"lighthouse gave no result within {timeout:.0f} s")
        return LighthouseResult.from_line(json.loads(line))

    def close(self) -> None:
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired, ValueError):
            pass
        kill_group(self.proc)
        reap(self.tag, variable=STACK_ENV)  # Chromium's crash handlers, outside the group, go with it


def run_lighthouse(urls: Sequence[tuple[str, str]], marker: str, workers: int = 2, timeout: float = 60.0,
                   settings: dict | None = None, policy: RepeatPolicy | None = None,
                   baselines: dict[str, dict[str, float]] | None = None,
                   on_result: Callable[[str, LighthouseResult], None] | None = None,
                   start_timeout: float = 30.0, cpu_target: float | None = CPU_TARGET_INDEX,
                   ) -> dict[str, LighthouseResult]:
    """Audit (key, url) pairs with a pool of workers; every key gets a result, failures included.

    With a `policy`, a page whose scores fall under its previous median (`baselines[key]`, or the policy's
    floor) is audited again — at the back of the queue, so the repeat runs after the first pass, when the
    screenshots and most other audits are done — until its drop is confirmed or refuted (noise.py).
    `cpu_target`: the benchmark index the CPU slowdown is calibrated to (None: Lighthouse's fixed 4x).
    """
    settings = FAST_SETTINGS if settings is None else settings
    baselines = baselines or {}
    jobs: queue.Queue[tuple[str, str]] = queue.Queue()
    for job in urls:
        jobs.put(job)
    runs: dict[str, list[LighthouseResult]] = {}
    results: dict[str, LighthouseResult] = {}
    lock = threading.Lock()

    def drive() -> None:
        worker: _Worker | None = None
        try:
            while True:
                try:
                    key, url = jobs.get_nowait()
                except queue.Empty:
                    return
                t0 = time.perf_counter()
                try:
                    worker = worker or _Worker(marker, settings, start_timeout, cpu_target)
                    res = worker.audit(url, timeout)
                except Exception as exc:  # timeout, crashed worker: kill its group, start afresh
                    if worker:
                        worker.close()
                    worker = None
                    res = LighthouseResult(ok=False, error=f"{type(exc).__name__}: {exc}",
                                           ms=(time.perf_counter() - t0) * 1000)
                with lock:
                    mine = runs.setdefault(key, [])
                    mine.append(res)
                    base = baselines.get(key)
                    repeat = (policy is not None and res.ok
                              and policy.again([r for r in mine if r.ok], base, (base or {}).get("benchmark")))
                    if repeat:
                        jobs.put((key, url))
                        continue
                    if policy is None:
                        final = res
                    else:
                        final = combine_runs(mine, policy, baselines.get(key), cpu_target)
                    results[key] = final
                if on_result:
                    on_result(key, final)
        finally:
            if worker:
                worker.close()

    threads = [threading.Thread(target=drive, daemon=True) for _ in range(max(1, min(workers, len(urls))))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
