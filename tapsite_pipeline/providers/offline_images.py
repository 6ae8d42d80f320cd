"""Offline hero art: the niche's drawing from the illustration library, in the site palette, as SVG."""

from __future__ import annotations

from ..illustrations import choose, load_library, render
from ..models import ColorScheme
from .base import ImageProvider, ImageSpec


class IllustrationProvider(ImageProvider):
    """A few KB of SVG, crisp at any size; spec.motif names the niche the image stage chose."""

    provider = "offline"
    cacheable = False  # substituting six colours is cheaper than a cache lookup

    def render(self, spec: ImageSpec) -> bytes:
        palette = ColorScheme(**dict(zip(ColorScheme.model_fields, spec.palette, strict=True)))
        # a niche key picks its drawing; a bare business type still gets a fitting one
        # (the image stage already chose the motif for the business: it is drawn as chosen)
        chosen = load_library().niches.get(spec.motif) or choose(spec.motif, spec.motif, spec.prompt)
        return render(chosen, palette).encode("utf-8")
