"""A contact label said only before the owner's number ("hp 0856 …", "telp 0812 …", "wa: 0813 …") is how to reach the
business, never a card: a massage page has no "HP" card. The label word alone is dropped, and only when every time
the brief says it a number follows; a phone shop's own goods ("jual hp second", "servis hp", "hp & aksesoris") are
said elsewhere or as longer phrases, and stay.
"""

from __future__ import annotations

import re

LABELS = frozenset("hp handphone ponsel telp tlp tlpn telpon telepon tel wa whatsapp phone call sms hub hubungi kontak "
                   "contact cp".split())
# what may stand between the label and the number: ":", ".", a second label ("hp/wa", "telp / WA")
_TO_NUMBER = r"\s*[.:]?\s*(?:/\s*[a-z]+\s*[.:]?\s*)?[+(]?\d"


def _only_before_numbers(word: str, lower: str) -> bool:
    said = list(re.finditer(rf"(?<![\w]){re.escape(word)}(?![\w])", lower))
    return bool(said) and all(re.match(_TO_NUMBER, lower[m.end():]) for m in said)


def label_cards(items: list[str], lower: str) -> list[str]:
    """`items` without a contact label said only right before a number."""
    if not any(p in LABELS for p in items):
        return items
    return [p for p in items if p not in LABELS or not _only_before_numbers(p, lower)]
