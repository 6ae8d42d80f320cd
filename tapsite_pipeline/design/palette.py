"""The palette engine: brand colours + a template palette → a scheme where every text pair passes WCAG AA."""

from __future__ import annotations

from tapsite_pipeline.design.catalog import Palette

from ..models import ColorScheme
from .colors import contrast, lightness, mix, until_contrast

AA = 4.5
AA_LARGE = 3.0
WHITE, INK = "#ffffff", "#111418"

# The pairs templates may use for text; the design contract the components rely on.
TEXT_PAIRS = (
    ("text", "background"), ("text", "surface"), ("muted", "background"), ("muted", "surface"),
    ("primary", "background"), ("primary", "surface"), ("on_primary", "primary"),
    ("on_secondary", "secondary"), ("on_accent", "accent"),
)


def _on(fill: str) -> str:
    return WHITE if contrast(WHITE, fill) >= contrast(INK, fill) else INK


def _fill_with_label(fill: str) -> tuple[str, str]:
    """A fill colour and the label colour on it, nudging the fill until the label passes AA."""
    label = _on(fill)
    if contrast(label, fill) >= AA:
        return fill, label
    return until_contrast(fill, label, AA, darker=(label == WHITE)), label


def build_scheme(base: Palette, brand: list[str]) -> tuple[ColorScheme, dict[str, float]]:
    """Blend brand colours (hex, in the owner's order) into a template palette and enforce AA.

    Very light brand colours (cream, ivory, pastel) become the page background rather
    than being darkened into something the owner did not ask for.
    """
    background, text = base.background.lower(), base.text.lower()
    strong = [c for c in brand if lightness(c) < 0.88]
    pale = [c for c in brand if lightness(c) >= 0.88]
    if pale:
        background = pale[0]
    if lightness(background) < 0.5:  # templates are light-on-dark only by choice of text colour
        background = mix(background, WHITE, 0.9)
    primary = strong[0] if strong else base.primary.lower()
    secondary = strong[1] if len(strong) > 1 else base.secondary.lower()
    accent = strong[2] if len(strong) > 2 else base.accent.lower()
    if strong and contrast(primary, background) < AA_LARGE and len(strong) < 3:
        # A light brand colour (yellow, gold, pink) keeps its true shade as a fill with a
        # dark label; text and links get a deeper shade of the same hue.
        secondary, accent = primary, secondary

    surface = mix(background, primary, 0.06)
    text = until_contrast(text, surface, AA + 2.5)
    text = until_contrast(text, background, AA + 2.5)
    muted = until_contrast(mix(text, background, 0.35), surface, AA + 0.2)
    muted = until_contrast(muted, background, AA + 0.2)
    primary = until_contrast(primary, surface, AA + 0.1)
    primary = until_contrast(primary, background, AA + 0.1)
    primary, on_primary = _fill_with_label(primary)
    secondary, on_secondary = _fill_with_label(secondary)
    accent, on_accent = _fill_with_label(accent)
    scheme = ColorScheme(primary=primary, secondary=secondary, accent=accent, text=text,
                         background=background, surface=surface, muted=muted, on_primary=on_primary,
                         on_secondary=on_secondary, on_accent=on_accent)
    return scheme, contrast_report(scheme)


def contrast_report(scheme: ColorScheme) -> dict[str, float]:
    s = scheme.model_dump()
    return {f"{fg}/{bg}": round(contrast(s[fg], s[bg]), 2) for fg, bg in TEXT_PAIRS}


def failing_pairs(scheme: ColorScheme, minimum: float = AA) -> list[str]:
    return [pair for pair, ratio in contrast_report(scheme).items() if ratio < minimum]
