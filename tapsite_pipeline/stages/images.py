"""Stage 4: the hero image, described by the image prompt and drawn by an image provider, cached by spec hash."""

from __future__ import annotations

import hashlib
import io
import json
import os
import threading
from pathlib import Path

from PIL import Image

from ..models import DesignDecision, ImageAsset, ImagePrompt, Intent
from ..providers.base import ImageProvider, ImageSpec
from ..providers.generator import Generator

HERO_SIZE = (960, 640)
PHONE_WIDTH = 720  # 412 css px × 1.75 dpr on Lighthouse's phone


def make_images(intent: Intent, design: DesignDecision, llm: Generator,
                images: ImageProvider, cache_dir: Path) -> list[ImageAsset]:
    described = llm.generate("image_prompt", {"intent": intent, "palette": design.color_scheme},
                             stage="images")
    assert isinstance(described, ImagePrompt)
    c = design.color_scheme
    seed_src = f"{intent.brand_name}|{described.prompt}"
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
        tmp = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    hero = ImageAsset(role="hero", filename=filename, path=str(path), width=spec.width,
                      height=spec.height, alt=described.alt, sha256=hashlib.sha256(data).hexdigest(),
                      bytes=len(data), spec_hash=spec_hash, cached=cached, provider=drawn_by)
    return [hero, _phone_copy(hero, data)]


def _phone_copy(hero: ImageAsset, data: bytes) -> ImageAsset:
    """A phone-sized copy (mobile Lighthouse flags a 960 px hero on a 412 px screen), cached beside it."""
    path = Path(hero.path).with_name(f"{Path(hero.path).stem}-{PHONE_WIDTH}w.webp")
    height = round(hero.height * PHONE_WIDTH / hero.width)
    cached = path.exists()
    if cached:
        small = path.read_bytes()
    else:
        with Image.open(io.BytesIO(data)) as im:
            im.draft("RGB", (PHONE_WIDTH, height))
            resized = im.convert("RGB").resize((PHONE_WIDTH, height), Image.Resampling.BILINEAR)
        buf = io.BytesIO()
        resized.save(buf, "WEBP", quality=70, method=0)
        small = buf.getvalue()
        tmp = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
        tmp.write_bytes(small)
        os.replace(tmp, path)
    return hero.model_copy(update={
        "role": "hero-small", "filename": path.name, "path": str(path), "width": PHONE_WIDTH,
        "height": height, "sha256": hashlib.sha256(small).hexdigest(), "bytes": len(small), "cached": cached})


def _spec_hash(provider: str, spec: ImageSpec) -> str:
    key = json.dumps({"provider": provider, **spec.__dict__}, sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()
