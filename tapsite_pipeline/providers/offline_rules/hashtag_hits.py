"""The trade a post's hashtags name. The cleaned brief drops a caption's run of tags (pasted.py: tags for a feed, not
words the owner says), but "#fotoprodukjogja", "#mualampung", "#tasrajut" are words run together whose lexicon words
say what the business is ("foto produk", "mua", "tas rajut"), which a caption's chatty prose often does not. A tag is
split into the fewest pieces that are lexicon phrases (spaces dropped), places or words the parser's vocabularies
spell; each lexicon phrase found (once per brief) is a plain vote, weaker than the same word in prose.

Tag votes count for the business type and the niche only: they name no offering (the card: hashtags that name a
place or a category are not-offerings) and no context rule reads them.
"""

from __future__ import annotations

from functools import lru_cache

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.pasted import hashtag_runs

from .keyword_hits import _KW_HEADS, _SPELLED, _lookup_key
from .places import PLACES

HASHTAG_WEIGHT = 0.6
_TAG = regrouped(r"#([a-z][a-z0-9]{2,40})\b")
# Lexicon phrases with their spaces dropped: "fotoproduk" is "foto produk".
_JOINED = {k.replace(" ", ""): k for k in _KW_HEADS if k.replace(" ", "").isalpha()}
# Words that stand beside the trade in a tag: places, everyday words, a shop's promises.
_FILLER = frozenset({p.replace(" ", "") for p in PLACES} | {w for w in _SPELLED if w.isalpha() and len(w) >= 3}
                    | set("id co ori murah lucu kekinian viral hits terdekat lokal asli ready promo sale kece "
                          "homemade handmade indonesia nusantara official store shop".split()))
_MAX_PIECE = 30

Vote = tuple[str, tuple[str, float, str]]  # (lexicon phrase, (business type, weight, industry))


def _keyword(piece: str) -> tuple[str, tuple[str, float, str]] | None:
    """The lexicon phrase a piece of a tag is, with its entry."""
    if piece in _JOINED:
        phrase = _JOINED[piece]
        return phrase, _KW_HEADS[phrase]
    if len(piece) >= 4 and (hit := _lookup_key(piece, True)):
        return piece, hit
    return None


@lru_cache(maxsize=4096)
def split_tag(tag: str) -> tuple[tuple[str, tuple[str, float, str]], ...] | None:
    """The lexicon phrases of a hashtag's best split (None when it holds none): the fewest letters no vocabulary
    spells ("ootd" of "#ootdhijab"), then the fewest pieces, then the most letters in lexicon phrases."""
    n = len(tag)
    # best[i]: (unknown letters, pieces, minus keyword letters, keyword hits) for tag[:i]
    best: list[tuple[int, int, int, tuple[tuple[str, tuple[str, float, str]], ...]] | None] = [None] * (n + 1)
    best[0] = (0, 0, 0, ())
    for i in range(n):
        if (at := best[i]) is None:
            continue
        unknown, pieces, letters, kws = at
        for j in range(i + 2, min(n, i + _MAX_PIECE) + 1):
            piece = tag[i:j]
            kw = _keyword(piece) if j - i >= 3 else None
            known = kw is not None or piece in _FILLER
            cand = (unknown + (0 if known else j - i), pieces + 1, letters - (j - i if kw else 0),
                    kws + ((kw,) if kw else ()))
            if (was := best[j]) is None or cand[:3] < was[:3]:
                best[j] = cand
    done = best[n]
    return done[3] if done is not None and done[3] else None


def hashtag_votes(raw: str) -> tuple[Vote, ...]:
    """The lexicon phrases said in the raw brief's runs of hashtags (each once), with their weight as a tag's."""
    if "#" not in raw:
        return ()
    out: dict[str, Vote] = {}
    for run in hashtag_runs(raw):
        for m in _TAG.finditer(run.lower()):
            for phrase, (btype, weight, industry) in split_tag(m.group(1)) or ():
                out.setdefault(phrase, (phrase, (btype, weight * HASHTAG_WEIGHT, industry)))
    return tuple(out.values())
