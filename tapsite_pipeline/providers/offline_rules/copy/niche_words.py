"""Is an offering clearly of a niche? The intent lexicon's keywords, mapped to niches, decide."""

from __future__ import annotations

from functools import lru_cache

from ..keyword_hits import _keyword_hits
from ..niche import INDUSTRY_NICHE, KEYWORD_NICHE
from ..offer_words import VENUE

# Words that name the business itself, not a thing it sells ("farm tours" are not produce).
_NOT_GOODS = VENUE | frozenset("farm kebun ternak peternakan sawah tambak kolam ladang plantation".split())


@lru_cache(maxsize=4096)
def niches_of(product: str) -> frozenset[str]:
    """The niches the words of one offering belong to ("sourdough" → bakery; "farm tours" → none)."""
    out = set()
    for _s, _e, matched, (_btype, _w, industry) in _keyword_hits(product.lower()):
        if all(w in _NOT_GOODS for w in matched.split()):
            continue
        niche = KEYWORD_NICHE.get(matched) or INDUSTRY_NICHE.get(industry)
        if niche:
            out.add(niche)
    return frozenset(out)


def of_niche(product: str, niche: str) -> bool:
    return niche in niches_of(product)
