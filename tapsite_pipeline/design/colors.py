"""Colour names → hex, colour families, and WCAG contrast arithmetic."""

from __future__ import annotations

import colorsys

NAMED: dict[str, str] = {
    "red": "#c62828", "dark red": "#8b1a1a", "light red": "#ef6f6c", "maroon": "#7b1e2b",
    "burgundy": "#7a1f3d", "crimson": "#b3122e", "coral": "#f26b5b", "salmon": "#f08a75",
    "terracotta": "#c4622d", "orange": "#ef7d22", "dark orange": "#c85a0e", "peach": "#f7b58f",
    "yellow": "#f5c518", "light yellow": "#fbe38e", "mustard": "#d4a017", "gold": "#c9a227",
    "rose gold": "#b76e79", "brown": "#7b4a2a", "dark brown": "#4a2c1a", "light brown": "#b08560",
    "tan": "#c8a27a", "chocolate": "#5c3317", "cream": "#f6ecd9", "beige": "#e8dcc4",
    "ivory": "#fbf7ec", "khaki": "#b9a77a", "olive": "#6b7a2c", "green": "#2e7d32",
    "dark green": "#1f5130", "light green": "#8bc48a", "lime": "#9ccc3c", "mint": "#98d8c0",
    "sage": "#9caf88", "teal": "#0f7c7c", "turquoise": "#1aa39a", "tosca": "#1aa39a",
    "cyan": "#1fb5c9", "blue": "#1f5fbf", "light blue": "#7db9e8", "sky blue": "#5aa9e6",
    "dark blue": "#173a7a", "navy": "#1b2a4e", "purple": "#6a3d9a", "dark purple": "#4a2470",
    "violet": "#7f4fc9", "lavender": "#b9a6e0", "lilac": "#c8a2c8", "magenta": "#c2185b",
    "pink": "#e86a9a", "light pink": "#f6b8cd", "hot pink": "#e0317a", "dusty pink": "#d29aa5",
    "black": "#1a1a1a", "charcoal": "#36393f", "gray": "#7a7f87", "grey": "#7a7f87",
    "dark gray": "#4a4f57", "light gray": "#c9ccd1", "silver": "#a8adb4", "white": "#ffffff",
    "pastel pink": "#f4c2d4", "pastel blue": "#aecbeb", "pastel green": "#b8e0c2",
    "pastel yellow": "#f8e6a0", "pastel purple": "#cdb8e8",
    "amber": "#e08e0b", "aqua": "#2bb3c0", "bronze": "#8c5a2b", "champagne": "#e9d8b4", "copper": "#b0623a",
    "earth tone": "#9a6b4a", "emerald": "#14866d", "fuchsia": "#c2188c", "indigo": "#3b3f9e",
    "lemon": "#f3e24a", "mauve": "#b08199", "nude": "#e3c9b5", "pastel": "#f4c2d4", "plum": "#7d3c6b",
    "ruby": "#a8123e", "sapphire": "#1f4e9c", "scarlet": "#d0231c", "wine": "#6e1a36",
}

FAMILY: dict[str, str] = {}
for _fam, _list in {
    "warm": ["red", "dark red", "light red", "maroon", "burgundy", "crimson", "coral", "salmon", "terracotta",
             "orange", "dark orange", "yellow", "mustard", "brown", "dark brown", "light brown", "chocolate", "tan",
             "amber", "bronze", "copper", "ruby", "scarlet", "wine", "lemon"],
    "earthy": ["green", "dark green", "olive", "sage", "khaki", "earth tone", "emerald"],
    "cool": ["teal", "turquoise", "tosca", "cyan", "blue", "sky blue", "dark blue", "navy", "purple",
             "dark purple", "violet", "aqua", "indigo", "sapphire", "plum"],
    "bright": ["magenta", "hot pink", "lime", "pink", "fuchsia"],
    "pastel": ["peach", "light yellow", "light green", "mint", "light blue", "lavender", "lilac", "light pink",
               "dusty pink", "pastel pink", "pastel blue", "pastel green", "pastel yellow", "pastel purple",
               "pastel", "mauve"],
    "neutral": ["gold", "rose gold", "cream", "beige", "ivory", "black", "charcoal", "gray", "grey", "dark gray",
                "light gray", "silver", "white", "champagne", "nude"],
}.items():
    for _n in _list:
        FAMILY[_n] = _fam

# Families that sit well together when a brand colour meets a template's palette family.
COMPATIBLE: dict[str, set[str]] = {
    "warm": {"warm", "earthy", "neutral"}, "earthy": {"earthy", "warm", "neutral", "pastel"},
    "cool": {"cool", "neutral", "pastel"}, "bright": {"bright", "pastel", "warm"},
    "pastel": {"pastel", "bright", "neutral"}, "neutral": {"neutral", "warm", "cool", "earthy"},
}

# What the design stage suggests when a brief names no colour (warm food, cool tech and
# professional services, bright creative and events, neutral luxury).
INDUSTRY_COLORS: dict[str, list[str]] = {
    "food_and_beverage": ["terracotta", "mustard"], "retail": ["coral", "teal"],
    "services": ["navy", "teal"], "creative": ["magenta", "violet"], "education": ["blue", "mustard"],
    "events": ["hot pink", "orange"], "technology": ["blue", "cyan"], "other": ["green", "sage"],
}
LUXURY_COLORS = ["charcoal", "gold"]


def resolve(name: str) -> str | None:
    """Hex for an English colour name, understanding 'dark X', 'light X', 'pastel X', 'soft X'."""
    name = " ".join(name.lower().replace("-", " ").split())
    if name in NAMED:
        return NAMED[name]
    if name.startswith("#") and len(name) == 7:
        return name
    for prefix, (dl, ds) in {"dark ": (-0.18, 0), "tua ": (-0.18, 0), "light ": (0.2, -0.1),
                             "pastel ": (0.25, -0.25), "soft ": (0.15, -0.2), "muda ": (0.2, -0.1)}.items():
        if name.startswith(prefix) and name[len(prefix):] in NAMED:
            return shift(NAMED[name[len(prefix):]], dl, ds)
    last = name.split(" ")[-1]
    return NAMED.get(last)


def family(name: str) -> str:
    name = " ".join(name.lower().split())
    if name in FAMILY:
        return FAMILY[name]
    if name.startswith(("pastel ", "soft ", "light ")):
        return "pastel"
    last = name.split(" ")[-1]
    return FAMILY.get(last, "neutral")


def rgb(hex_: str) -> tuple[float, float, float]:
    return tuple(int(hex_[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def to_hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c * 255))):02x}" for c in (r, g, b))


def luminance(hex_: str) -> float:
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(c) for c in rgb(hex_))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def shift(hex_: str, dl: float = 0.0, ds: float = 0.0) -> str:
    h, light, s = colorsys.rgb_to_hls(*rgb(hex_))
    return to_hex(*colorsys.hls_to_rgb(h, min(1, max(0, light + dl)), min(1, max(0, s + ds))))


def mix(a: str, b: str, t: float) -> str:
    return to_hex(*(x + (y - x) * t for x, y in zip(rgb(a), rgb(b), strict=True)))


def lightness(hex_: str) -> float:
    return colorsys.rgb_to_hls(*rgb(hex_))[1]


def until_contrast(fg: str, bg: str, target: float, darker: bool | None = None) -> str:
    """Move fg's lightness away from bg, keeping its hue, until the pair reaches target."""
    if contrast(fg, bg) >= target:
        return fg
    if darker is None:
        darker = luminance(bg) > 0.18
    step = -0.02 if darker else 0.02
    h, light, s = colorsys.rgb_to_hls(*rgb(fg))
    for _ in range(60):
        light = min(1.0, max(0.0, light + step))
        cand = to_hex(*colorsys.hls_to_rgb(h, light, s))
        if contrast(cand, bg) >= target:
            return cand
    return "#000000" if darker else "#ffffff"
