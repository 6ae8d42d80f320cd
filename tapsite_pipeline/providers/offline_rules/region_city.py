"""A town before its region: when the place read is a province, an island or the country ("Kaltim", "Jatim",
"Papua Barat Daya", "Bali", "Indonesia") and the brief names a town too, the page says the town.

"📍 Waisai, Papua Barat Daya" is in Waisai; "Udah 40 mitra di Jatim" beside a header "… – Lamongan" is a business in
Lamongan; "Jl. Mulawarman, Samarinda" beats a "Kaltim" said elsewhere. The page says the town with its region
("Lamongan, Jatim"), as an address ends, so the region the owner named is still on it (the country goes unsaid).
The region stays when no town is named, or the only town is inside a longer name or is where goods go to or come
from.
"""

from __future__ import annotations

from collections.abc import Callable

from tapsite_pipeline.fastre import regrouped

from .places import PLACES

# Provinces (and their everyday shorthand), the big islands and the country: a region, not a town. (A province
# named as its capital, "Bengkulu", "Jambi", "Gorontalo", is a town too and is left out.)
REGIONS = frozenset(p.strip() for p in """
aceh, sumatera utara, sumatera barat, sumatera selatan, riau, kepulauan riau, kepri, bangka belitung,
kepulauan bangka belitung, babel, lampung, banten, dki, dki jakarta, jawa barat, jawa tengah, jawa timur, diy,
daerah istimewa yogyakarta, bali, nusa tenggara barat, nusa tenggara timur, ntb, ntt, kalimantan barat,
kalimantan tengah, kalimantan selatan, kalimantan timur, kalimantan utara, sulawesi utara, sulawesi tengah,
sulawesi selatan, sulawesi tenggara, sulawesi barat, maluku, maluku utara, papua, papua barat, papua barat daya,
papua tengah, papua selatan, papua pegunungan, jabar, jateng, jatim, kalbar, kalteng, kalsel, kaltim, kaltara,
sulut, sulteng, sulsel, sultra, sulbar, sumut, sumbar, sumsel, jawa, sumatera, sumatra, kalimantan, borneo,
sulawesi, nusa tenggara, indonesia, west java, central java, east java, north sumatra, west sumatra, south sumatra,
north sulawesi, south sulawesi, east kalimantan, west kalimantan, south kalimantan, central kalimantan,
west nusa tenggara, east nusa tenggara, west papua, southwest papua, jabodetabek
""".replace("\n", " ").split(","))

# A town written right before the region, set off as a piece of its own: "Waisai, Papua Barat Daya",
# "Cipocok Jaya, Serang, Banten".
_TOWN_BEFORE = regrouped(r"(?:^|[.,:;!?(]\s*|\s-\s)((?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)\s*,\s*$")
# A town the goods come from or go to, or one the business is measured from, is not where it is.
_AWAY_BEFORE = regrouped(r"(?i)\b(?:from|dari|ke|to|menuju|towards?|dekat|near|luar|outside)\s+$")
# A town inside a longer capitalised name ("Rumah Proposal Jayapura", "UD Sumber Baja Ringan Kendari") is the
# name's word; a region the owner says they work in stays. (A mountain's or a lake's name is a place: "Mount Kerinci".)
_NAME_BEFORE = regrouped(r"([A-Z][\w'&.-]*)[ \t]+$")
_GEO_WORDS = frozenset("mount mt mt. gunung danau lake pulau island teluk bay pantai beach bukit lembah".split())

_COUNTRY = frozenset({"indonesia"})

Found = tuple[str | None, tuple[int, int] | None, bool]


def is_region(place: str | None) -> bool:
    return bool(place) and str(place).lower().strip() in REGIONS


def _with_region(town: str, region: str) -> str:
    """The town with the region it lies in, as an address ends ("Lamongan, Jatim"); the country goes unsaid."""
    return town if region.lower() in _COUNTRY or region.lower() in town.lower() else f"{town}, {region}"[:60]


def _blank(s: str, span: tuple[int, int]) -> str:
    return s[:span[0]] + " " * (span[1] - span[0]) + s[span[1]:]


def city_over_region(found: Found, text: str, lower: str, cased: bool, read: Callable[[str, str, bool], Found],
                     business_words: frozenset[str]) -> Found:
    """The town the brief names instead of the region ``found`` read, else ``found``. ``read`` is the place
    reader, run again with the region blanked out; ``business_words`` make a capitalised run a name, not a town."""
    place, span, _prep = found
    if not span or not is_region(place):
        return found
    if cased and (m := _TOWN_BEFORE.search(text, max(0, span[0] - 40), span[0])):
        town = m.group(1)
        if not is_region(town) and not any(w.lower() in business_words for w in town.split()):
            return _with_region(town, str(place)), m.span(1), False
    for _ in range(3):  # the region may be said more than once ("Jatim … se-Jatim")
        text, lower = _blank(text, span), _blank(lower, span)
        other, other_span, prep = read(text, lower, cased)
        if not other or not other_span:
            return found
        if not is_region(other):
            s = other_span[0]
            away = _AWAY_BEFORE.search(lower, max(0, s - 12), s)
            named = (m := _NAME_BEFORE.search(text, max(0, s - 30), s)) and m.group(1).lower() not in _GEO_WORDS
            if other.lower() in PLACES and not away and not named:
                return _with_region(other, str(place)), other_span, prep
            return found
        span = other_span
    return found
