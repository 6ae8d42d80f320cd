"""Static test sites for the browser tests: small, valid, accessible pages written into a folder."""

from __future__ import annotations

from pathlib import Path

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
