"""Checking the owner's own photos before any stage sees them (`--photo FILE`, a campaign's `photo` column).

Refused here, one line naming the file and the reason (exit 2 on the CLI, a row error in a campaign): a file
that is missing, too big (bytes or pixels: a decompression bomb), not JPEG/PNG/WebP, broken, or too small
to show. What a photo becomes on the page (oriented, cropped, stripped of EXIF/GPS, WebP per width) is the
images stage's job (stages/images.py).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from tapsite_pipeline.errors import InputError

MAX_PHOTOS = 6
MAX_PHOTO_BYTES = 15_000_000
MAX_PHOTO_PIXELS = 40_000_000
MIN_SHORT_SIDE = 320
FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
# Pillow warns past MAX_IMAGE_PIXELS and refuses past twice that; the warning is made an error below, so
# nothing over the limit is ever decoded (process-wide: no image the product handles is that large).
Image.MAX_IMAGE_PIXELS = MAX_PHOTO_PIXELS
_SPLIT = re.compile(r"[;|]")


def check_photo(path: str | Path) -> Path:
    """The photo's absolute path, or an InputError saying which file and what is wrong with it."""
    p = Path(path).expanduser()
    name = str(path)
    if not p.is_file():
        raise InputError(f"photo {name}: no such file")
    size = p.stat().st_size
    if size > MAX_PHOTO_BYTES:
        raise InputError(f"photo {name}: {size / 1e6:.1f} MB; the limit is {MAX_PHOTO_BYTES // 1_000_000} MB "
                         "(export it smaller, e.g. 2000 px wide)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(p) as im:
                fmt, (w, h) = im.format, im.size
                if w * h > MAX_PHOTO_PIXELS:
                    raise Image.DecompressionBombError("too many pixels")
                im.verify()   # structure and checksums (PNG)
            with Image.open(p) as im:
                im.load()     # every pixel: a truncated or corrupt JPEG fails here, not in the images stage
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(f"photo {name}: more than {MAX_PHOTO_PIXELS // 1_000_000} megapixels; "
                         "export it smaller, e.g. 2000 px wide") from None
    except UnidentifiedImageError:
        raise InputError(f"photo {name}: not an image (use a JPEG, PNG or WebP photo)") from None
    except (OSError, SyntaxError, ValueError) as exc:   # Pillow's errors for truncated or corrupt files
        raise InputError(f"photo {name}: the image is damaged and cannot be read ({exc})") from None
    if fmt not in FORMATS:
        raise InputError(f"photo {name}: {fmt} images are not accepted (use a JPEG, PNG or WebP photo)")
    if min(w, h) < MIN_SHORT_SIDE:
        raise InputError(f"photo {name}: {w}×{h} px is too small to show; the short side must be at least "
                         f"{MIN_SHORT_SIDE} px")
    return p.resolve()


def check_photos(paths: list[str | Path] | tuple[str | Path, ...]) -> list[str]:
    """Every photo checked, as absolute paths in the order given (the first becomes the hero)."""
    if len(paths) > MAX_PHOTOS:
        raise InputError(f"{len(paths)} photos given; the limit is {MAX_PHOTOS} (the first is the hero, "
                         "the rest a gallery)")
    return [str(check_photo(p)) for p in paths]


def photo_cell(cell: str | None, base_dir: Path | None) -> list[str]:
    """A campaign's `photo` cell: paths separated by `;` or `|`, relative to the CSV's folder (checked by
    make_brief, like every other field)."""
    parts = [s.strip() for s in _SPLIT.split(cell or "") if s.strip()]
    if parts and base_dir is None:
        raise InputError("the photo column names files, but the CSV's folder is unknown; run the campaign "
                         "from its file (`tapsite campaign run FILE.csv`)")
    return [p if Path(p).expanduser().is_absolute() else str(Path(base_dir) / p) for p in parts]
