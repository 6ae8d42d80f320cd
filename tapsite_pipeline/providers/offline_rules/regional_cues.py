"""The cue words the fact readers look for, as owners write them in the regional languages they mix into Indonesian
(Minang, Javanese, Sundanese, Banjar, Balinese, Betawi, Bugis-Makassar). "sajak 1998" (Minang) is "sejak 1998",
"Pasa Raya" (Minang) is "Pasar Raya", "peken" (Javanese) is a market, "wiwit taun 2005" (Javanese) is "sejak tahun
2005". A reader writes its cue as `cue("sejak")` and reads every form listed here with it.

Only forms that mean the cue in the brief's run of words belong here: a form that is also an everyday Indonesian word
of another sense ("ti", "uli" for "dari") would read a year or a place where none is said.
"""

from __future__ import annotations

import re

# Indonesian cue word → its forms in the regional languages (lower case)
REGIONAL_CUES: dict[str, tuple[str, ...]] = {
    # since a year: Minang "sajak", Javanese "wiwit"/"kawit"/"wit", Sundanese "ti saprak"/"saprak", Banjar "sajak"/
    # "matan", Balinese "sajak", Bugis "sejak"
    "sejak": ("sajak", "wiwit", "kawit", "saprak", "ti\\s+saprak", "matan"),
    # a year: "taun" (chat, Betawi, Javanese), "taon" (Javanese, Batak), "warsa" (krama)
    "tahun": ("taun", "taon", "thn", "th"),
    # a market: Minang "pasa", Javanese and Balinese "peken" (never Minang "pakan": it is also animal feed)
    "pasar": ("pasa", "peken"),
    # a floor: Minang "lantai duo", Javanese "lantai loro", Sundanese "lantai dua": the word itself is shared
    "lantai": ("lante",),
    # open: Minang "bukak"/"bukaq", Javanese "bukak", Sundanese "muka", Banjar "buka"
    "buka": ("bukak", "bukaq", "buko"),
    # near: Minang "dakek", Javanese "cedhak"/"cedak"/"caket", Sundanese "deukeut", Banjar "parak"
    "dekat": ("dakek", "cedhak", "cedak", "caket", "deukeut", "parak"),
    # across from: Minang "sabarang", Javanese "sabrang"/"ngarep", Banjar "subarang"
    "seberang": ("sabarang", "sabrang", "subarang"),
}


def cue(word: str) -> str:
    """A regex alternation of an Indonesian cue word and its regional forms: `cue("sejak")` →
    "(?:sejak|sajak|wiwit|…)"."""
    forms = (re.escape(word), *REGIONAL_CUES.get(word, ()))
    return "(?:" + "|".join(forms) + ")"
