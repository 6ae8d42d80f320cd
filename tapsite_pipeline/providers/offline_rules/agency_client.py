"""A brief an agency writes for its client: "Brief from Kirana Creative Agency for our client Oesapa Glow", "Kami,
agensi Kreasi Danau Digital, menulis brief ini untuk klien kami Dalihan WO", "the marketing agency for Toko X".

The page is the client's: the brand is the client's name, and the agency's own clause (its name, "agency",
"preparing this brief", "menulis brief ini") holds no offering and says nothing of the client's trade.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .name_reader import take_name

# The cue right before the client's name: "for our client", "untuk klien kami", "atas nama klien kami,", "the
# (marketing) agency for".
_CLIENT_CUE = regrouped(r"(?i)\b(?:(?:for|on\s+behalf\s+of)\s+(?:our|my)\s+client|(?:untuk|atas\s+nama|bagi)\s+klien\s+"
                        r"(?:kami|saya)|(?:agency|agensi|agen(?:si)?\s+pemasaran)\s+(?:for|untuk|dari)|our\s+client\s*,?"
                        r"|klien\s+kami\s*,)\s*[,:]?\s*")
# The agency says it writes: the clause the cue closes must hold one of these.
_AGENCY = regrouped(r"(?i)\b(?:agency|agensi|agencies|studio\s+kreatif|konsultan\s+pemasaran|brief|we\s+are\s+building|"
                    r"kami\s+(?:sedang\s+)?(?:membuat|membangun))\b")
_CLAUSE_START = re.compile(r"[.!?\n]\s*")


def client_name(text: str, cased: bool) -> tuple[tuple[str, int, int], tuple[int, int]] | None:
    """The client's name with its span, and the span of the agency's clause before it (from the clause's start to
    the name), or None when the brief is not written by an agency for a client."""
    for m in _CLIENT_CUE.finditer(text):
        start = max((c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
        if not _AGENCY.search(text, start, m.end()):
            continue
        found = take_name(text, m.end(), cased, require_cap=cased)
        if not found or not found[0][:1].isupper() and cased:
            continue
        return found, (start, found[1])
    return None
