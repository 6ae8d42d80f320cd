"""People a brief names who are not the business.

A child (or a grandchild) writing for a parent names the parent by kinship: "saya Rina, anaknya Bu Yati", "on behalf
of my mother Mrs. Lim", "aku anak dari Pak Kadir". The person after the kinship word is who runs the business, not its
name; the business is named elsewhere ("Warung Soto Bu Yati"), or the brief has no name. A name with a trade word in
it stays a name ("anaknya pemilik Toko Sinar"), and so does what follows a colon ("usaha ibu saya: Warung …").

A post about a finished job names its customer: "kue ulang tahun buat Dek Raffa", "renovasi dapur rumah Bu Hartini",
"catering buat acara syukuran keluarga Pak Camat". A titled person the work was for (after "buat", "for", "pesanan"),
or one whose house, family or party the job was at (written in lower case, not as a name), is the customer.
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
# Who the work was for, right before a titled person.
_FOR_BEFORE = regrouped(r"\b(?:buat|bwt|untuk|utk|for|pesanan|pesenan|orderan|klien|client)\s*$", re.I)
# Whose house, family or party the job was at: the word right before the titled person.
_AT_WHOSE = frozenset("rumah keluarga acara nikahan pernikahan syukuran hajatan kantor halaman kebun".split())
_AT_WHOSE_BEFORE = regrouped(r"\b(?:" + "|".join(sorted(_AT_WHOSE)) + r")\s+$")
# Titles of a person in English briefs (the Indonesian ones are brand_words' honorifics).
_TITLES = frozenset({"mr", "mrs", "ms", "mdm", "madam", "auntie", "uncle", "dek", "adek", "adik"}) | _HONOR_SET


def kin_named(text: str, s: int, name: str) -> bool:
    """Is ``name`` (at text[s:]) a parent the writer names by kinship, a person and not the business?"""
    if not _KIN_BEFORE.search(text, max(0, s - 40), s):
        return False
    words = [w.strip(".,'’").lower() for w in name.split()]
    if not words or any(w in KEYWORDS for w in words[1:]) or len(words) > 3:
        return False  # "… anak dari Pak Darto, Bengkel Darto Jaya": a trade word in it names the business
    return words[0] in _TITLES or len(words) <= 2 and words[0] not in KEYWORDS


def customer_named(text: str, s: int, name: str) -> bool:
    """Is ``name`` (at text[s:]) the customer of a finished job: a titled person the work was for, or a lower-case
    phrase that ends in whose house, family or party it was ("dapur rumah Bu Hartini")?"""
    words = [w.strip(".,'’").lower() for w in name.split()]
    if len(words) < 2:
        return False
    if words[0] in _TITLES and len(words) <= 3 and (_FOR_BEFORE.search(text, max(0, s - 12), s)
                                                     or _AT_WHOSE_BEFORE.search(text, max(0, s - 12), s)):
        return not any(w in KEYWORDS for w in words[1:])  # "buat Dek Raffa", "rumah Bu Hartini"
    if not text[s:s + 1].islower():
        return False  # "Warung Keluarga Pak Slamet": the owner wrote a name
    at = next((i for i in range(1, len(words)) if words[i] in _TITLES), 0)
    return at >= 1 and words[at - 1] in _AT_WHOSE
