"""Trade words: copy keyed to the wrong trade inside the right niche.

A niche is coarse. A music business may play at parties, teach, sell instruments or record; a farm may grow crops,
raise goats, keep fish ponds, grow seedlings, make fertiliser or plough other farmers' fields. Off-niche words
(coherence.off_niche) never see a piano school called "a music group for livelier parties" or a goat farm selling
"hasil panen": both are the niche's own words. The lexicon's `trades` say which words fit which trade and the brief
cues that say the trade; a page that uses a trade's words for a business whose brief speaks of other trades of the
group, and never of that one, was written for another business.

A brief that names none of a group's trades is not judged (the trade is unsure, and any of its words may fit), and
a word the brief or the brand says itself is the owner's.
"""

from __future__ import annotations

from .brief import BriefInfo
from .page import Page
from .text import has_phrase, norm


def trades_said(brief: BriefInfo, group: str) -> set[str]:
    """The trades of a group the brief speaks of: every one scoring at least half the best (a cue of n words
    weighs n), so an audience named in passing ("senar untuk band") does not make a music shop a band."""
    scores = {}
    for t in brief.lex.trades.get(group, ()):
        s = sum(len(c.split()) for c in t.cues if has_phrase(brief.norm, c))
        if s:
            scores[t.name] = s
    if not scores:
        return set()
    top = max(scores.values())
    return {n for n, s in scores.items() if s * 2 >= top}


def off_trade(page: Page, brief: BriefInfo) -> list[str]:
    """Words of a trade the brief does not speak of, when it speaks of another trade of the same group."""
    lex = brief.lex
    if not lex.trades:
        return []
    text = norm(page.visible_text + "\n" + page.title + "\n" + page.description)
    brand = norm(brief.brand or "")
    out = []
    for group, trades in lex.trades.items():
        said = [(t.name, w) for t in trades for w in t.words
                if has_phrase(text, w) and not has_phrase(brief.norm, w) and not has_phrase(brand, w)]
        if not said:
            continue
        fits = trades_said(brief, group)
        if not fits:
            continue
        out += [f'"{w}" is {group} vocabulary of a {name} business, but the brief speaks of '
                f'{" / ".join(sorted(fits))}' for name, w in said if name not in fits]
    return out
