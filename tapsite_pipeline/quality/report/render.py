"""Write the dashboard: <out>/index.html plus <out>/img/ thumbnails, all relative, so it opens from disk.

The page is one static file: summary, trend and distribution charts drawn here as SVG; the sites themselves
as JSON inside the file, searched, filtered, paged and compared across runs by a small inline script
(templates/report.js), so 5,000 sites open as fast as 50.
"""

from __future__ import annotations

import html
import os
import shutil
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from tapsite_pipeline.files import atomic_write, atomic_write_with
from tapsite_pipeline.quality.browser.storage import SCORE_COLUMNS, load_run, report_root
from tapsite_pipeline.quality.browser.visual import diff_image
from tapsite_pipeline.quality.report import charts
from tapsite_pipeline.quality.report.data import LABELS, SCORE_BINS, Comparison, compare_runs, histogram, summary
from tapsite_pipeline.quality.report.site_data import SHORT, payload
from tapsite_pipeline.settings import Settings

TEMPLATES = Path(__file__).with_name("templates")
THUMB = {"desktop": (320, 200), "mobile": (120, 260)}   # width, visible height (top of the page)
SIDE = (360, 540)


def thumbnail(src: str | None, out: Path, size: tuple[int, int], cache: Path | None = None) -> str | None:
    """The top of a full-page screenshot, scaled to `size`, as WebP; returns the path relative to the report.

    Made once per screenshot in `cache` (screenshots are content-addressed, so is this) and hard-linked into
    the report, so a report of thousands of sites stays a self-contained folder without redrawing them.
    """
    if not src or not Path(src).is_file():
        return None
    from PIL import Image
    name = f"{Path(src).stem[:20]}-{size[0]}x{size[1]}.webp"
    dest = out / "img" / name
    if dest.exists():
        return f"img/{name}"
    made = (cache or out / "img") / name
    if not made.exists():
        made.parent.mkdir(parents=True, exist_ok=True)
        with Image.open(src) as im:
            w, h = size
            crop_h = min(im.height, round(im.width * h / w))
            small = im.convert("RGB").crop((0, 0, im.width, crop_h)).resize(
                (w, max(1, round(crop_h * w / im.width))), Image.Resampling.LANCZOS)
        atomic_write_with(made, lambda tmp: small.save(tmp, "WEBP", quality=78))
    if made != dest:
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(made, dest)
        except FileExistsError:
            pass
        except OSError:
            shutil.copyfile(made, dest)
    return f"img/{name}"


def pct(v: float | None) -> str:
    return "–" if v is None else f"{v * 100:.0f}"


def score_class(v: float | None) -> str:
    if v is None:
        return "na"
    return "good" if v >= 0.9 else ("ok" if v >= 0.5 else "bad")


def fmt_delta(v: float | None, col: str) -> str:
    if v is None:
        return "–"
    if col in SCORE_COLUMNS:
        return f"{v * 100:+.0f}"
    if col == "total_byte_weight":
        return f"{v / 1024:+.1f} KB"
    if col == "axe_violations":
        return f"{v:+.0f}"
    return f"{v:+.0f} ms"


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(pct=pct, score_class=score_class, fmt_delta=fmt_delta)
    return env


def build_report(settings: Settings, run_id: str | None = None, baseline: str | None = None,
                 out_dir: Path | None = None) -> Path:
    """Render the report of run_id (latest when None), compared with baseline when given; returns index.html."""
    run, rows = load_run(settings, run_id)
    comp: Comparison | None = None
    if baseline:
        base_run, base_rows = load_run(settings, baseline)
        comp = compare_runs(rows, base_run, base_rows)
    name = run["run_id"] + (f"--vs--{comp.baseline_run['run_id']}" if comp else "")
    out = out_dir or report_root(settings) / name
    out.mkdir(parents=True, exist_ok=True)
    cache = settings.home / "thumbs"

    leads = lead_counts(settings)   # form submissions per site: what the pages brought in
    for r in rows:
        r["leads"] = leads.get(r.get("subdomain") or "", 0)
    data = payload(settings, run, rows, lambda src, vp: thumbnail(src, out, THUMB[vp], cache))
    ok = [r for r in rows if r["status"] == "ok"]
    dists = [(LABELS[c], charts.bars(f"{LABELS[c]} score distribution",
                                     histogram([r[c] for r in ok if r.get(c) is not None], SCORE_BINS)))
             for c in SCORE_COLUMNS]
    axe_counts = [r.get("axe_violations") or 0 for r in ok]
    dists.append(("axe violations", charts.bars("Sites by number of axe violations (affected elements)", [
        ("0", sum(v == 0 for v in axe_counts)), ("1–2", sum(1 <= v <= 2 for v in axe_counts)),
        ("3–9", sum(3 <= v <= 9 for v in axe_counts)), ("10+", sum(v >= 10 for v in axe_counts))])))
    points = [(r.get("cost_usd") or 0.0, sum(r[c] for c in SCORE_COLUMNS) / 4, r["subdomain"])
              for r in ok if all(r.get(c) is not None for c in SCORE_COLUMNS)]
    cost_chart = charts.scatter("Generation cost per site against mean Lighthouse score", points,
                                "generation cost per site (USD)", "mean Lighthouse score") if points else None
    runs = data["runs"]
    trend = charts.lines("Median Lighthouse scores over the last runs", [r["created"][5:] for r in runs],
                         {LABELS[c]: [r["medians"].get(SHORT[c]) for r in runs] for c in SCORE_COLUMNS},
                         lo=50) if len(runs) > 1 and run.get("lighthouse") else None
    if comp:
        for ch in comp.visually_changed:
            ch.images = {vp: {"base": thumbnail(ch.baseline.get(f"{vp}_path"), out, SIDE, cache),
                              "cur": thumbnail(ch.current.get(f"{vp}_path"), out, SIDE, cache),
                              "diff": _diff(ch, vp, out)} for vp in ("desktop",)}
    env = _env()
    page = env.get_template("report.html.j2").render(
        run=run, summary={**summary(run, rows), "leads": sum(r["leads"] for r in rows)}, labels=LABELS, score_cols=SCORE_COLUMNS, short=SHORT,
        dists=dists, cost_chart=cost_chart, points=points, comp=comp, trend=trend, runs=runs,
        flagged=sum(1 for r in rows if r.get("lh_flagged")), faults=sum(1 for r in rows if r.get("capture_faults")),
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"), data=data,
        script=(TEMPLATES / "report.js").read_text(encoding="utf-8"),
        style=(TEMPLATES / "report.css").read_text(encoding="utf-8"))
    index = out / "index.html"
    atomic_write(index, page)
    return index


def lead_counts(settings: Settings) -> dict[str, int]:
    """Form submissions per subdomain (read-only, best effort: a report never fails for want of leads)."""
    from tapsite_pipeline import store
    from tapsite_pipeline.forms.store import count_by_site
    if not settings.db_path.exists():
        return {}
    try:
        with store.connect(settings.db_path, read_only=True) as con:
            return count_by_site(con)
    except Exception:  # noqa: BLE001 — no form_submissions table yet, or the store is busy
        return {}


def _diff(ch, vp: str, out: Path) -> str | None:
    a, b = ch.current.get(f"{vp}_path"), ch.baseline.get(f"{vp}_path")
    if not (a and b and Path(a).is_file() and Path(b).is_file()):
        return None
    name = f"diff-{html.escape(ch.site_id)[:16]}-{vp}.webp"
    diff_image(a, b, out / "img" / name)
    return f"img/{name}"
