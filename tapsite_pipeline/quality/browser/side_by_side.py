"""Two versions of a page in one PNG, side by side (phone width, whole page), as `tapsite diff --screenshot` shows."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from tapsite_pipeline.files import atomic_write_with
from tapsite_pipeline.quality.browser.chromium import CHROME_FLAGS, chromium_path, marked_env, new_marker, reap

VIEWPORT = {"width": 412, "height": 900}
LABEL_H, GAP = 36, 24


def _shoot(pages: Sequence[Path]) -> list[bytes]:
    from playwright.sync_api import sync_playwright
    marker = new_marker()
    shots = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROME_FLAGS,
                                         env=marked_env(marker))
            try:
                context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
                for page_path in pages:
                    page = context.new_page()
                    page.goto(Path(page_path).resolve().as_uri(), wait_until="load", timeout=30_000)
                    shots.append(page.screenshot(full_page=True, type="png"))
                    page.close()
            finally:
                browser.close()
    finally:
        reap(marker)  # a crashed run must not leave its Chromium behind
    return shots


def side_by_side(pages: Sequence[Path], labels: Sequence[str], out: Path) -> Path:
    """Screenshot each page (index.html on disk) and write them next to each other, labelled, to `out`."""
    from PIL import Image, ImageDraw

    images = [Image.open(io.BytesIO(b)).convert("RGB") for b in _shoot(pages)]
    width = sum(im.width for im in images) + GAP * (len(images) - 1)
    height = max(im.height for im in images) + LABEL_H
    canvas = Image.new("RGB", (width, height), "#e5e7eb")
    draw = ImageDraw.Draw(canvas)
    x = 0
    for im, label in zip(images, labels, strict=True):
        draw.rectangle([x, 0, x + im.width, LABEL_H - 1], fill="#111827")
        draw.text((x + 12, 10), label, fill="#ffffff")
        canvas.paste(im, (x, LABEL_H))
        x += im.width + GAP
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_with(out, lambda tmp: canvas.save(tmp, "PNG", optimize=True))
    return out
