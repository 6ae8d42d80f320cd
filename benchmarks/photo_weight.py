"""Page weight with and without the owner's photos: each sample brief generated twice (the niche drawing, then
two photos), each page loaded in Chromium on a phone (412×823 @1.75) and a desktop (1350×940 @1); prints the
bytes the browser fetched on load and after scrolling to the end (lazy gallery), and the bytes deployed.

    .venv/bin/python benchmarks/photo_weight.py [--sites 12] [--json]

The photos are scikit-learn's two sample photographs: one scaled to 2400 px (a phone's photo, exported
smaller), one at its own 640 px.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PIL import Image
from sklearn.datasets import load_sample_image

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import Runtime, generate_site, site_id_for
from tapsite_pipeline.quality.browser.chromium import CHROME_FLAGS, chromium_path
from tapsite_pipeline.resources import data_dir

VIEWPORTS = {"phone": ({"width": 412, "height": 823}, 1.75), "desktop": ({"width": 1350, "height": 940}, 1)}
SCROLL = "async () => { for (const i of document.images) { i.scrollIntoView(); await i.decode().catch(() => 0); } }"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:   # one line per request would bury the results
        pass


def _photos(folder: Path) -> list[str]:
    Image.fromarray(load_sample_image("china.jpg")).resize((2400, 1601), Image.Resampling.LANCZOS).save(
        folder / "shop.jpg", quality=90)
    Image.fromarray(load_sample_image("flower.jpg")).save(folder / "cake.jpg", quality=90)
    return [str(folder / "shop.jpg"), str(folder / "cake.jpg")]


def _fetched(browser, url: str, size: dict, dpr: float) -> tuple[int, int]:
    """Bytes of every response body on load, and after every image has been scrolled into view."""
    page = browser.new_page(viewport=size, device_scale_factor=dpr)
    got: dict[str, int] = {}
    page.on("requestfinished", lambda r: got.__setitem__(r.url, r.sizes()["responseBodySize"]))
    page.goto(url, wait_until="networkidle")
    on_load = sum(got.values())
    page.evaluate(SCROLL)
    page.wait_for_load_state("networkidle")
    after = sum(got.values())
    page.close()
    return on_load, after


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=12)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    briefs = [ln.strip() for ln in (data_dir("datasets") / "sample_briefs.txt").read_text().splitlines() if ln.strip()]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rt = Runtime.local(root / "home")
        photos = _photos(root)
        pages = []
        for text in briefs[: args.sites]:
            for label, with_photos in (("drawing", []), ("photos", photos)):
                b = make_brief(text, photos=with_photos, require_contact=False)
                r = generate_site(b, rt, site_id_for(b, label), subdomain_name=f"{label}-{b.text[:20]}")
                pages.append((text[:40], label, r.deployment.subdomain, r.site.total_bytes))
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(rt.settings.deploy_root)))
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROME_FLAGS)
            for brief, label, sub, deployed in pages:
                row = {"brief": brief, "variant": label, "deployed": deployed}
                for vp, (size, dpr) in VIEWPORTS.items():
                    row[f"{vp}_load"], row[f"{vp}_scrolled"] = _fetched(browser, f"{base}/{sub}/live/index.html",
                                                                        size, dpr)
                rows.append(row)
            browser.close()
        httpd.shutdown()
    keys = ("deployed", "phone_load", "phone_scrolled", "desktop_load", "desktop_scrolled")
    summary = {label: {k: {"median": statistics.median(r[k] for r in rows if r["variant"] == label),
                           "max": max(r[k] for r in rows if r["variant"] == label)} for k in keys}
               for label in ("drawing", "photos")}
    if args.json:
        print(json.dumps({"sites": len(pages) // 2, "summary": summary, "rows": rows}, indent=1))
        return 0
    print(f"{len(pages) // 2} sample briefs, each without and with two photos (KB; median / max over sites)")
    print(f"{'':10}" + "".join(f"{k:>20}" for k in keys))
    for label, s in summary.items():
        print(f"{label:10}" + "".join(f"{s[k]['median'] / 1000:>11.1f} / {s[k]['max'] / 1000:<6.1f}" for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
