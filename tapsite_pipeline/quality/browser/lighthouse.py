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

from tapsite_pipeline.quality.browser.chromium import CHROME_FLAGS, chromium_path, kill_group, marked_env, node_modules, node_path

WORKER = Path(__file__).with_name("lighthouse_worker.mjs")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")

# Static pages have no late network or long tasks to wait for; Lighthouse's 1 s quiet windows only add
# idle time. The simulated (Lantern) metrics and every category score are computed as usual.
FAST_SETTINGS = {"disableFullPageScreenshot": True, "pauseAfterFcpMs": 250, "pauseAfterLoadMs": 250,
                 "networkQuietThresholdMs": 250, "cpuQuietThresholdMs": 250}


@dataclass
class LighthouseResult:
    ok: bool
    categories: dict[str, float | None] = field(default_factory=dict)
    metrics: dict[str, float | None] = field(default_factory=dict)
    failed: list[dict] = field(default_factory=list)
    error: str | None = None
    ms: float = 0.0
    runs: int = 1

    @property
    def min_score(self) -> float:
        return min((v for v in self.categories.values() if v is not None), default=0.0)

    @classmethod
    def from_line(cls, d: dict) -> "LighthouseResult":
        err = d.get("error") or d.get("runtimeError")
        return cls(ok=bool(d.get("ok")) and not err, categories=d.get("categories") or {},
                   metrics=d.get("metrics") or {}, failed=d.get("failed") or [], error=err,
                   ms=float(d.get("ms") or 0))


class _Worker:
    """One Node process (and its Chromium) in its own process group, answering one URL at a time."""

    def __init__(self, marker: str, settings: dict, start_timeout: float):
        opts = {"chromePath": chromium_path(), "chromeFlags": CHROME_FLAGS, "settings": settings}
        self.proc = subprocess.Popen(
            [node_path(), str(WORKER), str(node_modules()), json.dumps(opts)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            start_new_session=True, env=marked_env(marker))
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


def run_lighthouse(urls: Sequence[tuple[str, str]], marker: str, workers: int = 2, timeout: float = 60.0,
                   settings: dict | None = None, rerun_below: float | None = None,
                   on_result: Callable[[str, LighthouseResult], None] | None = None,
                   start_timeout: float = 30.0, attempts: int = 2) -> dict[str, LighthouseResult]:
    """Audit (key, url) pairs with a pool of workers; every key gets a result, failures included.

    rerun_below: a page whose lowest category scores under this is audited again (up to `attempts` runs in
    all) and the best run kept — Lantern's simulated TBT, and so the performance score, grows with CPU
    contention on a shared machine, while a real regression fails every run.
    """
    settings = FAST_SETTINGS if settings is None else settings
    jobs: queue.Queue[tuple[str, str]] = queue.Queue()
    for job in urls:
        jobs.put(job)
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
                best: LighthouseResult | None = None
                for attempt in range(max(1, attempts) if rerun_below is not None else 1):
                    t0 = time.perf_counter()
                    try:
                        worker = worker or _Worker(marker, settings, start_timeout)
                        res = worker.audit(url, timeout)
                    except Exception as exc:  # timeout, crashed worker: kill its group, start afresh
                        if worker:
                            worker.close()
                        worker = None
                        res = LighthouseResult(ok=False, error=f"{type(exc).__name__}: {exc}",
                                               ms=(time.perf_counter() - t0) * 1000)
                    res.runs = attempt + 1
                    if best is None or (res.ok and (not best.ok or res.min_score > best.min_score)):
                        best = res
                    if not res.ok or rerun_below is None or res.min_score >= rerun_below:
                        break
                best.runs = res.runs
                with lock:
                    results[key] = best
                if on_result:
                    on_result(key, best)
        finally:
            if worker:
                worker.close()

    threads = [threading.Thread(target=drive, daemon=True) for _ in range(max(1, min(workers, len(urls))))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
