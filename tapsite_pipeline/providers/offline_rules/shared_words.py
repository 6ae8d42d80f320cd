"""What the pieces of a coordinated list share: a lone modifier takes the head of the item before it ("les renang
anak & dewasa" → "les renang dewasa"), three things after one "paket" are what the package holds, and audiences said
at a list's end serve every item of it. Used by offer_reader.py."""

from __future__ import annotations

from .offer_collector import clean_item
from .places import PLACES
from .roles import _VARIANT_HEADS, AUDIENCE, PLACE, QUALIFIER, USES

# What a product runs on or how it is driven: "aplikasi Android dan iOS", "kursus mobil manual & matic" are two
# variants of one offering, never a platform alone.
_VARIANTS = frozenset("android ios windows macos mac linux desktop web manual matic automatic otomatis "
                      "transmisi".split())
_SWAPPABLE = AUDIENCE | QUALIFIER | PLACE | _VARIANTS


def distribute(prev: str, word: str) -> str | None:
    """"les renang anak & dewasa" → "les renang dewasa"; "paket adat batak & nasional" → "paket nasional";
    "pindahan rumah & kantor" → "pindahan kantor": a lone modifier shares the head of the item before it."""
    words = prev.split()
    if len(words) < 2 or " " in word or not (word in _SWAPPABLE or word in PLACES):
        return None
    if words[-1] in _SWAPPABLE or words[-1] in PLACES:
        return " ".join(words[:-1] + [word])
    if words[0] in _VARIANT_HEADS:
        return f"{words[0]} {word}"
    return None


def one_package(pieces: list[str]) -> bool:
    """"paket dekorasi balon, badut, MC dan snack box": three or more things after one "paket", none a lone
    variant word ("paket adat batak & nasional", "paket prewedding, wedding, engagement"), are what one package
    holds; they are not each a package."""
    items = [clean_item(p) for p in pieces if p.strip()]
    return len(items) >= 3 and not any(
        " " not in i and (i in _SWAPPABLE or i in PLACES or i in USES) for i in items)


# How a lesson is held, said after the audiences of a list ("…anak-anak dan dewasa, privat maupun grup").
_HELD = frozenset("privat private grup group kelompok online offline daring luring".split())
_WHOM = AUDIENCE | _HELD


def _audience_tail(item: str) -> int:
    """How many of the item's last words name whom it is for ("biola anak-anak" → 1); 0 if all of them do."""
    words = item.split()
    n = 0
    while n < len(words) and words[-1 - n] in _WHOM:
        n += 1
    return 0 if n == len(words) else n


def shared_audience(pieces: list[str]) -> list[str]:
    """"les piano & biola anak-anak dan dewasa", "guitar, drums kids and adults": after two or more offerings, the
    audiences coordinated at the end are whom all of them serve; the last offering loses them and the lone audience
    pieces go, rather than each audience making one more card ("biola dewasa"). One offering alone keeps its
    variants ("les renang anak & dewasa")."""
    items = [clean_item(p) for p in pieces]
    k = len(items)
    while k > 0 and items[k - 1] and " " not in items[k - 1] and items[k - 1] in _WHOM:
        k -= 1
    if k == len(items) or k < 2 or not any(i in AUDIENCE for i in items[k:]) or not any(items[:k - 1]):
        return pieces
    last = items[k - 1]
    cut = _audience_tail(last)
    if not cut:
        return pieces
    return [*pieces[:k - 1], " ".join(last.split()[:-cut])]
