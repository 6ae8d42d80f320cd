"""Which image files a page ships and how each is shown (part of stage 5): the hero with its `srcset`, the
owner's gallery photos, and a phone-sized copy of a large drawn hero that came without one.

A raster is never shown wider than its pixels: the hero of an image model keeps `max-width` in CSS pixels as
before; an owner's photo carries its width (`--w`) and the page's photo CSS divides it by the screen's
device-pixel ratio, so not even a high-density screen enlarges it.
"""

from __future__ import annotations

import hashlib
import io
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock
from typing import Any

from tapsite_pipeline.files import atomic_write
from tapsite_pipeline.models import MEDIA_SVG, ImageAsset

SMALL_HERO_WIDTH = 720          # phones: 412 css px * 1.75 dpr ~ 650 device px
SMALL_HERO_MIN_SOURCE = 800     # only downscale when the source is clearly bigger
SMALL_ROLES = ("hero-small", "hero_small", "gallery-small")  # an image-stage copy for srcset, if it ships one
PHOTO_PROVIDER = "owner:photo"


@dataclass
class PageMedia:
    """The files to write beside index.html, and what the templates need to show them."""

    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    hero: dict[str, Any] | None = None          # the hero <img>: src, srcset, width, height, alt, max_width, photo
    gallery: list[dict[str, Any]] = field(default_factory=list)
    hero_asset: ImageAsset | None = None

    @property
    def has_photo(self) -> bool:
        return bool(self.gallery) or bool(self.hero and self.hero["photo"])


def page_media(images: list[ImageAsset], hero_variant: str, default_alt: str) -> PageMedia:
    media = PageMedia()
    copies: dict[str, list[ImageAsset]] = {}
    for i in images:
        if i.role in SMALL_ROLES:
            copies.setdefault(i.copy_of or "", []).append(i)
    hero = next((i for i in images if i.role == "hero"), None)
    if hero is not None and hero_variant != "minimal":
        media.hero_asset = hero
        media.hero = _img(hero, copies.get(hero.filename) or copies.get("", []), media.files, default_alt)
        if media.hero["srcset"] is None and hero.media_type != MEDIA_SVG and hero.width >= SMALL_HERO_MIN_SOURCE:
            _add_small_hero(hero, media)
    for g in (i for i in images if i.role == "gallery"):
        media.gallery.append(_img(g, copies.get(g.filename, []), media.files, default_alt))
    return media


def _img(asset: ImageAsset, smaller: list[ImageAsset], files: dict[str, tuple[bytes, str]],
         default_alt: str) -> dict[str, Any]:
    files[asset.filename] = (Path(asset.path).read_bytes(), asset.media_type)
    raster = asset.media_type != MEDIA_SVG
    photo = asset.provider == PHOTO_PROVIDER
    smaller = sorted((s for s in smaller if s.width < asset.width), key=lambda s: s.width)
    for s in smaller:
        files[s.filename] = (Path(s.path).read_bytes(), s.media_type)
    srcset = ", ".join(f"{s.filename} {s.width}w" for s in [*smaller, asset]) if smaller else None
    # a drawing (SVG) scales crisply to any width; a raster is never stretched past its pixels
    return {"src": asset.filename, "width": asset.width, "height": asset.height, "alt": asset.alt or default_alt,
            "srcset": srcset, "max_width": asset.width if raster and not photo else None, "photo": photo}


def _add_small_hero(hero: ImageAsset, media: PageMedia) -> None:
    """A drawn raster hero without a phone-sized copy gets one here."""
    data = media.files[hero.filename][0]
    name = f"{Path(hero.filename).stem}-{SMALL_HERO_WIDTH}w.webp"
    cache = Path(hero.path).with_name(f"{Path(hero.path).stem}-{SMALL_HERO_WIDTH}w.webp")
    media.files[name] = (_small_hero(data, hashlib.sha256(data).hexdigest(), SMALL_HERO_WIDTH, cache), "image/webp")
    assert media.hero is not None   # called only for a page that shows its hero
    media.hero["srcset"] = f"{name} {SMALL_HERO_WIDTH}w, {hero.filename} {hero.width}w"


_SMALL: OrderedDict[str, bytes] = OrderedDict()
_SMALL_LOCK = Lock()


def _small_hero(data: bytes, digest: str, width: int, cache_file: Path | None = None) -> bytes:
    """A phone-sized copy of the hero, so mobile Lighthouse's responsive-image audits pass.

    Cached in memory by content hash and, when cache_file is given, on disk next to the source
    image (decoding + resizing + encoding costs ~50 ms here, a cached hit ~0.1 ms).
    """
    key = f"{digest}:{width}"
    with _SMALL_LOCK:
        if key in _SMALL:
            _SMALL.move_to_end(key)
            return _SMALL[key]
    out = None
    if cache_file is not None:
        try:
            out = cache_file.read_bytes()
        except OSError:
            out = None
    if not out:
        from PIL import Image  # imported lazily: only pages with a large hero need it

        with Image.open(io.BytesIO(data)) as im:
            h = round(im.height * width / im.width)
            small = im.convert("RGB").resize((width, h), Image.Resampling.BILINEAR, reducing_gap=2.0)
        buf = io.BytesIO()
        small.save(buf, "WEBP", quality=72, method=1)
        out = buf.getvalue()
        if cache_file is not None:
            try:
                atomic_write(cache_file, out)
            except OSError:
                pass  # read-only cache dir: the in-memory cache still helps
    with _SMALL_LOCK:
        _SMALL[key] = out
        while len(_SMALL) > 512:
            _SMALL.popitem(last=False)
    return out
