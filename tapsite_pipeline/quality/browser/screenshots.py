"""One Chromium for all pages (Playwright, async): full-page screenshots at desktop and mobile, axe on both.

Every capture is checked (integrity.py) before it counts; a faulty one is retaken once on a fresh page, and a
fault that survives the retake is recorded beside the shot, so reports and visual diffs can set it aside.

Screenshots are stored once, addressed by the SHA-256 of their bytes (<root>/ab/abcd….png), so an unchanged
site costs no new disk space and "same hash" already means "looks the same".
"""

from __future__ import annotations

import asyncio
import hashlib
import struct
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tapsite_pipeline.files import atomic_write
from tapsite_pipeline.quality.browser.axe import Violation, merge, run_axe
from tapsite_pipeline.quality.browser.chromium import CHROME_FLAGS, chromium_path, marked_env
from tapsite_pipeline.quality.browser.integrity import check_png

VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}, "device_scale_factor": 1},
    "mobile": {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True,
               "has_touch": True},
}


@dataclass
class Shot:
    sha256: str
    path: str
    width: int
    height: int


@dataclass
class Capture:
    ok: bool
    error: str | None = None
    load_ms: float | None = None
    shots: dict[str, Shot] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)
    faults: dict[str, str] = field(default_factory=dict)   # viewport → what is still wrong after the retake
    retakes: int = 0


def integrity_args(name: str) -> dict[str, int]:
    """What a faithful full-page capture at this viewport must look like, in device pixels."""
    opts = VIEWPORTS[name]
    dpr = opts.get("device_scale_factor", 1)
    w, h = opts["viewport"]["width"] * dpr, opts["viewport"]["height"] * dpr
    return {"min_width": w, "min_height": h, "viewport_height": h}


def store_png(data: bytes, root: Path) -> Shot:
    sha = hashlib.sha256(data).hexdigest()
    path = root / sha[:2] / f"{sha}.png"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    width, height = struct.unpack(">II", data[16:24])  # PNG IHDR
    return Shot(sha256=sha, path=str(path), width=width, height=height)


async def _shoot(context, url: str, name: str, root: Path, timeout_ms: int
                 ) -> tuple[Shot, list[Violation], float, str | None, int]:
    """Load, capture, check the capture; a faulty one is retaken once on a fresh page before it counts.

    Returns the shot, axe's findings, the load time, the fault that survived the retake (or None) and
    the number of retakes.
    """
    fault, retakes = None, 0
    for attempt in range(2):
        page = await context.new_page()
        try:
            t0 = time.perf_counter()
            resp = await page.goto(url, wait_until="load", timeout=timeout_ms)
            if resp is None or resp.status >= 400:
                raise RuntimeError(f"HTTP {resp.status if resp else 'no response'} for {url}")
            await page.evaluate("document.fonts.ready.then(() => true)")
            load_ms = (time.perf_counter() - t0) * 1000
            png = await page.screenshot(full_page=True, animations="disabled", timeout=timeout_ms)
            fault = await asyncio.to_thread(check_png, png, **integrity_args(name))
            if fault and attempt == 0:
                retakes += 1
                continue
            violations = await run_axe(page, name)
            return store_png(png, root), violations, load_ms, fault, retakes
        finally:
            await page.close()
    raise AssertionError("unreachable: the second attempt always returns")


async def _capture_all(jobs: Sequence[tuple[str, str]], root: Path, marker: str, concurrency: int,
                       timeout_ms: int, on_result: Callable[[str, Capture], None] | None) -> dict[str, Capture]:
    from playwright.async_api import async_playwright

    results: dict[str, Capture] = {}
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium_path(), args=CHROME_FLAGS,
                                           env=marked_env(marker), headless=True)
        try:
            contexts = {name: await browser.new_context(**opts, reduced_motion="reduce")
                        for name, opts in VIEWPORTS.items()}
            sem = asyncio.Semaphore(concurrency)

            async def one(key: str, url: str) -> None:
                async with sem:
                    cap = Capture(ok=True)
                    try:
                        found = []
                        for name, ctx in contexts.items():
                            shot, violations, load_ms, fault, retakes = await _shoot(ctx, url, name, root,
                                                                                     timeout_ms)
                            cap.shots[name] = shot
                            cap.retakes += retakes
                            if fault:
                                cap.faults[name] = fault
                            found.append(violations)
                            cap.load_ms = cap.load_ms or round(load_ms, 1)
                        cap.violations = merge(*found)
                    except Exception as exc:  # a page that does not load is a result, not a crash
                        cap = Capture(ok=False, error=f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
                    results[key] = cap
                    if on_result:
                        on_result(key, cap)

            await asyncio.gather(*(one(k, u) for k, u in jobs))
        finally:
            await browser.close()
    return results


def capture_sites(jobs: Sequence[tuple[str, str]], root: Path, marker: str, concurrency: int = 3,
                  timeout_ms: int = 20_000,
                  on_result: Callable[[str, Capture], None] | None = None) -> dict[str, Capture]:
    """Screenshot and axe-check (key, url) pairs with one browser and a few pages in flight."""
    return asyncio.run(_capture_all(jobs, root, marker, concurrency, timeout_ms, on_result))
