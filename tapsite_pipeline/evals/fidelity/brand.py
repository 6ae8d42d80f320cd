"""Brand: the owner's brand, intact, in the header, the h1 or hero, the title, and the subdomain."""

from __future__ import annotations

from .brief import BriefInfo, slug
from .page import Page
from .result import CheckResult
from .text import clip, squash


def _in(brand: str, text: str) -> bool:
    return squash(brand) in squash(text)


def check_brand(page: Page, brief: BriefInfo, subdomain: str | None = None) -> CheckResult:
    brand = brief.brand
    if not brand:
        return CheckResult("brand", passed=True, score=1.0, metrics={"applicable": 0})
    problems = []
    places = {
        "header": page.header_brand,
        "h1 or hero": f"{page.h1}\n{page.section_text('hero')}",
        "title": page.title,
    }
    shown = {"header": page.header_brand, "h1 or hero": page.h1, "title": page.title}
    for where, text in places.items():
        if not _in(brand, text):
            problems.append(f'brand "{brand}" is not intact in the {where} (shows "{clip(shown[where], 50)}")')
    if subdomain is not None:
        s = slug(brand)
        # "Byte & Bloom" may be deployed as byte-and-bloom or byte-bloom; hyphens are not the brand
        variants = {slug(brand.replace("&", " and ")), s}
        sub = subdomain.lower().replace("-", "")
        if s and not any(v.replace("-", "") in sub for v in variants):
            problems.append(f'subdomain "{subdomain}" does not hold the brand\'s slug "{s}"')
    total = len(places) + (subdomain is not None)
    return CheckResult("brand", passed=not problems, score=round(1 - len(problems) / total, 4), problems=problems,
                       metrics={"applicable": 1})
