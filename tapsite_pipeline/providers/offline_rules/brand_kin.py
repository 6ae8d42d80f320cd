"""A child (or a grandchild) writing for a parent names the parent by kinship: "saya Rina, anaknya Bu Yati", "on
behalf of my mother Mrs. Lim", "aku anak dari Pak Kadir". The person after the kinship word is who runs the business,
not its name; the business is named elsewhere ("Warung Soto Bu Yati"), or the brief has no name. A name with a trade
word in it stays a name ("anaknya pemilik Toko Sinar"), and so does what follows a colon ("usaha ibu saya: Warung …").
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .brand_words import _HONOR_SET
from .lexicon import KEYWORDS

# The kinship word right before the name (a comma may stand between; a colon introduces the business instead).
_KIN_BEFORE = regrouped(
    r"(?:\b(?:anaknya|anak\s+(?:dari|dr)|putranya|putrinya|cucunya|cucu\s+(?:dari|dr)|(?:on\s+behalf\s+of\s+)?(?:my|our)\s+"
    r"(?:mother|mom|mum|mama|father|dad|papa|parents|grandmother|grandma|grandfather|grandpa)|on\s+behalf\s+of|"
    r"(?:ibu|bapak|ayah|mama|mamah|papa|papah|nenek|kakek)\s*(?:saya|sy|aku|gw|gue)|"
    r"ibuku|bapakku|ayahku|mamaku|papaku|nenekku|kakekku)|(?:son|daughter)\s+of)\s*,?\s*$", re.I)
# Titles of a person in English briefs (the Indonesian ones are brand_words' honorifics).
_TITLES = frozenset({"mr", "mrs", "ms", "mdm", "madam", "auntie", "uncle"}) | _HONOR_SET


def kin_named(text: str, s: int, name: str) -> bool:
    """Is ``name`` (at text[s:]) a parent the writer names by kinship, a person and not the business?"""
    if not _KIN_BEFORE.search(text, max(0, s - 40), s):
        return False
    words = [w.strip(".,'’").lower() for w in name.split()]
    if not words or any(w in KEYWORDS for w in words[1:]) or len(words) > 3:
        return False  # "… anak dari Pak Darto, Bengkel Darto Jaya": a trade word in it names the business
    return words[0] in _TITLES or len(words) <= 2 and words[0] not in KEYWORDS
