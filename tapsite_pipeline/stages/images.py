"""Stage 4: the hero image, described by the image prompt and drawn by an image provider, cached by spec hash."""

from __future__ import annotations

import hashlib
import io
import json
import os
import threading
from pathlib import Path

from ..models import DesignDecision, ImageAsset, ImagePrompt, Intent
from ..providers.base import ImageProvider, ImageSpec
from ..providers.generator import Generator
from tapsite_pipeline.files import atomic_write

# Sized for the phone, where a landing page is mostly read: 412 css px × 1.75 dpr ≈ 720 device
# px, so one file serves phones without waste; flat art upscales cleanly on desktop.
HERO_SIZE = (720, 480)


def make_images(intent: Intent, design: DesignDecision, llm: Generator,
                images: ImageProvider, cache_dir: Path, *, variation: int = 0,
                photo: str | Path | None = None) -> list[ImageAsset]:
    """The hero: drawn from the image prompt (`variation` > 0 asks for another drawing of the same
    prompt), or the owner's own `photo`, fitted to the hero size."""
    described = llm.generate("image_prompt", {"intent": intent, "palette": design.color_scheme},
                             stage="images")
    assert isinstance(described, ImagePrompt)
    if photo is not None:
        return [owner_photo(Path(photo), described.alt, cache_dir)]
    c = design.color_scheme
    seed_src = f"{intent.brand_name}|{described.prompt}" + (f"|variation {variation}" if variation else "")
    spec = ImageSpec(prompt=described.prompt, width=HERO_SIZE[0], height=HERO_SIZE[1],
                     palette=(c.primary, c.secondary, c.accent, c.text), motif=intent.business_type,
                     seed=int(hashlib.sha256(seed_src.encode()).hexdigest()[:8], 16))
    spec_hash = _spec_hash(images.name, spec)
    filename = f"hero-{spec_hash[:16]}.webp"
    path = cache_dir / filename
    cached = path.exists()
    drawn_by = images.name
    if cached:
        data = path.read_bytes()
    else:
        data, drawn_by = images.render_traced(spec)
        if drawn_by != images.name:  # a fallback drew it: file it under that provider, so the next
            spec_hash = _spec_hash(drawn_by, spec)  # run asks the primary again instead of reusing it
            filename = f"hero-{spec_hash[:16]}.webp"
            path = cache_dir / filename
        cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    hero = ImageAsset(role="hero", filename=filename, path=str(path), width=spec.width,
                      height=spec.height, alt=described.alt, sha256=hashlib.sha256(data).hexdigest(),
                      bytes=len(data), spec_hash=spec_hash, cached=cached, provider=drawn_by)
    return [hero]


def owner_photo(path: Path, alt: str, cache_dir: Path) -> ImageAsset:
    """The owner's photo as the hero: cropped to the hero's shape, WebP, cached by the source's hash."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    from tapsite_pipeline.errors import InputError
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the photo {path}: {exc.strerror or exc}") from exc
    source_hash = hashlib.sha256(raw).hexdigest()
    filename = f"hero-{source_hash[:16]}.webp"
    out = cache_dir / filename
    cached = out.exists()
    if not cached:
        try:
            with Image.open(io.BytesIO(raw)) as im:
                fitted = ImageOps.fit(ImageOps.exif_transpose(im).convert("RGB"), HERO_SIZE)
        except (UnidentifiedImageError, OSError) as exc:
            raise InputError(f"{path} is not a photo this page can use (JPEG, PNG or WebP)") from exc
        buf = io.BytesIO()
        fitted.save(buf, "WEBP", quality=80, method=4)
        cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(out, buf.getvalue())
    data = out.read_bytes()
    return ImageAsset(role="hero", filename=filename, path=str(out), width=HERO_SIZE[0], height=HERO_SIZE[1],
                      alt=alt, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), spec_hash=source_hash,
                      cached=cached, provider="owner:photo")


def _spec_hash(provider: str, spec: ImageSpec) -> str:
    key = json.dumps({"provider": provider, **spec.__dict__}, sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()
