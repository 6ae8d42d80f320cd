"""Place names built on a landform word: "Pasir Timbul" (a sandbar), "Batu Karas", "Tanjung Luar", "Pulau Merah".

A capitalised landform word with a capitalised name word after it is one place's name, in a trip ("trip
Piaynemo–Pasir Timbul"), an address or a destination: its words are no trade's goods ("pasir", sand, is sold by a
builders' merchant, not by a boat that goes to Pasir Timbul), so the business reader skips the name (intent.py).
The name's words must be none of the lexicon's goods or trades ("Batu Cermin Retreats" is a retreat), no business
word and no town of its own ("Pasir Malang" is sand from Malang, "Batu Bata Merah" are bricks); nor may a capitalised
word stand before it ("Taman Air Tirta Kencana" is a water park's name).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.written_case import is_cased

from .business_name_words import BUSINESS_WORDS
from .lexicon import KEYWORDS
from .places import PLACES

# Words that open many Indonesian place names and are a town's whole name too: "Batu" is a city, "Batu Karas" a
# beach village; "Padang" a city, "Padang Bai" a harbour.
TOPONYM_HEADS = frozenset("batu padang kota muara kuala tanjung pulau bukit gunung sungai air teluk tanah labuhan "
                          "pantai nusa rawa ujung pangkalan lubuk talang kampung banjar pasir".split())
# A capitalised word right before the landform word makes it a name's word: "Taman Air Tirta" is a water park.
_NAME_BEFORE = regrouped(r"([A-Z][a-z]+)[ \t]+$")
_RUN = regrouped(r"(?<![\w'])([A-Z][a-z]+)((?:[ \t]+[A-Z][a-z'-]+){1,2})(?![\w'-])")


def toponym_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the landform-headed place names a cased brief writes."""
    if not is_cased(text):
        return []
    spans, pos = [], 0
    while m := _RUN.search(text, pos):
        pos = m.end(1)  # the next word may open a name of its own: "Pantai Pasir Putih"
        head, words = m.group(1).lower(), [w.lower() for w in m.group(2).split()]
        if head not in TOPONYM_HEADS or f"{head} {words[0]}" in KEYWORDS or words[0] in PLACES \
                or any(w in KEYWORDS or w.removesuffix("s") in KEYWORDS or w in BUSINESS_WORDS for w in words):
            continue
        if (before := _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())) \
                and before.group(1).lower() not in TOPONYM_HEADS:
            continue
        spans.append(m.span())
        pos = m.end()
    return spans
