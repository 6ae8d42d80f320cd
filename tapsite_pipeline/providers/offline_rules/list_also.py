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



# A spoken list that pairs each item with whom (or what) it is for, the next one brought by "terus"/"lalu"/"then"
# ("ngajarin menjahit buat pemula, terus bordir buat yang udah bisa"): the first item's "for" phrase (read as a fact,
# so masked out of the clause text) ends its clause; after the comma the word of sequence opens one more item of the
# same list, said with its own "for" phrase as the first one was.
_FOR_BEFORE = regrouped(r"\b(buat|untuk|utk|bwt|bagi|for)[^\S\n]*\x00+[^\S\n]*$")
_THEN = regrouped(r"[^\S\n]*,[^\S\n]*(?:terus|trus|lalu|then|habis[^\S\n]+itu|abis[^\S\n]+itu)[^\S\n]+(?=[a-z])")


def then_item(clause: str, before: str, masked_after: bool) -> str | None:
    """The item a clause adds to the list before it with ", terus <item> <for-word> …" when the clause before ended
    on the same for-word and its masked object; None otherwise ("…, terus kami antar" is a clause of its own). The
    item's own "for" phrase may be masked out as a whole (`masked_after`: the clause stops at a mask)."""
    then = _THEN.match(clause)
    if then is None or (f := _FOR_BEFORE.search(before[-60:])) is None:
        return None
    item = until_stop(clause[then.end():]).strip()
    after = clause[then.end() + len(item):].split()
    if not item or len(item.split()) > 4 or (after[0] != f.group(1) if after else not masked_after):
        return None
    return item


# The same list with the first item's "for" phrase left in the clause ("… menjahit buat pemula, terus bordir buat …").
_FOR_THEN = regrouped(r"[^\S\n]*\b(buat|untuk|utk|bwt|bagi|for)[^\S\n]+[^,.;:!?\n\x00]{1,30}" + _THEN.pattern)


def then_after_list(rest: str, at: int) -> tuple[str, int] | None:
    """(the item, where it ends in `rest`) when the item that ends at `at` goes on with its "for" phrase and
    ", terus <item> <the same for-word> …"; None otherwise."""
    then = _FOR_THEN.match(rest, at)
    if then is None:
        return None
    end = _PIECE_END.search(rest, then.end())
    stop = end.start() if end else len(rest)
    item = until_stop(rest[then.end():stop]).strip()
    after = rest[then.end() + len(item):stop].split()
    if not item or len(item.split()) > 4 or not after or after[0] != then.group(1):
        return None
    return item, then.end() + len(item)
