"""Stage 5: render the landing page from the design-system components and write the static site.

Pure stage code: Jinja2 (autoescaped) + minify_html; which image files ship and how they are shown is
site_media.py. The Jinja environment and the minified CSS are cached per process.
"""

from __future__ import annotations

import hashlib
import html.entities as html_entities
import json
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypedDict

import jinja2
import minify_html
from markupsafe import Markup

from tapsite_pipeline import owner_links
from tapsite_pipeline.contact import plan_contact
from tapsite_pipeline.contacts import email_or_none, phone_or_none
from tapsite_pipeline.files import atomic_dir
from tapsite_pipeline.forms.plan import (
    FORMS_FILE,
    STAMP_PLACEHOLDER,
    Blank,
    FormSpec,
    SiteForms,
    form_action_csp,
    page_forms,
)
from tapsite_pipeline.forms.text import form_text
from tapsite_pipeline.models import (
    COMMUNITY_INDUSTRIES,
    MEDIA_SVG,
    Brief,
    DesignDecision,
    ImageAsset,
    Intent,
    SectionContent,
    Site,
    SiteContent,
    SiteFile,
)
from tapsite_pipeline.resources import data_dir
from tapsite_pipeline.safe_text import clean_text
from tapsite_pipeline.stages.hero_chips import hero_chips
from tapsite_pipeline.stages.site_media import SMALL_ROLES, PageMedia, page_media  # noqa: F401  (SMALL_ROLES: the contract)
from tapsite_pipeline.stages.wa_prefill import intent_page_features, wa_message

DESIGN_SYSTEM = data_dir("design_system")
COMPONENTS = DESIGN_SYSTEM / "components"
STYLES = DESIGN_SYSTEM / "styles"

# section type -> variants that exist in components/organisms, first one is the fallback
VARIANTS: dict[str, tuple[str, ...]] = {
    "hero": ("centered", "split", "banner", "minimal"),
    "products": ("cards", "list", "grid"),
    "highlights": ("icons", "strip"),
    "about": ("plain", "quote"),
    "how_to_order": ("steps",),
    "contact": ("simple", "form"),
    "gallery": ("grid",),   # the owner's photos; placed by the layout, else after the offerings
}
ANCHORS = {"gallery": "gallery", "products": "products", "highlights": "highlights", "about": "about",
           "how_to_order": "how-to-order", "contact": "contact"}
# border radius per tone: (controls, cards, buttons)
RADII = {"friendly": ("10px", "18px", "999px"), "playful": ("14px", "24px", "999px"),
         "elegant": ("3px", "6px", "3px"), "bold": ("6px", "10px", "8px"),
         "professional": ("8px", "14px", "10px"), "calm": ("10px", "20px", "12px")}

UI = {
    "id": {
        "skip": "Lewati ke konten utama", "contact": "Hubungi kami", "made_with": "Dibuat dengan Tapsite",
        "phone": "Telepon", "wa_number": "Nomor WA", "message_label": "Isi pesan", "chips_label": "Yang kami tawarkan",
        "wa_label": "Chat lewat WhatsApp", "form_title": "Kirim pesan",
        "submit_wa": "Kirim lewat WhatsApp", "submit_email": "Kirim email",
        "cta_wa": "Pesan lewat WhatsApp", "see_offer": "Lihat penawaran kami",
        "email_prefill": "", "og_locale": "id_ID", "gallery": "Galeri foto",
    },
    "en": {
        "skip": "Skip to main content", "contact": "Contact us", "made_with": "Made with Tapsite",
        "phone": "Phone", "wa_number": "WhatsApp number", "message_label": "Your message", "chips_label": "What we offer",
        "wa_label": "Chat on WhatsApp", "form_title": "Send a message",
        "submit_wa": "Send via WhatsApp", "submit_email": "Send email",
        "cta_wa": "Order on WhatsApp", "see_offer": "See what we offer",
        "email_prefill": "", "og_locale": "en_US", "gallery": "Photo gallery",
    },
}

# the icon shown before each of the owner's other accounts and addresses (atoms/icon.html.j2)
LINK_ICONS = {"telegram": "chat", "line": "chat", "tiktok": "heart", "facebook": "heart", "shop": "bag",
              "website": "link", "linkpage": "link"}

_FONT_OK = re.compile(r"[^A-Za-z0-9 ,'\"\-.]")
_RCDATA = re.compile(r"(<(?:title|textarea)\b[^>]*>)(.*?)(</(?:title|textarea)>)", re.S | re.I)
_LD_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


# ---------------------------------------------------------------- cached resources

@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(COMPONENTS)),
        autoescape=True, auto_reload=False, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined, cache_size=200, finalize=_safe,
    )


def _safe(value: object) -> object:
    """Every rendered value without controls, bidi overrides or invisible characters (model copy included)."""
    if isinstance(value, Markup):
        return Markup(clean_text(str(value)))
    return clean_text(value) if isinstance(value, str) else value


def _minify_css(css: str) -> str:
    out = minify_html.minify(f"<style>{css}</style>", minify_css=True)
    return out[len("<style>"):-len("</style>")]


@lru_cache(maxsize=1)
def _css_parts() -> dict[str, str]:
    parts = {"base": _minify_css((STYLES / "base.css").read_text(encoding="utf-8"))}
    for p in sorted((STYLES / "components").glob("*.css")):
        parts[p.stem] = _minify_css(p.read_text(encoding="utf-8"))
    return parts


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _eyebrow(brand: str, location: str, heading: str) -> str:
    """The line above the headline: the name and the place, each only when the headline right under it does not
    already say it ("Warung Bu Tini · Klaten" over "Nasi pecel dari Warung Bu Tini" is the name twice in a row)."""
    parts = [brand] if brand and brand.casefold() not in heading.casefold() else []
    if location and not _words(location) <= _words(f"{heading} {' '.join(parts)}"):
        parts.append(location)
    return " · ".join(parts)


def _signature(brand: str, *first_screen: str) -> str:
    """Who signs the owner's story ("— Warung Bu Tini"): nobody when the first screen already is the name alone (a
    name too long for any headline is the headline by itself); the story under it signed with the same words is the
    same line said twice."""
    said = {" ".join(re.findall(r"\w+", s.casefold())) for s in first_screen}
    return "" if " ".join(re.findall(r"\w+", brand.casefold())) in said else brand


@lru_cache(maxsize=256)
def _css_for(keys: tuple[str, ...]) -> str:
    parts = _css_parts()
    return "".join(parts[k] for k in ("base", *keys) if k in parts)


# ---------------------------------------------------------------- helpers

def _font(stack: str) -> str:
    return _FONT_OK.sub("", stack)[:300] or "system-ui, sans-serif"


def _tokens(design: DesignDecision, tone: str) -> str:
    c = design.color_scheme  # every value validated as #rrggbb by the model
    r = RADII.get(tone, RADII["friendly"])
    pairs = [("primary", c.primary), ("secondary", c.secondary), ("accent", c.accent), ("text", c.text),
             ("background", c.background), ("surface", c.surface), ("muted", c.muted),
             ("on-primary", c.on_primary), ("on-secondary", c.on_secondary), ("on-accent", c.on_accent)]
    decl = "".join(f"--color-{k}:{v};" for k, v in pairs)
    decl += f"--font-heading:{_font(design.typography.heading)};--font-body:{_font(design.typography.body)};"
    decl += f"--radius:{r[0]};--radius-lg:{r[1]};--radius-btn:{r[2]}"
    return f":root{{{decl}}}"


def _ld_json(data: dict[str, object]) -> Markup:
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, rep in _LD_ESCAPES.items():
        s = s.replace(ch, rep)
    return Markup(s)


def _schema_type(intent: Intent) -> str:
    words = f"{intent.industry} {' '.join(intent.products)}".lower()

    def has(*keys: str) -> bool:
        return any(k in words for k in keys)

    bt = intent.business_type
    if bt == "food_and_beverage":
        if has("bakery", "roti", "kue", "cake", "pastry", "bolu"):
            return "Bakery"
        if has("kopi", "coffee", "cafe", "kafe", "café"):
            return "CafeOrCoffeeShop"
        if has("restoran", "restaurant", "warung", "rumah makan", "resto"):
            return "Restaurant"
        return "FoodEstablishment"
    if bt == "retail":
        if has("baju", "pakaian", "busana", "fashion", "clothing", "hijab", "kaos", "batik"):
            return "ClothingStore"
        return "Store"
    if bt == "services":
        return "LocalBusiness" if intent.location else "ProfessionalService"
    if bt == "education":
        return "EducationalOrganization"
    if bt == "events":
        return "EventVenue" if has("venue", "gedung", "ballroom", "aula", "hall") else "Organization"
    return "Organization"


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- the stage

class _SectionView(TypedDict):
    """One section as the page template reads it."""

    type: str
    template: str
    s: SectionContent | SimpleNamespace   # the gallery: a heading only (it has no copy of its own)
    bg: str
    anchor: str
    paragraphs: list[str]
    photos: list[dict[str, Any]]


def render_page(*, brief: Brief, intent: Intent, design: DesignDecision, content: SiteContent,
                media: PageMedia, site_url: str,
                forms: list[FormSpec] | None = None, forms_endpoint: str | None = None) -> str:
    """Render index.html (minified). media.hero is None when the hero variant shows no image."""
    forms = forms or []
    lang = content.language
    t = UI.get(lang, UI["en"])
    brand = intent.brand_name
    comps = design.components

    def variant(kind: str) -> str:
        v = comps.get(kind, "")
        return v if v in VARIANTS[kind] else VARIANTS[kind][0]

    hero_variant = variant("hero")
    hero = content.section("hero") or SectionContent(type="hero", heading=brand, body=content.seo.description)

    # contact data: only what the owner gave, and a WhatsApp link only with a number behind it
    plan = plan_contact(brief, intent)
    wa_phone = phone_or_none(plan.whatsapp)   # only numbers that are numbers: E.164, wa.me digits, display
    community = intent.business_type == "other" and (intent.industry or "") in COMMUNITY_INDUSTRIES
    message = wa_message(intent, lang, community)  # how this business is dealt with: order, sign up, book, ask
    wa = {"url": wa_phone.wa_url(message), "label": t["wa_label"]} if wa_phone else None
    email = email_or_none(plan.email)
    phone = phone_or_none(plan.phone)
    ig_url = f"https://www.instagram.com/{plan.instagram[1:]}/" if plan.instagram else None
    # the owner's other accounts and addresses, each checked again before it becomes a link
    links = [{"url": url, "label": owner_links.label(kind, url, lang), "shown": owner_links.shown(kind, url, brief.text),
              "icon": LINK_ICONS[kind]}
             for kind, raw in plan.links.items() if (url := owner_links.checked(kind, raw))]
    contact = {"wa_display": wa_phone.display if wa_phone else None,
               "wa_url": wa["url"] if wa else None, "email": email,
               "phone": phone.display if phone else None, "phone_href": phone.e164 if phone else None,
               "instagram": plan.instagram, "instagram_url": ig_url, "links": links,
               # an account named without a handle ("fb: Toko Kue Ani"): its name as text, never a link
               "named": [{"label": owner_links.NAMED_LABELS[kind], "name": name, "icon": LINK_ICONS.get(kind, "link")}
                         for kind, name in plan.named]}
    chat_url = {"tg": owner_links.checked("telegram", plan.telegram), "line": owner_links.checked("line", plan.line),
                "ig": ig_url}
    form = None
    if variant("contact") == "form" and not forms:
        if wa_phone:
            form = {"action": wa_phone.wa_url(), "method": "get", "enctype": None, "field": "text",
                    "prefill": message, "title": t["form_title"], "submit": t["submit_wa"]}
        elif email:
            form = {"action": f"mailto:{email}", "method": "post", "enctype": "text/plain",
                    "field": "pesan" if lang == "id" else "message", "prefill": "",
                    "title": t["form_title"], "submit": t["submit_email"]}

    # sections in layout order, alternating background/surface
    sections: list[_SectionView] = []
    css_keys, prev = ["hero", f"hero_{hero_variant}"], "bg"
    seen: set[str] = set()
    for kind in _with_gallery(design.layout, bool(media.gallery)):
        if kind == "hero" or kind in seen or kind not in VARIANTS:
            continue
        seen.add(kind)
        # the gallery has no copy of its own (not a SectionType the copywriter writes): a heading only
        sec = content.section(kind) if kind != "gallery" else SimpleNamespace(heading=t["gallery"], body="", items=[])
        if sec is None:
            continue  # the copy left it out: nothing true to say there (see stages/content.py)
        v = variant(kind)
        if kind == "highlights" and v == "strip":
            bg, prev = "", "strip"
        else:
            bg = "s-surface" if prev == "bg" else "s-bg"
            prev = "surface" if bg == "s-surface" else "bg"
        css_keys.append(f"{kind}_{v}")
        if kind == "about":
            css_keys.append("ticks")
        if kind == "contact" and (forms or form):
            css_keys.append("forms")
        sections.append({"type": kind, "template": f"organisms/{kind}_{v}.html.j2", "s": sec, "bg": bg,
                         "anchor": ANCHORS[kind], "paragraphs": _paragraphs(sec.body), "photos": media.gallery})

    products = next((s for s in sections if s["type"] == "products"), None)
    secondary_cta: dict[str, str] | None = None
    if products:
        label = products["s"].heading if len(products["s"].heading) <= 32 else t["see_offer"]
        secondary_cta = {"label": label, "href": "#products"}
    has_contact = any(sec["type"] == "contact" for sec in sections)
    cta: dict[str, str | None] | None
    if wa:
        cta = {"label": hero.cta_label or t["cta_wa"], "href": wa["url"], "icon": "chat", "rel": "noopener"}
    elif (first := (plan.channels or ("",))[0]) in chat_url and chat_url[first]:
        # the owner's Instagram, Telegram or LINE account is the best way to reach them: the button opens it
        cta = {"label": hero.cta_label or t["contact"], "href": chat_url[first], "icon": "chat", "rel": "noopener"}
    elif plan.reachable and has_contact:
        cta = {"label": hero.cta_label or t["contact"], "href": "#contact", "icon": None, "rel": None}
    elif products and hero.cta_label:
        cta = {"label": hero.cta_label, "href": "#products", "icon": None, "rel": None}
        secondary_cta = None  # the main button already leads to the offerings
    else:
        cta = None  # nothing to order from and nobody to contact: no button that leads nowhere
    eyebrow = _eyebrow(brand, intent.location or "", hero.heading)

    hero_img = media.hero
    site_url_abs = site_url if site_url.endswith("/") else site_url + "/"
    og_image = None
    if hero_img is not None:
        hero_img = {**hero_img, "alt": hero_img["alt"] or hero.heading}
        if media.hero_asset is not None and media.hero_asset.media_type != MEDIA_SVG:
            og_image = site_url_abs + hero_img["src"]   # link previews (og:image) take raster formats only
    if media.has_photo:
        css_keys.append("photo")

    c = design.color_scheme
    ld: dict[str, object] = {"@context": "https://schema.org", "@type": _schema_type(intent), "name": brand,
                "description": content.seo.description, "url": site_url}
    if og_image:
        ld["image"] = og_image
    telephone = phone or wa_phone
    if telephone:
        ld["telephone"] = telephone.e164
    if email:
        ld["email"] = email
    same_as = [u for u in (ig_url, *(lk["url"] for lk in links)) if u]
    if same_as:
        ld["sameAs"] = same_as   # the owner's own accounts and sites (schema.org sameAs)
    if intent.location:
        ld["areaServed"] = intent.location
        ld["address"] = {"@type": "PostalAddress", "addressLocality": intent.location}

    favicon = ("data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27 viewBox=%270 0 32 32%27%3E"
               f"%3Crect width=%2732%27 height=%2732%27 rx=%278%27 fill=%27%23{c.primary[1:]}%27/%3E"
               f"%3Ccircle cx=%2716%27 cy=%2716%27 r=%277%27 fill=%27%23{c.accent[1:]}%27/%3E%3C/svg%3E")
    css = Markup(_tokens(design, intent.tone) + _css_for(tuple(dict.fromkeys(css_keys))))

    html = _env().get_template("page.html.j2").render(
        lang=lang, t=t, brand=brand, seo=content.seo, site_url=site_url, theme_color=c.primary,
        og_locale=t["og_locale"], og_image=og_image, favicon=favicon, css=css, jsonld=_ld_json(ld),
        tone=intent.tone, template_id=re.sub(r"[^a-z0-9-]", "", design.template_id.lower()),
        hero=hero, hero_variant=hero_variant, hero_img=hero_img, sections=sections,
        ctx={"eyebrow": eyebrow, "cta": cta, "secondary_cta": secondary_cta,
             "sign": _signature(brand, hero.heading, eyebrow)},
        chips=hero_chips(intent.products, content.section("products") if products else None), wa=wa, contact=contact, form=form,
        forms=forms, ft=form_text(lang), stamp=STAMP_PLACEHOLDER, blank=Blank(),
        form_action=form_action_csp(forms, form, forms_endpoint),
        header_cta={"label": t["contact"], "href": "#contact", "rel": None} if has_contact else None,
        location=intent.location, year=date.today().year,
    )
    out = minify_html.minify(html, keep_closing_tags=True, keep_html_and_head_opening_tags=True,
                             minify_css=False, minify_js=False)
    # minify_html un-escapes "<" inside RCDATA (<title>, <textarea>); browsers are fine with that,
    # but keep it escaped so naive HTML tooling never mistakes brief text for markup.
    out = _RCDATA.sub(lambda m: m.group(1) + m.group(2).replace("<", "&lt;") + m.group(3), out)
    # It also leaves a bare "&" ("Ani &Jakarta", "0&:"): valid HTML now, a parse error for older
    # parsers (html5lib, some validators and crawlers); written as "&amp;" unless it starts a real entity.
    return _BARE_AMP.sub(_amp, out)


def _with_gallery(layout: Sequence[str], has_gallery: bool) -> list[str]:
    """The layout's sections, with the owner's gallery where the template puts it, else after the offerings
    (or before contact, on a page without them)."""
    if not has_gallery or "gallery" in layout:
        return list(layout)
    out = list(layout)
    after = "products" if "products" in out else ("about" if "about" in out else None)
    at = out.index(after) + 1 if after else (out.index("contact") if "contact" in out else len(out))
    return [*out[:at], "gallery", *out[at:]]


# any "&" a parser would try to read as a reference (all but one before a space, "<" or "&")
_BARE_AMP = re.compile(r"&(?=[^\s<&])([A-Za-z0-9#]{0,32};?)")
_ENTITIES = frozenset(html_entities.html5)


def _amp(m: re.Match[str]) -> str:
    tail = m.group(1)
    if tail.startswith("#") and re.match(r"#(?:[0-9]+|[xX][0-9a-fA-F]+);", tail):
        return m.group(0)
    if any(tail[:n] in _ENTITIES for n in range(len(tail), 1, -1)):
        return m.group(0)
    return "&amp;" + tail


def assemble_site(*, site_id: str, brief: Brief, intent: Intent, design: DesignDecision,
                  content: SiteContent, images: list[ImageAsset], out_dir: Path, site_url: str,
                  forms_endpoint: str | None) -> Site:
    """Render index.html + copy the hero into out_dir (replaced atomically); list every file.

    forms_endpoint is where this site's forms post (`<endpoint base>/forms/<subdomain>`); every caller says
    it, and None (no endpoint) means a page without lead forms. The forms' specs are written beside the
    page (forms.json) for the endpoint.
    """
    out_dir = Path(out_dir)
    hero_variant = design.components.get("hero", "centered")
    media = page_media(images, hero_variant, content.seo.title)
    forms = page_forms(brief=brief, intent=intent, design=design, content=content, forms_endpoint=forms_endpoint,
                       features=intent_page_features(intent))
    html = render_page(brief=brief, intent=intent, design=design, content=content, media=media,
                       site_url=site_url, forms=forms, forms_endpoint=forms_endpoint).encode("utf-8")
    files = {"index.html": (html, "text/html; charset=utf-8"), **media.files}
    if forms:
        spec = SiteForms(site_id=site_id, brand=intent.brand_name, language=content.language, site_url=site_url,
                         forms=forms)
        files[FORMS_FILE] = (spec.dumps().encode("utf-8"), "application/json")

    listing = []
    with atomic_dir(out_dir) as tmp:  # a build folder is replaced whole: deploys hard-link from it
        for name, (data, ctype) in files.items():
            (tmp / name).write_bytes(data)
            listing.append(SiteFile(path=name, bytes=len(data), sha256=_sha(data), content_type=ctype))
    return Site(site_id=site_id, brand_name=intent.brand_name, build_dir=str(out_dir), files=listing,
                html_bytes=len(html), total_bytes=sum(f.bytes for f in listing))


__all__ = ["assemble_site", "render_page"]
