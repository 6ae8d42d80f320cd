"""People a brief names who are not the business.

A child (or a grandchild) writing for a parent names the parent by kinship: "saya Rina, anaknya Bu Yati", "on behalf
of my mother Mrs. Lim", "aku anak dari Pak Kadir". The person after the kinship word is who runs the business, not its
name; the business is named elsewhere ("Warung Soto Bu Yati"), or the brief has no name. A name with a trade word in
it stays a name ("anaknya pemilik Toko Sinar"), and so does what follows a colon ("usaha ibu saya: Warung …").

Someone writing for a member of their group names the group first: "saya sekretaris KUB Maju Bersama, mau bantu anggota
kami Kak Ros …", "I'm the admin of Perajin Manik Sintang, helping our member Bu Siti …". The group after the writer's
role is the go-between, not the business; the member's business is named elsewhere. A group that sells for itself ("saya
ketua Kelompok Tani Sido Makmur, anggota kami 30 petani") is still the name: no member is named by name.

A post about a finished job names its customer: "kue ulang tahun buat Dek Raffa", "renovasi dapur rumah Bu Hartini",
"catering buat acara syukuran keluarga Pak Camat". A titled person the work was for (after "buat", "for", "pesanan"),
or one whose house, family or party the job was at (written in lower case, not as a name), is the customer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import fast

from .brand_words import HONORIFICS
from .lexicon import KEYWORDS

# The kinship words before a name (a comma may stand between; a colon introduces the business instead): a match ends
# where the name starts.
_KIN = fast(
    r"(?:\b(?:anaknya|anak\s+(?:dari|dr)|putranya|putrinya|cucunya|cucu\s+(?:dari|dr)|(?:on\s+behalf\s+of\s+)?(?:my|our)\s+"
    r"(?:mother|mom|mum|mama|father|dad|papa|parents|grandmother|grandma|grandfather|grandpa)|on\s+behalf\s+of|"
    r"(?:ibu|bapak|ayah|mama|mamah|papa|papah|nenek|kakek)\s*(?:saya|sy|aku|gw|gue)|"
    r"ibuku|bapakku|ayahku|mamaku|papaku|nenekku|kakekku)|(?:son|daughter)\s+of)\s*,?\s*", re.I)
# The writer's role in a group, right before the group's name: "saya admin grup WA …", "I'm the secretary of …".
_GO_BETWEEN = fast(r"\b(?:saya|sy|aku|gw|i\s+am|i'm)\s+(?:adalah\s+|the\s+|an?\s+|salah\s+satu\s+|one\s+of\s+the\s+)?"
                   r"(?:admin|pengurus|sekretaris|ketua|bendahara|koordinator|pendamping|secretary|coordinator|chair|"
                   r"chairman|chairwoman|leader|head|treasurer|organi[sz]er)(?:\s+(?-i:grup|group|wa|WA|whatsapp|WhatsApp|"
                   r"kelompok|komunitas|paguyuban|of|dari|di|the|our))*\s+", re.I)  # (a capitalised "Paguyuban …" is the name)
# A member of the writer's group named by name (a capital or a title after the words): "anggota kami Kak Ros",
# "salah satu anggota kami, Mama Marlin", "our member Bu Siti".
_MEMBER_NAMED = fast(r"\b(?:(?:anggota|member|binaan)\s+(?:kami|kita|grup\s+kami|kelompok\s+kami)|(?:our|one\s+of\s+our)"
                     r"\s+members?)\s*,?\s*(?:(?:yaitu|yakni|bernama|namanya|named|called)\s+)?(?=[A-Z]|(?i:bu|ibu|pak|"
                     r"bapak|mas|mbak|kak|bang|mama|mak|mbok|kang|teh|uni|uda|om|tante|mr|mrs|ms)\b)")
# Whose house, family or party the job was at: the word right before the titled person.
_AT_WHOSE = frozenset("rumah keluarga acara nikahan pernikahan syukuran hajatan kantor halaman kebun".split())
# Who the work was for, or where it was done, right before a titled person.
_RECIPIENT = fast(r"\b(?:buat|bwt|untuk|utk|for|pesanan|pesenan|orderan|klien|client|" + "|".join(sorted(_AT_WHOSE))
                  + r")\s+", re.I)
# Titles of a person in English briefs (the Indonesian ones are brand_words' honorifics).
_TITLES = frozenset({"mr", "mrs", "ms", "mdm", "madam", "auntie", "uncle", "dek", "adek", "adik"}) | HONORIFICS


@lru_cache(maxsize=64)  # read once per brief: every candidate asks
def _starts_after(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Where a name would start right after a kinship phrase, and right after a recipient's cue."""
    return (frozenset(m.end() for m in _KIN.finditer(text)), frozenset(m.end() for m in _RECIPIENT.finditer(text)))


@lru_cache(maxsize=64)  # read once per brief: every candidate asks
def _group_starts(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Where the writer's own group is named and where the member is, in a brief written for a member named by name
    (none otherwise)."""
    members = frozenset(m.end() for m in _MEMBER_NAMED.finditer(text))
    if not members:
        return frozenset(), members
    return frozenset(m.end() for m in _GO_BETWEEN.finditer(text)), members


def go_between_named(text: str, s: int, name: str) -> bool:
    """Is the name at text[s:] the writer's own group, named right after their role, in a brief written for one of its
    members ("saya sekretaris KUB Maju Bersama, mau bantu anggota kami Kak Ros …"), or the member as a person? Neither
    is the member's business ("… yang punya usaha Jahitan Kak Ros")."""
    groups, members = _group_starts(text)
    if s in groups:
        return True
    if s not in members:
        return False
    words = _words(name)  # the member as a person: a title, or a name of at most two words with no trade word in it
    person = bool(words) and not any(w in KEYWORDS for w in words[1:]) and len(words) <= 3 and (
        words[0] in _TITLES or len(words) <= 2 and words[0] not in KEYWORDS)
    # ... who is no name only when their business is named after them later ("… usaha Jahitan Kak Ros"); with no
    # business named, the member goes by their own name
    return person and re.search(r"[A-Z][\w'-]*\s+" + re.escape(name), text[s + len(name):]) is not None


def _words(name: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in name.split()]


def kin_named(text: str, s: int, name: str) -> bool:
    """Is ``name`` (at text[s:]) a parent the writer names by kinship, a person and not the business?"""
    if s not in _starts_after(text)[0]:
        return False
    words = _words(name)
    if not words or any(w in KEYWORDS for w in words[1:]) or len(words) > 3:
        return False  # "… anak dari Pak Darto, Bengkel Darto Jaya": a trade word in it names the business
    return words[0] in _TITLES or len(words) <= 2 and words[0] not in KEYWORDS


def customer_named(text: str, s: int, name: str) -> bool:
    """Is ``name`` (at text[s:]) the customer of a finished job: a titled person the work was for, or a lower-case
    phrase that ends in whose house, family or party it was ("dapur rumah Bu Hartini")?"""
    if " " not in name:
        return False
    if s in _starts_after(text)[1]:
        words = _words(name)
        if words[0] in _TITLES and len(words) <= 3:
            return not any(w in KEYWORDS for w in words[1:])  # "buat Dek Raffa", "rumah Bu Hartini"
    if not text[s:s + 1].islower():
        return False  # "Warung Keluarga Pak Slamet": the owner wrote a name
    words = _words(name)
    at = next((i for i in range(1, len(words)) if words[i] in _TITLES), 0)
    return at >= 1 and words[at - 1] in _AT_WHOSE


# A couple or a family writing names themselves before their business: "We're Maria and Lukas, the couple behind …",
# "Kami suami istri, Budi dan Rina, usaha kami …". Two given names joined by "and"/"dan"/"&", with a word of the couple
# or the family right before or after them, are the owners, not the name ("Salt & Stone" has no such word beside it).
_PAIR = fast(r"([A-Z][a-z]+)\s+(?:and|dan|&)\s+([A-Z][a-z]+)$")
_COUPLE = fast(r"(?i)\b(?:couple|pasangan|suami|istri|isteri|husband|wife|founders|berdua|duo|bersaudara|beradik|"
               r"siblings|sisters|brothers|married|family\s+behind)\b")
_COUPLE_BEFORE = fast(r"(?i)\b(?:suami\s*-?\s*istri|pasangan|couple|keluarga|family|bersaudara|beradik|berdua)\s*[,:]?\s*$")


def couple_named(text: str, s: int, e: int, name: str) -> bool:
    """Is ``name`` (at ``text[s:e]``) the two owners of a couple or family, not their business?"""
    m = _PAIR.match(name)
    if not m or any(w.lower() in KEYWORDS for w in m.groups()):
        return False
    # the family word says who they are right after them ("…, the couple behind") or right before ("suami istri, …")
    return bool(_COUPLE.search(text, e, e + 30) or _COUPLE_BEFORE.search(text, max(0, s - 30), s))
