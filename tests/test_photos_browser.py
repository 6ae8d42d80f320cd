"""Pages with the owner's photos, judged in Chromium: 0 axe violations, no image drawn with fewer image pixels
than device pixels (the photo's own pixels of whichever srcset candidate loaded, against its box — object-fit
included — × devicePixelRatio) on a phone, a desktop and a high-density desktop, and Lighthouse 100 ×4."""

from __future__ import annotations

import re
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from sklearn.datasets import load_sample_image

from browser_helpers import short_of_100
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import Runtime, generate_site, site_id_for
from tapsite_pipeline.quality.browser.chromium import CHROME_FLAGS, chromium_path, new_marker, ours
from tapsite_pipeline.quality.browser.lighthouse import CPU_TARGET_INDEX, run_lighthouse
from tapsite_pipeline.quality.browser.noise import LOAD_FREE_AUDITS, RepeatPolicy
from tapsite_pipeline.quality.browser.scorer import ScoreOptions, score_sites
from tapsite_pipeline.quality.browser.targets import Target
from tapsite_pipeline.settings import Settings

pytestmark = pytest.mark.browser

BRIEF = "Toko Kue Ani di Bandung jual nastar, kastengel dan putri salju, warna pink, WA 081234567890"
# one template per hero variant (split, banner, centered, minimal: the last puts both photos in the gallery)
TEMPLATES = ("warung-hangat", "kopi-senja", "dapur-ceria")
VIEWPORTS = {"phone": ({"width": 412, "height": 823}, 1.75), "desktop": ({"width": 1350, "height": 940}, 1),
             "desktop-2x": ({"width": 1350, "height": 940}, 2)}

# For each <img>: the pixels of the file it shows (currentSrc, loaded alone: naturalWidth of a srcset image
# is density-corrected) and how much the box enlarges them, object-fit: cover included.
MEASURE = """async () => {
  const out = [];
  for (const img of document.querySelectorAll('img')) {
    img.scrollIntoView(); if (!img.complete) await new Promise(r => img.addEventListener('load', r, {once: true}));
    const own = new Image(); own.src = img.currentSrc; await own.decode();
    const box = img.getBoundingClientRect();
    const scale = Math.max(box.width / own.naturalWidth, box.height / own.naturalHeight) * devicePixelRatio;
    out.push({src: img.currentSrc.split('/').pop(), natural: own.naturalWidth, rendered: box.width,
              dpr: devicePixelRatio, scale});
  }
  return out;
}"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:   # one line per request would bury the results
        pass


def _photos(folder: Path) -> list[str]:
    """Two real photographs (scikit-learn's samples): one a phone would take (2400 px), one small (640 px)."""
    big = Image.fromarray(load_sample_image("china.jpg")).resize((2400, 1601), Image.Resampling.LANCZOS)
    big.save(folder / "shop.jpg", quality=90)
    Image.fromarray(load_sample_image("flower.jpg")).save(folder / "cake.jpg", quality=90)
    return [str(folder / "shop.jpg"), str(folder / "cake.jpg")]


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    root = tmp_path_factory.mktemp("photo-pages")
    rt = Runtime.local(root / "home")
    photos = _photos(root)
    out = []
    for tid in (*TEMPLATES, "minimal"):
        template = tid if tid != "minimal" else next(t.id for t in rt.catalog.templates
                                                      if t.components.get("hero") == "minimal")
        brief = make_brief(BRIEF, photos=photos)
        r = generate_site(brief, rt, site_id_for(brief, "photos", template), template_id=template,
                          subdomain_name=f"photos-{template}")
        out.append(Target(site_id=r.site_id, subdomain=r.deployment.subdomain,
                          live_dir=Path(r.deployment.live_dir), template_id=template, version=r.deployment.version))
    return root, out


@pytest.fixture(scope="module")
def server(sites):
    root, _ = sites
    sites_root = root / "home" / "sites"
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(sites_root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_no_photo_is_drawn_larger_than_its_pixels_and_axe_finds_nothing(sites, server):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    _, targets = sites
    problems, measured = [], 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROME_FLAGS)
        try:
            for t in targets:
                for name, (size, dpr) in VIEWPORTS.items():
                    page = browser.new_page(viewport=size, device_scale_factor=dpr)
                    page.goto(f"{server}/{t.subdomain}/live/index.html", wait_until="load")
                    imgs = page.evaluate(MEASURE)
                    assert len(imgs) == 2, (t.template_id, imgs)   # hero + gallery, or both in the gallery
                    for im in imgs:
                        measured += 1
                        if im["scale"] > 1.01:
                            problems.append(f"{t.template_id} {name}: {im}")
                    res = Axe().run(page, options={"runOnly": {"type": "tag", "values": [
                        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}})
                    for v in res.response["violations"]:
                        problems.append(f"{t.template_id} {name}: axe {v['id']} ({len(v['nodes'])})")
                    page.close()
        finally:
            browser.close()
    assert measured == len(targets) * len(VIEWPORTS) * 2
    assert not problems, "\n".join(problems)


def test_pages_with_photos_keep_lighthouse_100(sites, home):
    """As the template test: Lighthouse alone, a page under 100 audited again (up to 5 runs, best kept) since a
    shared CPU's simulated TBT is noisy; a performance shortfall still there is judged by the noise model, which
    excuses only total blocking time on a busy CPU with every load-free audit at 100. A heavier page fails."""
    _, targets = sites
    marker = new_marker()
    res = score_sites(targets, Settings.load(home), ScoreOptions(
        lh_workers=1, overlap=False, lh_repeat=RepeatPolicy(attempts=5, floor=1.0, keep="best")), marker=marker)
    assert ours(marker) == []
    low = []
    for r in res.rows:
        if r.status != "ok" or short_of_100(r) or r.axe_violations:
            low.append(f"{r.template_id}: {r.status} {short_of_100(r)} runs={r.lh_runs} cpu={r.lh_cpu_multiplier}x "
                       f"index={r.lh_benchmark} {[a['id'] for a in r.lh_failed_audits]}")
    assert not low, "\n".join(low)


def test_a_heavier_photo_page_is_never_excused_as_cpu_noise(sites, server):
    """The noise model's verdict has the audits it needs on a real page (all at 100 on ours), and a page made
    heavier (a 2400 px photo drawn 320 px wide at the top) loses them: its shortfall is the page's, on any CPU."""
    root, targets = sites
    t = targets[0]
    heavier = root / "home" / "sites" / "photos-heavier" / "live"
    shutil.copytree(t.live_dir, heavier)
    Image.fromarray(load_sample_image("china.jpg")).resize((2400, 1601)).save(heavier / "big.png")
    page = heavier / "index.html"
    html = page.read_text(encoding="utf-8")
    html = re.sub(r"(<body[^>]*>)", r'\1<img src="big.png" width="320" height="213" alt="" loading="eager">', html,
                  count=1)
    page.write_text(html, encoding="utf-8")
    marker = new_marker()
    got = run_lighthouse([("page", f"{server}/{t.subdomain}/live/index.html"),
                          ("heavier", f"{server}/photos-heavier/live/index.html")], marker, workers=1)
    assert ours(marker) == []
    assert got["page"].ok and got["heavier"].ok, (got["page"].error, got["heavier"].error)
    assert set(got["page"].load_free) == set(LOAD_FREE_AUDITS)
    assert all(v is None or v == 1 for v in got["page"].load_free.values()), got["page"].load_free
    heavy = got["heavier"]
    # the image's bytes show in the load-free audits; the performance score itself may still round to 100 on a
    # local server, so the verdict is asked about the same shortfall (blocking time only) on both pages
    assert any(v is not None and v < 1 for v in heavy.load_free.values()), heavy.load_free

    def short_on_cpu(run):
        return SimpleNamespace(categories={**run.categories, "performance": 0.98}, load_free=run.load_free,
                               failed=[{"id": "total-blocking-time", "category": "performance"}],
                               benchmark=run.benchmark, cpu_multiplier=run.cpu_multiplier)

    policy = RepeatPolicy(floor=1.0)
    assert policy.cpu_noise(short_on_cpu(got["page"]), CPU_TARGET_INDEX)  # our page: CPU noise, excused
    assert not policy.cpu_noise(short_on_cpu(heavy), CPU_TARGET_INDEX)   # the heavier one: never

