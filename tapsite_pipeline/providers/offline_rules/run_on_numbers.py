"""The counted phrases of a voice note's run-on: a brief typed by speech-to-text is often one clause of three hundred
characters, with the greeting, the name, the goods, the prices and the number to call in it. The note reader leaves a
clause that holds a request, a greeting or a contact to the other readers; a run-on always holds one, and its
"minimal sepuluh kilo", "each session 60 minutes" were lost with it. Here each numbered phrase of such a clause is
judged by its own words, and said as a count: the bound or "each" before the number, the number, and what it counts
after it ("minimal 10 kilo udang"), never the words of the run-on around it ("rumah makan minimal …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .owner_requests import skipped_piece

Span = tuple[int, int]

# A clause this long with no mark in it is speech typed as one breath, not a sentence the owner wrote.
RUN_ON = 180
# What may stand before the number and belongs to the count: its bound, or what it is given for each of.
_LEAD = frozenset("minimal min minimum maksimal maks max tiap setiap each every per least sekitar around".split())
# What ends what the number counts: a link to the next thing said, a filler of speech, a new subject.
_ENDS = frozenset("""terus trus trs jadi jd eh oh okay ok oke ya yah gitu gini deh dong sih nih kak pak bu mbak mas bang
sama dan and atau or tapi but also juga jg we kami saya aku i you kamu bisa can untuk utk buat for di in ke to dari from
yang yg the a an harga price rp idr""".split())
_NUMBERISH = re.compile(r"\d")
# A verb of what happens next ("minimal 10 kilo dikirim …", "… diantar", "… bermalam"): the count ended before it.
_VERB = re.compile(r"(?:di|ter|ber|me)[a-z]{3,}$")


def _as_count(text: str, span: Span) -> Span | None:
    words = [(span[0] + m.start(), span[0] + m.end()) for m in re.finditer(r"\S+", text[span[0]:span[1]])]
    at = next((i for i, (a, b) in enumerate(words) if _NUMBERISH.match(text, a)), None)
    if at is None:
        return None
    lead = next((i for i in range(at) if text[words[i][0]:words[i][1]].lower() in _LEAD), at)
    end = at
    while end + 1 < len(words) and (_NUMBERISH.match(text, words[end + 1][0]) or
                                    (w := text[words[end + 1][0]:words[end + 1][1]].lower()) not in _ENDS
                                    and not _VERB.match(w)):
        end += 1
    counted = end > at and any(not _NUMBERISH.search(text[a:b]) for a, b in words[at + 1:end + 1])
    # a bare count tells a visitor nothing: it needs what it counts, or its bound ("tiap dua bulan" is read elsewhere)
    return (words[lead][0], words[end][1]) if counted else None


def run_on_phrases(text: str, lower: str, span: Span, cov: bytearray,
                   numbered: Callable[[str, str, Span, bytearray], list[Span]]) -> list[Span]:
    """The numbered phrases of a run-on clause that are no request, greeting or contact themselves, as counts."""
    if span[1] - span[0] < RUN_ON:
        return []
    out = []
    for p in numbered(text, lower, span, cov):
        if skipped_piece(text[p[0]:p[1]]) or sum(c.isdigit() for c in text[p[0]:p[1]]) >= 7:
            continue  # (a phone number's digits are the contact's)
        if (count := _as_count(text, p)) is not None:
            out.append(count)
    return out
