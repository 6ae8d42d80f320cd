"""What an asset shows in the Dagster UI besides numbers: small pictures inside markdown metadata.

Dagster's markdown renders images with `data:` URLs (and no raw HTML), so colour swatches are tiny SVGs and
thumbnails small WebPs, both inline: the preview needs no file server and survives the run's folder.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from tapsite_pipeline.models import ColorScheme

SVG_SAFE = "/:=%'"          # left as they are in a data: URL; spaces, <, > and # are encoded
THUMB_WIDTH = 240          # px; a screenshot's top at 16:10, WebP q60 ≈ 4–8 KB of metadata per picture
SVG_MAX_BYTES = 16_000     # a vector hero (the offline illustrations are 1–5 KB) is shown as it is


def _cell(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).replace("|", "\\|").strip()


def _alt(text: str) -> str:
    return re.sub(r"[\[\]()|\n]", " ", str(text)).strip()[:80]


def swatches(colours: Sequence[str], size: int = 18) -> str:
    """Colours side by side as one tiny inline SVG, percent-encoded rather than base64: Dagster shows markdown
    inline only under 1,000 characters, and a palette with its label must fit."""
    rects = "".join(f"<rect x='{i * (size + 3)}' width='{size}' height='{size}' rx='3' fill='{c}'/>"
                    for i, c in enumerate(colours))
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' width='{len(colours) * (size + 3)}' height='{size}'>"
           f"{rects}</svg>")
    return f"![palette {' '.join(colours)}](data:image/svg+xml,{quote(svg, safe=SVG_SAFE)})"


def thumbnail(path: str | Path | None, alt: str, width: int = THUMB_WIDTH, aspect: float = 10 / 16) -> str:
    """The top of a picture (a screenshot, a hero image) as an inline markdown image; '' if unreadable."""
    if not path or not Path(path).is_file():
        return ""
    if Path(path).suffix.lower() == ".svg":   # Pillow reads no SVG; a small one is its own thumbnail
        data = Path(path).read_bytes()
        if len(data) > SVG_MAX_BYTES or b"<script" in data.lower():
            return ""
        return f"![{_alt(alt)}](data:image/svg+xml;base64,{base64.b64encode(data).decode()})"
    from PIL import Image
    try:
        with Image.open(path) as im:
            crop = im.convert("RGB").crop((0, 0, im.width, min(im.height, round(im.width * aspect))))
            small = crop.resize((width, max(1, round(crop.height * width / crop.width))), Image.Resampling.LANCZOS)
    except OSError:
        return ""
    buf = io.BytesIO()
    small.save(buf, "WEBP", quality=60)
    return f"![{_alt(alt)}](data:image/webp;base64,{base64.b64encode(buf.getvalue()).decode()})"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(c if str(c).startswith("![") else _cell(c) for c in map(str, row)) + " |"
              for row in rows]
    return "\n".join(lines)


PALETTE_ROLES = ("primary", "secondary", "accent", "text", "background")


def palette_cell(scheme: ColorScheme) -> str:
    """The colours a page is painted with, as swatches: primary, secondary, accent, text, background."""
    return swatches([getattr(scheme, k) for k in PALETTE_ROLES])


def excerpt(text: str, limit: int = 160) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
