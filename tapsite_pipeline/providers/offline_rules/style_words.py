"""Styles, genres and levels said as the second conjunct of a qualifier: "les piano klasik dan pop", "kelas vokal
pop, jazz, rock", "kursus tari tradisional & modern". The words after the link qualify the same offering as the style
word before it (what is taught or made, in which manner): no card of their own. A conjunct with a head of its own
("les piano klasik dan gitar pop", "roti manis dan kue kering") is an offering and stays."""

from __future__ import annotations

import re

STYLES = frozenset("""
pop jazz rock klasik classic classical blues dangdut keroncong campursari gospel rnb r&b metal indie folk reggae
edm hiphop hip-hop rap latin country akustik acoustic elektrik electric
tradisional traditional modern kontemporer contemporary
basic dasar menengah lanjutan advanced intermediate beginner beginners pemula
""".split())

# the link of a list ("," "/" "&" "+" "dan" "and" "atau" "or" "serta") between two conjuncts
_LINK = r"(?:\s*[,/&+]\s*(?:(?:dan|and|atau|or|serta)\s+)?|\s+(?:dan|and|atau|or|serta)\s+)"


def _only_styles(item: str) -> bool:
    return all(w in STYLES for w in item.split())


def style_conjuncts(items: list[str], lower: str) -> list[str]:
    """The items without those made only of style words and said right after a link from an item that ends on a style
    word after its head ("les vokal pop, jazz, klasik": "jazz" after "les vokal pop", "klasik" after the dropped
    "jazz"). Style words said before their head ("jazz, pop and keroncong covers") qualify a head that comes later:
    each is left to the other readings."""
    if len(items) < 2 or not any(_only_styles(i) for i in items):
        return items
    headed = [i for i in items if not _only_styles(i) and i.split()[-1] in STYLES]
    if not headed:
        return items
    out: list[str] = []
    for item in items:
        if _only_styles(item) and any(
                re.search(r"(?<![\w&-])" + re.escape(before) + _LINK + re.escape(item) + r"(?![\w&-])", lower)
                for before in headed):
            headed.append(item)  # the next style in the list follows this one
            continue
        out.append(item)
    return out
