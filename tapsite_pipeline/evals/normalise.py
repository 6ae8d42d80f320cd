"""Text as scorers compare it: casefolded, NFKC, punctuation out, whitespace collapsed."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s&+]", re.UNICODE)


def norm(text: str) -> str:
    """Casefold, NFKC, punctuation out, whitespace collapsed: `Toko  Ani!` == `toko ani`."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_PUNCT.sub(" ", text).split())
