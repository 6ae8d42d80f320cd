"""The hero's "what we offer" chips: short tags of the offerings, up to six.

A chip is a tag read at a glance. An offering of five words or more is a phrase, not a tag, and where the page
also shows the offerings as cards that phrase would stand twice on the page, once as a chip and once as its card's
name; it is left to its card (the hero's lead sentence names it too). A page without offering cards keeps every
chip: there they are the only list of what is sold."""

from __future__ import annotations

import re

from ..models import SectionContent

MAX_CHIPS = 6
CHIP_WORDS = 4   # "kue ulang tahun custom" is a tag; "kue ulang tahun custom untuk anak" is a phrase
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


def hero_chips(products: list[str], offer_section: SectionContent | None) -> list[str]:
    """The offerings shown as chips: all (up to six) unless the page has cards, then the ones short enough for a tag."""
    if offer_section is None or not offer_section.items:
        return products[:MAX_CHIPS]
    return [p for p in products if len(_WORD.findall(p)) <= CHIP_WORDS][:MAX_CHIPS]
