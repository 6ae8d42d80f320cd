"""Stage 4: the hero image, described by the image prompt and drawn by an image provider, cached by spec hash."""

from __future__ import annotations

import hashlib
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
        atomic_write(path, data)
    hero = ImageAsset(role="hero", filename=filename, path=str(path), width=spec.width,
                      height=spec.height, alt=described.alt, sha256=hashlib.sha256(data).hexdigest(),
                      bytes=len(data), spec_hash=spec_hash, cached=cached, provider=drawn_by)
    return [hero]


def _spec_hash(provider: str, spec: ImageSpec) -> str:
    key = json.dumps({"provider": provider, **spec.__dict__}, sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()
