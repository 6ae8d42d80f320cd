"""Brand: the owner's brand, intact, in the header, the h1 or hero, the title, and the subdomain. A brief labelled as
naming no business is named by the page for what it does or whose it is, never by a stray word of the brief."""

from __future__ import annotations

import re

from .brief import BriefInfo, slug
from .page import Page
from .result import CheckResult
from .text import clip, content_words, squash

# The owner's own accounts (an Instagram handle, an email's local part) and a name the writer introduces themselves
# with ("saya Bu Ratna", "ambo Ni Ema", "I'm Tom"): what a business without a name may go by.
_ACCOUNT = re.compile(r"@([\w.]+)|([\w.+-]+)@[\w-]+\.")
# (the regional pronouns too: Balinese "tiang", Manado "kita", Papuan "sa", Ambonese "beta", Banjar "ulun" …)
_SELF_INTRO = re.compile(r"(?i)\b(?:saya|sy|aku|ambo|awak|kulo|gw|gue|tiang|titiang|kita|sa|beta|ulun|aye|ane|abdi|"
                         r"nama\s+saya|namaku|i'm|i\s+am|my\s+name\s+is|this\s+is|ini)\s+$")


def _in(brand: str, text: str) -> bool:
    return squash(brand) in squash(text)


def check_brand(page: Page, brief: BriefInfo, subdomain: str | None = None) -> CheckResult:
    brand = brief.brand
    if not brand:
        return _unnamed(page, brief) if brief.names_no_brand else CheckResult(
            "brand", passed=True, score=1.0, metrics={"applicable": 0})
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


def _unnamed(page: Page, brief: BriefInfo) -> CheckResult:
    """The brief names no business: the page's name must say what it does (a word of an offering or of the niche's
    cues, or sharing its first six letters: "Fotografer Freelance Bandung"; or the words the brief opens with, "Jasa
    Penerjemah Tersumpah (sworn translator) …") or whose it is (the owner's account or self-introduced
    name), not a place, a tool or a feature read from the brief ("Zoom", "L300", "AC", "Kirim Jabodetabek")."""
    shown = page.header_brand.strip()
    if not shown:
        return CheckResult("brand", passed=True, score=1.0, metrics={"applicable": 0})
    said = {w for o in brief.offerings for w in content_words(o)}
    said.update(w for n in brief.niches for cue in brief.lex.niches[n].cues for w in content_words(cue))
    named = [w for w in content_words(shown) if w not in brief.lex.places]
    own = [a.replace(".", "").replace("_", "") for m in _ACCOUNT.finditer(brief.text.casefold()) for a in m.groups() if a]
    flat = re.sub(r"[^\w]", "", shown.casefold())
    at = brief.text.casefold().find(shown.casefold())
    opening = set(content_words(brief.text[:60]))
    does = any(w in said or len(w) >= 6 and any(s[:6] == w[:6] for s in said) for w in named) \
        or (len(named) >= 2 and all(w in opening for w in named))
    whose = any(len(a) >= 4 and (a in flat or flat in a) for a in own) \
        or (at > 0 and bool(_SELF_INTRO.search(brief.text[max(0, at - 15):at])))
    ok = does or whose
    problems = [] if ok else [f'the brief names no business, and the page calls it "{clip(shown, 50)}", which says '
                              "neither what it does nor whose it is"]
    return CheckResult("brand", passed=ok, score=1.0 if ok else 0.0, problems=problems, metrics={"applicable": 1})
