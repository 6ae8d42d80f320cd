"""Visual regression: has a site's look changed since a baseline run?

Identical screenshot bytes (same content hash) mean unchanged without opening a file. Otherwise both images
are scaled to a common width and compared pixel by pixel on their common height; a page whose height moved
noticeably or whose differing-pixel share passes a threshold is flagged. A 64-bit difference hash (dHash) is
kept as a cheap perceptual summary for reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

COMPARE_WIDTH = 320
PIXEL_TOLERANCE = 24          # per-channel difference below this is rendering noise, not a change
CHANGED_PIXEL_SHARE = 0.002   # 0.2 % of the compared area
CHANGED_HEIGHT_SHARE = 0.02


@dataclass
class VisualDiff:
    changed: bool
    pixel_share: float = 0.0
    height_change: float = 0.0
    hash_distance: int = 0
    reason: str = "identical"
    fault: bool = False   # not compared: one of the two captures is not a faithful picture of its page


def dhash(path: str | Path, size: int = 8) -> str:
    import numpy as np
    from PIL import Image
    with Image.open(path) as im:
        px = np.asarray(im.convert("L").resize((size + 1, size), Image.Resampling.LANCZOS), dtype=np.int16)
    bits = 0
    for bit in (px[:, :-1] > px[:, 1:]).flatten():
        bits = (bits << 1) | int(bit)
    return f"{bits:016x}"


def hamming(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 64
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def _scaled(path: str | Path):
    from PIL import Image
    with Image.open(path) as im:
        im = im.convert("RGB")
        h = max(1, round(im.height * COMPARE_WIDTH / im.width))
        return im.resize((COMPARE_WIDTH, h), Image.Resampling.BILINEAR)


def compare(current: str | Path, baseline: str | Path, current_sha: str | None = None,
            baseline_sha: str | None = None) -> VisualDiff:
    if current_sha and current_sha == baseline_sha:
        return VisualDiff(changed=False)
    import numpy as np

    a, b = _scaled(current), _scaled(baseline)
    height_change = abs(a.height - b.height) / max(a.height, b.height)
    h = min(a.height, b.height)
    diff = np.abs(np.asarray(a, dtype=np.int16)[:h] - np.asarray(b, dtype=np.int16)[:h]).max(axis=2)
    share = float((diff > PIXEL_TOLERANCE).mean())
    dist = hamming(dhash(current), dhash(baseline))
    reasons = []
    if height_change > CHANGED_HEIGHT_SHARE:
        reasons.append(f"height {height_change:.0%}")
    if share > CHANGED_PIXEL_SHARE:
        reasons.append(f"{share:.1%} of pixels")
    return VisualDiff(changed=bool(reasons), pixel_share=round(share, 5), height_change=round(height_change, 4),
                      hash_distance=dist, reason=", ".join(reasons) or "rendering noise only")


def diff_image(current: str | Path, baseline: str | Path, out: Path) -> Path:
    """A picture of where they differ: the current page, dimmed, with changed pixels in magenta."""
    import numpy as np
    from PIL import Image

    a, b = _scaled(current), _scaled(baseline)
    h = min(a.height, b.height)
    arr = np.asarray(a, dtype=np.int16)[:h]
    mask = np.abs(arr - np.asarray(b, dtype=np.int16)[:h]).max(axis=2) > PIXEL_TOLERANCE
    img = (arr * 0.35 + 165).astype(np.uint8)
    img[mask] = (200, 0, 160)
    out.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(img).save(out, "WEBP", quality=70)
    return out
