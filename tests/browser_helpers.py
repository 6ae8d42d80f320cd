"""Static test sites for the browser tests: small, valid, accessible pages written into a folder; and the
verdict of the tests that hold pages to Lighthouse 100."""

from __future__ import annotations

from pathlib import Path

from tapsite_pipeline.quality.browser.storage import SiteMetrics

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title>
<meta name="description" content="{title}, a test page for the browser scorer.">
<link rel="icon" href="data:,"><style>body{{font-family:sans-serif;margin:0;color:#111;background:{bg}}}
header{{background:{band};color:#fff;padding:40px 20px}}main{{padding:20px}}</style></head>
<body><header><h1>{title}</h1></header><main><p>{body}</p></main></body></html>"""


def write_site(root: Path, name: str, title: str | None = None, band: str = "#1d4ed8", bg: str = "#ffffff",
               body: str = "Fresh cookies, baked every morning.") -> Path:
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(PAGE.format(title=title or name.title(), band=band, bg=bg, body=body),
                                       encoding="utf-8")
    return folder


def short_of_100(r: SiteMetrics) -> dict[str, float | None]:
    """The Lighthouse categories of a row under 100 that are the page's fault: everything under 100 except a
    performance shortfall the noise model judged CPU noise only (total blocking time on a busy CPU, with the
    bytes, image sizes, render-blocking resources and layout shift all at 100: noise.py)."""
    scores = {"lh_performance": r.lh_performance, "lh_accessibility": r.lh_accessibility,
              "lh_best_practices": r.lh_best_practices, "lh_seo": r.lh_seo}
    return {c: v for c, v in scores.items() if v != 1 and c not in r.lh_cpu_noise}
