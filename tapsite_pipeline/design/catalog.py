"""The template catalog in design_system/: load and validate templates and typography pairs."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.models import BusinessType, Feature, SectionType, Tone
from tapsite_pipeline.resources import data_dir

DESIGN_SYSTEM = data_dir("design_system")

HERO_VARIANTS = ("centered", "split", "banner", "minimal")
ColorFamily = str  # warm | cool | bright | neutral | earthy | pastel


class Palette(BaseModel):
    model_config = ConfigDict(extra="forbid")
    primary: str
    secondary: str
    accent: str
    text: str
    background: str


class Template(BaseModel):
    """One page template: who it suits, how it is laid out, which palettes it ships with."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,40}$")
    name: str
    description: str = ""
    categories: list[BusinessType] = Field(min_length=1)
    tones: list[Tone] = Field(min_length=1)
    features: list[Feature] = Field(default_factory=list)
    layout: list[SectionType] = Field(min_length=3)
    components: dict[str, str]
    color_family: ColorFamily
    palettes: list[Palette] = Field(min_length=1)
    typography: str


class TypePair(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    heading: str
    body: str


class Catalog(BaseModel):
    templates: list[Template]
    typography: dict[str, TypePair]

    def get(self, template_id: str) -> Template:
        for t in self.templates:
            if t.id == template_id:
                return t
        raise ConfigError(f"unknown template {template_id!r}; see design_system/templates.yaml")


def _read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from exc


@lru_cache(maxsize=4)
def load_catalog(root: Path = DESIGN_SYSTEM) -> Catalog:
    """Load templates.yaml and typography.yaml; name the file and field on any error."""
    tpath, ypath = root / "templates.yaml", root / "typography.yaml"
    raw_t, raw_y = _read_yaml(tpath), _read_yaml(ypath)
    try:
        pairs = {p["id"]: TypePair(**p) for p in raw_y["pairs"]}
    except (KeyError, TypeError, ValidationError) as exc:
        raise ConfigError(f"{ypath}: {exc}") from exc
    templates = []
    for i, item in enumerate(raw_t.get("templates", []) if isinstance(raw_t, dict) else []):
        try:
            t = Template(**item)
        except (TypeError, ValidationError) as exc:
            raise ConfigError(f"{tpath}: template #{i + 1}: {exc}") from exc
        if t.typography not in pairs:
            raise ConfigError(f"{tpath}: template {t.id}: unknown typography {t.typography!r}")
        if t.components.get("hero") not in HERO_VARIANTS:
            raise ConfigError(f"{tpath}: template {t.id}: components.hero must be one of {HERO_VARIANTS}")
        if t.layout[0] != "hero" or "contact" not in t.layout:
            raise ConfigError(f"{tpath}: template {t.id}: layout must start with hero and include contact")
        templates.append(t)
    ids = [t.id for t in templates]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"{tpath}: duplicate template ids")
    if not templates:
        raise ConfigError(f"{tpath}: no templates")
    return Catalog(templates=templates, typography=pairs)
