"""Typed outputs of the six stages: brief → intent → design → content → images → site → deployment."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

BusinessType = Literal[
    "food_and_beverage", "retail", "services", "creative",
    "education", "events", "technology", "other",
]
BUSINESS_TYPES: tuple[str, ...] = BusinessType.__args__  # type: ignore[attr-defined]

Feature = Literal[
    "catalog", "menu", "pricing", "contact_form", "order_form", "whatsapp", "booking",
    "registration", "schedule", "gallery", "portfolio", "testimonials", "map",
    "social_links", "tickets", "signup", "download", "delivery",
    "walk_in",  # customers just come in: the owner ruled out booking ("walk in aja, gk usah booking")
]
FEATURES: tuple[str, ...] = Feature.__args__  # type: ignore[attr-defined]

Tone = Literal["friendly", "professional", "playful", "elegant", "bold", "calm"]
TONES: tuple[str, ...] = Tone.__args__  # type: ignore[attr-defined]

Language = Literal["id", "en"]

# Fine-grained niche of the business: the copy's vocabulary and the illustration library are keyed by it.
# "other" means unsure, and the page is phrased neutrally for the business type.
Niche = Literal[
    "bakery", "coffee", "eatery", "catering", "drinks", "snacks", "frozen_food", "fashion", "cosmetics",
    "gifts", "plants", "grocery", "gadgets", "pet_shop", "crafts", "furniture", "books_stationery",
    "farm_produce", "laundry", "salon", "spa", "repair", "auto_repair", "cleaning", "tailor", "rental",
    "clinic", "fitness", "travel", "printing", "photo", "design", "music", "tutoring", "course", "wedding",
    "organizer", "decoration", "webdev", "marketing", "itsupport", "other",
]
NICHES: tuple[str, ...] = Niche.__args__  # type: ignore[attr-defined]
# Industry labels of organisations that are not businesses (places of worship, foundations, youth groups):
# their pages invite people to activities and never speak of orders or customers.
COMMUNITY_INDUSTRIES = frozenset({"religious", "non-profit", "community", "social"})

# Facts the owner stated, kept in their words so the page can repeat them and never invent one.
FactKind = Literal[
    "hours", "since", "experience", "price", "area", "delivery", "pickup", "turnaround", "package", "offer",
    "audience", "level", "address", "instagram", "guarantee", "note",
]
FACT_KINDS: tuple[str, ...] = FactKind.__args__  # type: ignore[attr-defined]

SectionType = Literal["hero", "products", "highlights", "about", "how_to_order", "contact"]
# Where a page's colours came from: named in the brief, the industry's defaults, or the template's own palette.
ColorSource = Literal["brief", "industry", "template"]
SECTION_TYPES: tuple[str, ...] = SectionType.__args__  # type: ignore[attr-defined]

HEX = re.compile(r"^#[0-9a-f]{6}$")
MEDIA_WEBP, MEDIA_SVG = "image/webp", "image/svg+xml"  # a picture from an image model; a library drawing
MAX_BRIEF_CHARS = 2000


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Brief(Strict):
    """What the owner wrote, plus the contact details a campaign row may carry."""

    text: str = Field(min_length=1, max_length=MAX_BRIEF_CHARS)
    id: str | None = None
    brand_name: str | None = Field(default=None, max_length=50)
    whatsapp: str | None = None
    email: str | None = None
    phone: str | None = None
    language: Language | None = None
    photos: list[str] = Field(default_factory=list, max_length=6)   # the owner's own, checked (photos.py)


class Fact(Strict):
    """One concrete thing the owner said: opening hours, a year, a price, an area served, an offer…"""

    kind: FactKind
    value: str = Field(min_length=1, max_length=120)   # as stated: "08.00-21.00", "2008", "Rp 25.000"
    subject: str = Field(default="", max_length=60)     # what it is about, when said: "nasi box"


class Intent(Strict):
    """Stage 1: what the business is and what the owner asked for."""

    business_type: BusinessType
    industry: str = Field(min_length=1, max_length=60)
    products: list[str] = Field(default_factory=list, max_length=10)
    brand_name: str = Field(min_length=2, max_length=50)
    target_audience: str = Field(default="", max_length=120)
    tone: Tone = "friendly"
    color_preference: list[str] = Field(default_factory=list, max_length=5)
    features_requested: list[Feature] = Field(default_factory=list)
    language: Language
    location: str | None = Field(default=None, max_length=60)
    niche: Niche = "other"
    facts: list[Fact] = Field(default_factory=list, max_length=24)

    @field_validator("products")
    @classmethod
    def _lower_products(cls, v: list[str]) -> list[str]:
        out: list[str] = []
        for p in v:
            p = " ".join(p.lower().split())
            if p and p not in out:
                out.append(p)
        return out

    @field_validator("color_preference")
    @classmethod
    def _lower_colors(cls, v: list[str]) -> list[str]:
        return list(dict.fromkeys(" ".join(c.lower().split()) for c in v if c.strip()))

    @field_validator("features_requested")
    @classmethod
    def _dedupe_features(cls, v: list[str]) -> list[str]:
        return list(dict.fromkeys(v))


class ColorScheme(Strict):
    """Brand palette; every text/background pair the page uses passes WCAG AA."""

    primary: str
    secondary: str
    accent: str
    text: str
    background: str
    surface: str
    muted: str
    on_primary: str
    on_secondary: str
    on_accent: str

    @field_validator("*")
    @classmethod
    def _hex(cls, v: str) -> str:
        v = v.lower()
        if not HEX.match(v):
            raise ValueError(f"not a #rrggbb colour: {v!r}")
        return v


class Typography(Strict):
    name: str
    heading: str
    body: str


class MatchScore(Strict):
    total: float
    breakdown: dict[str, float]
    ranking: list[tuple[str, float]] = Field(default_factory=list)
    matcher: Literal["weighted", "learned"] = "weighted"


class DesignDecision(Strict):
    """Stage 2: template, palette, typography and section layout."""

    template_id: str
    color_scheme: ColorScheme
    typography: Typography
    layout: list[SectionType]
    components: dict[str, str]
    match: MatchScore
    contrast: dict[str, float] = Field(default_factory=dict)
    color_source: ColorSource = "template"


class CardItem(Strict):
    title: str = Field(min_length=1, max_length=120)   # a card's name (≤ 80 by the copy rules), or an owner's note
    description: str = Field(default="", max_length=240)


class SectionContent(Strict):
    """Stage 3: the copy of one section."""

    type: SectionType
    heading: str = Field(min_length=1, max_length=120)
    body: str = Field(default="", max_length=600)
    items: list[CardItem] = Field(default_factory=list, max_length=10)
    cta_label: str = Field(default="", max_length=40)


class SeoContent(Strict):
    title: str = Field(min_length=1, max_length=60)
    description: str = Field(min_length=1, max_length=160)


class SiteContent(Strict):
    language: Language
    sections: list[SectionContent]
    seo: SeoContent

    def section(self, kind: str) -> SectionContent | None:
        return next((s for s in self.sections if s.type == kind), None)


class ImageAsset(Strict):
    """Stage 4: one image file, addressed by the hash of the spec that drew it (or of the owner's photo).

    A smaller copy for `srcset` names the image it copies in `copy_of` (its role is in site.SMALL_ROLES)."""

    role: str
    filename: str
    path: str
    width: int
    height: int
    alt: str
    media_type: str = MEDIA_WEBP
    sha256: str
    bytes: int
    spec_hash: str
    cached: bool = False
    provider: str = "offline:illustrations"
    copy_of: str | None = None


class SiteFile(Strict):
    path: str
    bytes: int
    sha256: str
    content_type: str


class Site(Strict):
    """Stage 5: the static files of one landing page, built in a folder."""

    site_id: str
    brand_name: str
    build_dir: str
    files: list[SiteFile]
    html_bytes: int
    total_bytes: int


class Deployment(Strict):
    """Stage 6: a versioned deploy of a site under its subdomain."""

    subdomain: str
    version: str
    live_dir: str
    index_path: str
    url: str
    manifest_path: str
    deployed_at: datetime
    previous_version: str | None = None
    published: str | None = None   # the public copy's live pointer (s3://…/live.json); None: the local folder only


class ImagePrompt(Strict):
    """Stage 4 input from the LLM: what the hero image shows, and its alt text."""

    prompt: str = Field(min_length=10, max_length=600)
    alt: str = Field(min_length=5, max_length=150)


class JudgeVerdict(Strict):
    """An LLM judge's structured verdict on one output, against a rubric."""

    score: int = Field(ge=1, le=5)
    reason: str = Field(min_length=1, max_length=600)
ContactChannel = Literal["whatsapp", "phone", "email"]


class IntentChanges(Strict):
    """What a refinement changes in what the business is; None or empty means unchanged."""

    brand_name: str | None = Field(default=None, min_length=2, max_length=50)
    add_products: list[str] = Field(default_factory=list, max_length=10)
    remove_products: list[str] = Field(default_factory=list, max_length=10)
    color_preference: list[str] | None = Field(default=None, max_length=5)   # replaces the colours
    tone: Tone | None = None
    language: Language | None = None
    location: str | None = Field(default=None, max_length=60)
    facts: list[Fact] = Field(default_factory=list, max_length=6)    # replace the facts of the same kind
    remove_facts: list[FactKind] = Field(default_factory=list)


class ContactChanges(Strict):
    """New contact details (as the owner typed them), and channels to drop."""

    whatsapp: str | None = None
    phone: str | None = None
    email: str | None = None
    remove: list[ContactChannel] = Field(default_factory=list)


class DesignOverrides(Strict):
    template_id: str | None = None
    another_template: bool = False     # "coba desain lain": the next template of the match ranking


class SectionEdit(Strict):
    """Text the owner wants on (or off) one section, kept across later regenerations of the copy."""

    section: SectionType
    action: Literal["add_text", "remove_text", "set_heading"]
    text: str = Field(min_length=1, max_length=200)


class ImageChange(Strict):
    action: Literal["redraw", "replace"]   # another drawing of the hero, or the owner's own photo
    path: str | None = None


class SiteEdit(Strict):
    """A refinement request read as a typed edit; `question` is set (and nothing else) when it was not understood."""

    intent: IntentChanges = Field(default_factory=IntentChanges)
    contact: ContactChanges = Field(default_factory=ContactChanges)
    design: DesignOverrides = Field(default_factory=DesignOverrides)
    sections: list[SectionEdit] = Field(default_factory=list, max_length=10)
    images: list[ImageChange] = Field(default_factory=list, max_length=2)
    question: str | None = Field(default=None, max_length=400)

    def is_empty(self) -> bool:
        return self.model_dump(exclude={"question"}) == SiteEdit().model_dump(exclude={"question"})


class SiteOverrides(Strict):
    """What earlier refinements decided that regenerating a stage must keep."""

    template_id: str | None = None
    sections: list[SectionEdit] = Field(default_factory=list)
    photo: str | None = None           # the owner's hero photo (a file in the image cache)
    image_variation: int = 0


class SiteState(Strict):
    """One stored version of a site: everything the stages produced, and what refinements pinned."""

    site_id: str
    subdomain: str
    version: int = 0
    brief: Brief
    intent: Intent
    design: DesignDecision
    content: SiteContent
    images: list[ImageAsset]
    overrides: SiteOverrides = Field(default_factory=SiteOverrides)


OUTPUT_SCHEMAS: dict[str, type[BaseModel]] = {
    "JudgeVerdict": JudgeVerdict,
    "Intent": Intent,
    "SectionContent": SectionContent,
    "SeoContent": SeoContent,
    "ImagePrompt": ImagePrompt,
    "SiteEdit": SiteEdit,
}
