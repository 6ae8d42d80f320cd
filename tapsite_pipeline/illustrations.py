"""The niche illustration library (assets/illustrations): one flat SVG drawing per niche, chosen for a
business and coloured with its palette — the offline hero image.

Drawings name colours only through placeholder tokens (`{{primary}}` …), so one drawing fits every
palette; they are checked when loaded (elements, attributes, size) so a rendered hero never carries
script, external references or text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import ConfigError
from .models import BUSINESS_TYPES, HEX, ColorScheme
from .resources import data_dir

# token → the ColorScheme field it is filled from
TOKENS: dict[str, str] = {"primary": "primary", "secondary": "secondary", "accent": "accent",
                          "surface": "surface", "ink": "text", "paper": "background"}
VIEWBOX = "0 0 720 480"
SIZE = (720, 480)
MAX_BYTES = 6 * 1024
GENERIC = "generic"
INDUSTRY_WEIGHT = 1.5  # the parsed industry label: more than one stray word, less than a phrase or two words

_TOKEN = re.compile(r"\{\{([a-z_]+)\}\}")
_WORD = re.compile(r"[^\W_]+")
_PLURAL = re.compile(r"(?<=[a-z]{2})[^s\W]s$")  # "photos", "prints": a word of 4+ letters ending in one s
_SVG_NS = "{http://www.w3.org/2000/svg}"
_ELEMENTS = {"svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon"}
_ATTRS = {"viewBox", "width", "height", "d", "x", "y", "cx", "cy", "r", "rx", "ry", "x1", "y1", "x2", "y2",
          "points", "transform", "opacity", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity",
          "stroke-linejoin", "stroke-linecap", "stroke-dasharray"}
_COLOUR_ATTRS = {"fill", "stroke"}
_PLAIN_VALUE = re.compile(r"^[A-Za-z0-9 .,\-()]*$")  # numbers, path commands, transforms: no url(), no ':'


@dataclass(frozen=True)
class Illustration:
    key: str
    business_type: str
    keywords: tuple[str, ...]
    alt_id: str
    alt_en: str
    svg: str = field(repr=False)  # the drawing, colours as {{token}} placeholders
    # What the drawing depicts, when that is narrower than its niche (the rental drawing is a car): it is
    # used only for a business whose words name one of these, so a bridal-gown rental never gets a car.
    shows: tuple[str, ...] = ()
    # The niches this drawing is a closer picture of (yoga within fitness; diving within travel and courses):
    # chosen over such a niche's own drawing when the business's words select it, so a yoga studio is not shown
    # a kettlebell. The index gives one niche or a list.
    refines: tuple[str, ...] = ()
    # Words that keep the refined niche's own drawing even when this one's words are there too ("bengkel
    # mobil dan motor" is drawn as a car workshop, not as a scooter).
    unless: tuple[str, ...] = ()

    def fits(self, text: str) -> bool:
        return not self.shows or _names_any(text, self.shows)

    def named_out(self, text: str) -> bool:
        return bool(self.unless) and _names_any(text, self.unless)

    def alt(self, language: str) -> str:
        return self.alt_id if language == "id" else self.alt_en


@dataclass(frozen=True)
class Library:
    niches: dict[str, Illustration]
    defaults: dict[str, str]  # business type → niche key when nothing else matches
    industries: dict[str, str] = field(default_factory=dict)  # the intent's industry label → niche key
    phrases: dict[str, tuple[str, ...]] = field(init=False, default_factory=dict)  # keyword → its niches

    def __post_init__(self) -> None:
        for key, ill in self.niches.items():
            for k in ill.keywords:
                self.phrases[k] = (*self.phrases.get(k, ()), key)


def library_root() -> Path:
    """Where the drawings and their index live; the only path lookup of this module."""
    return data_dir("assets") / "illustrations"


@lru_cache(maxsize=1)
def load_library() -> Library:
    root = library_root()
    where = "assets/illustrations/index.yaml"
    try:
        index = yaml.safe_load((root / "index.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {where}: {exc}") from exc
    if not isinstance(index, dict) or not isinstance(index.get("niches"), dict):
        raise ConfigError(f"{where} needs a 'niches' mapping")
    niches = {}
    for key, entry in index["niches"].items():
        try:
            bt, alt, file = entry["business_type"], entry["alt"], entry["file"]
            keywords = tuple(dict.fromkeys(" ".join(_words(k)) for k in entry.get("keywords") or []))
            shows = tuple(dict.fromkeys(" ".join(_words(k)) for k in entry.get("shows") or []))
            unless = tuple(dict.fromkeys(" ".join(_words(k)) for k in entry.get("unless") or []))
            ill = Illustration(key=key, business_type=bt, keywords=keywords, alt_id=alt["id"], alt_en=alt["en"],
                               svg=(root / file).read_text(encoding="utf-8"), shows=shows,
                               refines=_as_keys(entry.get("refines")), unless=unless)
        except (KeyError, TypeError, OSError) as exc:
            raise ConfigError(f"{where}: niche {key!r} needs file, business_type, keywords and alt id/en "
                              f"({exc})") from exc
        if bt not in BUSINESS_TYPES:
            raise ConfigError(f"{where}: niche {key!r} has unknown business_type {bt!r}")
        problem = check_drawing(ill.svg)
        if problem:
            raise ConfigError(f"assets/illustrations/{file}: {problem}")
        niches[key] = ill
    defaults = index.get("defaults") or {}
    missing = [bt for bt in BUSINESS_TYPES if defaults.get(bt) not in niches]
    if GENERIC not in niches or missing:
        raise ConfigError(f"{where}: needs a {GENERIC!r} niche and a default niche for every business type "
                          f"(missing: {', '.join(missing) or GENERIC})")
    dangling = sorted(k for k, ill in niches.items() if any(r not in niches for r in ill.refines))
    if dangling:
        raise ConfigError(f"{where}: niches refine a niche that does not exist: {', '.join(dangling)}")
    industries = {str(k).lower(): v for k, v in (index.get("industries") or {}).items()}
    unknown = sorted(v for v in industries.values() if v not in niches)
    if unknown:
        raise ConfigError(f"{where}: industries name niches that do not exist: {', '.join(unknown)}")
    return Library(niches=niches, defaults=dict(defaults), industries=industries)


def check_drawing(svg: str) -> str | None:
    """Why a drawing may not be served (None when it may): only shapes, only token colours, no references."""
    if len(svg.encode("utf-8")) > MAX_BYTES:
        return f"larger than {MAX_BYTES} bytes"
    if "<!" in svg or "<?" in svg:
        return "declarations, entities, comments and processing instructions are not allowed"
    unknown = set(_TOKEN.findall(svg)) - set(TOKENS)
    if unknown:
        return f"unknown colour tokens {sorted(unknown)}; use {sorted(TOKENS)}"
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as exc:
        return f"not well-formed XML ({exc})"
    if root.tag != f"{_SVG_NS}svg" or root.get("viewBox") != VIEWBOX:
        return f"the root must be an SVG element with viewBox=\"{VIEWBOX}\""
    for el in root.iter():
        name = el.tag.removeprefix(_SVG_NS)
        if name not in _ELEMENTS:
            return f"element <{name}> is not allowed (shapes only: {', '.join(sorted(_ELEMENTS))})"
        if (el.text or "").strip() or (el.tail or "").strip():
            return f"text content in <{name}> is not allowed"
        for attr, value in el.attrib.items():
            if attr not in _ATTRS:
                return f"attribute {attr!r} on <{name}> is not allowed"
            if attr in _COLOUR_ATTRS:
                if value != "none" and not _TOKEN.fullmatch(value):
                    return f"{attr}={value!r} on <{name}>: colours must be a {{{{token}}}} or none"
            elif not _PLAIN_VALUE.match(value):
                return f"{attr}={value!r} on <{name}> has characters a shape attribute never needs"
    return None


def _names_any(text: str, words: tuple[str, ...]) -> bool:
    padded = " " + " ".join(_words(text)) + " "
    return any(f" {w} " in padded for w in words)


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text.lower()):
        if len(w) > 5 and w.endswith("nya"):  # Indonesian possessive: "kuenya" → "kue"
            w = w[:-3]
        out.append(w)
    return out


def score(text: str, library: Library | None = None) -> dict[str, float]:
    """Keyword score per niche. Read left to right, the longest keyword at each word wins and its words
    are used up, so "rental mobil" counts for rental and not also "mobil" for the garage; a niche scores
    the number of words its keywords took. An English plural ending a phrase counts as its singular
    ("graduation photos", "prints")."""
    lib = library or load_library()
    phrases = lib.phrases
    longest = max((len(p.split()) for p in phrases), default=1)
    words = _words(text)
    out: dict[str, float] = {}
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            owners = phrases.get(phrase)
            if not owners and _PLURAL.search(phrase):
                owners = phrases.get(phrase[:-1])
            if owners:
                for key in owners:
                    out[key] = out.get(key, 0) + n
                i += n
                break
        else:
            i += 1
    return out


def _as_keys(value: object) -> tuple[str, ...]:
    """`refines:` as written in the index: absent, one niche key, or a list of them."""
    if value is None:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(str(v) for v in value)  # type: ignore[union-attr]


def choose(niche: str | None, business_type: str, text: str, industry: str | None = None,
           library: Library | None = None) -> Illustration:
    """The drawing for a business: its niche key if known (or a drawing that refines it, when the words
    select one); else the best match of the keywords in `text`
    (products, brand, brief) and the parsed industry label, ties going to the business type's own
    niches; else the type's default; else the generic shopfront."""
    lib = library or load_library()
    scores = score(text, lib)
    if niche and niche in lib.niches and lib.niches[niche].fits(text):
        closer = {k: v for k, v in scores.items() if niche in lib.niches[k].refines and lib.niches[k].fits(text)
                  and not lib.niches[k].named_out(text)}
        return lib.niches[max(closer, key=closer.__getitem__)] if closer else lib.niches[niche]
    by_industry = lib.industries.get((industry or "").lower().strip())
    if by_industry:
        scores[by_industry] = scores.get(by_industry, 0) + INDUSTRY_WEIGHT
    scores = {k: v for k, v in scores.items() if lib.niches[k].fits(text)}
    if scores:
        order = list(lib.niches)
        best = max(scores, key=lambda k: (scores[k], lib.niches[k].business_type == business_type,
                                          -order.index(k)))
        return lib.niches[best]
    fallback = lib.niches[lib.defaults.get(business_type, GENERIC)]
    return fallback if fallback.fits(text) else lib.niches[GENERIC]


def render(ill: Illustration, palette: ColorScheme) -> str:
    """The drawing in this palette: every token replaced by a validated #rrggbb colour."""
    colours = {}
    for token, fld in TOKENS.items():
        value = str(getattr(palette, fld)).lower()
        if not HEX.match(value):
            raise ValueError(f"palette {fld} is not a #rrggbb colour: {value!r}")
        colours[token] = value
    out = _TOKEN.sub(lambda m: colours[m.group(1)], ill.svg)
    if "{{" in out:  # a malformed placeholder the pattern did not take
        raise ValueError(f"illustration {ill.key!r} has a placeholder that is not a colour token")
    return out


__all__ = ["Illustration", "Library", "TOKENS", "SIZE", "check_drawing", "choose", "load_library",
           "library_root", "render", "score"]
