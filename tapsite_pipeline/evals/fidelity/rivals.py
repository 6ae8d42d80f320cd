"""Comparisons with competitors: a page line or sentence that sets the business against others ("Unlike the big
places on the boulevard", "Beda dengan bimbel franchise yang kelasnya isi 25 anak", "Tidak seperti salon mal").

The owner may say it in a chat to the builder; on the page it is a claim about other businesses, shown as a fact of
this one. What the owner claims of their own ("our portions are bigger", "kelas maksimal 8 siswa") is not read here:
only a sentence that opens on the comparison.
"""

from __future__ import annotations

import re

from .page import Page
from .text import clip

_OPENS_AGAINST = re.compile(
    r"^\W*(?:unlike|compared\s+(?:to|with)|in\s+contrast\s+to|(?:ber)?beda\s+(?:dengan|dgn|dari|sama|ama|dr)|"
    r"tidak\s+seperti|(?:nggak|ngga|gak|ga|gk)\s+kayak|bukan\s+seperti|dibanding(?:kan)?(?:\s+(?:dengan|dgn))?)\s", re.I)
# the clause of a brief that speaks of the others, up to where the owner turns to their own ("beda dengan bimbel
# franchise yang kelasnya isi 25 anak, di kami …"): its numbers are the others', no fact the page must show
AGAINST_CLAUSE = re.compile(
    r"(?<![\w-])(?:unlike|compared\s+(?:to|with)|in\s+contrast\s+to|(?:ber)?beda\s+(?:dengan|dgn|dari|sama|ama|dr)|"
    r"tidak\s+seperti|(?:nggak|ngga|gak|ga|gk)\s+kayak|bukan\s+seperti)\s[^,.;:!?\n]*", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def against_others(page: Page) -> list[str]:
    """Each sentence of the page that opens by comparing the business with others."""
    out = []
    for b in page.blocks:
        if b.section in ("header", "footer"):
            continue
        for s in _SENTENCE.split(b.text):
            if _OPENS_AGAINST.match(s):
                out.append(f'a comparison with other businesses shown as a fact: "{clip(s.strip(), 70)}"')
    return out
