"""Score one page (HTML + the brief it was made from) on every fidelity check; or a deployed site folder."""

from __future__ import annotations

import json
from pathlib import Path

from .brand import check_brand
from .brief import BriefInfo
from .cards import check_cards
from .coherence import check_coherence
from .contact import check_contact
from .facts import check_facts
from .page import parse_page
from .result import FidelityResult

CHECKS = ("cards", "facts", "contact", "coherence", "brand")


def score_page(html: str, brief_text: str, *, gold: dict | None = None, subdomain: str | None = None,
               form_endpoint: str | None = None, contact: dict | None = None) -> FidelityResult:
    """Every fidelity check of one page. `gold` (optional) gives what the page must show — see the
    package docstring; `contact` the owner's contact fields (whatsapp/phone/email), when known, so a
    number on the page that is in neither the brief nor the fields counts as invented."""
    page = parse_page(html)
    brief = BriefInfo(brief_text, dict(gold or {}))
    return FidelityResult([
        check_cards(page, brief),
        check_facts(page, brief, contact),
        check_contact(page, brief, form_endpoint=form_endpoint),
        check_coherence(page, brief),
        check_brand(page, brief, subdomain),
    ])


def score_site_dir(live_dir: str | Path, brief_text: str, gold: dict | None = None, subdomain: str | None = None,
                   *, form_endpoint: str | None = None, contact: dict | None = None) -> FidelityResult:
    """Score a deployed site folder (its index.html). The subdomain, when not given, is read from the
    folder's manifest.json (written by the deployment stage)."""
    d = Path(live_dir)
    index = d / "index.html" if d.is_dir() else d
    html = index.read_text(encoding="utf-8")
    if subdomain is None:
        manifest = index.parent / "manifest.json"
        try:
            subdomain = json.loads(manifest.read_text(encoding="utf-8")).get("subdomain")
        except (OSError, ValueError):
            subdomain = None
    return score_page(html, brief_text, gold=gold, subdomain=subdomain, form_endpoint=form_endpoint, contact=contact)
