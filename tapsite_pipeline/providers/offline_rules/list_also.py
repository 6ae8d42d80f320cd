"""One more offering added after an offer verb's list with "juga"/"also": "layani cuci AC, bongkar pasang AC, juga
perbaikan kulkas", "we repair phones, tablets, also laptops". The word ends the verb's list (a clause word there),
yet after a comma what follows it is one more item of the same list, not the start of a clause.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .item_bounds import until_stop

# (after a comma) the word that adds one more ("juga"/"jg"/"also"/"plus"), then a word of the item
_COMMA_ALSO = regrouped(r"[^\S\n]*(?:,[^\S\n]*)?(?:juga|jg|also|plus)\s+(?=[a-z])")
_PIECE_END = regrouped(r"[,.;!?\n]|$")


def also_after_list(rest: str, at: int) -> tuple[str, int] | None:
    """(the item, where it ends in `rest`) when the list that ends at `at` goes on with ", juga <item>"; None
    otherwise, or when the words after it open a clause (until_stop keeps none of them)."""
    also = _COMMA_ALSO.match(rest, at)
    if also is None or "," not in rest[max(0, at - 3):also.end()]:
        return None
    end = _PIECE_END.search(rest, also.end())
    stop = end.start() if end else len(rest)
    item = until_stop(rest[also.end():stop]).strip()
    if not item or len(item) < stop - also.end() - 1:
        return None  # "…, juga bisa antar": a clause word inside, not one more item
    return item, also.end() + len(item)
