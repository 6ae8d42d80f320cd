"""Rules the generated page copy must keep: its language, the brand, SEO lengths, no placeholders, no invented facts."""

from __future__ import annotations

import re
from typing import Any

SEO_TITLE = (10, 60)
SEO_DESCRIPTION = (50, 160)

_ID = set("yang dan di untuk dengan kami anda kamu ini itu dari ke bisa sekarang pesan hubungi tersedia "
          "setiap kita juga atau sudah akan lebih cara langsung melalui lewat semua dapat tanpa".split())
_EN = set("the and for with our you your we to of is are now order contact every can all from by "
          "that this it be more how just get without at".split())
_WORD = re.compile(r"[a-zA-Z]+")
PLACEHOLDER = re.compile(r"lorem ipsum|\{\{|\}\}|\{%|\[(?:brand|nama|name|product|produk|city|kota)[^\]]*\]"
                         r"|<insert|\bTODO\b|\bTBD\b|\bxxx+\b|placeholder|undefined|\bNone\b|\bnull\b",
                         re.IGNORECASE)
PRICE = re.compile(r"(?:\brp\.?\s?\d|\bidr\s?\d|\$\s?\d|\b\d+(?:[.,]\d+)?\s?(?:rb|ribu|k|jt|juta)\b"
                   r"|\bharga(?:nya)?\s+(?:mulai\s+)?\d)", re.IGNORECASE)
TESTIMONIAL = re.compile(r"testimon|kata (?:mereka|pelanggan)|ulasan|\breview|rating|bintang\s?5|★"
                         r"|\b5[- ]star|customers? say|pelanggan (?:kami )?puas", re.IGNORECASE)


def page_text(content: dict[str, Any]) -> str:
    parts = []
    for s in content.get("sections", []):
        parts += [s.get("heading", ""), s.get("body", ""), s.get("cta_label", "")]
        for it in s.get("items", []):
            parts += [it.get("title", ""), it.get("description", "")]
    seo = content.get("seo") or {}
    parts += [seo.get("title", ""), seo.get("description", "")]
    return "\n".join(p for p in parts if p)


def detect_language(text: str) -> str | None:
    """Stopword vote; None when the text has too few function words to tell."""
    words = [w.lower() for w in _WORD.findall(text)]
    i, e = sum(w in _ID for w in words), sum(w in _EN for w in words)
    if i + e < 3:
        return None
    return "id" if i > e else "en" if e > i else None


def _brand(case, out) -> str | None:
    return case.gold.get("brand_name") or (out.extra.get("intent") or {}).get("brand_name")


def _content(out):
    return out.output if out.output is not None and "sections" in out.output else None


def language_matches(case, out) -> float | None:
    want = case.gold.get("language") or (out.extra.get("intent") or {}).get("language")
    c = _content(out)
    if c is None:
        return 0.0
    return float(c.get("language") == want and detect_language(page_text(c)) == want) if want else None


def brand_present(case, out) -> float | None:
    brand, c = _brand(case, out), _content(out)
    if c is None:
        return 0.0
    if not brand:
        return None
    hero = next((s for s in c.get("sections", []) if s.get("type") == "hero"), {})
    seo = c.get("seo") or {}
    b = brand.casefold()
    return float(b in page_text(hero_only(hero)).casefold() and b in seo.get("title", "").casefold())


def hero_only(hero: dict) -> dict:
    return {"sections": [hero]} if hero else {"sections": []}


def seo_lengths(case, out) -> float | None:
    c = _content(out)
    if c is None:
        return 0.0
    seo = c.get("seo") or {}
    t, d = len(seo.get("title", "")), len(seo.get("description", ""))
    return float(SEO_TITLE[0] <= t <= SEO_TITLE[1] and SEO_DESCRIPTION[0] <= d <= SEO_DESCRIPTION[1])


def no_placeholder(case, out) -> float | None:
    c = _content(out)
    return 0.0 if c is None else float(not PLACEHOLDER.search(page_text(c)))


def no_invented_prices(case, out) -> float | None:
    """A price on the page is fine only when the owner wrote one in the brief."""
    c = _content(out)
    if c is None:
        return 0.0
    return float(bool(PRICE.search(case.text)) or not PRICE.search(page_text(c)))


def no_invented_testimonials(case, out) -> float | None:
    c = _content(out)
    if c is None:
        return 0.0
    asked = "testimonials" in (case.gold.get("features") or []) or TESTIMONIAL.search(case.text)
    return float(bool(asked) or not TESTIMONIAL.search(page_text(c)))


COPY_RULES = {
    "copy_language": (language_matches, "page language and the copy's words match the brief's language"),
    "copy_brand_present": (brand_present, "brand name in the hero and the SEO title"),
    "copy_seo_lengths": (seo_lengths, f"SEO title {SEO_TITLE} and description {SEO_DESCRIPTION} chars"),
    "copy_no_placeholder": (no_placeholder, "no lorem ipsum, template braces, [brand], TODO"),
    "copy_no_invented_prices": (no_invented_prices, "no price unless the brief gave one"),
    "copy_no_invented_testimonials": (no_invented_testimonials, "no testimonials/ratings unless asked"),
}
