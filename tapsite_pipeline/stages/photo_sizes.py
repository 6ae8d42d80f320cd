"""The owner's photos made ready for the page (part of stage 4): turned upright (EXIF orientation), cropped to
the frame they fill, re-encoded as WebP at a few widths — never wider than the photo's own pixels — with no
EXIF/GPS or other metadata left. Outputs are cached under the image cache by the photo's content hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from tapsite_pipeline.errors import InputError
from tapsite_pipeline.files import atomic_write_with
from tapsite_pipeline.models import MEDIA_WEBP, ImageAsset, Intent

if TYPE_CHECKING:   # Pillow is imported where it is used (a page without photos never loads it)
    from PIL import Image

# Widths per role: a hero fills at most 1112 css px (banner) and 372 px on a phone (×1.75 dpr ≈ 650 px);
# a gallery tile about 22rem (352 px) on desktop and the phone's width. Frames match the components' CSS
# (hero 3:2, gallery 4:3), so `object-fit: cover` never enlarges a photo.
WIDTHS = {"hero": (720, 1080, 1440), "gallery": (480, 720)}
FRAMES = {"hero": (3, 2), "gallery": (4, 3)}
QUALITY = 78
RECIPE = "photo-v1"   # part of every cache key: change it when the processing changes
PROVIDER = "owner:photo"
_ORIENT_SWAPS = {5, 6, 7, 8}   # EXIF orientations that turn the picture a quarter: width and height swap


@dataclass(frozen=True)
class _Plan:
    key: str
    crop: tuple[int, int, int, int]      # box in the upright photo
    sizes: tuple[tuple[int, int], ...]   # (width, height) per output, largest last


def owner_photos(paths: list[str], intent: Intent, cache_dir: Path, *, gallery_only: bool = False) -> list[ImageAsset]:
    """The first photo as the hero, the others as the gallery (all of them, when the hero shows no picture);
    each output also carries its smaller copies (role `<role>-small`, `copy_of` the largest)."""
    out: list[ImageAsset] = []
    n_gallery = len(paths) - (0 if gallery_only else 1)
    for i, path in enumerate(paths):
        role = "gallery" if gallery_only or i else "hero"
        number = i + 1 if gallery_only else i
        out.extend(_one(Path(path), role, _alt(intent, role, number, n_gallery), Path(cache_dir) / "photos"))
    return out


def _alt(intent: Intent, role: str, number: int, of: int) -> str:
    """Alt text from what the brief says (the business and where it is); never a guess at what is pictured."""
    where = intent.location
    if intent.language == "id":
        base = f"Foto {intent.brand_name}" + (f" di {where}" if where else "")
        return base if role == "hero" else f"{base} ({number} dari {of})"
    base = f"Photo of {intent.brand_name}" + (f" in {where}" if where else "")
    return base if role == "hero" else f"{base} ({number} of {of})"


def _plan(data: bytes, role: str, name: str) -> _Plan:
    import io

    from PIL import Image
    key = hashlib.sha256(RECIPE.encode() + role.encode() + data).hexdigest()
    try:
        with Image.open(io.BytesIO(data)) as im:   # the header only: no pixels are decoded to plan
            w, h = im.size
            if im.getexif().get(0x0112) in _ORIENT_SWAPS:
                w, h = h, w
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(f"photo {name}: cannot be read ({exc})") from None
    fw, fh = FRAMES[role]
    cw, ch = (round(h * fw / fh), h) if w * fh > h * fw else (w, round(w * fh / fw))
    left, top = (w - cw) // 2, (h - ch) // 2
    top_width = min(cw, max(WIDTHS[role]))
    widths = sorted({x for x in WIDTHS[role] if x < top_width} | {top_width})
    return _Plan(key, (left, top, left + cw, top + ch), tuple((x, round(x * ch / cw)) for x in widths))


def _one(path: Path, role: str, alt: str, cache: Path) -> list[ImageAsset]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"photo {path}: cannot be read ({exc.strerror})") from None
    plan = _plan(data, role, str(path))
    files = [cache / f"photo-{plan.key[:16]}-{w}w.webp" for w, _ in plan.sizes]
    cached = all(f.exists() for f in files)
    if not cached:
        _render(data, plan, files)
    full = files[-1].name
    assets = []
    for f, (w, h) in zip(files, plan.sizes, strict=True):
        body = f.read_bytes()
        last = f.name == full
        assets.append(ImageAsset(role=role if last else f"{role}-small", filename=f.name, path=str(f), width=w,
                                 height=h, alt=alt, media_type=MEDIA_WEBP, sha256=hashlib.sha256(body).hexdigest(),
                                 bytes=len(body), spec_hash=plan.key, cached=cached, provider=PROVIDER,
                                 copy_of=None if last else full))
    return [assets[-1], *assets[:-1]]   # the image first, then its copies


def _render(data: bytes, plan: _Plan, files: list[Path]) -> None:
    import io

    from PIL import Image, ImageOps
    with Image.open(io.BytesIO(data)) as src:
        im = ImageOps.exif_transpose(src)   # upright, as the owner saw it on their phone
        if im.mode in ("RGBA", "LA", "P", "PA"):
            im = im.convert("RGBA")
            flat = Image.new("RGB", im.size, (255, 255, 255))
            flat.paste(im, mask=im.getchannel("A"))
            im = flat
        else:
            im = im.convert("RGB")
        im = _to_srgb(im, src.info.get("icc_profile"))
        im = im.crop(plan.crop)
    im.info.clear()   # what Pillow would carry over on save: EXIF (GPS inside it), XMP, ICC, comments
    files[0].parent.mkdir(parents=True, exist_ok=True)
    for f, size in zip(files, plan.sizes, strict=True):
        out = im if size == im.size else im.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        out.info.clear()   # the WebP carries pixels only (no EXIF, GPS, XMP or comments)
        atomic_write_with(f, partial(_save_webp, out))


def _save_webp(im: Image.Image, path: Path) -> None:
    im.save(path, "WEBP", quality=QUALITY, method=4)


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """Colours as the camera meant them once the profile is dropped (phones shoot Display P3)."""
    if not icc:
        return im
    import io

    from PIL import ImageCms
    try:
        out = ImageCms.profileToProfile(im, ImageCms.ImageCmsProfile(io.BytesIO(icc)),
                                        ImageCms.createProfile("sRGB"), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return im   # an unreadable profile: the pixels as they are beat no page at all
    return out if out is not None else im   # None only when converting in place
