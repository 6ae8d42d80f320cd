"""Where the business is, when the owner names a place the gazetteer cannot know (a village, a market town) in the
two spots owners put it: after the name and its comma, right before the region the gazetteer knows ("Peternakan Pak
Wagiman, Cepogo Boyolali": Cepogo, in Boyolali), and after a dash on the heading line that is the name ("KIOS TANI
LAE RUDOLF — SIBORONGBORONG"). The page names the village with its region: a visitor of Cepogo looks for Cepogo.
"""

from __future__ import annotations

import re

from .lexicon import KEYWORDS
from .offer_words import ITEM_STOP
from .places import PLACES
from .roles import FILLER, GEOGRAPHY

# Words that stand where a village would and are none: what a region is called, an address's words.
_NOT_VILLAGE = frozenset("""kota kab kabupaten kec kecamatan desa dusun kampung kel kelurahan provinsi prov jl jln jalan
gang gg no rt rw blok komplek perum perumahan pasar dekat depan belakang samping sebelah sekitar""".split())


def _a_name(word: str) -> bool:
    low = word.lower()
    return (len(low) >= 4 and low not in PLACES and low not in KEYWORDS and low not in ITEM_STOP
            and low not in FILLER and low not in GEOGRAPHY and low not in _NOT_VILLAGE)


def named_place(place: str | None, brand: str | None, text: str) -> str | None:
    """The business's place with the village the owner named before its region or after the name's dash."""
    if not brand or (at := text.find(brand)) < 0:
        return place
    rest = text[at + len(brand):at + len(brand) + 80]
    if not place or "," not in place:
        # "…, Cepogo Boyolali 🐄": one capitalised word, then the region the gazetteer knows, ending the phrase
        m = re.match(r"\s*,\s*([A-Z][a-z'-]+)\s+([A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)(?=\s*(?:$|[^\w\s]|\n))", rest)
        region = m.group(2) if m else ""
        if m and region.lower() in PLACES and (not place or region.lower() == place.lower()) and _a_name(m.group(1)):
            return f"{m.group(1)}, {place or region}"
    if place is None and (text[:at].strip() == ""):
        # the heading line that is the name, then a dash and one or two words that end the line (cleaned, the line
        # break is a full stop): the place
        m = re.match(r"[ \t]*[—–-][ \t]*([A-Za-z][\w'-]+(?:[ \t]+[A-Za-z][\w'-]+)?)[ \t]*(?:\n|$|\.(?:\s|$))", rest)
        said = m.group(1) if m else ""
        # written as the name is (all capitals after a name in capitals, capitalised after a capitalised one)
        cased = said.isupper() if brand.isupper() else all(w[:1].isupper() for w in said.split())
        if said and cased and all(_a_name(w) or w.lower() in PLACES for w in said.split()):
            return said if not said.isupper() else " ".join(w.capitalize() for w in said.split())
    return place
