"""Stage 4: the hero image — the niche's drawing from the illustration library in the site palette (SVG),
or a picture from an image model (WebP), cached by spec hash — or the owner's own photos (photo_sizes.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from tapsite_pipeline.files import atomic_write
from tapsite_pipeline.stages.photo_sizes import owner_photos

from .. import illustrations
from ..models import MEDIA_SVG, DesignDecision, ImageAsset, ImagePrompt, Intent
from ..providers.base import ImageProvider, ImageSpec, media_type_of
from ..providers.generator import Generator

# A raster hero is fitted to 1440×960: sharp in the widest hero (1112 css px) on desktop, and the site
# stage adds a 720 px copy for phones (412 css px × 1.75 dpr), so neither is ever shown upscaled.
# A drawing is SVG and scales crisply; it keeps the library's 720×480 viewBox as its intrinsic size.
HERO_SIZE = (1440, 960)
_TURN = (0, 1, 2, 5)  # primary, secondary, accent, surface: the fills a drawing is told apart by


def _words(intent: Intent) -> str:
    """The words the drawing is chosen by, besides the industry: what it sells, and its name ("Bengkel Jaya
    Motor")."""
    return " ".join([*intent.products, intent.brand_name])


def make_images(intent: Intent, design: DesignDecision, llm: Generator,
                images: ImageProvider, cache_dir: Path, *, variation: int = 0,
                photo: str | Path | None = None, photos: Sequence[str] = ()) -> list[ImageAsset]:
    """The hero: the niche's drawing or a model's picture (`variation` > 0 asks for another one) — or the
    owner's own photos: the brief's (the first is the hero, the rest a gallery), with a refinement's `photo`
    as the hero in place of the first. No model is asked for a picture the owner already has."""
    own = [str(photo), *list(photos)[1:]] if photo is not None else list(photos)
    if own:
        gallery_only = design.components.get("hero") == "minimal"   # a hero without a picture
        return owner_photos(own, intent, cache_dir, gallery_only=gallery_only)
    described = llm.generate("image_prompt", {"intent": intent, "palette": design.color_scheme},
                             stage="images")
    assert isinstance(described, ImagePrompt)
    # the parser's fine-grained niche wins when it names one (intents without the field, or "other", fall
    # through to the words and the industry)
    drawing = illustrations.choose(getattr(intent, "niche", None), intent.business_type, _words(intent),
                                   industry=intent.industry)
    seed_src = f"{intent.brand_name}|{described.prompt}" + (f"|variation {variation}" if variation else "")
    palette = list(design.color_scheme.model_dump().values())
    if variation:  # another picture: the drawing's colours turn round (a model draws anew from the seed)
        turn = [palette[i] for i in _TURN]
        for k, i in enumerate(_TURN):
            palette[i] = turn[(k + variation) % len(_TURN)]
    spec = ImageSpec(prompt=described.prompt, width=HERO_SIZE[0], height=HERO_SIZE[1],
                     palette=tuple(palette), motif=drawing.key,
                     seed=int(hashlib.sha256(seed_src.encode()).hexdigest()[:8], 16))
    spec_hash = _spec_hash(images.name, spec)
    path = cache_dir / f"hero-{spec_hash[:16]}.webp"
    cached = images.cacheable and path.exists()
    drawn_by = images.name
    if cached:
        data = path.read_bytes()
    else:
        data, drawn_by = images.render_traced(spec)
    if drawn_by != images.name:  # a fallback drew it: file it under that provider, so the next
        spec_hash = _spec_hash(drawn_by, spec)  # run asks the primary again instead of reusing it
    media = media_type_of(data)
    if media == MEDIA_SVG:
        # named by content: a drawing edited in the library gets a new name, so no browser keeps the old one
        path = cache_dir / f"hero-{hashlib.sha256(data).hexdigest()[:16]}.svg"
        size, alt = illustrations.SIZE, drawing.alt(intent.language)
    else:
        path = cache_dir / f"hero-{spec_hash[:16]}.webp"
        size, alt = (spec.width, spec.height), described.alt
    if media == MEDIA_SVG and path.exists():
        cached = True  # the same drawing in the same palette is already on disk, byte for byte
    elif not cached:
        cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    hero = ImageAsset(role="hero", filename=path.name, path=str(path), width=size[0], height=size[1],
                      alt=alt, media_type=media, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data),
                      spec_hash=spec_hash, cached=cached, provider=drawn_by)
    return [hero]


def _spec_hash(provider: str, spec: ImageSpec) -> str:
    key = json.dumps({"provider": provider, **spec.__dict__}, sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()
