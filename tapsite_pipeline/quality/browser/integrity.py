"""Is a screenshot a faithful picture of the page? Checked before it counts: it decodes whole at the size the
viewport promises, it is not blank, and it is not a tiling of itself (a compositor fault seen here once drew
a page's hero four times in a 2×2 grid).

Tiling is found by comparing the picture with itself shifted by a fraction of its size: a real page's detail
(text, edges) never lines up with a copy of itself half a page away, a tiled capture's does. Only pixels with
detail on either side are compared, so flat backgrounds (which match anything) cannot make a page look tiled.
"""

from __future__ import annotations

import io
from pathlib import Path

SAMPLE_WIDTH = 256          # the comparisons run on a grey copy this wide
EDGE = 12                   # grey-level step that counts as detail
SAME = 16                   # grey-level difference still counted as "the same pixel" (scaling, antialiasing)
MIN_DETAIL = 0.01           # below this share of detail pixels there is nothing to compare
TILED_BELOW = 0.15          # real pages measured >= 0.44 at every shift tried; tilings 0.00-0.05
BLANK_RANGE = 4             # grey levels: a capture whose every pixel is within this range is blank


def _grey(img, width: int = SAMPLE_WIDTH):
    import numpy as np
    from PIL import Image
    h = max(2, round(img.height * width / img.width))
    return np.asarray(img.convert("L").resize((width, h), Image.Resampling.BILINEAR), dtype=np.int16)


def _detail(g):
    import numpy as np
    d = np.zeros(g.shape, dtype=bool)
    d[:, 1:] |= np.abs(np.diff(g, axis=1)) > EDGE
    d[1:, :] |= np.abs(np.diff(g, axis=0)) > EDGE
    return d


def _lines_up(g, detail, shift: int, axis: int) -> bool:
    """True when the picture matches itself moved by `shift` pixels along `axis` (1 = across, 0 = down)."""
    return mismatch(g, detail, shift, axis) < TILED_BELOW


def mismatch(g, detail, shift: int, axis: int) -> float:
    """Share of detail pixels that differ from the picture moved by `shift` (±1 px: scaling drifts a row)."""
    import numpy as np
    if axis == 0:
        g, detail = g.T, detail.T
    n = g.shape[1]
    if shift <= 2 or shift >= n - 3:
        return 1.0
    a, da = g[:, 1:n - shift - 1], detail[:, 1:n - shift - 1]
    diffs = [np.abs(a - g[:, 1 + shift + d:n - 1 + d]) for d in (-1, 0, 1)]
    mask = da | detail[:, 1 + shift:n - 1]
    if mask.mean() < MIN_DETAIL:
        return 1.0
    return float((np.minimum(np.minimum(diffs[0], diffs[1]), diffs[2])[mask] > SAME).mean())


def tiling(g, period: int | None = None) -> str | None:
    """'2×1', '1×3', … when the picture repeats itself across or down, 'every N px' when it repeats down with
    `period` (a screen's height: full-page captures are stitched screen by screen); None when it does not."""
    detail = _detail(g)
    h, w = g.shape
    for k in (2, 3, 4):
        across = _lines_up(g, detail, round(w / k), axis=1)
        down = _lines_up(g, detail, round(h / k), axis=0)
        if across or down:
            return f"{k if across else 1}×{k if down else 1}"
    if period and period < h / 2 and _lines_up(g, detail, period, axis=0):
        return f"down every {period * 100 // h}% of the page"
    return None


def check_image(img, min_width: int | None = None, min_height: int | None = None,
                viewport_height: int | None = None) -> str | None:
    """None when the picture can be trusted, else what is wrong with it, in a few words.

    min_width / min_height: the viewport in device pixels (a full-page capture is never smaller);
    viewport_height: one screen in device pixels, the period of a stitching fault.
    """
    if min_width and img.width < min_width:
        return f"decoded {img.width}×{img.height}, expected at least {min_width} px wide"
    if min_height and img.height < min_height:
        return f"decoded {img.width}×{img.height}, expected at least {min_height} px high"
    lo, hi = img.convert("L").getextrema()
    if hi - lo <= BLANK_RANGE:   # not a single text pixel anywhere on the page
        return "blank: one colour"
    g = _grey(img)
    screen = round(viewport_height * g.shape[1] / img.width) if viewport_height else None
    whole = tiling(g, period=screen)
    if whole:
        return f"tiled {whole}: the picture repeats itself"
    if viewport_height and img.height > viewport_height * 1.5:
        # The first screen alone (the hero) can be tiled while the rest of the page is fine.
        top = img.crop((0, 0, img.width, viewport_height))
        first = tiling(_grey(top))
        if first:
            return f"first screen tiled {first}"
    return None


def check_png(data: bytes, min_width: int | None = None, min_height: int | None = None,
              viewport_height: int | None = None) -> str | None:
    from PIL import Image
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()   # decodes every row: a truncated file fails here, not later in a report
            return check_image(img, min_width, min_height, viewport_height)
    except Exception as exc:   # Pillow raises several types for damaged files
        return f"does not decode: {type(exc).__name__}: {exc}"[:200]


def check_file(path: str | Path, **kw) -> str | None:
    try:
        return check_png(Path(path).read_bytes(), **kw)
    except OSError as exc:
        return f"unreadable: {exc}"[:200]
